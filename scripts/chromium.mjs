/**
 * Where is a Chromium the end-to-end tests can drive? Debian's package first (what CI installs),
 * then an explicit CHROMIUM_PATH, then whatever Playwright downloaded itself on other machines.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Returns an executable path, or undefined to let Playwright use its own download. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']) if (existsSync(p)) return p;
	return undefined;
}

export function hasPlaywrightChromium() {
	const cache =
		process.env.PLAYWRIGHT_BROWSERS_PATH ||
		join(homedir(), process.platform === 'darwin' ? 'Library/Caches/ms-playwright' : '.cache/ms-playwright');
	try {
		return readdirSync(cache).some((d) => d.startsWith('chromium'));
	} catch {
		return false;
	}
}
