import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

describe('clients.differ', () => {
	it('says which clients accept a chain whose intermediate lacks an AKI and a critical basicConstraints', async () => {
		const report = await analyzeFiles(['checks/leaf-under-lenient.crt', 'checks/inter-lenient.crt', 'checks/ca.pem'], {
			host: 'lenient.example.com'
		});
		const f = report.findings.find((x) => x.id === 'clients.differ');
		expect(f).toMatchObject({ severity: 'warning', subject: 'item-1' });
		expect(f?.title).toMatch(/^Accepted by OpenSSL defaults.*rejected by Python 3\.13\+ strict mode/);
		const strict = report.chains[0].clients.find((c) => c.policy === 'python-strict');
		expect(strict?.reasons.map((r) => r.problem.code)).toEqual(expect.arrayContaining(['ca-not-critical', 'missing-aki']));
		expect(f?.evidence).toContain('OpenSSL defaults: accepts');
	});

	it('is quiet when every client agrees', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		expect(report.chains[0].clients.map((c) => c.accepts)).toEqual([true, true, true, true, true]);
		expect(findingIds(report)).not.toContain('clients.differ');
	});
});
