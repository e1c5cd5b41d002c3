/**
 * A share link whose text inflates to a gigabyte opens the page as usual, with the text cut to
 * what the page reads and a note saying so; before, the tab grew to gigabytes and stayed blank.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { analysed, expect, open, test } from './fixtures';

const ERROR = '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)\n';

/**
 * #z= for the error line followed by a gigabyte of spaces, in about a megabyte: each part is
 * compressed with Z_FULL_FLUSH (which resets the compressor, so parts join and repeat as they
 * are), then an empty final block.
 */
function bombLink(): string {
	const part = (bytes: Buffer) => deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });
	const spaces = part(Buffer.alloc(1 << 20, 0x20));
	return Buffer.concat([part(Buffer.from(ERROR)), ...Array<Buffer>(1024).fill(spaces), deflateRawSync(Buffer.alloc(0))]).toString(
		'base64url'
	);
}

test('a share link that inflates to 1 GB shows the page with the text cut and a note, not a blank page', async ({ guarded: { page } }) => {
	const z = bombLink();
	expect(z.length).toBeLessThan(1_500_000);
	// Seconds go to the browser handling a 1.4 MB address itself, with or without #z= in it; the
	// inflating takes milliseconds, and the heap stays far from the gigabytes it reached before.
	await open(page, `/#z=${z}&host=db.example.com`);
	await analysed(page);
	await expect(
		page.getByText('The link held more text than the page reads: only its first 200,000 characters are here and analysed.')
	).toBeVisible();
	const value = await page.getByLabel(/Paste an error message/).inputValue();
	expect(value).toHaveLength(200_000);
	expect(value.startsWith(ERROR)).toBe(true);
	await expect(page.getByLabel(/Host the client connects to/)).toHaveValue('db.example.com');
	await expect(page.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible();
	const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
	expect(heap).toBeGreaterThan(0);
	expect(heap).toBeLessThan(256 * 1024 * 1024);
	// Once the person changes the text, the note about the link's text goes.
	await page.getByLabel(/Paste an error message/).fill(ERROR);
	await expect(page.getByText('The link held more text than the page reads')).toHaveCount(0);
});
