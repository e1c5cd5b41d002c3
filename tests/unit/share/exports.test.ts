/**
 * Every export (the report JSON, the ticket Markdown, the CLI's output) of a real analysis holds no
 * secret from the input, for every form the issue names, and the secret is taken out by its span:
 * a password that is also a common word ("pass", "true", "host") hides only itself, the report stays
 * whole and valid, and the analysis still diagnoses.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { analyzeText } from '../../helpers/analyze';

import { ERROR, PASTES } from './secret-pastes';

describe('exports of a real analysis', () => {
	for (const [what, text, secret] of PASTES) {
		it(`hold no secret from ${what}`, async () => {
			const report = await analyzeText(text);
			expect(JSON.stringify(report)).not.toContain(secret);
			expect(toMarkdown(report)).not.toContain(secret);
			expect(report.items.length).toBeGreaterThan(0);
		});
	}

	it('hold no connection string typed into the Host field, nor its password', async () => {
		const report = await analyzeText(ERROR, { host: 'mongodb://admin:Hunter2pw@db.example.com:27017/?tls=true' });
		expect(report.context.host).toBe('db.example.com:27017');
		expect(JSON.stringify(report)).not.toContain('Hunter2pw');
	});

	for (const password of ['pass', 'true', 'host', 'tls', 'null', 'item', 'error', 'mongodb']) {
		it(`stay whole with a URI password "${password}" that is also a word of the report`, async () => {
			const report = await analyzeText(`${ERROR}\nmongodb://app:${password}@db.example.com/?tls=true&tlsCAFile=/etc/ca.pem`);
			const json = JSON.parse(JSON.stringify(report));
			expect(json.connections[0].analysis.hasPassword).toBe(true);
			expect(json.connections[0].analysis.valid).toBeTypeOf('boolean');
			expect(report.connections[0].analysis.redacted).toBe('mongodb://app:****@db.example.com/?tls=true&tlsCAFile=/etc/ca.pem');
			expect(report.diagnoses.length).toBeGreaterThan(0);
		});
	}
});

describe('the command line', () => {
	for (const password of ['pass', 'true', 'host']) {
		it(`prints valid JSON and exits 0 for a URI password "${password}"`, () => {
			const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'analyze'], {
				input: `mongodb://app:${password}@db.example.com/?tls=true\n${ERROR}\n`,
				encoding: 'utf8',
				timeout: 60_000
			});
			expect(r.stderr).toBe('');
			expect(r.status).toBe(0);
			const report = JSON.parse(r.stdout);
			expect(report.connections[0].analysis.redacted).toBe('mongodb://app:****@db.example.com/?tls=true');
		}, 60_000);
	}
});
