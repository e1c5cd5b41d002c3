/**
 * A server sends its certificate and the intermediates and leaves the root out (RFC 8446 §4.4.2).
 * Such a chain is complete: the verdict names the root the client has to trust, never "missing
 * intermediate". A leaf sent alone, or a CA certificate that names where its issuer is published,
 * is still a missing intermediate. Inputs: the openssl-made PKI (make-pki.sh, make-verdict.sh,
 * make-checks.sh) and a real public chain (www.fastly.com, tests/fixtures/checks/public/).
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/core/model/report';
import { analyzeFiles, analyzeInputs, findingIds } from '../../helpers/analyze';
import { textInput } from '../../helpers/fixtures';

const ROOT = 'CN=Test Root CA,O=TLS Doctor Test';

/** What every form of "leaf + intermediate, root not sent" must say. */
function expectCompleteUpToRoot(report: Report) {
	const [chain] = report.chains;
	expect(findingIds(report)).not.toContain('chain.missing-intermediate');
	expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual([]);
	expect(chain.missingIntermediate).toBeUndefined();
	expect(chain.rootNotSupplied).toMatchObject({ root: ROOT, belowName: 'Test Intermediate CA' });
	expect(chain.status).not.toBe('error');
	expect(chain.summary).not.toMatch(/incomplete|missing/i);
	expect(chain.trust).toMatchObject({ kind: 'private', needsCaFile: true });
	expect(chain.trust.explanation).toContain(ROOT);
	// Each client profile: complete up to the root, trusted with it; never "issuer not found".
	for (const client of chain.clients) {
		expect(client.reasons.map((r) => r.problem.summary)).toEqual([`complete up to ${ROOT}; trusted if the client has that root`]);
		expect(client.reasons[0].problem.severity).toBe('warning');
	}
	expect(report.verdict).toBeDefined();
	expect(report.verdict!.text).not.toMatch(/missing intermediate/i);
	expect(report.verdict!.text).toContain(ROOT);
	expect(report.verdict!.confidence).not.toBe('high');
	const f = report.findings.find((x) => x.id === 'chain.root-not-supplied')!;
	expect(['warning', 'info']).toContain(f.severity);
	expect(f.remedies).toContain('use-tlscafile');
}

