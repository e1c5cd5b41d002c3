/**
 * Issue 14 item 4, in the browser: a PyMongo traceback whose MongoClient line holds a mongodb+srv://
 * string, over a ServerSelectionTimeoutError that names the shard members it tried. The fixes the
 * page writes keep the SRV string (user, database, options) rather than one shard host, carry no
 * password and say to put it back, and still do after the client is switched to Node.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectionDifferences, urisIn } from '../helpers/same-connection';
import { expect, open, paste, test, unfoldAll } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PASSWORD = 'Topology-s3cret';
const SRV = `mongodb+srv://app:${PASSWORD}@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0`;
// The real captured PyMongo error, with the person's own MongoClient(...) line in its first frame.
const TRACEBACK = readFileSync(join(FIXTURES, 'errors/captured/pymongo/atlas-missing-roots.txt'), 'utf8').replace(
	'    client.admin.command("ping")',
	`    MongoClient("${SRV}").admin.command("ping")`
);

test('fixes keep the mongodb+srv:// string from the traceback, not a shard host from the error', async ({ guarded: { page } }) => {
	expect(TRACEBACK).toContain(SRV);
	expect(TRACEBACK).toMatch(/shard-00-0\d\.abcde\.mongodb\.net/);
	await open(page, '/?client=pymongo&os=macos');
	await paste(page, TRACEBACK);
	await unfoldAll(page);

	const certifi = page.locator('[data-remedy-id="certifi-tlscafile"]').first();
	await expect(certifi).toBeVisible();
	const python = (await certifi.locator('[data-step-kind="code"] pre').first().textContent())!;
	expect(python).toContain('tlsCAFile=certifi.where()');
	const uris = urisIn(python);
	expect(uris).toHaveLength(1);
	expect(connectionDifferences(SRV, uris[0], { options: ['tlsCAFile'], tlsOutside: true })).toEqual([]);
	await expect(certifi).toContainText('Put your password back in place of YOUR_PASSWORD');

	// Another client, the same connection: the Node.js snippet keeps it too.
	await page.getByLabel('Client', { exact: true }).selectOption('node');
	await unfoldAll(page);
	const proxy = page.locator('[data-remedy-id="trust-proxy-ca"]').first();
	await expect(proxy.locator('[data-step-kind="code"] pre').first()).toContainText('new MongoClient(');
	const node = (await proxy.locator('[data-step-kind="code"] pre').first().textContent())!;
	const nodeUris = urisIn(node);
	expect(nodeUris).toHaveLength(1);
	expect(connectionDifferences(SRV, nodeUris[0], { options: ['tlsCAFile'], tlsOutside: true })).toEqual([]);

	// Nowhere on the page: the password, a masked ****, or a snippet that dials one shard member.
	const everySnippet = await page.locator('[data-step-kind] pre').allTextContents();
	expect(everySnippet.length).toBeGreaterThan(0);
	for (const text of everySnippet) {
		expect(text).not.toContain(PASSWORD);
		expect(text).not.toContain('****');
		for (const uri of urisIn(text)) expect(uri).not.toMatch(/shard-00/);
	}
	expect(await page.locator('body').textContent()).not.toContain(PASSWORD);
});
