/**
 * Every mapped row of the macOS table, in every rendering a macOS client prints it, is diagnosed
 * as the row says through diagnose(). No macOS client could be run here: every text is BUILT from
 * the format named beside it.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { cssmHex, MACOS_ERRORS, type MacosErrorRow } from '../../../../src/lib/core/diagnose/tables/macos-errors';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const ids = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

/** BUILT, one text per rendering. */
function texts(row: MacosErrorRow): { form: string; text: string }[] {
	const n = row.status;
	const out = [
		// The constant's name, as Swift and Objective-C code and .NET's Interop.AppleCrypto exceptions print it.
		{ form: 'name', text: `Interop+AppleCrypto+SslException: ${row.name}` },
		// Foundation's NSError description: "Error Domain=NSOSStatusErrorDomain Code=-9807 …".
		{ form: 'NSError', text: `Error Domain=NSOSStatusErrorDomain Code=${n} "(null)"` },
		// Tools that print the status: "SSLHandshake failed: OSStatus -9807", "OSStatus: -9807", "error -9807".
		{ form: 'OSStatus', text: `SSLHandshake failed: OSStatus ${n}` },
		{ form: 'OSStatus:', text: `handshake failed, OSStatus: ${n}` },
		{ form: 'error', text: `connection failed with error ${n}` }
	];
	if (row.name.startsWith('CSSMERR_')) {
		out.push({ form: 'signed', text: `SecTrustEvaluate returned ${n}` }, { form: 'hex', text: `SecTrustEvaluate returned ${cssmHex(n)}` });
	}
	// SecCopyErrorMessageString gives SecBase.h's sentence for an errSec code.
	if (row.text && row.name.startsWith('errSec')) out.push({ form: 'message', text: `SecTrustEvaluateWithError: ${row.text}` });
	return out;
}

/** Rows whose ranking depends on the facts: any candidate of that reading may lead when nothing else was pasted. */
const READING_TOPS: Record<string, readonly DiagnosisId[]> = {
	'untrusted-root': ['untrusted-ca', 'self-signed-cert', 'self-signed-in-chain', 'missing-system-roots'],
	'partial-chain': ['missing-intermediate', 'untrusted-ca'],
	'chain-invalid': ['untrusted-ca', 'missing-system-roots', 'missing-intermediate'],
	'handshake-closed': ['tls-to-plain-server', 'client-cert-required', 'atlas-ip-access-list']
};

describe('macOS table renderings', () => {
	for (const row of MACOS_ERRORS.filter((r) => r.diagnosis)) {
		const accepted = row.reading ? READING_TOPS[row.reading] : [row.diagnosis!, ...(row.also ?? [])];
		for (const { form, text } of texts(row)) {
			it(`${row.name} as ${form} is diagnosed ${accepted.join(' or ')}`, () => {
				const found = ids(text);
				expect(accepted).toContain(found[0]);
				if (!row.reading) expect(found[0]).toBe(row.diagnosis);
			});
		}
	}

	it('does not read a bare short status, or one inside a longer number or name', () => {
		expect(ids('processed -9807 records')).toEqual(['unknown']);
		expect(ids('error -98070 in batch')).not.toContain('untrusted-ca');
		expect(ids('errSSLXCertChainInvalidity is not a code')).not.toContain('untrusted-ca');
	});

	it("reads mongod's own check of a client certificate on macOS as the client's", () => {
		// The legacy log line of ssl_manager_apple.cpp as the mongo shell printed it in a public
		// thread (mongodb-js/vscode#107), with a server connection's context in place of the shell's [js].
		const text =
			'2020-05-18T10:02:04.140-0600 E  NETWORK  [conn12] SSL peer certificate validation failed: Certificate trust failure: CSSMERR_TP_NOT_TRUSTED; connection rejected';
		const found = ids(text);
		expect(found[0]).toBe('client-cert-untrusted');
		// The server's own trust store is not what a client can fix.
		expect(found).not.toContain('untrusted-ca');
	});
});
