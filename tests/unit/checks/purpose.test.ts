import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeInputs, findingIds } from '../../helpers/analyze';
import { bytesInput } from '../../helpers/fixtures';

const CHAIN = ['checks/a-inter.crt', 'checks/ca.pem'];
const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('purpose.eku', () => {
	it('refuses a serverAuth-only certificate used as a client certificate', async () => {
		const report = await analyzeFiles(['checks/client-serverauth-only.crt', ...CHAIN], { role: 'client' });
		const [f] = find(report, 'purpose.eku');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1', remedies: ['reissue-with-eku'] });
		expect(f.detail).toMatch(/does not include clientAuth/);
		expect(f.citation).toMatch(/RFC 5280 §4\.2\.1\.12/);
	});

	it('refuses a clientAuth-only certificate used as a server certificate', async () => {
		const report = await analyzeFiles(['checks/server-clientauth-only.crt', ...CHAIN], { host: 'clientauth.example.com' });
		expect(find(report, 'purpose.eku')[0].detail).toMatch(/does not include serverAuth/);
		expect(report.chains[0].clients[0].accepts).toBe(false);
	});

	it('passes each certificate in its own role', async () => {
		expect(findingIds(await analyzeFiles(['checks/client.crt', ...CHAIN], { role: 'client' }))).not.toContain('purpose.eku');
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN], { host: 'db.example.com' }))).not.toContain('purpose.eku');
	});
});

describe('purpose.key-usage', () => {
	it('refuses a server certificate whose key usage allows no handshake', async () => {
		const report = await analyzeFiles(['checks/server-bad-key-usage.crt', ...CHAIN], { host: 'ku.example.com' });
		const [f] = find(report, 'purpose.key-usage');
		expect(f).toMatchObject({ severity: 'error' });
		expect(f.evidence[0]).toMatch(/cRLSign/);
	});

	it('passes digitalSignature + keyEncipherment', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN], { host: 'db.example.com' }))).not.toContain('purpose.key-usage');
	});
});

describe('purpose.member-needs-both', () => {
	const uri = { kind: 'text' as const, text: 'mongodb://db1.example.com,db2.example.com/?replicaSet=rs0&tls=true' };

	it('notes that a serverAuth-only certificate cannot be a member certificate in a replica set', async () => {
		const report = await analyzeInputs([...['checks/server.crt', ...CHAIN].map(bytesInput), uri]);
		const [f] = find(report, 'purpose.member-needs-both');
		expect(f).toMatchObject({ severity: 'info', subject: 'item-1' });
		expect(f.evidence).toContain('a connection string with 2 hosts');
	});

	it('is quiet without a sign of a cluster, and says ok for serverAuth + clientAuth', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('purpose.member-needs-both');
		const member = await analyzeInputs([...['checks/member.crt', ...CHAIN].map(bytesInput), uri]);
		expect(findingIds(member)).toContain('purpose.member-ok');
		expect(findingIds(member)).not.toContain('purpose.member-needs-both');
	});
});

describe('purpose.issuer-not-ca', () => {
	it('names an intermediate with CA:FALSE', async () => {
		const report = await analyzeFiles(['checks/leaf-under-not-ca.crt', 'checks/inter-not-ca.crt', 'checks/ca.pem'], {
			host: 'under-not-ca.example.com'
		});
		const [f] = find(report, 'purpose.issuer-not-ca');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-2' });
		expect(f.detail).toMatch(/CA:FALSE/);
		expect(report.chains[0].links[1]).toMatchObject({ status: 'error', problems: [expect.objectContaining({ code: 'not-a-ca' })] });
	});

	it('names an intermediate without keyCertSign, which OpenSSL passes over as if it were missing', async () => {
		const report = await analyzeFiles(['checks/leaf-under-no-certsign.crt', 'checks/inter-no-certsign.crt', 'checks/ca.pem'], {
			host: 'under-no-certsign.example.com'
		});
		expect(find(report, 'purpose.issuer-not-ca')[0]).toMatchObject({ subject: 'item-2', detail: expect.stringMatching(/keyCertSign/) });
		// OpenSSL's check_issued skips it, so OpenSSL itself says "unable to get local issuer certificate": explained, not called missing.
		expect(find(report, 'chain.issuer-rejected')[0]).toMatchObject({ subject: 'item-2', severity: 'error' });
		expect(findingIds(report)).not.toContain('chain.missing-intermediate');
	});

	it('warns that Python 3.13 strict mode refuses a non-critical basicConstraints, while OpenSSL accepts', async () => {
		const report = await analyzeFiles(['checks/leaf-under-lenient.crt', 'checks/inter-lenient.crt', 'checks/ca.pem'], {
			host: 'lenient.example.com'
		});
		expect(find(report, 'purpose.issuer-not-ca')[0]).toMatchObject({ severity: 'warning', subject: 'item-2' });
		expect(report.chains[0].clients.find((c) => c.policy === 'openssl')?.accepts).toBe(true);
	});

	it('passes a proper CA', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN], { host: 'db.example.com' }))).not.toContain(
			'purpose.issuer-not-ca'
		);
	});
});

describe('purpose.path-length', () => {
	it('names the CA whose pathlen:0 the chain exceeds', async () => {
		const report = await analyzeFiles(['checks/leaf-too-deep.crt', 'checks/inter-sub.crt', 'checks/inter-pathlen0.crt', 'checks/ca.pem'], {
			host: 'deep.example.com'
		});
		const [f] = find(report, 'purpose.path-length');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-3', title: expect.stringContaining('Pathlen Zero CA') });
		expect(f.detail).toMatch(/at most 0 intermediate CAs below it/);
	});

	it('passes a chain within its path length', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('purpose.path-length');
	});
});

describe('purpose.name-constraints', () => {
	it('refuses a name outside the CA’s permitted subtree', async () => {
		const report = await analyzeFiles(['checks/leaf-outside-constraints.crt', 'checks/inter-constrained.crt', 'checks/ca.pem'], {
			host: 'db.example.org'
		});
		const [f] = find(report, 'purpose.name-constraints');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.detail).toContain('DNS:db.example.org');
		expect(f.detail).toContain('example.com');
	});

	it('accepts a name inside it', async () => {
		const report = await analyzeFiles(['checks/leaf-within-constraints.crt', 'checks/inter-constrained.crt', 'checks/ca.pem'], {
			host: 'db.example.com'
		});
		expect(findingIds(report)).not.toContain('purpose.name-constraints');
		expect(report.chains[0].clients[0].accepts).toBe(true);
	});
});
