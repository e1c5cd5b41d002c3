/**
 * The .NET table against the lists extracted from dotnet/runtime (tests/fixtures/vocabulary/README.md):
 * every X509ChainStatusFlags member, SslPolicyErrors member and SslStream handshake message is in
 * the table with its value or text, each names a diagnosis or says why it has none, and the
 * platform mappings (OpenSSL results on Linux, HRESULTs on Windows) are the runtime's own.
 * Prints the coverage per list.
 */
import { extractRows } from './extracts';
import { describe, expect, it } from 'vitest';
import {
	SSL_POLICY_ERRORS,
	SSLSTREAM_MESSAGES,
	TLS_ALERT_MESSAGE,
	TLS_ALERT_MESSAGE_UNMAPPED,
	X509_CHAIN_STATUS
} from '../../../../src/lib/core/diagnose/tables/dotnet-security';
import { TLS_ALERTS } from '../../../../src/lib/core/diagnose/tables/tls-alerts';
import { WINDOWS_ERRORS } from '../../../../src/lib/core/diagnose/tables/windows-errors';
import { X509_VERIFY } from '../../../../src/lib/core/diagnose/tables/x509-verify';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const tsv = extractRows;

interface Entry {
	diagnosis?: string;
	unmapped?: string;
}

function coverage(list: string, entries: readonly (Entry | undefined)[]) {
	const mapped = entries.filter((r) => r?.diagnosis).length;
	const unmapped = entries.filter((r) => r?.unmapped).length;
	console.log(
		`dotnet coverage, ${list}: ${mapped + unmapped} of ${entries.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
	);
	return mapped + unmapped;
}

function wellFormed(name: string, r: Entry & { citation: string }) {
	expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), name).toBe(true);
	if (r.diagnosis) expect(DIAGNOSIS_IDS, name).toContain(r.diagnosis);
	expect(r.citation, name).toContain(name);
}

describe('the .NET table against dotnet/runtime', () => {
	it('has every X509ChainStatusFlags member with its value', () => {
		const extract = tsv('dotnet-x509-chain-status-flags.tsv');
		const byName = new Map(X509_CHAIN_STATUS.map((r) => [r.name, r]));
		for (const [value, name] of extract) {
			expect(byName.get(name), name).toBeDefined();
			expect(byName.get(name)!.value, name).toBe(Number(value));
			wellFormed(name, byName.get(name)!);
		}
		expect(X509_CHAIN_STATUS.length).toBe(extract.length);
		expect(
			coverage(
				'X509ChainStatusFlags',
				extract.map(([, n]) => byName.get(n))
			)
		).toBe(extract.length);
	});

	it('knows which OpenSSL results .NET on Linux reports as each flag (MapVerifyErrorToChainStatus)', () => {
		const extract = tsv('dotnet-chain-status-openssl.tsv');
		const opensslNames = new Set(X509_VERIFY.map((r) => r.name));
		for (const r of X509_CHAIN_STATUS) {
			const expected = extract.filter(([, flag]) => flag === r.name).map(([code]) => code);
			expect([...r.openssl].sort(), r.name).toEqual(expected.sort());
			for (const code of r.openssl) expect(opensslNames, code).toContain(code);
		}
	});

	it('knows which HRESULT .NET on Windows gives each flag (ChainPal.Windows), and the Windows table has each', () => {
		const extract = new Map(tsv('dotnet-chain-status-windows.tsv').map(([flag, code]) => [flag, code]));
		const windows = new Set(WINDOWS_ERRORS.map((r) => r.name));
		for (const r of X509_CHAIN_STATUS) {
			expect(r.windows, r.name).toBe(extract.get(r.name));
			if (r.windows) expect(windows, r.windows).toContain(r.windows);
		}
	});

	it('has every SslPolicyErrors member with its value', () => {
		const extract = tsv('dotnet-ssl-policy-errors.tsv');
		expect(SSL_POLICY_ERRORS.map((r) => [`0x${r.value.toString(16)}`, r.name])).toEqual(extract);
		for (const r of SSL_POLICY_ERRORS) wellFormed(r.name, r);
		expect(coverage('SslPolicyErrors', SSL_POLICY_ERRORS)).toBe(extract.length);
	});

	it('has every SslStream handshake message of Strings.resx with its text', () => {
		const extract = tsv('dotnet-sslstream-strings.tsv');
		expect(SSLSTREAM_MESSAGES.map((r) => [r.resource, r.text])).toEqual(extract);
		for (const r of SSLSTREAM_MESSAGES) wellFormed(r.resource, r);
		expect(coverage('SslStream messages (Strings.resx)', SSLSTREAM_MESSAGES)).toBe(extract.length);
	});

	it('has every TlsAlertMessage with its number, each read through the TLS alert table', () => {
		const extract = tsv('dotnet-tls-alert-message.tsv');
		expect(Object.entries(TLS_ALERT_MESSAGE).map(([name, code]) => [String(code), name])).toEqual(extract);
		const alerts = new Map(TLS_ALERTS.map((a) => [a.code, a]));
		const known = extract.filter(([code]) => alerts.has(Number(code)));
		// The others are newer than the RFCs the alert table holds; each says why it needs no row.
		const beyond = extract.filter(([code]) => !alerts.has(Number(code))).map(([, n]) => n);
		expect(beyond).toEqual(Object.keys(TLS_ALERT_MESSAGE_UNMAPPED));
		const mapped = known.filter(([code]) => 'reading' in alerts.get(Number(code))!.meaning).length;
		console.log(
			`dotnet coverage, TlsAlertMessage: ${known.length + beyond.length} of ${extract.length} (${mapped} mapped to a diagnosis through the TLS alert table, ${known.length - mapped + beyond.length} unmapped with a reason)`
		);
	});
});
