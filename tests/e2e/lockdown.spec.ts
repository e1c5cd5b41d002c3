/**
 * The analysis worker and the service worker cannot reach the network or turn strings into code,
 * whatever the host serves: once behind a host that sends the shipped headers (scripts/serve.mjs,
 * as the other tests use), once behind a bare static host that sends none. Code runs inside each
 * worker through the DevTools protocol, the way injected code would run there: every network call
 * aims at a second local server that records what reaches it, and every eval-like must throw.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const ERROR = '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate';

let recorder: Server;
let plain: Server;
const hits: string[] = [];
const portOf = (s: Server) => (s.address() as AddressInfo).port;
const record = (req: IncomingMessage) => hits.push(`${req.method} ${req.url}`);

test.beforeAll(async () => {
	recorder = createServer((req, res) => {
		// Also plays another site that frames the tool's pages.
		const framed = /^\/docs-page\?src=(.*)$/.exec(req.url ?? '');
		if (framed) {
			res.writeHead(200, { 'content-type': 'text/html' });
			return res.end(`<!doctype html><title>docs</title><iframe src="${decodeURIComponent(framed[1])}"></iframe>`);
		}
		record(req);
		// Answers as generously as a logging server would: any origin, any type.
		res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/javascript' });
		res.end('self.__reached = true;');
	});
	recorder.on('upgrade', (req, socket) => {
		record(req);
		socket.destroy();
	});
	await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
	plain = await startServer({ port: 0, dir: join(ROOT, 'build'), headers: false });
});

test.afterAll(async () => {
	await Promise.all([recorder, plain].map((s) => new Promise((resolve) => s?.close(resolve))));
});

/**
 * Runs `expression` in the newest worker target of `type` whose URL belongs to `origin`. Through a
 * browser-level DevTools session, not worker.evaluate: Playwright evaluates with the worker's own
 * eval, which the lockdown refuses. Eval allowed by DevTools is switched off, so a CSP applies too.
 * A browser-level session also lists targets of contexts that are closing; one of those (or a
 * worker still starting on a loaded machine) may never answer, so an unanswered evaluation is
 * tried again on a fresh look at the targets instead of waiting out the test's whole time limit.
 */
async function inWorker(browser: Browser, type: 'worker' | 'service_worker', origin: string, expression: string): Promise<unknown> {
	const tried: string[] = [];
	for (let attempt = 0; attempt < 3; attempt++) {
		const answer = await evaluateOnce(browser, type, origin, expression, 15_000);
		if (answer.ok) return answer.value;
		tried.push(answer.why);
	}
	throw new Error(`no answer from a ${type} of ${origin}: ${tried.join('; ')}`);
}

type Answer = { ok: true; value: unknown } | { ok: false; why: string };

