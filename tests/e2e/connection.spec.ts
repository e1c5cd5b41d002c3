/**
 * The connection-string doctor in the page: the effective TLS settings, the problems, and the
 * corrected form for the person's own client first — with the password never shown.
 */
import { expect, expectAccessible, open, paste, test } from './fixtures';

const URI =
	'mongodb+srv://reporting:Sup3r-s3cret@cluster0.ab123.mongodb.net/sales?ssl=true&tlsAllowInvalidHostnames=true&tlsCAFile=/etc/ssl/certs/ca.pem';

test('a mongodb+srv:// string: effective settings, problems, and corrected forms that follow the chosen client', async ({
	guarded: { page }
}) => {
	await open(page);
	await paste(page, URI);
	const card = page.locator('[data-connection-item]');
	await expect(card).toHaveCount(1);
	await expect(card.getByRole('heading', { level: 3 })).toContainText('mongodb+srv://');
	await expect(card.getByRole('heading', { level: 3 })).toContainText('cluster0.ab123.mongodb.net');
	await expect(card.locator('[data-tls="on"]')).toBeVisible();
	await expect(card).toContainText('Accepts any host name (tlsAllowInvalidHostnames)');
	await expect(card.locator('[data-problem-id]').first()).toBeVisible();
	// The findings carry the same problems, with their ids.
	await expect(page.locator('[data-finding-id^="uri."]').first()).toBeVisible();

	await page.getByLabel('Client', { exact: true }).selectOption('pymongo');
	await expect(card.locator('[data-output]').first()).toHaveAttribute('data-output', 'python');
	await expect(card.locator('[data-output="python"] pre')).toContainText('MongoClient(');
	await page.getByLabel('Client', { exact: true }).selectOption('node');
	await expect(card.locator('[data-output]').first()).toHaveAttribute('data-output', 'node');
	await expect(card.locator('[data-output="node"] pre')).toContainText('new MongoClient(');

	// The password is in the paste box the person typed it into, and nowhere else on the page.
	const shown = await page.evaluate(() => {
		const box = document.querySelector('#paste') as HTMLTextAreaElement;
		const saved = box.value;
		box.value = '';
		const html = document.documentElement.outerHTML;
		box.value = saved;
		return html;
	});
	expect(shown).not.toContain('Sup3r-s3cret');
	expect(shown).toContain('reporting:****@');
	await expectAccessible(page, 'a connection string analysed');
});
