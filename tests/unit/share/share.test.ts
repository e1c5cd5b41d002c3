import { describe, expect, it } from 'vitest';
import { buildShareLink, readLink } from '../../../src/lib/share/link';
import { hostForSharing, sanitizeForSharing } from '../../../src/lib/share/sanitize';
import { fixtureText } from '../../helpers/fixtures';
import { PASTES } from './secret-pastes';

describe('sanitizeForSharing', () => {
	it('drops private keys whole, keeps certificates', () => {
		const text = fixtureText('ingest/server-combined.pem') + fixtureText('ingest/rsa-legacy-encrypted.key');
		const out = sanitizeForSharing(text);
		expect(out.text).not.toMatch(/PRIVATE KEY-----\n[A-Za-z0-9+/]/);
		expect(out.text).toContain('-----BEGIN CERTIFICATE-----');
		expect(out.text.match(/\[private key removed\]/g)).toHaveLength(2);
		expect(out.removed).toEqual(['2 private keys']);
	});

	it('removes credentials from connection strings and password options', () => {
		const out = sanitizeForSharing(
			'MongoClient("mongodb+srv://app:s3cr%40t@cluster0.ab123.mongodb.net/?tls=true&tlsCertificateKeyFilePassword=hunter2", password="pw1")'
		);
		expect(out.text).toBe(
			'MongoClient("mongodb+srv://app:****@cluster0.ab123.mongodb.net/?tls=true&tlsCertificateKeyFilePassword=****", password="****")'
		);
		for (const secret of ['s3cr', 'hunter2', 'pw1']) expect(out.text).not.toContain(secret);
	});

	for (const [what, text, secret] of PASTES) {
		it(`leaves out a secret from ${what}, and says what it left out`, () => {
			const out = sanitizeForSharing(text);
			expect(out.text).not.toContain(secret);
			expect(out.removed.length).toBeGreaterThan(0);
		});
	}

	it('keeps a username-only URI as it is', () => {
		expect(sanitizeForSharing('mongodb://CN%3Dapp@db.example.com/?authMechanism=MONGODB-X509').text).toBe(
			'mongodb://CN%3Dapp@db.example.com/?authMechanism=MONGODB-X509'
		);
	});
});

describe('the Host field in a link', () => {
	it('carries a host as it is', () => {
		expect(hostForSharing('db.example.com')).toEqual({ host: 'db.example.com' });
		expect(hostForSharing(' 10.0.0.5:27018 ')).toEqual({ host: '10.0.0.5:27018' });
	});

	it('carries only the host of a connection string typed there, and says so', () => {
		const out = hostForSharing('mongodb://admin:Hunter2pw@db1.example.com:27017,db2.example.com/?tls=true');
		expect(out.host).toBe('db1.example.com:27017');
		expect(JSON.stringify(out)).not.toContain('Hunter2pw');
		expect(out.removed).toMatch(/Host field/);
		expect(hostForSharing('admin:p@ss@db.example.com').host).toBe('db.example.com');
	});

	it('carries nothing that is not a host', () => {
		expect(hostForSharing('db.example.com; rm -rf ~')).toEqual({ removed: expect.stringMatching(/not a host name/) });
	});
});

describe('links', () => {
	it('reads ?error= and #error= deep links with host, client and os', async () => {
		expect(await readLink(new URL('https://x.test/?error=CERTIFICATE_VERIFY_FAILED&host=db.example.com&client=pymongo&os=macos'))).toEqual({
			error: 'CERTIFICATE_VERIFY_FAILED',
			host: 'db.example.com',
			client: 'pymongo',
			os: 'macos'
		});
		expect(await readLink(new URL('https://x.test/#error=self%20signed&theme=dark'))).toEqual({ error: 'self signed', theme: 'dark' });
	});

	it('round-trips a long traceback through a compressed fragment', async () => {
		const error = fixtureText('errors/pymongo-3.11-local-issuer.txt').repeat(20);
		const link = await buildShareLink('https://x.test/tls-doctor/?ignored=1', { error, host: 'db.example.com' });
		const url = new URL(link);
		expect(url.search).toBe('');
		expect(url.hash).toMatch(/^#z=/);
		expect(link.length).toBeLessThan(error.length / 4);
		expect(await readLink(url)).toEqual({ error, host: 'db.example.com' });
	});

	it('ignores a corrupted compressed fragment', async () => {
		expect(await readLink(new URL('https://x.test/#z=not-deflate'))).toEqual({});
	});
});
