/**
 * The journeys of issue 14, items 5, 7 and 10: the setup a person chooses (or a link gives) shapes
 * the answer and the steps, and the answer reaches them in the /embed/ frame and on a phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { analysed, expect, expectAccessible, open, paste, test } from './fixtures';
import { docsSite } from './docs-site';

// A python.org Python on macOS, typed at a zsh prompt: every guess points at a Mac.
const MAC_TRACEBACK = `ann@mbp app % python3 main.py
zsh: command not found: pip
Traceback (most recent call last):
  File "/Users/ann/app/main.py", line 3, in <module>
  File "/Library/Frameworks/Python.framework/Versions/3.12/lib/python3.12/site-packages/pymongo/mongo_client.py", line 1, in x
pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)`;

/** Every command step of every fix on the page (folded ones too), with the shell it says to run in. */
async function commands(page: Page): Promise<{ shell: string; heading: string; text: string }[]> {
	return page.locator('[data-step-kind="command"]').evaluateAll((els) =>
		els.map((el) => ({
			shell: el.getAttribute('data-shell') ?? '',
			heading: el.querySelector('.heading')?.textContent ?? '',
			text: el.querySelector('pre')?.textContent ?? ''
		}))
	);
}

/** The README's own deep link, as it documents it (the part after the host). */
function readmeFragment(): string {
	const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
	const link = /https:\/\/YOUR-HOST\/tls-doctor\/(#error=[^\s`]+)/.exec(readme);
	if (!link) throw new Error('README.md no longer shows the #error= deep link');
	return link[1];
}

test.describe('item 5: the shell follows the operating system', () => {
	test('choosing Windows after a macOS traceback writes every step for PowerShell', async ({ guarded: { page } }) => {
		await open(page);
		await paste(page, MAC_TRACEBACK);
		await expect(page.getByLabel('Operating system')).toHaveValue('macos');
		await expect(page.getByLabel('Shell')).toHaveValue('zsh');
		await expect(page.locator('[data-step-kind="command"][data-shell="zsh"]').first()).toBeAttached();

		await page.getByLabel('Operating system').selectOption('windows');
		await analysed(page);
		await expect(page.getByLabel('Shell')).toHaveValue('powershell');
		await expect(page.locator('#env-shell-why')).toHaveText('The usual shell on Windows');
		// The person chose the OS: it is not called a guess.
		await expect(page.locator('#env-os-why')).toHaveCount(0);
		const steps = await commands(page);
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) {
			// Only the database server's own steps stay in bash, and they say so.
			if (step.shell === 'bash') {
				expect(step.heading).toMatch(/Run in bash/);
				continue;
			}
			expect(step.shell, step.text).toBe('powershell');
			expect(step.heading, step.text).toMatch(/Run in PowerShell/);
			expect(step.text).not.toMatch(/(?:^|\s)export\s|\.zshrc|\.bashrc|="\$\(|<\/dev\/null/m);
		}
		await expect(page.getByText(/Run in zsh/)).toHaveCount(0);
		// The certifi step is there, written with PowerShell's own syntax.
		expect(steps.some((s) => s.shell === 'powershell' && /\$env:SSL_CERT_FILE|certifi/.test(s.text))).toBe(true);
	});

	test('a shell the person chose stays when the OS changes', async ({ guarded: { page } }) => {
		await open(page);
		await paste(page, MAC_TRACEBACK);
		await page.getByLabel('Shell').selectOption('fish');
		await analysed(page);
		await page.getByLabel('Operating system').selectOption('debian');
		await analysed(page);
		await expect(page.getByLabel('Shell')).toHaveValue('fish');
		await expect(page.locator('#env-shell-why')).toHaveCount(0);
		const steps = await commands(page);
		expect(steps.filter((s) => s.shell !== 'bash').every((s) => s.shell === 'fish')).toBe(true);
	});
});

test.describe('item 7: the README deep link', () => {
	test('the link’s client and OS make it read as a Mac’s Python would: missing roots, certifi, Install Certificates.command', async ({
		guarded: { page }
	}) => {
		await open(page, `/${readmeFragment()}`);
		await analysed(page);
		await expect(page.locator('.verdict')).toHaveAttribute('data-verdict-source', 'missing-system-roots');
		const top = page.locator('[data-diagnosis-id="missing-system-roots"]');
		await expect(top.locator('[data-remedy-id="install-certificates-command"]')).toBeAttached();
		await expect(top.locator('[data-remedy-id="certifi-tlscafile"], [data-remedy-id="ssl-cert-file-certifi"]').first()).toBeAttached();
		// Turning verification off is never the fix: where offered, it is marked and last.
		const risky = page.locator('li.risky[data-remedy-id="allow-invalid-certificates"]');
		for (const item of await risky.all()) await expect(item.locator('.risk-label')).toHaveText('Weakens security');
		const order = await page
			.locator('[data-diagnosis-id] [data-remedy-id]')
			.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-remedy-id'), risky: e.classList.contains('risky') })));
		expect(order[0]).toMatchObject({ id: 'install-certificates-command', risky: false });
		await expectAccessible(page, 'the README deep link');
	});
});

test.describe('item 10: the answer reaches the person', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	const inView = (page: Page, selector: string) =>
		page.locator(selector).evaluate((el) => {
			const r = el.getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
		});

	test('on a phone, Analyse brings the verdict into view and gives it the focus', async ({ guarded: { page } }) => {
		await open(page);
		await page.getByLabel(/Paste an error message/).fill(MAC_TRACEBACK);
		const before = await page.evaluate(() => window.scrollY);
		await page.getByRole('button', { name: 'Analyse', exact: true }).click();
		await analysed(page);
		await expect.poll(() => inView(page, '.verdict h2')).toBe(true);
		await expect(page.locator('.verdict h2')).toBeFocused();
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
		// The focus is not trapped: Tab goes on to the link to the evidence.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'See the evidence and the fix' })).toBeFocused();
		await expectAccessible(page, 'the verdict on a phone');
	});

	test('on a phone, a deep link brings the verdict into view without taking the focus', async ({ guarded: { page } }) => {
		await open(page, `/${readmeFragment()}`);
		await analysed(page);
		await expect.poll(() => inView(page, '.verdict h2')).toBe(true);
		await expect(page.locator('.verdict h2')).not.toBeFocused();
	});

	test('typing moves nothing: the paste box keeps the focus', async ({ guarded: { page } }) => {
		await open(page);
		const box = page.getByLabel(/Paste an error message/);
		await box.click();
		await page.keyboard.type('certificate has expired');
		await analysed(page);
		await expect(box).toBeFocused();
	});

	test('"See the evidence and the fix" moves to the evidence and keeps the deep link in the address', async ({ guarded: { page } }) => {
		await open(page, `/${readmeFragment()}`);
		await analysed(page);
		const url = page.url();
		await page.getByRole('link', { name: 'See the evidence and the fix' }).click();
		const card = page.locator('#dx-missing-system-roots');
		await expect(card).toBeFocused();
		await expect.poll(() => card.evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 5)).toBe(true);
		expect(page.url()).toBe(url);
	});
});

