import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('chain.missing-intermediate', () => {
	it('names the certificate whose issuer is missing and the AIA URL, without fetching it', async () => {
		const report = await analyzeFiles(['checks/server.crt', 'checks/ca.pem'], { host: 'db.example.com' });
		const [f] = find(report, 'chain.missing-intermediate');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.detail).toContain('http://pki.example.test/checks-intermediate.crt');
		expect(f.detail).toContain('does not fetch it');
		expect(f.evidence).toContain('its issuer: CN=Checks Intermediate CA,O=TLS Doctor Checks');
		expect(f.remedies[0]).toBe('serve-full-chain');
		expect(report.chains[0]).toMatchObject({
			end: 'missing-issuer',
			missingIntermediate: { belowItemId: 'item-1', caIssuers: ['http://pki.example.test/checks-intermediate.crt'] }
		});
		expect(report.chains[0].clients[0].reasons.at(-1)?.problem.openssl?.code).toBe(20);
	});

	it('says nothing when the chain is complete', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		expect(findingIds(report)).not.toContain('chain.missing-intermediate');
		expect(findingIds(report)).toContain('chain.valid');
	});
});

describe('chain.untrusted-root', () => {
	it('names the root an s_client transcript ends at when no client trusts it (verify error 19)', async () => {
		const report = await analyzeFiles(['checks/s_client-private-root.txt'], { host: 'db.example.com' });
		const [f] = find(report, 'chain.untrusted-root');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-4', title: expect.stringContaining('Checks Root CA') });
		expect(report.chains[0]).toMatchObject({ end: 'untrusted-root', trust: { kind: 'private', needsCaFile: true } });
		expect(f.remedies).toContain('use-tlscafile');
	});

	it('is trusted once the same root is given as the CA file', async () => {
		const report = await analyzeFiles(['checks/s_client-private-root.txt', 'checks/ca.pem'], { host: 'db.example.com' });
		expect(findingIds(report)).not.toContain('chain.untrusted-root');
		expect(report.chains[0].end).toBe('trusted');
	});
});

describe('chain.self-signed-leaf', () => {
	it('explains that a self-signed certificate must itself be the CA file', async () => {
		const report = await analyzeFiles(['checks/self-signed.crt'], { host: 'localhost' });
		const [f] = find(report, 'chain.self-signed-leaf');
		expect(f).toMatchObject({ severity: 'warning', subject: 'item-1' });
		expect(f.detail).toMatch(/tlsCAFile/);
		expect(report.chains[0].trust).toMatchObject({ kind: 'self-signed', needsCaFile: true });
	});

	it('says nothing for a CA-issued certificate', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem']))).not.toContain('chain.self-signed-leaf');
	});
});

describe('chain.wrong-order', () => {
	it('explains that intermediate-first is fine for OpenSSL but not for a PEM file', async () => {
		const report = await analyzeFiles(['checks/chain-wrong-order.pem'], { host: 'db.example.com' });
		const [f] = find(report, 'chain.wrong-order');
		expect(f).toMatchObject({ severity: 'info', subject: 'item-2' });
		expect(f.detail).toMatch(/OpenSSL-based clients/);
		expect(f.evidence).toEqual([
			// By name, as the person knows them: item ids are the report's own.
			'pasted order: Checks Intermediate CA, db.example.com, Checks Root CA',
			'chain order: db.example.com → Checks Intermediate CA → Checks Root CA'
		]);
		expect(report.chains[0].clients[0].accepts).toBe(true);
	});

	it('says nothing for leaf-first order', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-full-chain.pem']))).not.toContain('chain.wrong-order');
	});
});

