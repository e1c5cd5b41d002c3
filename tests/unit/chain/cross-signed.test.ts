/**
 * A fully cross-signed set (tests/fixtures/chain-cross/make.sh): a root signs four CAs, each CA
 * cross-signs the other three, CA 1 signs the leaf. `openssl verify` accepts it; so must every
 * client policy here, and the many loops in the issuer graph must not cost the search its budget.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../helpers/analyze';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'chain-cross');
const AT = '2027-06-01T00:00:00Z';
const FILES = ['chain-cross/leaf.pem', 'chain-cross/intermediates.pem', 'chain-cross/root.pem'];

describe('a fully cross-signed set of four CAs under one root', () => {
	it('is one openssl itself verifies', () => {
		const out = execFileSync(
			'openssl',
			['verify', '-attime', String(Date.parse(AT) / 1000), '-CAfile', 'root.pem', '-untrusted', 'intermediates.pem', 'leaf.pem'],
			{ cwd: DIR, encoding: 'utf8' }
		);
		expect(out.trim()).toBe('leaf.pem: OK');
	});

	it('is trusted under every client policy, the main (OpenSSL) one included', async () => {
		const started = performance.now();
		const report = await analyzeFiles(FILES, { host: 'db.cross.example', at: AT });
		const elapsed = performance.now() - started;
		expect(report.chains).toHaveLength(1);
		const [chain] = report.chains;
		expect(chain.end).toBe('trusted');
		expect(chain.clients.map((c) => [c.policy, c.accepts, c.end])).toEqual(
			['openssl', 'python-strict', 'go', 'java', 'webpki'].map((p) => [p, true, 'trusted'])
		);
		expect(report.findings.map((f) => f.id)).not.toContain('chain.missing-intermediate');
		expect(report.findings.map((f) => f.id)).not.toContain('chain.issuer-rejected');
		expect(elapsed).toBeLessThan(5_000);
	});

	it('shows the path OpenSSL builds: cross-sign after cross-sign, each a new certificate, up to the root', async () => {
		const report = await analyzeFiles(FILES, { host: 'db.cross.example', at: AT });
		const links = report.chains[0].links;
		expect(links[0].role).toBe('leaf');
		expect(links.at(-1)?.role).toBe('anchor');
		const fingerprints = links.map((l) => l.certificate.sha256);
		expect(new Set(fingerprints).size).toBe(links.length);
		// At most every pasted CA certificate once, plus the leaf and the root.
		expect(links.length).toBeLessThanOrEqual(18);
	});
});
