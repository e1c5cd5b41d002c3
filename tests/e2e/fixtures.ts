/**
 * The page fixture every end-to-end test uses. Whatever a test does, it also proves two promises:
 * no request leaves the page's origin, and the Content-Security-Policy is never violated.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guarded {
	page: Page;
	offOrigin: string[];
	cspViolations: string[];
	pageErrors: string[];
}

export const test = base.extend<{ guarded: Guarded }>({
	guarded: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const offOrigin: string[] = [];
		const cspViolations: string[] = [];
		const pageErrors: string[] = [];
		page.on('request', (req) => {
			const url = req.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) offOrigin.push(url);
		});
		page.on('console', (msg) => {
			if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) cspViolations.push(msg.text());
		});
		page.on('pageerror', (err) => pageErrors.push(err.message));
		await use({ page, offOrigin, cspViolations, pageErrors });
		expect(offOrigin, 'requests that left the origin').toEqual([]);
		expect(cspViolations, 'CSP violations').toEqual([]);
		expect(pageErrors, 'uncaught page errors').toEqual([]);
	}
});

export { expect };

/** Types into the paste box the way a paste does (one input event), then waits for the analysis. */
export async function paste(page: Page, text: string): Promise<void> {
	await page.getByLabel('Paste an error message, certificates, or a connection string').fill(text);
	await page.getByRole('button', { name: 'Analyse' }).click();
	await expect(page.getByRole('status')).toContainText('Analysed in');
}
