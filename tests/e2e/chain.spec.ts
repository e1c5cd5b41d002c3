/**
 * Issue 4 in the browser: a leaf and its intermediate pasted with a host show the chain a client
 * builds, each certificate's status, the missing issuer, and which clients accept it; the root
 * completes it, and a wrong host breaks it at the leaf.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, open, paste, test } from './fixtures';

const PKI = join(import.meta.dirname, '..', 'fixtures', 'pki');
const read = (p: string) => readFileSync(join(PKI, p), 'utf8');

test.beforeEach(async ({ guarded: { page } }) => open(page));

test('a leaf + intermediate with a host: the chain, the root it needs and every client verdict', async ({ guarded: { page } }) => {
	await page.getByLabel(/Host the client connects to/).fill('db.example.com');
	await paste(page, read('server.crt') + read('intermediate-ca.crt'));
	const chain = page.locator('[data-chain-leaf]');
	await expect(chain).toHaveCount(1);
	// Complete as a server sends it (issue 14): the root is left out, which the client has to trust.
	await expect(chain).toHaveAttribute('data-chain-status', 'warning');
	await expect(chain.getByRole('heading', { name: 'Chain of db.example.com' })).toBeVisible();
	await expect(chain).toContainText('Checked as a server certificate for db.example.com');

	const links = chain.locator('[data-chain-role]');
	await expect(links).toHaveCount(3);
	await expect(links.nth(0)).toHaveAttribute('data-chain-role', 'leaf');
	await expect(links.nth(0)).toHaveAttribute('data-chain-status', 'ok');
	await expect(links.nth(0)).toContainText('db.example.com');
	await expect(links.nth(1)).toHaveAttribute('data-chain-role', 'intermediate');
	await expect(links.nth(1)).toContainText('Test Intermediate CA');
	await expect(links.nth(2)).toHaveAttribute('data-chain-role', 'root-not-sent');
	await expect(links.nth(2)).toContainText('CN=Test Root CA,O=TLS Doctor Test');
	// Each certificate's lifetime, in words for everyone and as a bar.
	await expect(links.nth(0).locator('[data-validity="valid"]')).toContainText('2025-01-01 → 2099-12-31');
	await expect(links.nth(0).getByRole('img', { name: /Valid from 2025-01-01 to 2099-12-31/ })).toBeVisible();
	await expect(chain.locator('[data-chain-end="missing-issuer"]')).toBeVisible();

	const verdicts = chain.locator('[data-client-policy]');
	await expect(verdicts.first()).toHaveAttribute('data-client-policy', 'openssl');
	await expect(verdicts.first()).toContainText('PyMongo');
	for (const v of await verdicts.all()) {
		await expect(v).toHaveAttribute('data-accepts', 'false');
		await expect(v).toContainText('trusted if the client has that root');
	}
	// Never "no problems" while the client still has to be given the root.
	await expect(page.getByText('No problems found')).toHaveCount(0);
});

test('with the root pasted as the CA, every client accepts; with the wrong host, the leaf is what fails', async ({ guarded: { page } }) => {
	await page.getByLabel(/Host the client connects to/).fill('db.example.com');
	await paste(page, read('server.crt') + read('intermediate-ca.crt') + read('root-ca.crt'));
	const chain = page.locator('[data-chain-leaf]');
	await expect(chain).toHaveAttribute('data-chain-status', 'ok');
	await expect(chain.locator('[data-chain-role]')).toHaveCount(3);
	await expect(chain.locator('[data-chain-role]').nth(2)).toHaveAttribute('data-chain-role', 'anchor');
	await expect(chain.locator('[data-chain-role]').nth(2)).toContainText('Root (your CA)');
	await expect(chain.locator('[data-trust="private"]')).toContainText('tlsCAFile');
	for (const v of await chain.locator('[data-client-policy]').all()) await expect(v).toHaveAttribute('data-accepts', 'true');

	await page.getByLabel(/Host the client connects to/).fill('mongo.other.org');
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await expect(chain).toHaveAttribute('data-chain-status', 'error');
	const leaf = chain.locator('[data-chain-role="leaf"]');
	await expect(leaf).toHaveAttribute('data-chain-status', 'error');
	await expect(leaf.locator('[data-problem="hostname-mismatch"]')).toContainText('mongo.other.org');
	await expect(chain.locator('[data-chain-role="intermediate"]')).toHaveAttribute('data-chain-status', 'ok');
	for (const v of await chain.locator('[data-client-policy]').all()) await expect(v).toHaveAttribute('data-accepts', 'false');
	await expectAccessible(page, 'a chain failing at the leaf');
});

test('an expired leaf shows it on its validity bar and in its reason', async ({ guarded: { page } }) => {
	await paste(page, read('server-expired.crt') + read('intermediate-ca.crt') + read('root-ca.crt'));
	const leaf = page.locator('[data-chain-role="leaf"]');
	await expect(leaf).toHaveAttribute('data-chain-status', 'error');
	await expect(leaf.locator('[data-validity="expired"]')).toContainText(/expired \d+ days ago/);
	await expect(leaf.locator('[data-problem="expired"]')).toContainText('2021-01-01');
});