test.describe('item 10: in the /embed/ frame', () => {
	// A docs site on another origin, as in embed.spec.ts (its own port: the specs run side by side).
	const site = docsSite(4914);
	const DOCS = site.origin;
	test.use({ extraOrigins: [DOCS], permissions: ['clipboard-read', 'clipboard-write'] });
	test.describe.configure({ mode: 'serial' });

	/** The docs page with the guide's own snippet, a long text above it, and the frame's result. */
	async function embedded(page: Page) {
		await page.goto('/embed-guide/');
		await expect(page.locator('[data-snippet]')).toContainText('/embed/?theme=auto');
		const snippet = (await page.locator('[data-snippet]').textContent())!;
		const intro = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the docs about TLS.</p>`).join('');
		site.serve(
			`<!doctype html><html lang="en"><head><title>Docs: TLS errors</title></head><body><main><h1>Fixing TLS errors</h1>${snippet}${intro}</main></body></html>`
		);
		await page.goto(`${DOCS}/guide/tls/`);
		const frame = page.frameLocator('#tls-doctor');
		await frame.locator('.doctor[data-ready="true"]').waitFor();
		await frame.locator('[data-example="atlas-macos"]').click();
		await expect(frame.getByRole('status')).toContainText('Analysed in');
		await expect(frame.locator('.verdict')).toHaveAttribute('data-verdict-source', 'missing-system-roots');
		// The frame has grown to the result's height (the parent sets it from the frame's message).
		await expect.poll(async () => (await page.locator('#tls-doctor').boundingBox())!.height).toBeGreaterThan(1500);
		return frame;
	}

	test('"See the evidence and the fix" scrolls the docs page to the evidence and focuses it', async ({ guarded: { page } }) => {
		const frame = await embedded(page);
		const iframe = page.locator('#tls-doctor');
		// The evidence, as the docs page's reader sees it: where it is in the parent's viewport.
		const cardTop = async () => {
			const box = await frame.locator('#dx-missing-system-roots').boundingBox();
			return box!.y;
		};
		await page.evaluate(() => window.scrollTo(0, 0));
		await frame.locator('.verdict').scrollIntoViewIfNeeded();
		const before = await cardTop();
		const viewport = page.viewportSize()!;
		expect(before).toBeGreaterThan(viewport.height);
		await frame.getByRole('link', { name: 'See the evidence and the fix' }).click();
		await expect(frame.locator('#dx-missing-system-roots')).toBeFocused();
		await expect.poll(async () => Math.abs(await cardTop())).toBeLessThan(5);
		expect((await iframe.boundingBox())!.height).toBeGreaterThan(1500);
		await expectAccessible(page, 'the embed after following the evidence link');
	});

	test('"Share link" from the frame points at the full page, with the same fragment', async ({ guarded: { page }, baseURL }) => {
		const frame = await embedded(page);
		await frame.getByRole('button', { name: 'Share link' }).click();
		const link = await frame.locator('#share-link').inputValue();
		const url = new URL(link);
		expect(`${url.origin}${url.pathname}`).toBe(`${baseURL}/`);
		expect(url.search).toBe('');
		const params = new URLSearchParams(url.hash.slice(1));
		expect(params.get('z')).toBeTruthy();
		expect(params.get('os')).toBe('macos');
		// Opened, it is the same analysis on the full page.
		await page.goto(link);
		await page.locator('.doctor[data-ready="true"]').waitFor();
		await analysed(page);
		await expect(page.locator('.verdict')).toHaveAttribute('data-verdict-source', 'missing-system-roots');
		await expect(page.locator('header.top')).toBeVisible();
	});
});

test('a deep link is analysed once, not again when the typing pause ends', async ({ guarded: { page } }) => {
	// Count what the page asks its analysis worker to do, at the boundary where the page posts to it.
	await page.addInitScript(() => {
		const post = Worker.prototype.postMessage;
		(window as unknown as { analyses: number }).analyses = 0;
		Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
			if ((message as { type?: string })?.type === 'analyze') (window as unknown as { analyses: number }).analyses++;
			return (post as (...a: unknown[]) => void).call(this, message, ...rest);
		};
	});
	await open(page, `/#error=${encodeURIComponent('x509: certificate signed by unknown authority')}&client=go`);
	await analysed(page);
	// Past the 250 ms typing pause, with room to spare.
	await page.waitForTimeout(1000);
	expect(await page.evaluate(() => (window as unknown as { analyses: number }).analyses)).toBe(1);
});
