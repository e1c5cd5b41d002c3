import { createHash } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { readChainCertificate } from '../../../src/lib/core/x509/chain-certificate';
import { loadPublicRoots } from '../../../src/lib/core/trust/public-roots';

const der = (pem: string) => new Uint8Array(Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, ''), 'base64'));
const sha256 = (bytes: Uint8Array) =>
	createHash('sha256')
		.update(bytes)
		.digest('hex')
		.toUpperCase()
		.replace(/(..)(?!$)/g, '$1:');

describe('the public root set', () => {
	it('is Mozilla’s store as this Node.js bundles it, dated and versioned', async () => {
		const store = await loadPublicRoots();
		expect(store.info).toMatchObject({
			available: true,
			count: rootCertificates.length,
			node: process.version,
			openssl: process.versions.openssl
		});
		expect(store.info.source).toMatch(/Mozilla NSS/);
		expect(store.info.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(store.roots.length).toBeGreaterThan(100);
	});

	it('keeps every root’s real fingerprint, and finds a root by fingerprint or by name and key', async () => {
		const store = await loadPublicRoots();
		const fingerprints = new Set(rootCertificates.map((p) => sha256(der(p))));
		expect(new Set(store.roots.map((r) => r.sha256))).toEqual(fingerprints);
		const real = readChainCertificate(der(rootCertificates[0]));
		if (!real.ok) throw new Error(real.reason);
		expect(store.find(real.cert, sha256(der(rootCertificates[0])))?.sha256).toBe(sha256(der(rootCertificates[0])));
		expect(store.find(real.cert)?.cert.subject.key).toBe(real.cert.subject.key);
	});

	it('is loaded once, whatever the number of analyses', async () => {
		expect(await loadPublicRoots()).toBe(await loadPublicRoots());
	});
});
