import { describe, expect, it } from 'vitest';
import type { PrivateKeyItem } from '../../../src/lib/core/model/report';
import { analyzeFiles, analyzeInputs } from '../../helpers/analyze';
import { bytesInput } from '../../helpers/fixtures';

async function keyOf(path: string, password?: string) {
	const report = await analyzeFiles([path], password ? { password } : {});
	const item = report.items.find((i): i is PrivateKeyItem => i.kind === 'private-key');
	expect(item, path).toBeDefined();
	return { item: item!, report };
}

async function certKeyFingerprint(path: string) {
	const report = await analyzeFiles([path]);
	const item = report.items[0];
	return item.kind === 'certificate' ? item.certificate.publicKeySha256 : undefined;
}

describe('private keys', () => {
	it.each([
		['ingest/rsa-pkcs8.key', 'RSA', 2048, undefined, 'pkcs8'],
		['ingest/rsa-pkcs1.key', 'RSA', 2048, undefined, 'pkcs1'],
		['ingest/rsa-pkcs8.der', 'RSA', 2048, undefined, 'pkcs8'],
		['ingest/ec-pkcs8.key', 'EC', 256, 'P-256', 'pkcs8'],
		['ingest/ec-sec1.key', 'EC', 256, 'P-256', 'sec1'],
		['ingest/ec384.key', 'EC', 384, 'P-384', 'pkcs8'],
		['ingest/ed25519.key', 'Ed25519', 256, undefined, 'pkcs8']
	])('%s is %s %i', async (path, type, bits, curve, format) => {
		const { item } = await keyOf(path);
		expect(item.key).toMatchObject({ type, bits, format, encrypted: false });
		if (curve) expect(item.key.curve).toBe(curve);
		expect(item.key.publicKeySha256).toMatch(/^[0-9A-F:]{95}$/);
	});

	it('pairs each key with its certificate through the public key fingerprint', async () => {
		const server = await certKeyFingerprint('ingest/server.crt');
		for (const path of ['ingest/rsa-pkcs8.key', 'ingest/rsa-pkcs1.key', 'ingest/rsa-pkcs8.der']) {
			expect((await keyOf(path)).item.key.publicKeySha256, path).toBe(server);
		}
		expect((await keyOf('ingest/ec-pkcs8.key')).item.key.publicKeySha256).toBe(await certKeyFingerprint('ingest/client.crt'));
		expect((await keyOf('ingest/ed25519.key')).item.key.publicKeySha256).toBe(await certKeyFingerprint('ingest/ed25519.crt'));
		expect((await keyOf('ingest/ec-pkcs8.key')).item.key.publicKeySha256).not.toBe(server);
	});

	it('says an encrypted PKCS#8 key needs tlsCertificateKeyFilePassword', async () => {
		const { item } = await keyOf('ingest/rsa-encrypted-pkcs8.key');
		expect(item.key).toMatchObject({ type: 'unknown', encrypted: true, format: 'encrypted-pkcs8' });
		expect(item.label).toMatch(/needs tlsCertificateKeyFilePassword/);
		expect(item.key.publicKeySha256).toBeUndefined();
	});

	it('decrypts PBES2 and legacy OpenSSL encryption with the right password', async () => {
		const server = await certKeyFingerprint('ingest/server.crt');
		for (const path of ['ingest/rsa-encrypted-pkcs8.key', 'ingest/rsa-legacy-encrypted.key']) {
			const { item } = await keyOf(path, 'secret');
			expect(item.key, path).toMatchObject({ type: 'RSA', bits: 2048, encrypted: true, decrypted: true });
			expect(item.key.publicKeySha256, path).toBe(server);
		}
		const ec = await keyOf('ingest/ec-legacy-encrypted.key', 'secret');
		expect(ec.item.key).toMatchObject({ type: 'EC', curve: 'P-256', decrypted: true });
	});

	it('says so when the password does not decrypt the key', async () => {
		for (const path of ['ingest/rsa-encrypted-pkcs8.key', 'ingest/rsa-legacy-encrypted.key']) {
			const { item } = await keyOf(path, 'not-it');
			expect(item.key.decrypted, path).toBe(false);
			expect(item.label, path).toMatch(/password given does not decrypt/);
		}
	});

	it('never puts key material or the password in the report', async () => {
		const report = await analyzeInputs(
			[bytesInput('ingest/rsa-pkcs8.key'), bytesInput('ingest/server-combined-encrypted.pem'), bytesInput('ingest/server-secret.p12')],
			{
				password: 'secret'
			}
		);
		// The fixture's file name contains the password ("server-secret.p12"); nothing else may.
		const json = JSON.stringify(report).replaceAll('server-secret.p12', 'FILE');
		expect(json).not.toMatch(/PRIVATE KEY/);
		expect(json).not.toContain('secret');
		const keyBase64 = (await import('node:fs')).readFileSync('tests/fixtures/ingest/rsa-pkcs8.key', 'utf8').split('\n')[3];
		expect(json).not.toContain(keyBase64);
	});
});
