import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

describe('host.mismatch', () => {
	it('flags a host the certificate does not list, and lists what it does', async () => {
		const report = await analyzeFiles(['pki/server.crt'], { host: 'mongo.other.org' });
		const f = report.findings.find((x) => x.id === 'host.mismatch');
		expect(f?.severity).toBe('error');
		expect(f?.detail).toContain('db.example.com');
		expect(f?.remedies.at(-1)).toBe('allow-invalid-hostnames');
	});

	it('passes the exact name, a wildcard match and a listed IP', async () => {
		for (const host of ['db.example.com', 'node1.db.example.com', '127.0.0.1', 'DB.EXAMPLE.COM']) {
			const ids = findingIds(await analyzeFiles(['pki/server.crt'], { host }));
			expect(ids, host).toContain('host.match');
			expect(ids, host).not.toContain('host.mismatch');
		}
	});

	it('does not let a wildcard cover two labels', async () => {
		expect(findingIds(await analyzeFiles(['pki/server.crt'], { host: 'a.b.db.example.com' }))).toContain('host.mismatch');
	});

	it('explains that an IP needs an IP SAN', async () => {
		const f = (await analyzeFiles(['pki/server.crt'], { host: '10.1.2.3' })).findings.find((x) => x.id === 'host.mismatch');
		expect(f?.detail).toMatch(/IP Address/);
	});

	it('warns when only the CN matches', async () => {
		const report = await analyzeFiles(['pki/server-cn-only.crt'], { host: 'cn-only.example.com' });
		expect(report.findings.find((x) => x.id === 'host.cn-only')?.severity).toBe('warning');
	});

	it('checks the leaf of a chain, not the CA', async () => {
		const report = await analyzeFiles(['pki/server-chain.pem'], { host: 'db.example.com' });
		expect(report.findings.filter((x) => x.id.startsWith('host.')).map((x) => x.subject)).toEqual(['item-1']);
	});

	it('does nothing without a host, or for a client certificate', async () => {
		expect(findingIds(await analyzeFiles(['pki/server.crt'])).filter((id) => id.startsWith('host.'))).toEqual([]);
		expect(
			findingIds(await analyzeFiles(['pki/server.crt'], { host: 'x.org', role: 'client' })).filter((id) => id.startsWith('host.'))
		).toEqual([]);
	});
});
