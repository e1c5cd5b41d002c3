/**
 * The journeys of issue 7: a deep link from an error page, the report a support engineer copies
 * into a ticket, the share link, and a .p12 dropped with its password. Each also proves that no
 * secret rides along.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysed, dropFiles, expect, expectAccessible, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CERTS = join(import.meta.dirname, 'certs');
const read = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');

/** The base64 lines of a PEM private key: none of them may ever show up in what the page exposes. */
function keyLines(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => /^[A-Za-z0-9+/=]{40,}$/.test(l));
}

const PASSWORD = 'Hunter2-uri-pass';
const TRACEBACK_WITH_URI = [
	'Traceback (most recent call last):',
	'  File "/home/dana/app/db.py", line 4, in <module>',
	`    client = MongoClient("mongodb://app:${PASSWORD}@localhost:27999/?tls=true")`,
	read('errors/pymongo-3.11-local-issuer.txt').trim()
].join('\n');

test('an error page deep link (?error=, host, client, os) pre-fills the page and analyses at once', async ({ guarded: { page } }) => {
	const error = '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)';
	await open(page, `/?error=${encodeURIComponent(error)}&host=db.example.com&client=pymongo&os=debian`);
	await analysed(page);
	await expect(page.getByLabel(/Paste an error message/)).toHaveValue(error);
	await expect(page.getByLabel(/Host the client connects to/)).toHaveValue('db.example.com');
	await expect(page.locator('[data-diagnosis-id]').first()).toBeVisible();
	await expect(page.locator('.verdict')).toContainText('Most likely');
	// What the link said is taken as the person's choice, not a guess.
	await expect(page.getByLabel('Operating system')).toHaveValue('debian');
	await expect(page.getByLabel('Client', { exact: true })).toHaveValue('pymongo');
	await expect(page.locator('#env-os-why')).toHaveCount(0);
	await expect(page.locator('[data-remedy-id]').first()).toBeVisible();
	// Steps are written for Debian: no macOS-only remedy is offered.
	await expect(page.locator('[data-remedy-id="install-certificates-command"]')).toHaveCount(0);
});

test('a #error= deep link works the same, and the fragment never reaches the server', async ({ guarded: { page, requests } }) => {
	await open(page, `/#error=${encodeURIComponent('x509: certificate signed by unknown authority')}&client=go`);
	await analysed(page);
	await expect(page.getByLabel(/Paste an error message/)).toHaveValue('x509: certificate signed by unknown authority');
	await expect(page.locator('[data-diagnosis-id]').first()).toBeVisible();
	await expect(page.getByLabel('Client', { exact: true })).toHaveValue('go');
	expect(requests.filter((r) => r.url.includes('unknown'))).toEqual([]);
});

test.describe('the ticket report', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy report for a ticket" copies Markdown with the verdict and fingerprints and no secrets', async ({ guarded: { page } }) => {
		await open(page);
		await page.locator('#file-picker').setInputFiles([join(CERTS, 'dropped.key'), join(FIXTURES, 'pki/server-expired.crt')]);
		await page.getByLabel(/Paste an error message/).fill(TRACEBACK_WITH_URI);
		await page.getByRole('button', { name: 'Analyse', exact: true }).click();
		await analysed(page);
		await page.getByRole('button', { name: 'Copy report for a ticket' }).click();
		await expect(page.getByRole('button', { name: /Report copied/ })).toBeVisible();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/^# TLS Doctor report/);
		expect(markdown).toContain('**Verdict:**');
		expect(markdown).toContain('untrusted-ca');
		// The certificate's fingerprint is there for the ticket…
		const item = page.locator('[data-item-kind="certificate"]');
		await item.getByText('Details').click();
		const sha = (await item.locator('.fingerprint').textContent())!.trim();
		expect(sha).toMatch(/^[0-9A-F:]{95}$/);
		expect(markdown).toContain(sha);
		// …the password and the key are not.
		expect(markdown).not.toContain(PASSWORD);
		for (const line of keyLines(join(CERTS, 'dropped.key'))) expect(markdown).not.toContain(line);
		await expectAccessible(page, 'after copying the report');
	});

	test('"Download JSON" is the same report, with the same secrets removed', async ({ guarded: { page } }) => {
		await open(page);
		await page.locator('#file-picker').setInputFiles([join(CERTS, 'dropped.key'), join(CERTS, 'dropped.crt')]);
		await paste(page, TRACEBACK_WITH_URI);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
		expect(download.suggestedFilename()).toBe('tls-doctor-report.json');
		const json = readFileSync(await download.path(), 'utf8');
		const report = JSON.parse(json);
		expect(report.tool.name).toBe('tls-doctor');
		expect(report.diagnoses.map((d: { id: string }) => d.id)).toContain('untrusted-ca');
		expect(report.items.some((i: { kind: string }) => i.kind === 'private-key')).toBe(true);
		expect(json).not.toContain(PASSWORD);
		expect(json).toContain('app:****@localhost');
		for (const line of keyLines(join(CERTS, 'dropped.key'))) expect(json).not.toContain(line);
	});
});

