#!/usr/bin/env node
/**
 * Makes sure a Chromium exists before the end-to-end tests start, so a fresh machine gets one
 * line of explanation instead of a wall of stack traces:
 *   - Debian's `chromium` via apt when running as root on Debian (what CI does);
 *   - elsewhere, Playwright's own `npx playwright install chromium`;
 *   - otherwise one line saying how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, hasPlaywrightChromium } from './chromium.mjs';

function run(cmd, args) {
	return (
		spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
		0
	);
}

if (findChromium() || hasPlaywrightChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
	console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
	if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && findChromium()) process.exit(0);
	console.error(
		'Could not install chromium with apt-get. Install it (apt-get install chromium) or set CHROMIUM_PATH, then run npm test again.'
	);
	process.exit(1);
}

console.log('No Chromium found: trying `npx playwright install chromium`…');
if (run('npx', ['playwright', 'install', 'chromium']) && hasPlaywrightChromium()) process.exit(0);
console.error(
	'No Chromium for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to its executable, then run npm test again.'
);
process.exit(1);
