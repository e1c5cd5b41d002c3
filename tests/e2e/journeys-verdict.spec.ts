/**
 * Issue 14, item 1 in the browser: a server chain pasted as a server sends it (its certificate and
 * the intermediate, the root left out) is complete. The verdict names the root the client must
 * trust; it is not an error "Missing intermediate", and the page asks for that root next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');
const ROOT = 'CN=Test Root CA,O=TLS Doctor Test';

test('a pasted server chain without its root: complete, and the verdict names the root to trust', async ({ guarded: { page } }) => {
	await open(page);
	await page.getByLabel(/Host the client connects to/).fill('db.example.com');
	await paste(page, read('pki/server-chain.pem'));

	const verdict = page.locator('.verdict');
	await expect(verdict).toHaveCount(1);
	await expect(verdict).not.toContainText(/missing intermediate/i);
	await expect(verdict).toContainText(ROOT);
	await expect(verdict).toContainText('tlsCAFile');
	await expect(verdict).not.toHaveAttribute('data-confidence', 'high');
	await expect(verdict).toHaveAttribute('data-verdict-source', 'chain.root-not-supplied');

	await expect(page.locator('[data-finding-id="chain.missing-intermediate"]')).toHaveCount(0);
	await expect(page.locator('[data-severity="error"]')).toHaveCount(0);

	const chain = page.locator('[data-chain-leaf]');
	await expect(chain).not.toHaveAttribute('data-chain-status', 'error');
	await expect(chain.locator('[data-chain-role="missing"]')).toHaveCount(0);
	await expect(chain.locator('[data-chain-role="root-not-sent"]')).toContainText(ROOT);
	for (const v of await chain.locator('[data-client-policy]').all()) {
		await expect(v).not.toContainText('issuer not found');
		await expect(v).toContainText(`complete up to ${ROOT}`);
	}
	// The next input asked for is that root, not the chain that was just pasted.
	const next = page.locator('[data-next-steps]');
	await expect(next).toContainText(ROOT);
	await expect(next).not.toContainText('s_client');
});

test('s_client output that ends "Verify return code: 0 (ok)": verified there, not a root the client does not trust', async ({
	guarded: { page }
}) => {
	await open(page);
	await paste(page, read('ingest/s_client-verified.txt'));
	const verdict = page.locator('.verdict');
	await expect(verdict).toContainText('verified by openssl s_client');
	await expect(verdict).toContainText('CN=Ingest Test CA,O=Ingest Test');
	await expect(verdict).not.toHaveAttribute('data-confidence', 'high');
	await expect(page.locator('[data-severity="error"]')).toHaveCount(0);
	const chain = page.locator('[data-chain-leaf]');
	await expect(chain).not.toHaveAttribute('data-chain-status', 'error');
	await expect(chain.locator('[data-chain-end]')).toContainText('openssl s_client verified it');
});
