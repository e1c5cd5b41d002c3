import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../helpers/analyze';

describe('the chain part of the report', () => {
	it('is plain data: it survives JSON and structuredClone unchanged', async () => {
		const report = await analyzeFiles(['checks/b-chain-cross-first.pem', 'checks/b-roots.pem', 'checks/crl-inter.pem'], {
			host: 'app.b.example.com'
		});
		expect(report.chains).toHaveLength(1);
		expect(JSON.parse(JSON.stringify(report.chains))).toEqual(report.chains);
		expect(structuredClone(report.chains)).toEqual(report.chains);
	});

	it('describes every link: item, role, status, validity window and problems with citations', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		const [chain] = report.chains;
		expect(chain).toMatchObject({ leaf: 'item-1', role: 'server', host: 'db.example.com', status: 'ok', end: 'trusted' });
		expect(chain.links.map((l) => [l.certificate.itemId, l.role, l.status])).toEqual([
			['item-1', 'leaf', 'ok'],
			['item-2', 'intermediate', 'ok'],
			['item-3', 'anchor', 'ok']
		]);
		expect(chain.links[0].validity).toEqual({
			notBefore: '2026-01-01T00:00:00.000Z',
			notAfter: '2026-12-31T23:59:59.000Z',
			state: 'valid',
			daysLeft: 213
		});
		expect(chain.clients.map((c) => c.policy)).toEqual(['openssl', 'python-strict', 'go', 'java', 'webpki']);
		expect(chain.publicRoots.available).toBe(true);
		expect(chain.summary).toMatch(/valid for every client/);
	});

	it('gives each problem its OpenSSL verify code and citation', async () => {
		const report = await analyzeFiles(['checks/server-expired.crt', 'checks/a-inter.crt', 'checks/ca.pem']);
		const problem = report.chains[0].links[0].problems[0];
		expect(problem).toMatchObject({
			code: 'expired',
			severity: 'error',
			citation: expect.stringContaining('RFC 5280'),
			openssl: { code: 10, name: 'X509_V_ERR_CERT_HAS_EXPIRED' }
		});
		expect(report.chains[0].status).toBe('error');
	});

	it('validates a client certificate for clientAuth, without a host', async () => {
		const report = await analyzeFiles(['checks/client.crt', 'checks/a-inter.crt', 'checks/ca.pem'], {
			role: 'client',
			host: 'db.example.com'
		});
		expect(report.chains[0]).toMatchObject({ role: 'client', status: 'ok' });
		expect(report.chains[0].host).toBeUndefined();
	});

	it('takes a CA file pasted on its own for a CA, not for a server certificate', async () => {
		const report = await analyzeFiles(['checks/ca.pem']);
		expect(report.chains).toEqual([]);
		const self = await analyzeFiles(['checks/self-signed.crt']);
		expect(self.chains[0].trust.kind).toBe('self-signed');
	});

	it('never trusts a root only because the server sent it', async () => {
		const report = await analyzeFiles(['checks/s_client-private-root.txt']);
		expect(report.chains[0].links.map((l) => l.role)).toEqual(['leaf', 'intermediate', 'intermediate']);
		expect(report.chains[0].trust.anchorSource).toBe('none');
	});
});

describe('a paste with many leaf certificates', () => {
	it('analyses the first 20 chains and says that the rest were left out', async () => {
		const report = await analyzeFiles(['checks/many-leaves.pem', 'checks/a-inter.crt', 'checks/ca.pem'], { host: 'host1.example.com' });
		expect(report.chains).toHaveLength(20);
		expect(report.chains[0].notes).toContain(
			'Only the first 20 of the 22 leaf certificates were analysed as chains; paste fewer at a time for the rest.'
		);
		expect(report.chains[0].clients[0].accepts).toBe(true);
	});
});
