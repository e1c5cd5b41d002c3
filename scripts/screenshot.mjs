#!/usr/bin/env node
/**
 * Regenerates the README screenshots from the built site: node scripts/screenshot.mjs
 * (run `npm run build` first). Uses the same Chromium as the end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const PORT = 4339;
const server = await startServer({ port: PORT });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const shots = [
	{ file: 'docs/screenshot-error.png', text: readFileSync('tests/fixtures/errors/pymongo-3.11-local-issuer.txt', 'utf8'), host: '' },
	{ file: 'docs/screenshot-certificate.png', text: readFileSync('tests/fixtures/pki/server-expired.crt', 'utf8'), host: 'db.example.com' }
];
try {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, colorScheme: 'light' });
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await page.waitForFunction(() => document.querySelector('.app-root')?.innerHTML.includes('Analyse'));
		await page.getByLabel(/Paste an error message/).fill(shot.text);
		if (shot.host) await page.getByLabel(/Host the client connects to/).fill(shot.host);
		await page.getByRole('button', { name: 'Analyse' }).click();
		await page.getByRole('status').filter({ hasText: 'Analysed in' }).waitFor();
		await page.screenshot({ path: shot.file, fullPage: false });
		await page.close();
		console.log(`wrote ${shot.file}`);
	}
} finally {
	await browser.close();
	server.close();
}