async function evaluateOnce(
	browser: Browser,
	type: 'worker' | 'service_worker',
	origin: string,
	expression: string,
	waitMs: number
): Promise<Answer> {
	const cdp: CDPSession = await browser.newBrowserCDPSession();
	try {
		// A worker the page has only just been asked to start can be missing from the first list
		// (CI once listed only the page): look again for a few seconds before calling it absent.
		type TargetInfo = { type: string; url: string; targetId: string; attached: boolean };
		let targetInfos: TargetInfo[] = [];
		let matching: TargetInfo[] = [];
		for (const deadline = Date.now() + 10_000; matching.length === 0 && Date.now() < deadline;) {
			if (targetInfos.length > 0) await new Promise((r) => setTimeout(r, 250));
			({ targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] });
			matching = targetInfos.filter((t) => t.type === type && (t.url.startsWith(origin) || t.url.startsWith(`blob:${origin}`)));
		}
		// Targets are listed oldest first: the newest is the one this test started.
		const target = matching.at(-1);
		if (!target) throw new Error(`no ${type} of ${origin} among ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
		const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
		let timer: ReturnType<typeof setTimeout> | undefined;
		const reply = new Promise<{ result?: { result: { value?: unknown } }; error?: unknown } | undefined>((resolve) => {
			timer = setTimeout(() => resolve(undefined), waitMs);
			cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
				const message = JSON.parse(event.message);
				if (message.id === 1) resolve(message);
			});
		});
		const params = { expression, awaitPromise: true, returnByValue: true, allowUnsafeEvalBlockedByCSP: false };
		await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
		const answer = await reply;
		clearTimeout(timer);
		if (!answer) return { ok: false, why: `${target.url} (1 of ${matching.length}) did not answer within ${waitMs} ms` };
		if (!answer.result) throw new Error(`Runtime.evaluate failed: ${JSON.stringify(answer.error)}`);
		return { ok: true, value: answer.result.result.value };
	} finally {
		await cdp.detach().catch(() => undefined);
	}
}

/**
 * Every way a worker's code could reach another server or compile a string, each tried in turn.
 * "blocked" means it threw or was refused; anything else is what leaked.
 */
function probes(recorderUrl: string, kind: 'analysis' | 'service'): string {
	const ws = recorderUrl.replace('http:', 'ws:');
	return `(async () => {
		const out = {};
		const tryIt = async (name, run) => {
			try { const v = await run(); out[name] = 'ran: ' + String(v).slice(0, 60); }
			catch (e) { out[name] = 'blocked'; }
		};
		const later = (ms) => new Promise((r) => setTimeout(r, ms));
		await tryIt('fetch', () => fetch('${recorderUrl}/fetch?from=${kind}').then((r) => r.status));
		await tryIt('XMLHttpRequest', () => new Promise((resolve, reject) => {
			const x = new XMLHttpRequest(); x.onload = () => resolve(x.status); x.onerror = reject;
			x.open('GET', '${recorderUrl}/xhr?from=${kind}'); x.send();
		}));
		await tryIt('WebSocket', () => new Promise((resolve, reject) => {
			const s = new WebSocket('${ws}/ws?from=${kind}'); s.onopen = resolve; s.onerror = () => reject(new Error('refused'));
		}));
		await tryIt('EventSource', () => new Promise((resolve, reject) => {
			const s = new EventSource('${recorderUrl}/events?from=${kind}'); s.onopen = resolve; s.onerror = () => { s.close(); reject(new Error('refused')); };
		}));
		await tryIt('importScripts', () => importScripts('${recorderUrl}/import-scripts.js?from=${kind}'));
		await tryIt('import()', () => import('${recorderUrl}/import.js?from=${kind}'));
		await tryIt('Cache.add', () => caches.open('probe').then((c) => c.add('${recorderUrl}/cache?from=${kind}')));
		await tryIt('eval', () => eval('1 + 1'));
		await tryIt('indirect eval', () => (0, eval)('1 + 1'));
		await tryIt('new Function', () => new Function('return 2')());
		await tryIt('Function', () => Function('return 2')());
		await tryIt('constructor of a function', () => (() => 0).constructor('return 2')());
		await tryIt('AsyncFunction', () => (async () => 0).constructor('return 2')());
		await tryIt('GeneratorFunction', () => (function* () {}).constructor('yield 2')().next().value);
		await tryIt('AsyncGeneratorFunction', () => (async function* () {}).constructor('yield 2')().next());
		await tryIt('setTimeout(string)', async () => { setTimeout('self.__timeout = 1', 0); await later(100); if (!self.__timeout) throw 0; return 'ran'; });
		await tryIt('setInterval(string)', async () => {
			const t = setInterval('self.__interval = 1', 10); await later(100); clearInterval(t); if (!self.__interval) throw 0; return 'ran';
		});
		return out;
	})()`;
}

const EVERYTHING_BLOCKED = {
	fetch: 'blocked',
	XMLHttpRequest: 'blocked',
	WebSocket: 'blocked',
	EventSource: 'blocked',
	importScripts: 'blocked',
	'import()': 'blocked',
	'Cache.add': 'blocked',
	eval: 'blocked',
	'indirect eval': 'blocked',
	'new Function': 'blocked',
	Function: 'blocked',
	'constructor of a function': 'blocked',
	AsyncFunction: 'blocked',
	GeneratorFunction: 'blocked',
	AsyncGeneratorFunction: 'blocked',
	'setTimeout(string)': 'blocked',
	'setInterval(string)': 'blocked'
};

async function analyse(page: Page, text: string): Promise<void> {
	await page.getByLabel('Paste an error message, certificates, or a connection string').fill(text);
	await page.getByRole('button', { name: 'Analyse', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Analysed in');
}

for (const host of ['the shipped headers', 'no headers at all'] as const) {
	test.describe(`behind a host sending ${host}`, () => {
		test.beforeEach(() => {
			hits.length = 0;
		});
		const originOf = (baseURL: string | undefined) =>
			host === 'no headers at all' ? `http://127.0.0.1:${portOf(plain)}` : new URL(baseURL!).origin;

		test('the analysis worker reaches no server and compiles no string, and still analyses', async ({ page, browser, baseURL }) => {
			const origin = originOf(baseURL);
			await page.goto(`${origin}/`);
			await page.locator('.doctor[data-ready="true"]').waitFor();
			await analyse(page, ERROR);
			const results = await inWorker(browser, 'worker', origin, probes(`http://127.0.0.1:${portOf(recorder)}`, 'analysis'));
			expect.soft(results).toEqual(EVERYTHING_BLOCKED);
			await page.waitForTimeout(300);
			expect(hits, 'requests that reached the recording server').toEqual([]);
			// The probes changed nothing the analysis needs.
			await analyse(page, ERROR.replace('unable to get local issuer certificate', 'certificate has expired'));
			await expect(page.locator('[data-diagnosis-id="cert-expired"]')).toBeVisible();
		});

		test('the service worker reaches no other server and compiles no string, and still serves the app', async ({
			page,
			browser,
			baseURL
		}) => {
			const origin = originOf(baseURL);
			await page.goto(`${origin}/`);
			await page.locator('.doctor[data-ready="true"]').waitFor();
			await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
			const results = (await inWorker(
				browser,
				'service_worker',
				origin,
				probes(`http://127.0.0.1:${portOf(recorder)}`, 'service')
			)) as Record<string, string>;
			// A service worker has no XMLHttpRequest at all, and importScripts after install always throws.
			expect.soft(results).toEqual(EVERYTHING_BLOCKED);
			await page.waitForTimeout(300);
			expect(hits, 'requests that reached the recording server').toEqual([]);
			await page.reload();
			await page.locator('.doctor[data-ready="true"]').waitFor();
			await analyse(page, ERROR);
			await expect(page.locator('[data-diagnosis-id="untrusted-ca"]')).toBeVisible();
		});
	});
}

