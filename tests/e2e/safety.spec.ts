/**
 * The privacy and safety promises, each proved directly: the policy the page declares, no request
 * leaving the origin (or carrying input) while it analyses, certificate names rendered as text
 * only, and a dropped private key found nowhere the page can be read back from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { analysed, expect, open, paste, test, unfoldAll } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CERTS = join(import.meta.dirname, 'certs');
const read = (p: string) => readFileSync(p, 'utf8');

test('the page declares a strict Content-Security-Policy', async ({ guarded: { page } }) => {
	await open(page);
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const directives = Object.fromEntries(
		policy!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name, values])
	);
	expect(directives['default-src']).toEqual(["'none'"]);
	expect(directives['connect-src']).toEqual(["'self'"]);
	expect(directives['script-src'][0]).toBe("'self'");
	// Inline script only by hash: never 'unsafe-inline' or 'unsafe-eval', never another origin.
	for (const value of directives['script-src'].slice(1)) expect(value).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
	expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
	expect(directives['base-uri']).toEqual(["'none'"]);
	expect(directives['form-action']).toEqual(["'none'"]);
});

test('analysing every kind of input makes no request off the origin, and none carries the input', async ({
	guarded: { page, requests }
}) => {
	await open(page);
	const before = requests.length;
	await page.getByLabel(/Host the client connects to/).fill('secret-host.example.com');
	await page
		.locator('#file-picker')
		.setInputFiles([join(FIXTURES, 'pki/server.crt'), join(FIXTURES, 'ingest/crl.der'), join(FIXTURES, 'ingest/server-secret.p12')]);
	await analysed(page);
	await page.getByLabel('Password', { exact: true }).fill('secret');
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await analysed(page);
	await paste(
		page,
		[
			read(join(FIXTURES, 'errors/pymongo-3.11-local-issuer.txt')),
			'mongodb://app:pw-in-uri@secret-host.example.com/?tls=true',
			read(join(FIXTURES, 'ingest/s_client-untrusted.txt'))
		].join('\n')
	);
	await page.getByLabel('Operating system').selectOption('windows');
	await analysed(page);
	const during = requests.slice(before);
	const origin = new URL(page.url()).origin;
	for (const r of during) {
		expect(new URL(r.url).origin === origin || r.url.startsWith('blob:') || r.url.startsWith('data:'), r.url).toBe(true);
		expect(r.method, r.url).toBe('GET');
		expect(r.postData, r.url).toBeNull();
		for (const secret of ['secret-host', 'pw-in-uri', 'local%20issuer', 'local issuer']) expect(r.url).not.toContain(secret);
	}
});

/** Everything the page could leak through: its markup, form values, URL, history, storage and IndexedDB. */
async function pageState(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const parts: string[] = [document.documentElement.outerHTML, location.href, document.cookie, JSON.stringify(history.state)];
		for (const el of document.querySelectorAll('input, textarea')) parts.push((el as HTMLInputElement).value);
		parts.push(JSON.stringify(localStorage), JSON.stringify(sessionStorage));
		parts.push(JSON.stringify(await indexedDB.databases()));
		return parts.join('\n');
	});
}

/** What the service worker cached: request URLs and text bodies (the app's own files, which mention PEM labels in code). */
async function cachedText(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const parts: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				parts.push(request.url);
				const response = await cache.match(request);
				const type = response?.headers.get('content-type') ?? '';
				if (response && /text|json|javascript/.test(type)) parts.push(await response.text());
			}
		}
		return parts.join('\n');
	});
}

test('a dropped private key appears nowhere: not in the page, its fields, the URL, storage, IndexedDB or caches', async ({
	guarded: { page }
}) => {
	await open(page);
	const lines = read(join(CERTS, 'dropped.key'))
		.split('\n')
		.filter((l) => /^[A-Za-z0-9+/=]{40,}$/.test(l));
	expect(lines.length).toBeGreaterThan(20);
	await page.locator('#file-picker').setInputFiles([join(CERTS, 'dropped.key'), join(CERTS, 'dropped.crt')]);
	await analysed(page);
	const key = page.locator('[data-item-kind="private-key"]');
	await expect(key).toContainText('RSA 2048');
	await expect(key).toContainText('never: the key is only compared with certificates');
	// Open every disclosure and the share panel, so everything the page can show is in the DOM.
	await page.getByRole('button', { name: 'Share link' }).click();
	await unfoldAll(page);
	const state = await pageState(page);
	for (const line of lines) expect(state).not.toContain(line);
	expect(state).not.toContain('BEGIN PRIVATE KEY');
	const cached = await cachedText(page);
	expect(cached.length).toBeGreaterThan(0);
	for (const line of lines) expect(cached).not.toContain(line);
});

test('a certificate whose names are HTML shows those characters and runs nothing', async ({ guarded: { page } }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (d) => {
		dialogs.push(d.message());
		await d.dismiss();
	});
	await open(page);
	const scriptsBefore = await page.locator('script').count();
	await page.getByLabel(/Host the client connects to/).fill('db.example.com');
	await paste(page, read(join(CERTS, 'hostile-cn.crt')));
	const item = page.locator('[data-item-kind="certificate"]');
	await expect(item.locator('.label')).toContainText('<script>alert(3)</script>.example.com');
	await item.getByText('Details').click();
	// The subject in RFC 2253 form, which escapes < > = and quotes with a backslash: as text.
	await expect(item.locator('[data-field="subject"]')).toHaveText(
		'O=\\"\\>\\<svg onload\\=alert(2)\\>,CN=\\<img src\\=x onerror\\=alert(1)\\>'
	);
	await expect(item.locator('[data-field="san"]')).toContainText('DNS: <script>alert(3)</script>.example.com');
	// Nothing from the certificate became markup.
	expect(await page.locator('.app-root img').count()).toBe(0);
	expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
	expect(await page.locator('script').count()).toBe(scriptsBefore);
	expect(await page.locator('.app-root svg[onload], .app-root svg svg').count()).toBe(0);
	await page.waitForTimeout(300);
	expect(dialogs).toEqual([]);
});