test('the share link carries the error, host and environment, and no key, password or file', async ({ guarded: { page }, context }) => {
	await open(page);
	await page.getByLabel(/Host the client connects to/).fill('localhost');
	await page.locator('#file-picker').setInputFiles(join(FIXTURES, 'pki/server.crt'));
	const keyText = readFileSync(join(CERTS, 'dropped.key'), 'utf8');
	await paste(page, `${TRACEBACK_WITH_URI}\n${keyText}`);
	await page.getByLabel('Operating system').selectOption('windows');
	await analysed(page);
	await page.getByRole('button', { name: 'Share link' }).click();
	const field = page.getByLabel(/Link to this analysis/);
	const link = await field.inputValue();
	// Counted, one or more of each: "1 private key, 1 connection-string password".
	await expect(
		page.getByText(/Left out of the link: (?:[^,]*, )*\d+ private keys?, (?:[^,]*, )*\d+ connection-string passwords?/)
	).toBeVisible();
	await expect(page.getByText('1 file you added is not in the link.')).toBeVisible();
	await expectAccessible(page, 'the share link panel');

	const url = new URL(link);
	expect(url.search).toBe('');
	expect(url.hash).toMatch(/^#z=/);
	expect(link).not.toContain(PASSWORD);
	// The link is compressed: decode it the way the page does and look inside.
	const opened = await context.newPage();
	await opened.goto(link);
	await opened.locator('.doctor[data-ready="true"]').waitFor();
	await analysed(opened);
	const text = await opened.getByLabel(/Paste an error message/).inputValue();
	expect(text).toContain('unable to get local issuer certificate');
	expect(text).toContain('app:****@localhost');
	expect(text).toContain('[private key removed]');
	expect(text).not.toContain(PASSWORD);
	for (const line of keyLines(join(CERTS, 'dropped.key'))) expect(text).not.toContain(line);
	await expect(opened.getByLabel(/Host the client connects to/)).toHaveValue('localhost');
	await expect(opened.getByLabel('Operating system')).toHaveValue('windows');
	await expect(opened.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible();
	await expect(opened.locator('[data-item-kind="certificate"]')).toHaveCount(0);
	await opened.close();
});

test('a .p12 dropped with its password opens, and the password is kept nowhere', async ({ guarded: { page } }) => {
	const password = 'Tr0ub4dor-p12-pass';
	await open(page);
	await dropFiles(page, [join(CERTS, 'dropped.p12')]);
	await expect(page.getByText('A password is needed to open dropped.p12.')).toBeVisible();
	// The prompt takes the focus: the person can type the password straight away.
	await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
	await expectAccessible(page, 'the password prompt');
	// By keyboard: type the password and press Enter.
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByLabel('Password', { exact: true }).press('Enter');
	const p12 = page.locator('[data-item-kind="pkcs12"]');
	await expect(p12).toContainText('opened with the password given');
	await expect(p12.locator('[data-item-kind="certificate"]')).toContainText('client.example.com');
	await expect(p12.locator('[data-item-kind="private-key"]')).toContainText('RSA 2048');
	await expect(page.getByText('A password is needed')).toHaveCount(0);

	const html = await page.content();
	expect(html).not.toContain(password);
	expect(page.url()).not.toContain(password);
	const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie);
	expect(stored).not.toContain(password);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
	const json = readFileSync(await download.path(), 'utf8');
	expect(json).not.toContain(password);
	for (const line of keyLines(join(CERTS, 'dropped.key'))) expect(json).not.toContain(line);
});
