/**
 * Issue 6 in the browser: the environment bar rewrites the steps as soon as it changes, and the
 * files the page builds for a fix are exactly right, as real openssl confirms.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { opensslLegacyConf } from '../../src/lib/core/remedies/artefacts';
import { analysed, expect, expectAccessible, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CAPTURED = join(FIXTURES, 'errors', 'captured', 'pymongo');
const read = (p: string) => readFileSync(p, 'utf8');
const openssl = (args: string[], env: NodeJS.ProcessEnv = {}, input?: string) =>
	execFileSync('openssl', args, {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input, stdio: ['pipe', 'pipe', 'pipe'] })
	});

test.beforeEach(async ({ guarded: { page } }) => open(page));

test('switching the OS, the shell or the Python origin rewrites the steps at once', async ({ guarded: { page } }) => {
	await page.locator('[data-example="atlas-macos"]').click();
	await analysed(page);
	await expect(page.locator('.verdict')).toHaveAttribute('data-verdict-source', 'missing-system-roots');
	// Guessed from the traceback's paths, and said so.
	await expect(page.getByLabel('Operating system')).toHaveValue('macos');
	await expect(page.getByLabel('Python from')).toHaveValue('python.org');
	await expect(page.locator('#env-python-why')).toContainText('Python.framework');
	const installCommand = page.locator('[data-remedy-id="install-certificates-command"]').first();
	await expect(installCommand).toContainText('Install Certificates.command');

	await page.getByLabel('Operating system').selectOption('debian');
	await analysed(page);
	await expect(page.locator('[data-remedy-id="install-certificates-command"]')).toHaveCount(0);
	const osStore = page.locator('[data-remedy-id="update-os-ca-store"]').first();
	await expect(osStore).toContainText('update-ca-certificates');
	await expect(osStore).not.toContainText('update-ca-trust');

	await page.getByLabel('Operating system').selectOption('rhel');
	await analysed(page);
	await expect(osStore).toContainText('update-ca-trust');

	const setVariable = page
		.locator('[data-remedy-id="ssl-cert-file-certifi"]')
		.first()
		.locator('[data-step-kind="command"]')
		.filter({ hasText: 'SSL_CERT_FILE' })
		.first();
	await page.getByLabel('Shell').selectOption('fish');
	await analysed(page);
	await expect(setVariable).toContainText('set -gx SSL_CERT_FILE');
	await expect(setVariable).toHaveAttribute('data-shell', 'fish');

	await page.getByLabel('Operating system').selectOption('windows');
	await page.getByLabel('Shell').selectOption('powershell');
	await analysed(page);
	await expect(setVariable).toContainText('$env:SSL_CERT_FILE');
	await expect(setVariable).toHaveAttribute('data-shell', 'powershell');
	await expectAccessible(page, 'steps for Windows and PowerShell');
});

test('copy buttons copy the exact command shown', async ({ guarded: { page }, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.locator('[data-example="atlas-macos"]').click();
	await analysed(page);
	const step = page.locator('[data-remedy-id="install-certificates-command"] [data-step-kind="command"]').first();
	await step.getByRole('button', { name: 'Copy command' }).click();
	await expect(step.getByRole('button', { name: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await step.locator('pre').textContent());
});

test('the OPENSSL_CONF file downloads with the content shown, and openssl loads it', async ({ guarded: { page } }, testInfo) => {
	await paste(page, read(join(CAPTURED, 'legacy-renegotiation.txt')));
	await expect(page.locator('[data-diagnosis-id="legacy-renegotiation"]')).toBeVisible();
	const remedy = page.locator('[data-remedy-id="openssl-conf-unsafe-legacy"]').first();
	// It weakens security, so it is marked and folded away behind the safer fix.
	await expect(remedy).toContainText('Weakens security');
	await page
		.getByText(/Last resort: options that weaken security/)
		.first()
		.click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		remedy.getByRole('button', { name: 'Download openssl-legacy.cnf' }).click()
	]);
	expect(download.suggestedFilename()).toBe('openssl-legacy.cnf');
	const path = testInfo.outputPath('openssl-legacy.cnf');
	await download.saveAs(path);
	const content = read(path);
	expect(content).toBe(opensslLegacyConf());
	expect(content).toBe((await remedy.locator('[data-step-kind="file"] pre').textContent()) ?? '');
	// Debian's Python, started with OPENSSL_CONF pointing at the file, gets OpenSSL's
	// SSL_OP_LEGACY_SERVER_CONNECT (0x4) in every new context; without it, it does not.
	const legacyFlag = (conf: string) =>
		execFileSync('/usr/bin/python3', ['-c', 'import ssl; print(bool(ssl.create_default_context().options & 0x4))'], {
			encoding: 'utf8',
			env: { ...process.env, OPENSSL_CONF: conf }
		}).trim();
	expect(legacyFlag(path)).toBe('True');
	expect(legacyFlag('/dev/null')).toBe('False');
	await expectAccessible(page, 'the last-resort remedies unfolded');
});

test('a DER certificate downloads as the PEM openssl would write', async ({ guarded: { page } }, testInfo) => {
	await page.locator('#file-picker').setInputFiles(join(FIXTURES, 'pki/server.der'));
	const item = page.locator('[data-item-kind="certificate"]');
	await expect(item).toContainText('db.example.com');
	await item.getByText('Details').click();
	const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Download as PEM' }).click()]);
	expect(download.suggestedFilename()).toBe('db.example.com.pem');
	const path = testInfo.outputPath('server.pem');
	await download.saveAs(path);
	expect(read(path)).toBe(openssl(['x509', '-inform', 'DER', '-in', join(FIXTURES, 'pki/server.der')]));
});

test('the combined key + certificate PEM is built in the page, and openssl pairs its key and certificate', async ({
	guarded: { page }
}, testInfo) => {
	await page
		.locator('#file-picker')
		.setInputFiles([join(FIXTURES, 'pki/server.crt'), join(FIXTURES, 'pki/intermediate-ca.crt'), join(FIXTURES, 'pki/server.key')]);
	await paste(page, read(join(CAPTURED, 'client-cert-required.txt')));
	await expect(page.locator('[data-diagnosis-id="client-cert-required"]')).toBeVisible();
	const remedy = page.locator('[data-remedy-id="combine-key-and-cert"]').first();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		remedy.getByRole('button', { name: 'Build client.pem from your files' }).click()
	]);
	const path = testInfo.outputPath('client.pem');
	await download.saveAs(path);
	const pem = read(path);
	expect(pem.startsWith('-----BEGIN PRIVATE KEY-----')).toBe(true);
	// Key first, then the certificate whose public key it is.
	const certPub = openssl(['x509', '-in', path, '-noout', '-pubkey']);
	const keyPub = openssl(['pkey', '-in', path, '-pubout']);
	expect(certPub).toBe(keyPub);
	expect(openssl(['x509', '-in', path, '-noout', '-subject'])).toContain('db.example.com');
	// The key went into the file only: not into the page.
	const body = read(join(FIXTURES, 'pki/server.key')).split('\n')[1];
	expect(await page.content()).not.toContain(body);
});

test('a .p12 opened with its password converts to the combined PEM openssl would write', async ({ guarded: { page } }, testInfo) => {
	const p12 = join(import.meta.dirname, 'certs', 'dropped.p12');
	const password = 'Tr0ub4dor-p12-pass';
	await page.locator('#file-picker').setInputFiles(p12);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	const item = page.locator('[data-item-kind="pkcs12"]');
	await expect(item).toContainText('opened with the password given');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		item.getByRole('button', { name: 'Convert to client.pem' }).click()
	]);
	const path = testInfo.outputPath('client.pem');
	await download.saveAs(path);
	const pem = read(path);
	// The same key and certificate openssl takes out of the file, key first.
	const extracted = openssl(['pkcs12', '-in', p12, '-nodes', '-passin', `pass:${password}`]);
	const blocks = (text: string) => text.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
	expect(blocks(pem)[0]).toMatch(/^-----BEGIN PRIVATE KEY-----/);
	expect(new Set(blocks(pem))).toEqual(new Set(blocks(extracted)));
	expect(openssl(['x509', '-in', path, '-noout', '-pubkey'])).toBe(openssl(['pkey', '-in', path, '-pubout']));
	expect(await page.content()).not.toContain(password);
});

test.describe('a browser on Windows', () => {
	test.use({
		userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'
	});

	test('with nothing in the paste about the OS, the browser’s OS pre-fills the setup, and the paste outranks it', async ({
		guarded: { page }
	}) => {
		await paste(page, 'x509: certificate signed by unknown authority');
		await expect(page.getByLabel('Operating system')).toHaveValue('windows');
		await expect(page.locator('#env-os-why')).toContainText('your browser runs on Windows');
		await expect(page.getByLabel('Shell')).toHaveValue('powershell');
		// A traceback from a Mac wins over the browser: the client runs where the traceback came from.
		await page.locator('[data-example="atlas-macos"]').click();
		await analysed(page);
		await expect(page.getByLabel('Operating system')).toHaveValue('macos');
	});
});

test('a chain pasted out of order, with a copy, downloads leaf first and each intermediate once, and openssl verifies it', async ({
	guarded: { page }
}, testInfo) => {
	const leaf = read(join(FIXTURES, 'pki/server.crt'));
	const intermediate = read(join(FIXTURES, 'pki/intermediate-ca.crt'));
	await paste(page, [intermediate, leaf, intermediate].join('\n'));
	const finding = page.locator('[data-finding-id="chain.wrong-order"]');
	await finding.getByText('How to fix it').click();
	const remedy = finding.locator('[data-remedy-id="order-chain-file"]');
	await expect(remedy).toContainText('in this order: db.example.com → ');
	await expectAccessible(page, 'the ordered-chain download');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		remedy.getByRole('button', { name: 'Download the chain in order' }).click()
	]);
	expect(download.suggestedFilename()).toBe('server-chain.pem');
	const path = testInfo.outputPath('server-chain.pem');
	await download.saveAs(path);
	const blocks = read(path).match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n/g) ?? [];
	const normal = (pem: string) => openssl(['x509'], {}, pem);
	expect(blocks.map(normal)).toEqual([normal(leaf), normal(intermediate)]);
	const untrusted = testInfo.outputPath('intermediate.pem');
	writeFileSync(untrusted, blocks[1]);
	expect(openssl(['verify', '-CAfile', join(FIXTURES, 'pki/root-ca.crt'), '-untrusted', untrusted, path])).toContain(': OK');
});
