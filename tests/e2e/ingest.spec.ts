import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, open, test } from './fixtures';

const INGEST = join(import.meta.dirname, '..', 'fixtures', 'ingest');

test.beforeEach(async ({ guarded: { page } }) => {
	await open(page);
});

test('dropping a .p12, a DER CRL and a .p7b lists their items; the .p12 asks for its password', async ({ guarded: { page } }) => {
	await page.locator('#file-picker').setInputFiles([join(INGEST, 'server-secret.p12'), join(INGEST, 'crl.der'), join(INGEST, 'chain.p7b')]);
	const p12 = page.locator('[data-item-kind="pkcs12"]');
	await expect(p12).toContainText('password needed');
	await expect(page.locator('[data-item-kind="crl"]')).toContainText('CRL from Ingest Test CA, 2 revoked');
	const p7 = page.locator('[data-item-kind="pkcs7"]');
	await expect(p7).toContainText('PKCS#7 bundle with 2 certificates');
	await expect(p7.locator('[data-item-kind="certificate"]')).toHaveCount(2);

	await page.getByLabel('Password', { exact: true }).fill('wrong');
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(p12).toContainText('wrong password');
	await expect(page.getByText('That password did not open it')).toBeVisible();

	await page.getByLabel('Password', { exact: true }).fill('secret');
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(p12).toContainText('opened with the password given');
	await expect(p12.locator('[data-item-kind="certificate"]')).toHaveCount(2);
	await expect(p12.locator('[data-item-kind="private-key"]')).toContainText('RSA 2048 private key');
	// The password is used, never shown or kept anywhere the page can be read back from.
	expect(page.url()).not.toContain('secret');
	expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie)).not.toContain(
		'secret'
	);
	await expect(page.getByText('BEGIN PRIVATE KEY')).toHaveCount(0);
});

test('a JKS keystore gets the keytool command that converts it', async ({ guarded: { page } }) => {
	await page.locator('#file-picker').setInputFiles(join(INGEST, 'truststore.jks'));
	const ks = page.locator('[data-item-kind="java-keystore"]');
	await expect(ks).toContainText('keytool -importkeystore -srckeystore truststore.jks -srcstoretype JKS');
	await expect(ks.locator('[data-item-kind="certificate"]')).toHaveCount(2);
});

test('bad input: each gets a specific message and the page keeps working', async ({ guarded: { page } }) => {
	const cut = new Uint8Array(300);
	cut.set([0x30, 0x82, 0x03, 0x87]);
	await page.locator('#file-picker').setInputFiles([
		{
			name: 'noise.bin',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) & 0xff))
		},
		{ name: 'cut.der', mimeType: 'application/octet-stream', buffer: Buffer.from(cut) }
	]);
	const unreadable = page.locator('[data-item-kind="unreadable"]');
	await expect(unreadable).toHaveCount(2);
	await expect(unreadable.nth(0)).toContainText('not text');
	await expect(unreadable.nth(1)).toContainText('truncated DER: ends at byte 300 of 907');

	await page.getByLabel(/Paste an error message/).fill('-----BEGIN CERTIFICATE-----\nMIIB%%%\n-----END CERTIFICATE-----');
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await expect(page.getByText(/Bad base64 at line 2/)).toBeVisible();
});

test('a 50 MB file does not freeze the page', async ({ guarded: { page } }, testInfo) => {
	const big = Buffer.alloc(50 * 1024 * 1024);
	for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
	const path = testInfo.outputPath('huge.bin');
	writeFileSync(path, big);
	await page.locator('#file-picker').setInputFiles(path);
	// While the worker reads it, the page still answers.
	await expect(page.getByRole('heading', { name: 'TLS Doctor' })).toBeVisible();
	await expect(page.locator('[data-item-kind="unreadable"]')).toContainText('huge.bin', { timeout: 20_000 });
});
