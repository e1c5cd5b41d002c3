/**
 * Issue 14, item 9: the ticket Markdown is ready to paste. Checked on every error text of the
 * corpus (real clients' output and public pastes), not on one example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { analyzeFiles, analyzeText } from '../../helpers/analyze';
import { FIXTURES, fixtureText } from '../../helpers/fixtures';
import { markdownProblems } from '../../helpers/markdown-lint';

function corpusTexts(dir = join(FIXTURES, 'errors')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? corpusTexts(join(dir, e.name)) : e.name.endsWith('.txt') && e.name !== 'README.txt' ? [join(dir, e.name)] : []
	);
}

const AT = { at: '2026-06-01T00:00:00Z' };

describe('the ticket Markdown', { timeout: 120_000 }, () => {
	it('has no repeated line, internal name or HTML entity, for every error text of the corpus', async () => {
		const files = corpusTexts();
		expect(files.length).toBeGreaterThan(200);
		const bad: string[] = [];
		for (const file of files) {
			const md = toMarkdown(await analyzeText(readFileSync(file, 'utf8'), AT));
			for (const p of markdownProblems(md)) bad.push(`${file.slice(FIXTURES.length + 1)}: ${p}`);
		}
		expect(bad).toEqual([]);
	});

	it('quotes the error line itself, not the start of the traceback', async () => {
		const text = fixtureText('errors/captured/pymongo/atlas-intercepted.txt');
		const md = toMarkdown(await analyzeText(text, AT));
		const input = md.slice(md.indexOf('## Input'));
		expect(input).toContain(
			'pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.mongodb.net:28520: [SSL: CERTIFICATE_VERIFY_FAILED]'
		);
		expect(input).not.toContain('Traceback (most recent call last)');
	});

	it('names facts in words, once, and quotes each piece of evidence once', async () => {
		const md = toMarkdown(await analyzeText(fixtureText('errors/captured/pymongo/atlas-intercepted.txt'), AT));
		expect(md).toContain('## What the error text says');
		expect(md.match(/^- Host: /gm)).toHaveLength(1);
		expect(md).toMatch(/^- Certificate check: `self-signed certificate in certificate chain \(OpenSSL verify code 19\)`$/m);
		for (const internal of ['opensslReason', 'sslCLine', 'pythonVersionHint', 'atlas: `true`', '**Facts:**'])
			expect(md).not.toContain(internal);
		expect(md.match(/^- Evidence: `self-signed certificate in certificate chain`$/gm)).toHaveLength(1);
	});

	it('says how the certificates were read only when there are certificates', async () => {
		const errorOnly = toMarkdown(await analyzeText(fixtureText('errors/pymongo-3.11-local-issuer.txt'), AT));
		expect(errorOnly).not.toMatch(/role|read as a/);
		const withCert = toMarkdown(await analyzeFiles(['pki/server.crt'], { ...AT, role: 'client' }));
		expect(withCert).toContain('certificates read as a client’s');
	});

	it('writes out invisible characters in the facts (a certificate name with a right-to-left override)', async () => {
		const text =
			'depth=0 CN = db\u202emoc.elpmaxe\nverify error:num=20:unable to get local issuer certificate\nVerify return code: 20 (unable to get local issuer certificate)';
		const md = toMarkdown(await analyzeText(text, AT));
		expect(md).not.toContain('\u202e');
		expect(md).not.toContain('\u200b');
	});
});
