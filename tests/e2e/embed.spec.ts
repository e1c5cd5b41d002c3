/**
 * /embed inside a docs site on another origin, using the very snippet /embed-guide/ documents:
 * the frame grows with the result and never needs its own scroll bar.
 */
import { expect, expectAccessible, test } from './fixtures';
import { docsSite } from './docs-site';

// A docs site on another origin: a real server on loopback (Chromium refuses to frame a loopback
// page inside a page it considers public, so a routed fake host would not do).
const site = docsSite(4334);
const DOCS = site.origin;
test.use({ extraOrigins: [DOCS] });
test.describe.configure({ mode: 'serial' });

test('/embed in an iframe on a docs site resizes its parent as the result grows', async ({ guarded: { page }, baseURL }) => {
	// The snippet exactly as the guide shows it once the guide has run (it names its own site then).
	await page.goto('/embed-guide/');
	await expect(page.locator('[data-snippet]')).toContainText(`${baseURL}/embed/?theme=auto`);
	const snippet = (await page.locator('[data-snippet]').textContent())!;
	expect(snippet).toContain(`event.origin !== '${baseURL}'`);
	await expectAccessible(page, 'the embed guide');

	site.serve(
		`<!doctype html><html lang="en"><head><title>Docs: TLS errors</title></head><body><main><h1>Fixing TLS errors</h1>${snippet}<p id="after">After the tool.</p></main></body></html>`
	);
	await page.goto(`${DOCS}/guide/tls/`);
	const iframe = page.locator('#tls-doctor');
	const frame = page.frameLocator('#tls-doctor');
	await frame.locator('.doctor[data-ready="true"]').waitFor();
	// Minimal chrome: no site header or footer inside the frame.
	await expect(frame.locator('header.top, footer')).toHaveCount(0);
	await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(300);
	const before = (await iframe.boundingBox())!.height;

	await frame.locator('[data-example="atlas-macos"]').click();
	await expect(frame.getByRole('status')).toContainText('Analysed in');
	await expect(frame.locator('.verdict')).toHaveAttribute('data-verdict-source', 'missing-system-roots');
	// The parent set the frame's height from the message: it grew to hold the whole result…
	await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 500);
	// …so the frame's document fits without scrolling, whatever its length.
	const fits = await frame.locator('body').evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
	expect(fits).toBe(true);
	await expect(page.locator('#after')).toBeVisible();
	await expectAccessible(page, 'the docs page with the embedded result');
});

test('/embed follows ?theme= and posts only its height', async ({ guarded: { page }, baseURL }) => {
	site.serve(`<!doctype html><html lang="en"><head><title>Docs</title></head><body><main><h1>Docs</h1>
<iframe id="f" title="TLS Doctor" src="${baseURL}/embed/?theme=dark#error=${encodeURIComponent('certificate has expired')}"></iframe>
<script>window.messages = []; addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script>
</main></body></html>`);
	await page.goto(`${DOCS}/`);
	const frame = page.frameLocator('#f');
	await expect(frame.locator('[data-diagnosis-id="cert-expired"]')).toBeVisible();
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	const messages = await page.evaluate(() => (window as unknown as { messages: { origin: string; data: unknown }[] }).messages);
	expect(messages.length).toBeGreaterThan(0);
	for (const m of messages) {
		expect(m.origin).toBe(baseURL);
		expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
		expect((m.data as { type: string }).type).toBe('tls-doctor:height');
	}
	await expectAccessible(page, 'the dark embedded view');
});
