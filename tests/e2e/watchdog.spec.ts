/**
 * The page never waits on a stuck analysis. The slow input is a genuine one: a well-formed
 * PKCS#12 file whose MAC asks for 4,000,000 rounds of key derivation (allowed, and seconds of
 * hashing in any browser; see certs/make-slow-p12.sh). A newer paste stops it at once, and an
 * analysis that runs past the time limit ends with a message naming that file and that stage. The
 * time limit is the production one (20 s): the test moves the page's clock forward instead of
 * building a copy with a shorter limit or giving the page a knob a link could turn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysed, dropFiles, expect, open, test } from './fixtures';

const SLOW = join(import.meta.dirname, 'certs', 'slow.p12');
const SMALL = '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)';
const box = 'Paste an error message, certificates, or a connection string';

test('a slow paste followed by a small one shows the small one’s verdict within 2 s', async ({ guarded: { page } }) => {
	await open(page);
	// The slow file pasted as base64 text, the way it comes out of a Kubernetes secret.
	const base64 = readFileSync(SLOW).toString('base64').replace(/.{64}/g, '$&\n');
	await page.getByLabel(box).fill(base64);
	// After a second the status says what the analysis is busy with: it is deep in the slow part.
	await expect(page.getByRole('status')).toHaveText('Analysing… (reading the pasted text)');

	const started = Date.now();
	await page.getByLabel(box).fill(SMALL);
	await expect(page.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible({ timeout: 2_000 });
	expect(Date.now() - started).toBeLessThan(2_000);
	await analysed(page);
	await expect(page.getByRole('button', { name: 'Analyse', exact: true })).toBeEnabled();
	// The stopped analysis never comes back to overwrite the newer result.
	await page.waitForTimeout(1_000);
	await expect(page.locator('[data-item-kind="pkcs12"]')).toHaveCount(0);
	await expect(page.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible();
});

test('an analysis past the time limit stops with a message naming the file and the stage, and the page stays usable', async ({
	guarded: { page }
}) => {
	// Timers run in real time until the test moves the clock on.
	await page.clock.install();
	await open(page);
	await dropFiles(page, [SLOW]);
	await expect(page.getByRole('status')).toHaveText('Analysing… (reading slow.p12 (PKCS#12 key derivation))');
	await page.clock.fastForward(20_000);

	const alert = page.getByRole('alert');
	await expect(alert.getByRole('heading')).toHaveText('The analysis took too long');
	await expect(alert).toContainText(
		'The analysis stopped after 20 s while reading slow.p12 (PKCS#12 key derivation). Nothing was sent anywhere. Its password protection asks for far more rounds of hashing than usual: remove that file'
	);
	await expect(page.getByRole('status')).not.toContainText('Analysing');
	await expect(page.getByRole('button', { name: 'Analyse', exact: true })).toBeEnabled();

	// The rest of the page works: without that file, the next paste is analysed as usual.
	await page.getByRole('button', { name: 'Remove slow.p12' }).click();
	await page.getByLabel(box).fill(SMALL);
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await analysed(page);
	await expect(page.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible();
	await expect(alert).toHaveCount(0);
});
