/**
 * Issue 14, item 9: the Markdown a support engineer copies from the page is ready to paste into a
 * ticket, for a real client's traceback.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownProblems } from '../helpers/markdown-lint';
import { analysed, expect, open, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the copied report quotes the error line, names facts in words and repeats nothing', async ({ guarded: { page } }) => {
	const traceback = readFileSync(join(FIXTURES, 'errors/captured/pymongo/atlas-intercepted.txt'), 'utf8');
	await open(page);
	await page.getByLabel(/Paste an error message/).fill(traceback);
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await analysed(page);
	await page.getByRole('button', { name: 'Copy report for a ticket' }).click();
	await expect(page.getByRole('button', { name: /Report copied/ })).toBeVisible();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdownProblems(markdown)).toEqual([]);
	expect(markdown).toContain(
		'pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.mongodb.net:28520: [SSL: CERTIFICATE_VERIFY_FAILED]'
	);
	expect(markdown).toMatch(/^- Client: `PyMongo`$/m);
	expect(markdown).not.toMatch(/leaf role|opensslReason|sslCLine/);
});
