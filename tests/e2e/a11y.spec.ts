/**
 * Accessibility beyond the automatic scans: the whole flow by keyboard, visible focus, reduced
 * motion, both colour schemes, and a 360 px phone without sideways scrolling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { EXAMPLES } from '../../src/lib/examples';
import { analysed, expect, expectAccessible, open, test, unfoldAll } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in document order. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`not reachable with ${max} presses of Tab: ${target}`);
}

async function focusRing(page: Page): Promise<string> {
	return page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
}

test('the whole flow works by keyboard: paste, analyse, read the verdict, open the fix, copy a command, change the setup', async ({
	guarded: { page },
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page);
	// The first Tab reaches the skip link, which leads straight to the paste box.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the paste box' })).toBeFocused();
	expect(await focusRing(page)).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page.getByLabel(/Paste an error message/)).toBeFocused();
	await page.keyboard.insertText(readFileSync(join(FIXTURES, 'errors/pymongo-3.11-local-issuer.txt'), 'utf8'));

	await tabTo(page, page.getByRole('button', { name: 'Analyse', exact: true }));
	expect(await focusRing(page)).not.toBe('none');
	await page.keyboard.press('Enter');
	await analysed(page);

	// From the verdict to its evidence and fix.
	const toEvidence = page.getByRole('link', { name: 'See the evidence and the fix' });
	await tabTo(page, toEvidence);
	await page.keyboard.press('Enter');
	// The focus moves to the card (the address keeps what it held: a deep link's #error= stays).
	await expect(page.locator('#dx-untrusted-ca')).toBeFocused();
	const card = page.locator('[data-diagnosis-id="untrusted-ca"]');
	const copy = card.getByRole('button', { name: 'Copy command' }).first();
	await tabTo(page, copy);
	await page.keyboard.press('Enter');
	await expect(card.getByRole('button', { name: 'Copied' }).first()).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await card.locator('[data-step-kind="command"] pre').first().textContent()
	);

	// Shift+Tab back up to the setup bar and change the OS with the arrow keys.
	const os = page.getByLabel('Operating system');
	for (let i = 0; i < 80 && !(await os.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
	await expect(os).toBeFocused();
	const before = await os.inputValue();
	await page.keyboard.press('ArrowDown');
	await expect(os).not.toHaveValue(before);
	await analysed(page);
	await expectAccessible(page, 'after the keyboard flow');

	// Folded sections open from the keyboard too.
	const index = await page.locator('details').evaluateAll((all) => all.findIndex((d) => !(d as HTMLDetailsElement).open));
	expect(index).toBeGreaterThanOrEqual(0);
	const fold = page.locator('details').nth(index);
	await fold.locator('> summary').focus();
	await page.keyboard.press('Enter');
	await expect(fold).toHaveAttribute('open', '');
});

test('every example button is reachable by keyboard', async ({ guarded: { page } }) => {
	await open(page);
	for (const example of EXAMPLES) await tabTo(page, page.locator(`[data-example="${example.id}"]`));
	await page.keyboard.press('Enter');
	await analysed(page);
	await expect(page.getByRole('region', { name: 'Analysis result' })).toBeVisible();
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('no transition or smooth scrolling when the system asks for reduced motion', async ({ guarded: { page } }) => {
		await open(page);
		await page.locator('[data-example="atlas-macos"]').click();
		await analysed(page);
		const moving = await page.evaluate(
			() =>
				[...document.querySelectorAll('*')]
					.map((el) => getComputedStyle(el))
					.filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none').length
		);
		expect(moving).toBe(0);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
	});
});

test('without that preference, the same page does animate (so the check above is not vacuous)', async ({ guarded: { page } }) => {
	await open(page);
	const duration = await page.locator('[data-example="atlas-macos"]').evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(parseFloat(duration)).toBeGreaterThan(0);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test.describe('dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });
	test('every example result passes axe in the dark scheme, and the theme button cycles light, dark, automatic', async ({
		guarded: { page }
	}) => {
		await open(page);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		for (const example of EXAMPLES) {
			await page.locator(`[data-example="${example.id}"]`).click();
			await analysed(page);
			await unfoldAll(page);
			await expectAccessible(page, `the dark "${example.title}" result`);
		}
		const theme = page.getByRole('button', { name: /^Theme:/ });
		await theme.click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expectAccessible(page, 'the light theme chosen by hand');
		await theme.click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await theme.click();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	});
});

test.describe('a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('every example result fits the width, with nothing to scroll sideways', async ({ guarded: { page } }) => {
		await open(page);
		for (const example of EXAMPLES) {
			await page.locator(`[data-example="${example.id}"]`).click();
			await analysed(page);
			await unfoldAll(page);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `page width for "${example.title}"`).toBeLessThanOrEqual(360);
			await expectAccessible(page, `the "${example.title}" result at 360 px`);
		}
	});
});