describe('chain.duplicate-certificate', () => {
	it('points at the second copy', async () => {
		const report = await analyzeFiles(['checks/chain-duplicate.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		expect(find(report, 'chain.duplicate-certificate')).toEqual([expect.objectContaining({ subject: 'item-2', severity: 'info' })]);
		expect(report.chains).toHaveLength(1);
		expect(report.chains[0].bundle.duplicates).toEqual([{ itemId: 'item-2', sameAs: 'item-1' }]);
	});

	it('says nothing without copies', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-full-chain.pem']))).not.toContain('chain.duplicate-certificate');
	});
});

describe('chain.unrelated-certificate', () => {
	it('points at an intermediate that belongs to no chain', async () => {
		const report = await analyzeFiles(['checks/chain-unrelated.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		const [f] = find(report, 'chain.unrelated-certificate');
		expect(f).toMatchObject({ severity: 'info', subject: 'item-3', title: expect.stringContaining('B Intermediate') });
		expect(report.chains[0].bundle.unused).toEqual(['item-3']);
		expect(report.chains[0].bundle.unusedNames).toEqual(['B Intermediate']);
	});

	it('does not call the roots of a CA bundle unrelated', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/b-roots.pem']);
		expect(findingIds(report)).not.toContain('chain.unrelated-certificate');
	});
});

describe('chain.alternate-path', () => {
	it('when OpenSSL follows the cross-sign to an expired root, shows the valid path Go and Java take', async () => {
		const report = await analyzeFiles(['checks/b-chain-cross-first.pem', 'checks/b-roots.pem'], { host: 'app.b.example.com' });
		const [f] = find(report, 'chain.alternate-path');
		expect(f).toMatchObject({ severity: 'warning', subject: 'item-1' });
		expect(f.evidence).toEqual([
			'OpenSSL path: app.b.example.com → B Intermediate → B Old Root',
			'valid path: app.b.example.com → B Intermediate → B Root 2024'
		]);
		const chain = report.chains[0];
		expect(chain.links.at(-1)).toMatchObject({ status: 'error', problems: [expect.objectContaining({ code: 'expired' })] });
		expect(chain.alternatives.find((a) => a.valid)?.summary).toBe('Through B Intermediate → B Root 2024: valid');
		const accepts = Object.fromEntries(chain.clients.map((c) => [c.policy, c.accepts]));
		expect(accepts).toMatchObject({ openssl: false, go: true, java: true });
	});

	it('when OpenSSL’s path is valid, still mentions the expired one', async () => {
		const report = await analyzeFiles(['checks/b-chain-current-first.pem', 'checks/b-roots.pem'], { host: 'app.b.example.com' });
		expect(find(report, 'chain.alternate-path')).toEqual([expect.objectContaining({ severity: 'info' })]);
		expect(report.chains[0].clients[0].accepts).toBe(true);
	});

	it('says nothing with a single path', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem']))).not.toContain('chain.alternate-path');
	});
});

describe('chain.valid / chain.invalid', () => {
	it('confirms a complete, valid chain', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		expect(find(report, 'chain.valid')).toEqual([expect.objectContaining({ severity: 'ok', subject: 'item-1' })]);
		expect(findingIds(report)).not.toContain('chain.invalid');
	});

	it('does not repeat what a specific finding already explains', async () => {
		const report = await analyzeFiles(['checks/server-expired.crt', 'checks/a-inter.crt', 'checks/ca.pem']);
		expect(findingIds(report)).toContain('cert.expired');
		expect(findingIds(report)).not.toContain('chain.invalid');
		expect(findingIds(report)).not.toContain('chain.valid');
	});
});

describe('chain.bad-signature', () => {
	it('says nothing when every signature verifies', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem']);
		expect(findingIds(report)).not.toContain('chain.bad-signature');
	});
});

describe('chain.bad-signature (forged)', () => {
	it('names a certificate signed by another key than its named issuer’s', async () => {
		const report = await analyzeFiles(['checks/forged-signature.crt', 'checks/a-inter.crt', 'checks/ca.pem'], {
			host: 'forged.example.com'
		});
		const [f] = find(report, 'chain.bad-signature');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.detail).toMatch(/Checks Intermediate CA/);
		expect(report.chains[0].clients.every((c) => !c.accepts)).toBe(true);
		expect(report.chains[0].clients[0].reasons[0].problem.openssl?.code).toBe(7);
	});
});

describe('chain.invalid (what no other finding covers)', () => {
	it('names a critical extension no client understands', async () => {
		const report = await analyzeFiles(['checks/critical-unknown-extension.crt', 'checks/a-inter.crt', 'checks/ca.pem'], {
			host: 'critical.example.com'
		});
		const [f] = find(report, 'chain.invalid');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1', title: expect.stringContaining('unknown critical extension') });
		expect(f.detail).toContain('1.3.6.1.4.1.55555.1');
		expect(f.evidence).toEqual(['critical.example.com: X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION (34)']);
	});
});

describe('chain.signature-unchecked', () => {
	it('says when a signature cannot be checked in this runtime (MD5 is not in WebCrypto)', async () => {
		const report = await analyzeFiles(['checks/weak-md5.crt', 'checks/a-inter.crt', 'checks/ca.pem']);
		expect(find(report, 'chain.signature-unchecked')).toEqual([expect.objectContaining({ severity: 'info', subject: 'item-1' })]);
		expect(report.chains[0].notes.join(' ')).toMatch(/could not be checked here/);
	});

	it('is quiet when every signature could be checked', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem']))).not.toContain('chain.signature-unchecked');
	});
});
