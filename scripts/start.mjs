#!/usr/bin/env node
/**
 * `npm start`: build the static site when it is missing or older than the sources, then serve it
 * on 127.0.0.1 and print the URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

function newest(path) {
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let max = info.mtimeMs;
	for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
	return max;
}

// scripts/headers.mjs holds the page's Content-Security-Policy, which svelte.config.js builds in.
const inputs = ['src', 'static', 'svelte.config.js', 'scripts/headers.mjs', 'vite.config.ts', 'package.json'].filter(existsSync);
const marker = 'build/index.html';
const stale = !existsSync(marker) || Math.max(...inputs.map(newest)) > statSync(marker).mtimeMs;
if (stale) {
	console.log('Building the site…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
	if (result.status !== 0) {
		console.error('The build failed; see the messages above.');
		process.exit(1);
	}
}
const port = Number(process.env.PORT ?? 4173);
const base = process.env.BASE_PATH ?? '';
startServer({ port, base })
	.then(() => console.log(`TLS Doctor is running at http://127.0.0.1:${port}${base}/  (Ctrl+C to stop)`))
	.catch((e) => {
		console.error(
			`Could not serve on 127.0.0.1:${port}: ${e.code === 'EADDRINUSE' ? `the port is in use; try PORT=${port + 1} npm start` : e.message}`
		);
		process.exit(1);
	});
