/**
 * Fixes that agree with the findings: no download from an AIA URL the certificate does not carry,
 * and no request for `openssl s_client -showcerts` output once it has been pasted. Real inputs:
 * the openssl-made PKI (make-pki.sh, make-checks.sh, make-verdict.sh).
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/core/model/report';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { analyzeFiles, analyzeInputs } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';

const asksForSClient = (s: { ask: string; command?: string }) => /s_client/.test(s.command ?? '') && /-showcerts/.test(s.command ?? '');

describe('the AIA download step', () => {
	it('is not offered for a certificate without Authority Information Access: the CA’s operator is asked instead', async () => {
		const report = await analyzeFiles(['pki/server.crt'], { host: 'db.example.com' });
		expect(report.findings.map((f) => f.id)).toContain('chain.missing-intermediate');
		expect(report.chains[0].missingIntermediate?.caIssuers).toEqual([]);
		const remedy = report.remedies['fetch-aia-issuer'];
		expect(remedy).toBeDefined();
		expect(JSON.stringify(remedy)).not.toMatch(/AIA_URL|curl|Invoke-WebRequest|none given/);
		expect(remedy.title).not.toMatch(/download/i);
		expect(remedy.steps.map((s) => s.text).join('\n')).toMatch(/whoever runs the CA/);
		expect(toMarkdown(report)).not.toContain('AIA_URL');
	});

	it('downloads from the URL the certificate carries, quoted for the shell', async () => {
		const report = await analyzeFiles(['checks/server.crt'], { host: 'db.example.com', shell: 'bash' });
		const url = report.chains[0].missingIntermediate?.caIssuers[0];
		expect(url).toBe('http://pki.example.test/checks-intermediate.crt');
		const download = report.remedies['fetch-aia-issuer'].steps.find((s) => s.kind === 'command')!;
		// Bare or in quotes the shell reads literally: the same single argument either way.
		expect(download.text).toMatch(/^curl -fsSL -o issuer\.crt (['"]?)http:\/\/pki\.example\.test\/checks-intermediate\.crt\1$/);
		expect(download.placeholders ?? []).toEqual([]);
	});
});

describe('what to paste next, after the s_client output was pasted', () => {
	const sClientReport = () => analyzeInputs([{ kind: 'text', text: fixtureText('verdict/s_client-chain-unverified.txt') }]);

	function expectNoSClientAsk(report: Report) {
		for (const d of report.diagnoses) expect(d.next.filter(asksForSClient), d.id).toEqual([]);
		expect((report.next ?? []).filter(asksForSClient)).toEqual([]);
		const chainRemedy = report.remedies['get-server-chain'];
		if (chainRemedy) {
			expect(chainRemedy.steps.filter((s) => s.kind === 'command' && /s_client/.test(s.text))).toEqual([]);
			expect(chainRemedy.steps.map((s) => s.text).join('\n')).not.toMatch(/paste the whole output/i);
		}
		expect(toMarkdown(report)).not.toMatch(/Next: [^\n]*s_client[^\n]*-showcerts/);
	}

	it('asks for the root the chain goes up to, not for the s_client output again', async () => {
		const report = await sClientReport();
		expect(report.items.some((i) => i.kind === 's-client')).toBe(true);
		expect(report.diagnoses.length).toBeGreaterThan(0);
		expectNoSClientAsk(report);
		expect(report.next?.map((n) => n.ask)).toContainEqual(expect.stringContaining('CN=Test Root CA,O=TLS Doctor Test'));
		expect(report.remedies['get-server-chain']?.steps.map((s) => s.text).join('\n')).toContain('CN=Test Root CA,O=TLS Doctor Test');
	});

	it('with the same error text and s_client output together', async () => {
		const error = fixtureText('errors/pymongo-3.11-local-issuer.txt');
		const report = await analyzeInputs([
			{ kind: 'text', text: error },
			{ kind: 'text', text: fixtureText('verdict/s_client-chain-unverified.txt') }
		]);
		expectNoSClientAsk(report);
	});

	it('still asks for it when only the error text was pasted', async () => {
		const report = await analyzeInputs([{ kind: 'text', text: fixtureText('errors/pymongo-3.11-local-issuer.txt') }]);
		const asks = [...report.diagnoses.flatMap((d) => d.next), ...(report.next ?? [])];
		expect(asks.some(asksForSClient)).toBe(true);
	});

	it('with a chain pasted and no diagnosis, asks for the root CA file next', async () => {
		const report = await analyzeFiles(['pki/server-chain.pem'], { host: 'db.example.com' });
		expect(report.diagnoses).toEqual([]);
		expect(report.next?.map((n) => n.ask)).toEqual([expect.stringContaining('CN=Test Root CA,O=TLS Doctor Test')]);
	});
});

describe('a root named in what to paste next', () => {
	it('shows a right-to-left override in its name as a visible mark, not as a control character', async () => {
		const report = await analyzeFiles(['verdict/rlo-chain.pem'], { host: 'rlo.example.com', at: new Date().toISOString() });
		expect(report.chains[0].rootNotSupplied?.root).toBeDefined();
		const asks = (report.next ?? []).map((n) => n.ask).join('\n');
		expect(asks).toContain('U+202E');
		expect(asks).not.toContain('\u202e');
	});
});
