/**
 * A representative set of the hostile inputs the Node tests cover, through the real page: each
 * gets its specific message, the page keeps answering, an ordinary analysis afterwards is
 * unchanged, names that hide characters are shown with those characters marked, and a hundred
 * analyses in a row leave memory flat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { analysed, dropFiles, expect, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (p: string) => join(FIXTURES, p);

async function removeFiles(page: Page): Promise<void> {
	const buttons = page.getByRole('button', { name: /^Remove / });
	while ((await buttons.count()) > 0) await buttons.first().click();
}

async function baseline(page: Page): Promise<string[]> {
	await paste(page, readFileSync(fixture('pki/server-chain.pem'), 'utf8'));
	return page.locator('[data-finding-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id') ?? ''));
}

test('hostile files and pastes each get a specific message, and the page is unchanged afterwards', async ({ guarded: { page } }) => {
	test.setTimeout(120_000);
	await open(page);
	const before = await baseline(page);

	// 20,000 levels of nested SEQUENCE with indefinite lengths, as a dropped file.
	await page.evaluate(() => {
		const bytes = new Uint8Array(40_000);
		for (let i = 0; i < 20_000; i++) bytes.set([0x30, 0x80], i * 2);
		const dt = new DataTransfer();
		dt.items.add(new File([bytes], 'nested.der'));
		const zone = document.querySelector('[aria-label="Input"]')!;
		zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
		zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
	});
	await analysed(page);
	await expect(page.getByText(/indefinite length, which DER forbids/).first()).toBeVisible();
	await removeFiles(page);

	await page.getByLabel('Paste an error message, certificates, or a connection string').fill('');
	// 10,000 copies of one certificate, dropped as one 13 MB file (made in the page: typing it would take minutes).
	const pem = readFileSync(fixture('pki/server.crt'), 'utf8');
	await page.evaluate((one) => {
		const dt = new DataTransfer();
		dt.items.add(new File([one.repeat(10_000)], 'bundle.pem'));
		const zone = document.querySelector('[aria-label="Input"]')!;
		zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
		zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
	}, pem);
	await analysed(page);
	await expect(page.locator('[data-finding-id="chain.duplicate-certificate"]').first()).toContainText('10,000 times');
	await removeFiles(page);

	// A self-issued certificate with a broken signature, and a chain that loops.
	await page.getByLabel('Paste an error message, certificates, or a connection string').fill('');
	await dropFiles(page, [fixture('hostile/self-issued-bad.crt')]);
	await analysed(page);
	await expect(page.locator('[data-finding-id="cert.bad-self-signature"]')).toBeVisible();
	await removeFiles(page);

	expect(await baseline(page)).toEqual(before);
});

test('names that hide direction overrides or zero-width characters are shown with them marked', async ({ guarded: { page } }) => {
	await open(page);
	await dropFiles(page, [fixture('hostile/rtl-cn.crt')]);
	await analysed(page);
	await expect(page.locator('[data-finding-id="cert.deceptive-characters"]')).toBeVisible();
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	await expect(page.locator('[data-field="subject"]').first()).toContainText('exe.⟨U+202E⟩gpj.example.com');
	await expect(page.locator('[data-field="san"]').first()).toContainText('⟨U+200B⟩');
	// Nowhere on the page does the raw override reach the screen.
	const raw = await page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && /[\u202a-\u202e\u2066-\u2069\u200b]/.test(n.textContent ?? '')))
			.map((e) => `${e.tagName}.${e.className}: ${e.textContent?.slice(0, 80)}`)
	);
	expect(raw, 'elements showing a raw override or zero-width character').toEqual([]);
});

async function heapAfterGc(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize;
}

test('a hundred analyses in a row leave the page’s memory flat', async ({ guarded: { page } }) => {
	test.setTimeout(180_000);
	await open(page);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	const box = page.getByLabel('Paste an error message, certificates, or a connection string');
	const texts = [
		readFileSync(fixture('pki/server-chain.pem'), 'utf8'),
		readFileSync(fixture('errors/pymongo-3.11-local-issuer.txt'), 'utf8'),
		'mongodb://app:pw@db.example.com/?tls=true&tlsInsecure=true&tlsAllowInvalidCertificates=false'
	];
	const run = async (i: number) => {
		await box.fill(`${texts[i % texts.length]}\n# run ${i}`);
		await page.getByRole('button', { name: 'Analyse', exact: true }).click();
		await analysed(page);
	};
	for (let i = 0; i < 10; i++) await run(i);
	const start = await heapAfterGc(cdp);
	for (let i = 10; i < 110; i++) await run(i);
	const end = await heapAfterGc(cdp);
	// Flat: growth over 100 analyses stays within a small fraction of what one report costs.
	expect(end - start, `heap went from ${start} to ${end} bytes`).toBeLessThan(Math.max(2_000_000, start * 0.25));
});
