#!/usr/bin/env node
/**
 * Regenerates the README screenshots from the built site: node scripts/screenshot.mjs
 * (run `npm run build` first). Uses the same Chromium as the end-to-end tests, and the page's own
 * "Try an example" buttons, so the pictures show exactly what a new visitor sees.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const PORT = 4339;
/** Each shot: which example, the window, the colour scheme, and what to scroll to the top. */
const SHOTS = [
	{ file: 'docs/screenshot-error.png', example: 'atlas-macos', width: 1100, height: 1000, scheme: 'light', top: '.verdict' },
	{
		file: 'docs/screenshot-chain.png',
		example: 'missing-intermediate',
		width: 1100,
		height: 1000,
		scheme: 'light',
		top: '[data-chain-leaf]'
	},
	{ file: 'docs/screenshot-connection.png', example: 'uri-conflict', width: 1100, height: 1000, scheme: 'dark', top: '.verdict' },
	{ file: 'docs/screenshot-phone.png', example: 'expired', width: 360, height: 780, scheme: 'light', top: '.verdict' }
];

const server = await startServer({ port: PORT });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const shot of SHOTS) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			colorScheme: shot.scheme,
			reducedMotion: 'reduce'
		});
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await page.locator('.doctor[data-ready="true"]').waitFor();
		await page.locator(`[data-example="${shot.example}"]`).click();
		await page.getByRole('status').filter({ hasText: 'Analysed in' }).waitFor();
		await page
			.locator(shot.top)
			.first()
			.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
		await page.screenshot({ path: shot.file });
		await page.close();
		console.log(`wrote ${shot.file}`);
	}
} finally {
	await browser.close();
	server.close();
}
