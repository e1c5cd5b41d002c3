import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4331;
const BASE = '/tools/tls-doctor';
let server: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const build = spawnSync('npx', ['vite', 'build'], {
		cwd: ROOT,
		env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: '.subpath-build' },
		encoding: 'utf8'
	});
	expect(build.status, build.stderr).toBe(0);
	server = await startServer({ port: PORT, dir: join(ROOT, '.subpath-build'), base: BASE });
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test('the static build works from a sub-path of a plain static host', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(`http://127.0.0.1:${PORT}${BASE}/`);
	await page.locator('.doctor[data-ready="true"]').waitFor();
	await page
		.getByLabel(/Paste an error message/)
		.fill('[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired');
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await expect(page.locator('[data-diagnosis-id="cert-expired"]')).toBeVisible();
	// The offline worker is registered under the sub-path too, covering just this site.
	const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
	expect(scope).toBe(`http://127.0.0.1:${PORT}${BASE}/`);
	expect(failed).toEqual([]);
});
