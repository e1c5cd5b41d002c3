/**
 * Issue 14, item 8 in the browser: the fixes agree with the findings. A chain without an AIA URL
 * gets no "download from AIA_URL" step, an s_client transcript just pasted is not asked for again,
 * and a Java user on Debian is sent to the system trust store their JDK reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test('s_client output of a chain missing its intermediate, for Java on Debian: no AIA placeholder, no second s_client, the JDK’s real trust store', async ({
	guarded: { page }
}) => {
	await open(page);
	await paste(page, readFileSync(join(FIXTURES, 'errors/captured/s_client/missing-intermediate.txt'), 'utf8'));
	await page.getByLabel('Operating system').selectOption('debian');
	await page.getByLabel('Client', { exact: true }).selectOption('java');
	await expect(page.locator('[data-remedy-id]').first()).toBeVisible();

	const body = page.locator('main');
	await expect(body).not.toContainText('AIA_URL');
	// Whatever the page asks for next (above the report or in a diagnosis card), it is not the transcript just pasted.
	for (const ask of await page.locator('[data-next-steps]').all()) await expect(ask).not.toContainText('-showcerts');

	const steps = page.locator('[data-remedy-id]');
	await expect(steps.filter({ hasText: '/etc/ssl/certs/java/cacerts' }).first()).toBeVisible();
	await expect(body).not.toContainText('Java uses its own cacerts');
	await expect(body).not.toContainText(/Java[^.\n]{0,40}with tlsCAFile/);
});
