/**
 * After one visit the page works with the network cut: the service worker serves the app's own
 * files, the analysis worker included, and the analysis never needed the network anyway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysed, expect, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test('after a first visit, the page reloads and analyses with the network cut', async ({ guarded: { page }, context }) => {
	await open(page);
	// The first visit installs the service worker, which caches the app's files before it activates.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

	await context.setOffline(true);
	await page.reload();
	await page.locator('.doctor[data-ready="true"]').waitFor();
	await paste(page, readFileSync(join(FIXTURES, 'errors/pymongo-3.11-local-issuer.txt'), 'utf8'));
	await expect(page.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible();
	await expect(page.locator('[data-diagnosis-id="untrusted-ca"] mark').first()).toHaveText('unable to get local issuer certificate');

	// Files load lazily (an example's data) and other pages open, all from the cache.
	await page.locator('[data-example="expired"]').click();
	await analysed(page);
	await expect(page.locator('[data-finding-id="cert.expired"]')).toBeVisible();
	await page.getByRole('link', { name: 'Privacy', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Nothing you paste leaves this page' })).toBeVisible();
	await open(page, '/embed/');
	await expect(page.getByLabel(/Paste an error message/)).toBeVisible();
	await context.setOffline(false);
});

test('a file the worker has not cached is fetched by its path alone: a query with pasted text stays in the browser', async ({
	guarded: { page },
	context
}) => {
	await open(page);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	const fromWorker: string[] = [];
	context.on('request', (req) => {
		if (req.serviceWorker()) fromWorker.push(req.url());
	});
	const status = await page.evaluate(() => fetch('/not-in-the-cache.txt?error=SECRET-PASTED-TEXT').then((r) => r.status));
	expect(status).toBe(404);
	await expect
		.poll(() => fromWorker.filter((u) => u.includes('not-in-the-cache')))
		.toEqual([expect.stringMatching(/\/not-in-the-cache\.txt$/)]);
	expect(fromWorker.filter((u) => u.includes('SECRET'))).toEqual([]);
});
