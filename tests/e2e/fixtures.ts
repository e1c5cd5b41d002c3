/**
 * The page fixture every end-to-end test uses. Whatever a test does, it also proves the page's
 * promises: no request leaves the page's origin, the Content-Security-Policy is never violated,
 * nothing throws, and every state the test reaches passes an axe scan for WCAG 2.2 AA (the
 * `paste` helper scans after each analysis, tests call `expectAccessible` at other states, and
 * the fixture scans whatever state the test ends in).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface Guarded {
	page: Page;
	offOrigin: string[];
	cspViolations: string[];
	pageErrors: string[];
	/** Every request the page made, in order: method and URL. */
	requests: { method: string; url: string; postData: string | null }[];
}

/** The rule sets that make up WCAG 2.2 level AA (and the lower levels it includes). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Fails the test with a readable list when axe finds any WCAG 2.2 AA violation in the page's
 * current state. A page with frames (a docs page embedding /embed/) is scanned frame by frame;
 * a single page in one pass, which is the same rules two to three times faster.
 */
export async function expectAccessible(page: Page, state = 'current state'): Promise<void> {
	const framed = page.frames().length > 1;
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(!framed).analyze();
	const violations = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`
	);
	expect(violations, `axe violations in ${state}`).toEqual([]);
}

export const test = base.extend<{ guarded: Guarded; extraOrigins: string[] }>({
	/** Origins a test serves itself with page.route (a docs site embedding the page); nothing else may be reached. */
	extraOrigins: [[], { option: true }],
	guarded: async ({ page, baseURL, extraOrigins }, use, testInfo) => {
		const origin = new URL(baseURL!).origin;
		const allowed = new Set([origin, ...extraOrigins]);
		const offOrigin: string[] = [];
		const cspViolations: string[] = [];
		const pageErrors: string[] = [];
		const requests: Guarded['requests'] = [];
		page.on('request', (req) => {
			const url = req.url();
			requests.push({ method: req.method(), url, postData: req.postData() });
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (!allowed.has(new URL(url).origin)) offOrigin.push(url);
		});
		page.on('console', (msg) => {
			if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) cspViolations.push(msg.text());
		});
		page.on('pageerror', (err) => pageErrors.push(err.message));
		await use({ page, offOrigin, cspViolations, pageErrors, requests });
		// The state the test ended in is a state a person can reach: it must be accessible too.
		if (testInfo.status === testInfo.expectedStatus && !page.isClosed() && page.url().startsWith(origin)) {
			await expectAccessible(page, `the final state of "${testInfo.title}"`);
		}
		expect(offOrigin, 'requests that left the origin').toEqual([]);
		expect(cspViolations, 'CSP violations').toEqual([]);
		expect(pageErrors, 'uncaught page errors').toEqual([]);
	}
});

export { expect };

/** Opens the page (or a deep link) and waits until SvelteKit has hydrated it. */
export async function open(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await page.locator('.doctor[data-ready="true"]').waitFor();
}

/** Drops files on the paste area the way a person drags them from a file manager (a real drop event). */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
	const files = paths.map((p) => ({ name: basename(p), base64: readFileSync(p).toString('base64') }));
	const dataTransfer = await page.evaluateHandle((list) => {
		const dt = new DataTransfer();
		for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
		return dt;
	}, files);
	const zone = page.getByRole('form', { name: 'Input' });
	await zone.dispatchEvent('dragover', { dataTransfer });
	await zone.dispatchEvent('drop', { dataTransfer });
}

/** Opens every folded section (<details>), so a check sees all the page can show. */
export async function unfoldAll(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/** Waits for the analysis in flight (or the last one) to finish. */
export async function analysed(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: /Analysed in|Analysing/ })).toContainText('Analysed in');
}

/** Types into the paste box the way a paste does (one input event), then waits for the analysis and scans it. */
export async function paste(page: Page, text: string): Promise<void> {
	await page.getByLabel('Paste an error message, certificates, or a connection string').fill(text);
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await analysed(page);
	await expectAccessible(page, 'the result of a paste');
}
