/**
 * Every mapped row of the Windows table, in every rendering a Windows client prints it, is
 * diagnosed as the row says through diagnose(). Texts captured from real clients are in the
 * signatures' examples (windows-signatures.ts); the texts here are BUILT, each from the format the
 * client prints, named beside it.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { hex, signed, WINDOWS_ERRORS, type WindowsErrorRow } from '../../../../src/lib/core/diagnose/tables/windows-errors';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const top = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);

/** BUILT, one text per rendering, each in the frame of the client that prints it that way. */
function texts(row: WindowsErrorRow): { form: string; text: string }[] {
	const h = hex(row.hresult);
	const out = [
		// curl lib/vtls/schannel.c: "schannel: next InitializeSecurityContext failed: %s" with Curl_sspi_strerror's "NAME (0xHEX)".
		{ form: 'curl name', text: `curl: (35) schannel: next InitializeSecurityContext failed: ${row.name}` },
		// .NET Exception.ToString of a Win32Exception: "System.ComponentModel.Win32Exception (0xHEX): message".
		{ form: '.NET hex', text: `System.ComponentModel.Win32Exception (0x${h}): ${row.text ?? 'Unknown error'}` },
		// mongo src/mongo/util/net/ssl_manager_windows.cpp: "SSL peer certificate validation failed: (" << unsignedHex(dwError) << ")" << errorMessage.
		{
			form: 'mongo shell',
			text: `Error: couldn't connect to server db.example.net:27017, connection attempt failed: SSLHandshakeFailed: SSL peer certificate validation failed: (${h})`
		}
	];
	// The same check in mongod's log (logv2 23279, attribute errorCode), the text left out.
	out.push({
		form: 'mongod log',
		text: `{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"E","c":"NETWORK","id":23279,"ctx":"conn15","msg":"SSL peer certificate validation failed","attr":{"errorCode":"${h}","error":""}}`
	});
	if (row.hresult >= 0x80000000) {
		// .NET's exception details (Visual Studio, logs): "HResult=-2146893019".
		out.push({ form: '.NET signed', text: `System.Security.Authentication.AuthenticationException\n  HResult=${signed(row.hresult)}` });
		// PowerShell's $Error / event logs print the code as an unsigned number.
		out.push({ form: 'unsigned', text: `Exception calling "AuthenticateAsClient": error code ${row.hresult}` });
	}
	if (row.text) out.push({ form: 'text', text: `System.ComponentModel.Win32Exception: ${row.text}` });
	return out;
}

/**
 * Rows whose ranking depends on the facts: the table's diagnosis, or another candidate of the same
 * reading when no host or chain was pasted (an untrusted root may be a self-signed one).
 */
const READING_TOPS: Record<string, readonly DiagnosisId[]> = {
	'untrusted-root': ['untrusted-ca', 'self-signed-cert', 'self-signed-in-chain', 'missing-system-roots'],
	'partial-chain': ['missing-intermediate', 'untrusted-ca'],
	'handshake-closed': ['tls-to-plain-server', 'client-cert-required', 'atlas-ip-access-list']
};

const TRUST: readonly DiagnosisId[] = ['untrusted-ca', 'missing-intermediate'];

describe('Windows table renderings', () => {
	for (const row of WINDOWS_ERRORS.filter((r) => r.diagnosis)) {
		const accepted = row.reading ? READING_TOPS[row.reading] : [row.diagnosis!, ...(row.also ?? [])];
		for (const { form, text } of texts(row)) {
			// In mongod's log the certificate this server could not trust is the client's.
			const expected = form === 'mongod log' && TRUST.includes(accepted[0]) ? ['client-cert-untrusted'] : accepted;
			it(`${row.name} as ${form} is diagnosed ${expected.join(' or ')}`, () => {
				const ids = top(text).map((d) => d.id);
				expect(expected).toContain(ids[0]);
				if (!row.reading && expected === accepted) expect(ids[0]).toBe(row.diagnosis);
			});
		}
	}

	it('does not read a code inside a longer number or name', () => {
		expect(top('order id 12148204809 shipped').map((d) => d.id)).not.toContain('untrusted-ca');
		expect(top('checksum 0x800B01090 ok').map((d) => d.id)).not.toContain('untrusted-ca');
		expect(top('SEC_E_UNTRUSTED_ROOTS is not a code').map((d) => d.id)).not.toContain('untrusted-ca');
	});

	it('reads the host as an IP address for a name mismatch', () => {
		const text =
			'curl: (60) schannel: SNI or certificate check failed: SEC_E_WRONG_PRINCIPAL (0x80090322) - The target principal name is incorrect.\n  host: 10.0.0.5:27017';
		expect(top(`connecting to mongodb://10.0.0.5:27017/?tls=true\n${text}`)[0]?.id).toBe('ip-mismatch');
	});

	it("reads mongod's own check of a client certificate on Windows as the client's", () => {
		// BUILT from ssl_manager_windows.cpp LOGV2_ERROR 23279 "SSL peer certificate validation failed: ({errorCode}){error}".
		const text =
			'{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"E",  "c":"NETWORK",  "id":23279,   "ctx":"conn15","msg":"SSL peer certificate validation failed","attr":{"errorCode":"800B0109","error":"A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider."}}';
		expect(top(text)[0]?.id).toBe('client-cert-untrusted');
	});
});
