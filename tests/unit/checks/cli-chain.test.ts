import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the command line reports the chain findings', () => {
	it('names the missing intermediate and its AIA URL in the JSON report', () => {
		const r = spawnSync(
			'npx',
			[
				'tsx',
				'src/cli/main.ts',
				'analyze',
				'--host',
				'db.example.com',
				'--at',
				'2026-06-01T00:00:00Z',
				join(FIXTURES, 'checks/server.crt'),
				join(FIXTURES, 'checks/ca.pem')
			],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(r.status, r.stderr).toBe(0);
		const report = JSON.parse(r.stdout);
		const f = report.findings.find((x: { id: string }) => x.id === 'chain.missing-intermediate');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.detail).toContain('http://pki.example.test/checks-intermediate.crt');
		expect(report.chains[0]).toMatchObject({
			end: 'missing-issuer',
			missingIntermediate: { issuer: 'CN=Checks Intermediate CA,O=TLS Doctor Checks' }
		});
		expect(report.verdict.source).toBe('chain.missing-intermediate');
	});
});
