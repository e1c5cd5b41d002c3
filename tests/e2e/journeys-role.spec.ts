/**
 * Issue 14, item 3 in the page: with the role left alone, a certificate that allows client
 * authentication only is read as the client's, so it is not "not allowed for server
 * authentication" and its fixes are client fixes; picking "server’s" still judges it as one.
 */
import { join } from 'node:path';
import { dropFiles, expect, open, test } from './fixtures';

const CERTS = join(import.meta.dirname, 'certs');

test('a clientAuth-only certificate, role left alone: read as the client’s; picked as the server’s: judged as one', async ({
	guarded: { page }
}) => {
	await open(page);
	await dropFiles(page, [join(CERTS, 'dropped.crt')]);
	await expect(page.locator('[data-item-kind="certificate"]')).toBeVisible();
	await expect(page.locator('[data-finding-id="x509.subject"]')).toBeVisible();
	await expect(page.locator('[data-finding-id="purpose.eku"]')).toHaveCount(0);
	await expect(page.locator('[data-finding-id="chain.self-signed-leaf"]')).toContainText('net.tls.CAFile');

	await page.locator('#role').selectOption('server');
	await expect(page.locator('[data-finding-id="purpose.eku"]')).toBeVisible();
});
