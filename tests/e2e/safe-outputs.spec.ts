/**
 * The page's side of issue 12's first two promises: a value from a link or a paste never reaches a
 * command unquoted or unchecked, and a secret never reaches an export or a link, even when it is
 * an everyday word that also appears in the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysed, expect, open, paste, test, unfoldAll } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ERROR =
	'pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)';

test('a #host= link that is a command puts it in no command, and says why', async ({ guarded: { page } }) => {
	const host = 'db.example.com";touch /tmp/tls-doctor-canary;"';
	await open(page, `/#host=${encodeURIComponent(host)}&error=${encodeURIComponent(ERROR)}&shell=bash`);
	await analysed(page);
	await expect(page.locator('[data-finding-id="host.invalid"]')).toHaveCount(1);
	await unfoldAll(page);
	// Every command, snippet and file the page shows: remedy steps and the next-step commands.
	const commands = await page.locator('[data-step-kind] pre, [data-next-steps] code').allTextContents();
	expect(commands.length).toBeGreaterThan(5);
	for (const c of commands) expect(c).not.toContain('tls-doctor-canary');
});

test.describe('exports and links', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a URI password that is also a word of the report breaks nothing and leaves nowhere', async ({ guarded: { page } }) => {
		await open(page);
		await paste(page, `${ERROR}\nclient = MongoClient("mongodb://app:true@db.example.com/?tls=true")`);
		await expect(page.locator('[data-diagnosis-id]').first()).toBeVisible();
		await page.getByRole('button', { name: 'Copy report for a ticket' }).click();
		await expect(page.getByRole('button', { name: /Report copied/ })).toBeVisible();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain('mongodb://app:****@db.example.com');
		expect(markdown).not.toContain('app:true@');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
		const json = readFileSync(await download.path(), 'utf8');
		expect(() => JSON.parse(json)).not.toThrow();
		expect(json).not.toContain('app:true@');
		expect(JSON.parse(json).connections[0].analysis.hasPassword).toBe(true);
	});

	test('a share link leaves out a Kubernetes Secret’s key and a mongosh --password, and says so', async ({
		guarded: { page },
		context
	}) => {
		const key = readFileSync(join(FIXTURES, 'ingest/rsa-pkcs8.key'), 'utf8');
		const secret = `data:\n  tls.key: ${Buffer.from(key).toString('base64')}\n`;
		await open(page);
		await page.getByLabel(/Host the client connects to/).fill('mongodb://admin:Hunter2pw@db.example.com:27017/');
		await paste(page, `${secret}$ mongosh --tls --password Sup3rSecret mongodb://db.example.com/\n${ERROR}`);
		await page.getByRole('button', { name: 'Share link' }).click();
		await expect(page.getByText(/Left out of the link: .*1 private key.*1 password on a command line/)).toBeVisible();
		const link = await page.getByLabel(/Link to this analysis/).inputValue();
		const opened = await context.newPage();
		await opened.goto(link);
		await opened.locator('.doctor[data-ready="true"]').waitFor();
		const text = await opened.getByLabel(/Paste an error message/).inputValue();
		expect(text).toContain('tls.key: [private key removed]');
		expect(text).toContain('--password ****');
		expect(text).not.toContain('Sup3rSecret');
		expect(text).not.toContain(Buffer.from(key).toString('base64').slice(0, 40));
		await expect(opened.getByLabel(/Host the client connects to/)).toHaveValue('db.example.com:27017');
		expect(link).not.toContain('Hunter2pw');
		await opened.close();
	});
});
