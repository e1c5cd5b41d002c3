import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

const CHAIN = ['checks/a-inter.crt', 'checks/ca.pem'];
const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('strength.weak-key', () => {
	it('refuses RSA and DSA keys under 2048 bits, explaining security level 2', async () => {
		const report = await analyzeFiles(['checks/weak-rsa1024.crt', 'checks/weak-dsa1024.crt', ...CHAIN]);
		const [rsa, dsa] = find(report, 'strength.weak-key');
		expect(rsa).toMatchObject({ severity: 'error', subject: 'item-1', evidence: ['public key: RSA 1024 bits'] });
		expect(rsa.detail).toMatch(/security level 2/);
		expect(rsa.detail).toMatch(/Debian, Ubuntu and RHEL/);
		expect(dsa).toMatchObject({ subject: 'item-2', evidence: ['public key: DSA 1024 bits'] });
		expect(rsa.remedies).toEqual(['reissue-stronger-key']);
	});

	it('and OpenSSL-based clients reject the chain for it', async () => {
		const report = await analyzeFiles(['checks/weak-rsa1024.crt', ...CHAIN], { host: 'rsa1024.example.com' });
		expect(report.chains[0].clients.find((c) => c.policy === 'openssl')).toMatchObject({ accepts: false });
	});

	it('passes RSA 2048 and EC P-384', async () => {
		const report = await analyzeFiles(['checks/server.crt', 'checks/curve-p384.crt', ...CHAIN]);
		expect(findingIds(report)).not.toContain('strength.weak-key');
	});
});

describe('strength.weak-signature', () => {
	it('refuses SHA-1 and MD5 signatures', async () => {
		const report = await analyzeFiles(['checks/weak-sha1.crt', 'checks/weak-md5.crt', ...CHAIN]);
		const [sha1, md5] = find(report, 'strength.weak-signature');
		expect(sha1).toMatchObject({ severity: 'error', subject: 'item-1', evidence: ['signatureAlgorithm: sha1WithRSAEncryption'] });
		expect(sha1.detail).toMatch(/security level 1/);
		expect(md5.evidence).toEqual(['signatureAlgorithm: md5WithRSAEncryption']);
	});

	it('Java still accepts a SHA-1 leaf from a private CA; OpenSSL and Go do not', async () => {
		const report = await analyzeFiles(['checks/weak-sha1.crt', ...CHAIN], { host: 'sha1.example.com' });
		const accepts = Object.fromEntries(report.chains[0].clients.map((c) => [c.policy, c.accepts]));
		expect(accepts).toMatchObject({ openssl: false, go: false, java: true });
		expect(findingIds(report)).toContain('clients.differ');
	});

	it('passes SHA-256, and a self-signed root whatever its own hash', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('strength.weak-signature');
	});
});

describe('strength.curve', () => {
	it('warns about secp256k1, naming the curve', async () => {
		const report = await analyzeFiles(['checks/curve-secp256k1.crt', ...CHAIN]);
		const [f] = find(report, 'strength.curve');
		expect(f).toMatchObject({ severity: 'warning', evidence: ['public key: EC secp256k1'] });
		expect(f.detail).toMatch(/P-256, P-384 and P-521/);
	});

	it('passes P-384', async () => {
		expect(findingIds(await analyzeFiles(['checks/curve-p384.crt', ...CHAIN]))).not.toContain('strength.curve');
	});
});
