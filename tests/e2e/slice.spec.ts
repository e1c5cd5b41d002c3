import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');

test.beforeEach(async ({ guarded: { page } }) => {
	await open(page);
	await expect(page.getByRole('heading', { name: 'TLS Doctor' })).toBeVisible();
});

test('a pasted expired certificate shows its details and cert.expired', async ({ guarded: { page } }) => {
	await paste(page, read('pki/server-expired.crt'));
	const item = page.locator('[data-item-kind="certificate"]');
	await expect(item).toContainText('expired.example.com');
	await item.getByText('Details').click();
	await expect(item.locator('[data-field="subject"]')).toHaveText('CN=expired.example.com,O=TLS Doctor Test');
	await expect(item.locator('[data-field="issuer"]')).toHaveText('CN=Test Intermediate CA,O=TLS Doctor Test');
	await expect(item.locator('[data-field="san"]')).toContainText('DNS: expired.example.com');
	await expect(item.locator('[data-field="san"]')).toContainText('IP: 127.0.0.1');
	await expect(item.locator('[data-field="not-after"]')).toHaveText('2021-01-01T00:00:00.000Z');
	await expect(item.locator('[data-field="key"]')).toHaveText('RSA 2048');
	await expect(page.locator('[data-finding-id="cert.expired"]')).toHaveAttribute('data-severity', 'error');
	await expect(page.getByRole('heading', { level: 2, name: /Most likely: .*expired/ })).toBeVisible();
});

test('a certificate that is not yet valid shows cert.not-yet-valid', async ({ guarded: { page } }) => {
	await paste(page, read('pki/server-not-yet-valid.crt'));
	await expect(page.locator('[data-finding-id="cert.not-yet-valid"]')).toBeVisible();
});

test('with a host, a certificate that does not list it shows host.mismatch', async ({ guarded: { page } }) => {
	await page.getByLabel(/Host the client connects to/).fill('mongo.other.org');
	await paste(page, read('pki/server.crt'));
	const finding = page.locator('[data-finding-id="host.mismatch"]');
	await expect(finding).toContainText('db.example.com');
	await page.getByLabel(/Host the client connects to/).fill('db.example.com');
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await expect(page.locator('[data-finding-id="host.match"]')).toBeVisible();
	await expect(finding).toHaveCount(0);
});

test('a PyMongo CERTIFICATE_VERIFY_FAILED error gives a diagnosis card with evidence', async ({ guarded: { page } }) => {
	await paste(page, read('errors/pymongo-3.11-local-issuer.txt'));
	const card = page.locator('[data-diagnosis-id="untrusted-ca"]');
	await expect(card).toBeVisible();
	await expect(card).toContainText('high confidence');
	await expect(card.locator('mark').first()).toHaveText('unable to get local issuer certificate');
	await expect(card).toContainText('localhost:27999');
});

test('random text gets a friendly message saying what is accepted', async ({ guarded: { page } }) => {
	await paste(page, 'the quick brown fox jumps over the lazy dog');
	const f = page.locator('[data-finding-id="input.unrecognized"]');
	await expect(f).toContainText('does not look like');
	await expect(f).toContainText('connection strings');
});

test('an empty box gets a prompt, not an error', async ({ guarded: { page } }) => {
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await expect(page.locator('[data-finding-id="input.empty"]')).toContainText('Paste something');
});

test('a dropped PNG is named as an image, and the page keeps working', async ({ guarded: { page } }) => {
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
	await page.locator('#file-picker').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: png });
	await expect(page.locator('[data-item-kind="unreadable"]')).toContainText('PNG image');
	await page.getByRole('button', { name: 'Remove screenshot.png' }).click();
	await paste(page, read('pki/server-expired.crt'));
	await expect(page.locator('[data-finding-id="cert.expired"]')).toBeVisible();
});

test('a DER certificate file is read', async ({ guarded: { page } }) => {
	await page.locator('#file-picker').setInputFiles(join(FIXTURES, 'pki/server.der'));
	await expect(page.locator('[data-item-kind="certificate"]')).toContainText('db.example.com');
});
