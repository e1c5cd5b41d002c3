import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

const CHAIN = ['checks/a-inter.crt', 'checks/ca.pem'];
const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('crl.revoked', () => {
	it('finds the serial with its reason and date, and OpenSSL rejects the leaf', async () => {
		const report = await analyzeFiles(['checks/revoked.crt', ...CHAIN, 'checks/crl-inter.pem'], { host: 'revoked.example.com' });
		const [f] = find(report, 'crl.revoked');
		const serial = report.items[0].kind === 'certificate' ? report.items[0].certificate.serialNumber : '';
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1', title: expect.stringContaining('keyCompromise') });
		expect(f.evidence).toEqual([
			`serial: ${serial.replace(/^0+/, '')}`,
			'revoked: 2026-03-15T00:00:00.000Z',
			'reason: keyCompromise',
			'CRL: lines 1–12 of crl-inter.pem'
		]);
		expect(f.detail).toContain('(lines 1–12 of crl-inter.pem)');
		expect(report.chains[0].links[0].revocation).toMatchObject({ status: 'revoked', crlItemId: 'item-4', reason: 'keyCompromise' });
		expect(report.chains[0].clients[0].reasons[0].problem.openssl?.code).toBe(23);
	});

	it('confirms a certificate the CRL does not list', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-inter.pem'], { host: 'db.example.com' });
		expect(findingIds(report)).not.toContain('crl.revoked');
		expect(find(report, 'crl.not-revoked')).toEqual([expect.objectContaining({ subject: 'item-1', severity: 'ok' })]);
		expect(report.chains[0].links[0].revocation?.status).toBe('good');
		expect(report.chains[0].clients.every((c) => c.accepts)).toBe(true);
	});
});

describe('crl.unusable', () => {
	it('refuses a CRL past its nextUpdate', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-inter-expired.pem']);
		const [f] = find(report, 'crl.unusable');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-4' });
		expect(f.evidence).toContain('nextUpdate: 2026-05-01T00:00:00.000Z');
		expect(f.evidence).toContain('X509_V_ERR_CRL_HAS_EXPIRED (12)');
	});

	it('refuses a CRL in the intermediate’s name signed by another key', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-wrong-signer.pem'], {
			host: 'db.example.com'
		});
		const [f] = find(report, 'crl.unusable');
		expect(f.detail).toMatch(/signature does not verify/);
		expect(f.evidence).toContain('X509_V_ERR_CRL_SIGNATURE_FAILURE (8)');
		expect(findingIds(report)).not.toContain('crl.wrong-issuer');
	});

	it('warns when the CRL’s CA was not supplied, so its signature cannot be checked', async () => {
		const report = await analyzeFiles(['checks/crl-inter.pem']);
		expect(find(report, 'crl.issuer-missing')).toEqual([expect.objectContaining({ severity: 'warning', subject: 'item-1' })]);
	});

	it('accepts a current CRL signed by its CA', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-inter.pem']);
		expect(findingIds(report).filter((id) => id.startsWith('crl.') && id !== 'crl.not-revoked')).toEqual([]);
	});
});

describe('crl.wrong-issuer', () => {
	it('flags CRLs that are all from another CA than the leaf’s issuer (PyMongo: unable to get certificate CRL)', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-root.pem'], { host: 'db.example.com' });
		const [f] = find(report, 'crl.wrong-issuer');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.evidence).toEqual([
			'certificate issuer: CN=Checks Intermediate CA,O=TLS Doctor Checks',
			'CRL issuer: CN=Checks Root CA,O=TLS Doctor Checks'
		]);
		expect(report.chains[0].clients[0].reasons[0].problem.openssl?.code).toBe(3);
	});

	it('is quiet when the leaf’s issuer has a CRL', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-inter.pem']))).not.toContain(
			'crl.wrong-issuer'
		);
	});
});

describe('ocsp.responder, ocsp.must-staple, revocation.crl-and-ocsp', () => {
	it('notes an OCSP responder and what PyMongo needs for it', async () => {
		const report = await analyzeFiles(['checks/ocsp.crt', ...CHAIN]);
		const [f] = find(report, 'ocsp.responder');
		expect(f).toMatchObject({ severity: 'info', evidence: ['OCSP: http://ocsp.example.test/'] });
		expect(f.detail).toContain('pymongo[ocsp]');
		expect(f.remedies).toContain('pymongo-ocsp-extra');
	});

	it('warns about must-staple', async () => {
		const report = await analyzeFiles(['checks/must-staple.crt', ...CHAIN]);
		expect(find(report, 'ocsp.must-staple')).toEqual([
			expect.objectContaining({ severity: 'warning', evidence: ['TLS Feature: status_request (5)'] })
		]);
	});

	it('says a CRL and OCSP cannot be combined in PyMongo', async () => {
		const report = await analyzeFiles(['checks/ocsp.crt', ...CHAIN, 'checks/crl-inter.pem']);
		expect(find(report, 'revocation.crl-and-ocsp')[0].detail).toMatch(/with tlsCRLFile it uses the CRL and skips OCSP/);
	});

	it('says nothing about OCSP for a certificate without a responder', async () => {
		const ids = findingIds(await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem', 'checks/crl-inter.pem']));
		expect(ids.filter((id) => id.startsWith('ocsp.') || id.startsWith('revocation.'))).toEqual([]);
	});
});
