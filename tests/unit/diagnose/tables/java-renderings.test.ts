/**
 * Every mapped row of the Java tables, in every rendering a Java client prints it, classifies as
 * the row says. The texts are BUILT from the source's format (values filled in) and the way the
 * JVM and the MongoDB Java driver print an exception, not captured: the captured texts are
 * java-captured.test.ts's. A row read by a hand-written signature must be matched by that
 * signature (its ranking depends on the facts, which signatures.test.ts covers).
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { compiledSignature } from '../../../../src/lib/core/diagnose/compile';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { SIGNATURES } from '../../../../src/lib/core/diagnose/signatures';
import { fill, formatsOf, type JavaRow } from '../../../../src/lib/core/diagnose/tables/java-row';
import { JAVA_KEYSTORE } from '../../../../src/lib/core/diagnose/tables/java-keystore';
import { JAVA_ROWS } from '../../../../src/lib/core/diagnose/tables/java-signatures';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const top = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context)[0]?.id;

/** The class a message is thrown as, with its package, as the JVM prints it. */
function thrownAs(row: JavaRow): string {
	if (row.frame === 'FileNotFoundException' || row.frame === 'IOException') return `java.io.${row.frame}`;
	if (row.frame === 'SSLHandshakeException') return 'javax.net.ssl.SSLHandshakeException';
	if (row.frame === 'KeyManagementException') return 'java.security.KeyManagementException';
	if (row.frame?.startsWith('Certificate') || row.frame === 'CertPathValidatorException') return `java.security.cert.${row.frame}`;
	if (row.frame === 'ValidatorException') return 'sun.security.validator.ValidatorException';
	if (row.source.startsWith('sun.security.ssl.')) return 'javax.net.ssl.SSLHandshakeException';
	if (JAVA_KEYSTORE.includes(row)) return 'java.io.IOException';
	return 'java.security.cert.CertificateException';
}

/** BUILT: each format of the row, as each Java client prints an exception that carries it. */
function renderings(row: JavaRow): { how: string; text: string }[] {
	return formatsOf(row).flatMap((format) => {
		const message = `${thrownAs(row)}: ${fill(format, { s: format.includes('IP address') ? '10.0.0.5' : 'db.example.net' })}`;
		const out = [
			// java.lang.Throwable.printStackTrace: the cause on its own line.
			{
				how: 'JVM stack trace',
				text: `Exception in thread "main" java.lang.RuntimeException: failed\n\tat App.main(App.java:9)\nCaused by: ${message}\n\tat App.main(App.java:7)`
			},
			// mongo-java-driver's cluster view (BaseCluster): "caused by {CLASS: MESSAGE}".
			{
				how: 'Java driver cluster view',
				text: `com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=db.example.net:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketWriteException: Exception sending message}, caused by {${message}}}]`
			}
		];
		// keytool prints "keytool error: " and the exception (sun.security.tools.keytool.Main).
		if (JAVA_KEYSTORE.includes(row)) out.push({ how: 'keytool', text: `keytool error: ${message}` });
		return out;
	});
}

const byId = new Map(SIGNATURES.map((s) => [s.id, s]));

describe('Java table rows in every rendering', () => {
	const mapped = JAVA_ROWS.filter((r) => r.diagnosis);

	it.each(mapped.filter((r) => !r.signature).map((r) => [r.id, r] as const))('%s classifies as its diagnosis', (_id, row) => {
		const tops = [row.diagnosis, ...(row.alternatives ?? [])];
		for (const { how, text } of renderings(row)) expect(tops, `${how}: ${text}`).toContain(top(text));
	});

	it.each(mapped.filter((r) => r.signature).map((r) => [r.id, r] as const))('%s is read by its hand-written signature', (_id, row) => {
		const signature = byId.get(row.signature!)!;
		for (const { how, text } of renderings(row)) expect(compiledSignature(signature).first.test(text), `${how}: ${text}`).toBe(true);
	});

	it('an unmapped row is read by no table signature', () => {
		const table = SIGNATURES.filter((s) => JAVA_ROWS.some((r) => `java.${r.id}` === s.id));
		for (const row of JAVA_ROWS.filter((r) => r.unmapped))
			for (const { text } of renderings(row)) {
				const hits = table.filter((s) => compiledSignature(s).first.test(text)).map((s) => s.id);
				expect(hits, `${row.id}: ${text}`).toEqual([]);
			}
	});

	it('words other stacks use too are Java’s only after a Java exception class', () => {
		const cipher = compiledSignature(byId.get('java.no-cipher-in-common')!).first;
		expect(cipher.test('javax.net.ssl.SSLHandshakeException: no cipher suites in common')).toBe(true);
		expect(cipher.test('Custom { kind: InvalidData, error: PeerIncompatible(NoCipherSuitesInCommon) }: no cipher suites in common')).toBe(
			false
		);
		const integrity = compiledSignature(byId.get('java.p12-integrity-failed')!).first;
		expect(integrity.test('java.io.IOException: Integrity check failed: java.security.UnrecoverableKeyException')).toBe(true);
		expect(integrity.test('restic: Integrity check failed: Data seems to be missing.')).toBe(false);
		const revocation = compiledSignature(byId.get('java.revocation-undetermined')!).first;
		expect(revocation.test('java.security.cert.CertPathValidatorException: Could not determine revocation status')).toBe(true);
		expect(revocation.test('WARN revocation: Could not determine revocation status, allowing')).toBe(false);
	});

	it('a shorter message does not read a longer one that starts with it', () => {
		const nameChaining = byId.get('java.name-chaining')!;
		expect(compiledSignature(nameChaining).first.test('CertPathValidatorException: subject/issuer name chaining check failed')).toBe(true);
		expect(
			compiledSignature(nameChaining).first.test(
				'CertPathValidatorException: subject/issuer name chaining check failed: empty/null issuer DN in certificate is invalid'
			)
		).toBe(false);
		const key = byId.get('java.constrained-key')!;
		expect(compiledSignature(key).first.test('Algorithm constraints check failed on RSA key with size of 512bits')).toBe(true);
		expect(compiledSignature(key).first.test('Algorithm constraints check failed on signature algorithm: MD5withRSA')).toBe(false);
	});
});
