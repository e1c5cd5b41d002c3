/**
 * Issue 14, items 2 and 3, as a support engineer meets them on the page: a mongod log, whose peer
 * is the client, and an expired client certificate checked with the role set to client. Each
 * asserts what the person reads and what they would run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysed, expect, open, paste, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');
const PEER = '10.20.1.15';

test('a mongod log: the peer is the client, and no step connects to it', async ({ guarded: { page } }) => {
	await open(page);
	await paste(page, read('side/mongod-json-no-client-certificate.log'));
	const card = page.locator('[data-diagnosis-id="client-cert-required"]');
	await expect(card).toBeVisible();
	await expect(card).toContainText(`From a mongod log: the peer here is the client at ${PEER}`);
	// The client-side fix and the server option, with what the option gives up.
	await expect(card.locator('[data-remedy-id="provide-client-certificate"]')).toContainText('tlsCertificateKeyFile');
	const allow = card.locator('[data-remedy-id="allow-connections-without-certificates"]');
	await expect(allow).toContainText('--tlsAllowConnectionsWithoutCertificates');
	await expect(allow).toContainText(/no longer need a certificate/);
	// Nothing a person would run or paste names the client's address.
	const runnable = await page.locator('[data-remedy-id] pre, [data-remedy-id] code, .next code').allTextContents();
	expect(runnable.length).toBeGreaterThan(0);
	for (const text of runnable) expect(text).not.toContain(PEER);
});

test('an expired client certificate with role client: client renewal steps, one day count', async ({ guarded: { page } }) => {
	await open(page);
	await page.locator('#role').selectOption('client');
	await page.locator('#file-picker').setInputFiles([join(FIXTURES, 'side/client-expired.crt'), join(FIXTURES, 'side/ca.pem')]);
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await analysed(page);
	const renew = page.locator('[data-remedy-id="renew-certificate"]').first();
	await expect(renew).toContainText('Renew (reissue) the client certificate');
	await expect(renew).toContainText('extendedKeyUsage = clientAuth');
	await expect(renew).toContainText('tlsCertificateKeyFile');
	await expect(renew).toContainText(
		'db.getSiblingDB("$external").dropUser("DC=example,DC=com,OU=Reporting,O=Example Apps,CN=reporting-app")'
	);
	const text = (await renew.textContent()) ?? '';
	expect(text).not.toMatch(/mongodb-server\.|\bserver\.pem\b|rotateCertificates|serverAuth/);
	// The finding and the chain's validity bar count the same whole days.
	const finding = (await page.locator('[data-finding-id="cert.expired"]').first().textContent()) ?? '';
	const bar = (await page.locator('[data-validity="expired"]').first().textContent()) ?? '';
	const days = (s: string) => /expired (\d+) days? ago/.exec(s)?.[1];
	expect(days(finding)).toBeDefined();
	expect(days(bar)).toBe(days(finding));
});
