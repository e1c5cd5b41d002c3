/**
 * Issue 15's layered reading, in the browser: the Go driver's server-selection error for a
 * two-member seed list where one member's certificate is untrusted and the other is down (captured
 * from the real Go driver). Each diagnosis card names the server it is about, and lists what each
 * server's own error reads as.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, open, paste, test } from './fixtures';

const TEXT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'errors', 'captured', 'go', 'replica-set-mixed.txt'), 'utf8');

test('each failing member gets its own reading, and each card names its servers', async ({ guarded: { page } }) => {
	const [tlsPort, downPort] = [...TEXT.matchAll(/Addr: localhost:(\d+)/g)].map((m) => m[1]);
	expect(Number(downPort)).toBe(Number(tlsPort) + 1);
	await open(page, '/');
	await paste(page, TEXT);

	const refused = page.locator('[data-diagnosis-id="connection-refused"]');
	await expect(refused).toBeVisible();
	await expect(refused.locator('dt', { hasText: 'Servers with this error' }).locator('+ dd')).toHaveText(`localhost:${downPort}`);
	const each = await refused.locator('dt', { hasText: 'Each server' }).locator('+ dd').textContent();
	expect(each).toContain(`localhost:${tlsPort}: `);
	expect(each).toContain(`localhost:${downPort}: Nothing is listening at that host and port`);

	// The member with the certificate: whichever of the acceptable trust readings tops, it names only that member.
	const trust = page
		.locator('[data-diagnosis-id="untrusted-ca"], [data-diagnosis-id="self-signed-cert"], [data-diagnosis-id="self-signed-in-chain"]')
		.first();
	await expect(trust.locator('dt', { hasText: 'Servers with this error' }).locator('+ dd')).toHaveText(`localhost:${tlsPort}`);
});