describe('a chain complete up to a root the server does not send', () => {
	it('leaf + intermediate in one PEM: complete up to the private root, which the client needs as tlsCAFile', async () => {
		const report = await analyzeFiles(['pki/server-chain.pem'], { host: 'db.example.com' });
		expectCompleteUpToRoot(report);
		expect(report.findings.find((f) => f.id === 'chain.root-not-supplied')).toMatchObject({
			severity: 'warning',
			title: expect.stringContaining('tlsCAFile')
		});
		expect(report.chains[0].rootNotSupplied?.verifiedBy).toBeUndefined();
	});

	it('the same chain from a .p12 (key + leaf + intermediate)', async () => {
		const report = await analyzeFiles(['verdict/server-chain.p12'], { host: 'db.example.com' });
		expect(report.items.filter((i) => i.kind === 'certificate')).toHaveLength(2);
		expectCompleteUpToRoot(report);
	});

	it('openssl s_client that verified it (Verify return code: 0): that client trusts the root', async () => {
		const report = await analyzeInputs([textInput('verdict/s_client-chain-verified.txt')]);
		expectCompleteUpToRoot(report);
		const sClient = report.items.find((i) => i.kind === 's-client');
		expect(report.chains[0].rootNotSupplied?.verifiedBy?.itemId).toBe(sClient?.id);
		expect(report.findings.find((f) => f.id === 'chain.root-not-supplied')).toMatchObject({
			severity: 'info',
			evidence: expect.arrayContaining([expect.stringContaining('Verify return code: 0 (ok)')])
		});
	});

	it('openssl s_client that verified a chain ending at a root the server sent: trusted there, not an error', async () => {
		const report = await analyzeInputs([textInput('ingest/s_client-verified.txt')]);
		const [chain] = report.chains;
		const sClient = report.items.find((i) => i.kind === 's-client');
		expect(chain.end).toBe('untrusted-root');
		expect(chain.verifiedBy?.itemId).toBe(sClient?.id);
		expect(chain.status).not.toBe('error');
		expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual([]);
		expect(report.findings.find((f) => f.id === 'chain.untrusted-root')?.severity).toBe('info');
		expect(report.verdict?.text).toContain('CN=Ingest Test CA,O=Ingest Test');
		expect(report.verdict?.confidence).not.toBe('high');
		for (const client of chain.clients) expect(client.reasons.map((r) => r.problem.severity)).toEqual(['warning']);
	});

	it('openssl s_client that did not verify that chain (code 19): still a root the client does not trust', async () => {
		const report = await analyzeInputs([textInput('ingest/s_client-untrusted.txt')]);
		expect(report.chains[0].verifiedBy).toBeUndefined();
		expect(report.findings.find((f) => f.id === 'chain.untrusted-root')?.severity).toBe('error');
	});

	it('openssl s_client without the root (Verify return code: 20): complete, not verified', async () => {
		const report = await analyzeInputs([textInput('verdict/s_client-chain-unverified.txt')]);
		expect(report.chains[0].rootNotSupplied).toMatchObject({ root: ROOT });
		expect(report.chains[0].rootNotSupplied?.verifiedBy).toBeUndefined();
		expect(report.chains[0].verifiedBy).toBeUndefined();
		expect(findingIds(report)).not.toContain('chain.missing-intermediate');
	});

	it('with the root given as the CA file: trusted, nothing left to say about it', async () => {
		const report = await analyzeFiles(['pki/server-chain.pem', 'pki/root-ca.crt'], { host: 'db.example.com' });
		expect(report.chains[0]).toMatchObject({ end: 'trusted', status: 'ok', trust: { kind: 'private', anchorSubject: ROOT } });
		expect(report.chains[0].rootNotSupplied).toBeUndefined();
		expect(findingIds(report)).not.toContain('chain.root-not-supplied');
	});

	it('a real public chain (leaf + intermediate, root in the public set): publicly trusted, and the root is named', async () => {
		const report = await analyzeFiles(['checks/public/fastly-chain.pem'], { host: 'www.fastly.com', at: '2026-03-01T00:00:00Z' });
		const [chain] = report.chains;
		expect(chain).toMatchObject({ end: 'trusted', trust: { kind: 'public', needsCaFile: false } });
		expect(chain.rootNotSupplied).toBeUndefined();
		expect(chain.summary).toContain('Starfield Root Certificate Authority - G2');
		expect(findingIds(report)).not.toContain('chain.missing-intermediate');
	});
});

describe('a genuine missing intermediate is still one', () => {
	it('a leaf alone whose issuer (an intermediate CA) was not sent', async () => {
		const report = await analyzeFiles(['pki/server.crt'], { host: 'db.example.com' });
		expect(report.chains[0].rootNotSupplied).toBeUndefined();
		expect(report.chains[0].missingIntermediate).toMatchObject({ issuer: 'CN=Test Intermediate CA,O=TLS Doctor Test' });
		expect(report.findings.find((f) => f.id === 'chain.missing-intermediate')?.severity).toBe('error');
		expect(report.verdict?.text).toMatch(/^Missing intermediate/);
		expect(report.chains[0].clients[0].reasons[0].problem).toMatchObject({ code: 'missing-issuer', severity: 'error' });
	});

	it('an intermediate whose certificate names where its issuer is published (AIA caIssuers)', async () => {
		const report = await analyzeFiles(['checks/server.crt', 'checks/a-inter.crt'], { host: 'db.example.com' });
		expect(report.chains[0].rootNotSupplied).toBeUndefined();
		expect(report.chains[0].missingIntermediate?.caIssuers.length).toBeGreaterThan(0);
		expect(findingIds(report)).toContain('chain.missing-intermediate');
	});
});
