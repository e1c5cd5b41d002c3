import { describe, expect, it } from 'vitest';
import { analyzeChains } from '../../../src/lib/core/chain/analyze-chains';
import { findLeaves } from '../../../src/lib/core/chain/leaves';
import { certValidityTooLong } from '../../../src/lib/core/checks/rules/cert-validity-too-long';
import { resolveContext } from '../../../src/lib/core/context';
import { ingest } from '../../../src/lib/core/ingest/ingest';
import { storeFrom } from '../../../src/lib/core/trust/public-roots';
import { analyzeFiles, findingIds } from '../../helpers/analyze';
import { AT_VALID, bytesInput, fixtureText } from '../../helpers/fixtures';

const CHAIN = ['checks/a-inter.crt', 'checks/ca.pem'];

describe('cert.expiring-soon', () => {
	it('warns 14 days before notAfter, naming the date', async () => {
		const report = await analyzeFiles(['checks/server-expiring.crt', ...CHAIN], { host: 'soon.example.com' });
		const f = report.findings.find((x) => x.id === 'cert.expiring-soon');
		expect(f).toMatchObject({ severity: 'warning', subject: 'item-1', title: expect.stringContaining('14 days') });
		expect(f?.evidence).toContain('notAfter: 2026-06-15T00:00:00.000Z');
		expect(f?.remedies).toEqual(['renew-certificate']);
		expect(report.chains[0].links[0].validity).toMatchObject({ state: 'expiring', daysLeft: 14 });
	});

	it('says nothing for a certificate with months left, or one already expired', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('cert.expiring-soon');
		const expired = await analyzeFiles(['checks/server-expired.crt', ...CHAIN]);
		expect(findingIds(expired)).toContain('cert.expired');
		expect(findingIds(expired)).not.toContain('cert.expiring-soon');
	});
});

describe('cert.validity-too-long', () => {
	it('warns about a server certificate valid for more than 825 days (Apple platforms)', async () => {
		const report = await analyzeFiles(['checks/server-long.crt', ...CHAIN], { host: 'long.example.com' });
		const f = report.findings.find((x) => x.id === 'cert.validity-too-long');
		expect(f).toMatchObject({ severity: 'warning', title: expect.stringContaining('1095 days') });
		expect(f?.detail).toMatch(/825/);
		expect(f?.evidence).toContain('validity: 1095 days');
	});

	it('holds a publicly trusted certificate to 398 days', async () => {
		// The trust store a stock client has is injected here with the test root in it: real
		// certificates, real signatures, only the set of "public" roots differs.
		const root = fixtureText('checks/a-root.crt').replace(/-----[^-]+-----|\s/g, '');
		const store = storeFrom({
			info: { source: 'test store', node: 'test', generated: '2026-01-01', count: 1 },
			roots: [{ sha256: 'test', der: root }]
		});
		const context = resolveContext({ at: AT_VALID, host: 'long.example.com' });
		const evidence = await ingest(['checks/server-long.crt', 'checks/a-inter.crt'].map(bytesInput));
		const leaves = findLeaves(evidence.certificates);
		const chains = await analyzeChains(evidence, leaves, context, { publicRoots: store });
		expect(chains[0].trust.kind).toBe('public');
		const [f] = certValidityTooLong.run({ evidence, context, leaves, chains });
		expect(f).toMatchObject({ id: 'cert.validity-too-long', severity: 'warning' });
		expect(f.title).toMatch(/398/);
	});

	it('passes a one-year certificate, and a real public one of 30 days', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN], { host: 'db.example.com' }))).not.toContain(
			'cert.validity-too-long'
		);
		const fastly = await analyzeFiles(['checks/public/fastly-chain.pem'], { host: 'www.fastly.com', at: '2026-03-01T00:00:00Z' });
		expect(fastly.chains[0].trust.kind).toBe('public');
		expect(findingIds(fastly)).not.toContain('cert.validity-too-long');
	});

	it('only judges server certificates', async () => {
		const report = await analyzeFiles(['checks/server-long.crt', ...CHAIN], { role: 'client' });
		expect(findingIds(report)).not.toContain('cert.validity-too-long');
	});
});