test('the worker script started straight from a bare host, outside the page’s policy, is locked as well', async ({ page, browser }) => {
	hits.length = 0;
	const origin = `http://127.0.0.1:${portOf(plain)}`;
	const script = readdirSync(join(ROOT, 'build/_app/immutable/workers')).find((f) => /^analyze\.worker-.*\.js$/.test(f));
	await page.goto(`${origin}/`);
	await page.locator('.doctor[data-ready="true"]').waitFor();
	// Not the page's way of starting it (a blob: URL that hands the page's policy down): the file itself.
	await page.evaluate((url) => {
		(window as unknown as { direct: Worker }).direct = new Worker(url, { type: 'module' });
	}, `${origin}/_app/immutable/workers/${script}`);
	await expect.poll(() => page.workers().map((w) => w.url())).toContain(`${origin}/_app/immutable/workers/${script}`);
	// Listed is not yet run: probing a module worker before its body has executed tests nothing.
	// An answer to a message proves the module (its lockdown import first) has run.
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				const direct = (window as unknown as { direct: Worker }).direct;
				direct.onmessage = resolve;
				direct.postMessage({ id: 0, type: 'share', text: '', host: '' });
			})
	);
	const results = (await inWorker(
		browser,
		'worker',
		`${origin}/_app/`,
		probes(`http://127.0.0.1:${portOf(recorder)}`, 'analysis')
	)) as Record<string, string>;
	// import() is syntax, not a global: only a policy refuses it, and a bare host sends none.
	expect({ ...results, 'import()': 'blocked' }).toEqual(EVERYTHING_BLOCKED);
	await page.waitForTimeout(300);
	expect(
		hits.filter((h) => !h.startsWith('GET /import.js')),
		'requests that reached the recording server'
	).toEqual([]);
});

test('served with the shipped headers, every page but /embed/ refuses to be framed by another site', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	for (const path of ['/', '/privacy/', '/embed-guide/', '/embed/']) {
		const response = await page.request.get(`${origin}${path}`);
		const csp = response.headers()['content-security-policy'];
		expect(csp, path).toContain(path === '/embed/' ? 'frame-ancestors *' : "frame-ancestors 'none'");
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers()['referrer-policy'], path).toBe('no-referrer');
	}
	const docs = (path: string) => `http://127.0.0.1:${portOf(recorder)}/docs-page?src=${encodeURIComponent(origin + path)}`;
	await page.goto(docs('/embed/'));
	await expect(page.frameLocator('iframe').locator('.doctor[data-ready="true"]')).toBeAttached();
	await page.goto(docs('/'));
	await page.waitForTimeout(500);
	expect(await page.frames()[1]?.locator('.doctor').count()).toBe(0);
});
