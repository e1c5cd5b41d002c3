#!/usr/bin/env node
/**
 * `npm test`: the unit tests (Vitest, in Node) and then the end-to-end tests (Playwright, in
 * Chromium against the built static site). Both always run; the exit status fails if either did.
 */
import { spawnSync } from 'node:child_process';

const steps = [
	['Unit tests (Vitest)', 'npm', ['run', '--silent', 'test:unit']],
	['End-to-end tests (Playwright, Chromium)', 'npm', ['run', '--silent', 'test:e2e']]
];

const results = [];
for (const [name, cmd, args] of steps) {
	console.log(`\n=== ${name} ===`);
	const status = spawnSync(cmd, args, { stdio: 'inherit' }).status;
	results.push([name, status === 0]);
}
console.log('\n=== Summary ===');
for (const [name, ok] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
