/**
 * Every mapped row of the .NET table, in every rendering the C# driver's exceptions carry it, is
 * diagnosed as the row says through diagnose(). Texts captured from real clients are the
 * signatures' examples (dotnet-signatures.ts); the texts here are BUILT from SslStream's resource
 * strings (Strings.resx) inside the driver's MongoConnectionException, as marked.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import {
	SSL_POLICY_ERRORS,
	SSLSTREAM_MESSAGES,
	TLS_ALERT_MESSAGE,
	X509_CHAIN_STATUS,
	type DotnetReading
} from '../../../../src/lib/core/diagnose/tables/dotnet-security';
import { TLS_ALERTS } from '../../../../src/lib/core/diagnose/tables/tls-alerts';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const ids = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

/** BUILT: mongo-csharp-driver's MongoConnectionException with SslStream's exception inside (Exception.ToString). */
const driver = (inner: string) =>
	`MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server.\n ---> ${inner}\n   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)`;
const auth = (message: string) => driver(`System.Security.Authentication.AuthenticationException: ${message}`);

/** Rows whose ranking depends on the facts: any candidate of that reading may lead when nothing else was pasted. */
const READING_TOPS: Record<Exclude<DotnetReading, 'alert'>, readonly DiagnosisId[]> = {
	'untrusted-root': ['untrusted-ca', 'self-signed-cert', 'self-signed-in-chain', 'missing-system-roots'],
	'partial-chain': ['missing-intermediate', 'untrusted-ca'],
	'chain-errors': ['untrusted-ca', 'missing-system-roots', 'missing-intermediate'],
	'handshake-closed': ['tls-to-plain-server', 'client-cert-required', 'atlas-ip-access-list']
};

const accepted = (row: { diagnosis?: DiagnosisId; also?: readonly DiagnosisId[]; reading?: DotnetReading }) =>
	row.reading && row.reading !== 'alert' ? READING_TOPS[row.reading] : [row.diagnosis!, ...(row.also ?? [])];

describe('.NET X509ChainStatusFlags renderings', () => {
	for (const row of X509_CHAIN_STATUS.filter((r) => r.diagnosis)) {
		const chain = 'The remote certificate is invalid because of errors in the certificate chain: ';
		// SslStream.Protocol.cs formats the combined flags (Enum.ToString: names joined by ", "); Cyclic is an unmapped flag beside it.
		const texts = [
			auth(`${chain}${row.name}`),
			auth(`${chain}Cyclic, ${row.name}`),
			auth(`${chain}${row.name}, Cyclic`),
			// Code that logs the chain's status prints the enum member.
			`chain status: X509ChainStatusFlags.${row.name}`
		];
		for (const text of texts) {
			it(`${row.name} in "${text.slice(text.indexOf(': ', 60) + 2, text.indexOf(': ', 60) + 60)}" → ${accepted(row).join(' or ')}`, () => {
				const found = ids(text);
				expect(accepted(row)).toContain(found[0]);
				if (!row.reading) expect(found[0]).toBe(row.diagnosis);
			});
		}
	}

	it('does not read a flag name that runs on into a longer word', () => {
		expect(ids('The remote certificate is invalid because of errors in the certificate chain: RevokedX')).not.toContain('revoked');
	});
});

describe('.NET SslPolicyErrors renderings', () => {
	for (const row of SSL_POLICY_ERRORS.filter((r) => r.diagnosis)) {
		const texts = [
			auth(`The remote certificate is invalid according to the validation procedure: ${row.name}`),
			// An application's RemoteCertificateValidationCallback that logs what it refused.
			`Certificate error: ${row.name}`
		];
		for (const text of texts) {
			it(`${row.name} → ${accepted(row).join(' or ')}: ${text.slice(-70)}`, () => {
				expect(accepted(row)).toContain(ids(text)[0]);
			});
		}
	}

	it('keeps both causes when the name and the chain failed', () => {
		const found = ids(
			auth(
				'The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch, RemoteCertificateChainErrors'
			)
		);
		// Both checks failed: either may be fixed first, and both must be shown.
		expect(['hostname-mismatch', 'untrusted-ca']).toContain(found[0]);
		expect(found).toContain('hostname-mismatch');
		expect(found).toContain('untrusted-ca');
	});

	it('reads a name mismatch against an IP address as an IP mismatch', () => {
		const text = `mongodb://10.0.0.5:27017/?tls=true\n${auth('The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch')}`;
		expect(ids(text)[0]).toBe('ip-mismatch');
	});
});

describe('.NET SslStream message renderings', () => {
	// BUILT: what the code fills in for {0}, for the messages that take one.
	const FILL: Record<string, string> = {
		net_ssl_check_private_key_failed: 'error:05800074:x509 certificate routines::key values mismatch',
		net_security_sslprotocol_contiguous: 'Tls, Tls12',
		net_security_sslprotocol_notsupported: 'Tls'
	};
	for (const row of SSLSTREAM_MESSAGES.filter((r) => r.diagnosis && r.reading !== 'alert')) {
		const message = row.text.trim().replace('{0}', FILL[row.resource] ?? 'RemoteCertificateChainErrors');
		const texts = [auth(message), driver(`System.IO.IOException: ${message}`), message];
		for (const text of texts) {
			it(`${row.resource} → ${accepted(row).join(' or ')}: ${text.slice(0, 60)}`, () => {
				expect(accepted(row)).toContain(ids(text)[0]);
			});
		}
	}

	it('reads the .NET Framework sentence without a reason', () => {
		expect(READING_TOPS['chain-errors']).toContain(
			ids(auth('The remote certificate is invalid according to the validation procedure.'))[0]
		);
	});

	it('reads no cause into the generic wrapper alone', () => {
		expect(
			ids(driver('System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.'))
		).not.toContain('untrusted-ca');
	});
});

describe('.NET TLS alert renderings (net_auth_tls_alert with TlsAlertMessage)', () => {
	for (const [name, code] of Object.entries(TLS_ALERT_MESSAGE)) {
		const alert = TLS_ALERTS.find((a) => a.code === code);
		if (!alert || !('tops' in alert.meaning)) continue;
		const tops = alert.meaning.tops;
		it(`'${name}' → ${tops.join(' or ')}`, () => {
			const text = auth(`Authentication failed because the remote party sent a TLS alert: '${name}'.`);
			expect(tops).toContain(ids(text)[0]);
		});
	}
});
