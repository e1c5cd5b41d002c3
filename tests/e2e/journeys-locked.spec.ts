/**
 * Issue 14, item 6: a .p12 that still needs its password is the answer of the page, not a clean
 * report under the password prompt.
 */
import { join } from 'node:path';
import { dropFiles, expect, expectAccessible, open, test } from './fixtures';

const CERTS = join(import.meta.dirname, 'certs');

test('a locked .p12 says it is locked and how to open it, never "No problems found"', async ({ guarded: { page } }) => {
	await open(page);
	await dropFiles(page, [join(CERTS, 'dropped.p12')]);
	await expect(page.getByText('A password is needed to open dropped.p12.')).toBeVisible();
	const verdict = page.locator('.verdict');
	await expect(verdict).toHaveAttribute('data-verdict-source', 'input.locked');
	await expect(verdict).toContainText('dropped.p12 is locked');
	await expect(page.getByText('No problems found')).toHaveCount(0);
	await expect(page.locator('[data-finding-id="input.locked"]')).toBeVisible();
	await expectAccessible(page, 'a locked .p12');

	await page.getByLabel('Password', { exact: true }).fill('Tr0ub4dor-p12-pass');
	await page.getByLabel('Password', { exact: true }).press('Enter');
	await expect(page.locator('[data-item-kind="pkcs12"]')).toContainText('opened with the password given');
	await expect(page.locator('[data-finding-id="input.locked"]')).toHaveCount(0);
	await expect(page.locator('.verdict[data-verdict-source="input.locked"]')).toHaveCount(0);
	await expect(verdict).toBeVisible();
});
