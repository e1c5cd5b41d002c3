/**
 * What JDK 17's own TLS stack and keytool really printed, captured against openssl s_server here
 * (scripts/corpus/jsse/capture.sh: a TLS client, the MongoDB Java driver, the path validator alone, keytool), classifies as the scenario's cause. Each expectation is the
 * cause the capture set up, with every answer that is right for it; none is what the code said.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { rowsPattern } from '../../../../src/lib/core/diagnose/tables/java-row';
import { JAVA_ROWS } from '../../../../src/lib/core/diagnose/tables/java-signatures';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'errors', 'captured', 'jsse');
const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const top = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context)[0]?.id;

/** Scenario (file name) → its cause, and the other answers that are right for the same text. */
const CAUSES: Record<string, readonly DiagnosisId[]> = {
	// Trust store without the server's CA: Java cannot say whether the root or an intermediate is
	// missing, and does not say the host is private.
	'untrusted-ca': ['untrusted-ca', 'missing-system-roots', 'missing-intermediate'],
	expired: ['cert-expired'],
	'not-yet-valid': ['cert-not-yet-valid'],
	'hostname-mismatch': ['hostname-mismatch'],
	'ip-mismatch': ['ip-mismatch'],
	'no-san-dns': ['hostname-mismatch'],
	'no-san-ip': ['ip-mismatch'],
	'wrong-purpose': ['wrong-purpose'],
	'not-a-ca': ['untrusted-ca'],
	'weak-key': ['weak-key'],
	'dh-too-small': ['dh-key-too-small'],
	// The server allows TLS 1.0 only; the JDK no longer offers it.
	'server-tls10': ['protocol-version'],
	'client-tls10-only': ['protocol-version'],
	'plain-http-reply': ['tls-to-plain-server'],
	// A server that closes at once, or answers bytes that are not TLS, then closes.
	'closed-at-once': ['tls-to-plain-server', 'atlas-ip-access-list', 'protocol-version'],
	'plain-binary-reply': ['tls-to-plain-server', 'atlas-ip-access-list', 'protocol-version'],
	// javax.net.ssl.trustStore names a file that does not exist: JDK 17 goes on with no anchors.
	'truststore-missing': ['untrusted-ca', 'missing-system-roots', 'pem-file-invalid'],
	'truststore-wrong-password-p12': ['pem-file-invalid'],
	'truststore-wrong-password-jks': ['pem-file-invalid'],
	'truststore-pem-as-p12': ['pem-file-invalid'],
	'truststore-pem-as-jks': ['pem-file-invalid'],
	'truststore-empty': ['pem-file-invalid'],
	'keystore-wrong-password': ['pem-file-invalid', 'key-encrypted'],
	'keystore-missing': ['pem-file-invalid'],
	'keytool-wrong-password-jks': ['pem-file-invalid'],
	'keytool-wrong-password-p12': ['pem-file-invalid'],
	'keytool-pem-as-store': ['pem-file-invalid'],
	'keytool-pem-as-jks': ['pem-file-invalid'],
	'keytool-missing-store': ['pem-file-invalid'],
	'keytool-import-not-a-cert': ['pem-file-invalid'],
	'keytool-import-missing-file': ['pem-file-invalid'],
	// keytool says what to do; nothing is wrong with TLS.
	'keytool-short-password': ['unknown'],
	'key-usage-encipherment-only': ['wrong-purpose'],
	// A PKCS#12 file openssl made holds the CA without the attribute that makes Java trust it.
	'truststore-without-trust-attributes': ['pem-file-invalid', 'missing-system-roots'],
	'keystore-key-password-differs': ['key-encrypted', 'pem-file-invalid'],
	// The certificate path checks on their own (CertPathCheck.java), as the trust manager runs them.
	'path-length-exceeded': ['untrusted-ca'],
	'ca-without-certsign': ['untrusted-ca'],
	'name-chaining': ['missing-intermediate'],
	'signature-check-failed': ['untrusted-ca'],
	revoked: ['revoked'],
	'revocation-undetermined': ['crl-problem', 'ocsp-failure'],
	'weak-signature': ['weak-signature'],
	'no-trust-anchor': ['untrusted-ca', 'missing-system-roots', 'missing-intermediate'],
	// The CA may not issue for this name: the table leaves it unmapped (only the CA can fix it).
	'name-constraints': ['unknown'],
	// Through the MongoDB Java driver 3.6, inside its cluster view.
	'driver-weak-key': ['weak-key'],
	'driver-not-a-ca': ['untrusted-ca'],
	'driver-no-san-ip': ['ip-mismatch'],
	'driver-no-san-dns': ['hostname-mismatch'],
	'driver-dh-too-small': ['dh-key-too-small'],
	'driver-client-tls10-only': ['protocol-version'],
	'driver-truststore-wrong-password': ['pem-file-invalid'],
	'driver-keystore-wrong-password': ['pem-file-invalid', 'key-encrypted'],
	// The control: the same client and server, and the handshake completes.
	'trusted-ok': ['unknown']
};

describe('JDK 17 output captured here', () => {
	const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

	it('every capture has its cause written down, and every cause its capture', () => {
		expect(files.map((f) => f.replace(/\.txt$/, '')).sort()).toEqual(Object.keys(CAUSES).sort());
	});

	it('prints which mapped rows real output holds the words of (this capture and the driver corpus)', () => {
		const driver = join(DIR, '..', 'java');
		const texts = [
			...files.map((f) => readFileSync(join(DIR, f), 'utf8')),
			...readdirSync(driver).map((f) => readFileSync(join(driver, f), 'utf8'))
		];
		const mapped = JAVA_ROWS.filter((r) => r.diagnosis);
		const held = mapped.filter((r) => texts.some((t) => new RegExp(rowsPattern([r], JAVA_ROWS).source, 'i').test(t)));
		console.log(`java captured: ${held.length} of ${mapped.length} mapped rows (${held.map((r) => r.id).join(', ')})`);
		// What scripts/corpus/jsse/capture.sh sets up; fewer would mean a scenario stopped producing its message.
		expect(held.length).toBeGreaterThanOrEqual(37);
	});

	it.each(files)('%s', (file) => {
		const text = readFileSync(join(DIR, file), 'utf8');
		expect(CAUSES[file.replace(/\.txt$/, '')]).toContain(top(text) ?? 'unknown');
	});
});
