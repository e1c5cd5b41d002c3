import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('trust.public-root / trust.private-ca', () => {
	it('a real public chain ends at a Mozilla root: no tlsCAFile needed (missing-system-roots, not untrusted-ca)', async () => {
		const report = await analyzeFiles(['checks/public/fastly-chain.pem'], { host: 'www.fastly.com', at: '2026-03-01T00:00:00Z' });
		const [f] = find(report, 'trust.public-root');
		expect(f).toMatchObject({ severity: 'info', subject: 'item-1' });
		expect(f.evidence[0]).toBe(
			'root: CN=Starfield Root Certificate Authority - G2,O=Starfield Technologies\\, Inc.,L=Scottsdale,ST=Arizona,C=US'
		);
		expect(f.evidence.at(-1)).toMatch(/Mozilla NSS .*from Node\.js v\d+/);
		expect(f.remedies).toContain('certifi-tlscafile');
		expect(report.chains[0]).toMatchObject({ end: 'trusted', trust: { anchorSource: 'public-roots', kind: 'public', needsCaFile: false } });
		expect(report.chains[0].links.at(-1)?.certificate).toMatchObject({
			source: 'public-roots',
			name: 'Starfield Root Certificate Authority - G2'
		});
		expect(report.chains[0].clients.every((c) => c.accepts)).toBe(true);
	});

	it('a chain to a pasted private CA needs tlsCAFile', async () => {
		const report = await analyzeFiles(['checks/server-chain.pem', 'checks/ca.pem'], { host: 'db.example.com' });
		const [f] = find(report, 'trust.private-ca');
		expect(f).toMatchObject({ severity: 'info', remedies: ['use-tlscafile', 'add-ca-to-os-store'] });
		expect(report.chains[0].trust).toMatchObject({ anchorSource: 'pasted-ca', kind: 'private', needsCaFile: true });
		expect(findingIds(report)).not.toContain('trust.public-root');
	});

	it('says neither when the chain never reaches a root', async () => {
		const report = await analyzeFiles(['checks/server.crt'], { host: 'db.example.com' });
		expect(report.chains[0].trust.kind).toBe('unknown');
		expect(findingIds(report).filter((id) => id.startsWith('trust.'))).toEqual([]);
	});

	it('names a pasted CA that the missing intermediate keeps from being linked, without claiming it is the root', async () => {
		const report = await analyzeFiles(['checks/server.crt', 'checks/ca.pem'], { host: 'db.example.com' });
		const [chain] = report.chains;
		expect(chain.end).toBe('missing-issuer');
		expect(chain.trust).toMatchObject({ kind: 'unknown', anchorSource: 'none' });
		expect(chain.trust.explanation).toContain('You also gave the CA CN=');
		expect(chain.trust.explanation).toContain('missing intermediate');
		expect(chain.trust.explanation).not.toContain('cannot be told');
	});
});
