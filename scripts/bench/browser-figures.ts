/**
 * The figures measured in Chromium through the real page (the built site, served from
 * 127.0.0.1): the analysis time the worker reports for the 100,000-entry CRL with its chain, the
 * CA bundle, and a 3-certificate chain from the click to the rendered result; and the longest
 * main-thread task while each runs (PerformanceObserver 'longtask'; none may exceed 50 ms).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { HOST, type BenchData } from './data';
import { median } from './measure';
import type { Figure } from './node-figures';

const RUNS = 7;

interface Run {
	/** Analysis time inside the worker, as the page reports it. */
	workerMs: number;
	/** From the click on Analyse to the result in the DOM. */
	renderedMs: number;
	/** The same to the next frame after it (includes waiting for the display's refresh). */
	paintedMs: number;
	longestTaskMs: number;
}

/** Puts the files on the page's input (as a drop would), types the host, and runs one analysis. */
async function analyseOnce(page: Page, files: { name: string; base64: string }[], text: string): Promise<Run> {
	return page.evaluate(
		async ({ files, text }) => {
			const w = window as unknown as { __longest?: number };
			w.__longest = 0;
			const box = document.querySelector<HTMLTextAreaElement>('#paste')!;
			box.value = text;
			box.dispatchEvent(new Event('input', { bubbles: true }));
			for (const b of [...document.querySelectorAll<HTMLButtonElement>('button')].filter((x) => x.textContent?.trim() === 'Remove'))
				b.click();
			if (files.length) {
				const dt = new DataTransfer();
				for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
				const zone = document.querySelector('[aria-label="Input"]')!;
				zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
				zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
			}
			const status = document.querySelector('[role="status"]')!;
			// Let a drop's own analysis settle, then time exactly one more, started by the button.
			await new Promise((r) => setTimeout(r, 400));
			while (!/Analysed in/.test(status.textContent ?? '')) await new Promise((r) => setTimeout(r, 20));
			const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Analyse')!;
			const observer = new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
			});
			observer.observe({ type: 'longtask', buffered: false });
			// Done when the status says so: a MutationObserver fires in the same task that updated the DOM.
			const done = new Promise<number>((resolve) => {
				const mo = new MutationObserver(() => {
					const t = status.textContent ?? '';
					if (/Analysed in/.test(t) && !/Analysing/.test(t)) {
						mo.disconnect();
						resolve(performance.now());
					}
				});
				mo.observe(status, { childList: true, subtree: true, characterData: true });
			});
			const started = performance.now();
			button.click();
			const inDom = (await done) - started;
			// And painted: the next frame after that (in a real browser, the screen's refresh rate decides this wait).
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			const renderedMs = inDom;
			const paintedMs = performance.now() - started;
			await new Promise((r) => setTimeout(r, 50));
			observer.disconnect();
			const workerMs = Number(/Analysed in (<?\d+) ms/.exec(status.textContent ?? '')?.[1].replace('<', '') ?? NaN);
			return { workerMs, renderedMs, paintedMs, longestTaskMs: w.__longest ?? 0 };
		},
		{ files, text }
	);
}

async function measure(page: Page, files: { name: string; base64: string }[], text = ''): Promise<Run> {
	await analyseOnce(page, files, text); // warm-up: JIT, the lazily loaded root set and result view
	const runs: Run[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await analyseOnce(page, files, text));
	return {
		workerMs: median(runs.map((r) => r.workerMs)),
		renderedMs: median(runs.map((r) => r.renderedMs)),
		paintedMs: median(runs.map((r) => r.paintedMs)),
		longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs))
	};
}

const file = (path: string, name: string) => ({ name, base64: readFileSync(path).toString('base64') });

export async function browserFigures(data: BenchData): Promise<Figure[]> {
	const server = await startServer({ port: 0, dir: process.env.BUILD_DIR ?? 'build' });
	const port = (server.address() as AddressInfo).port;
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
	try {
		const page = await browser.newPage();
		// tsx compiles the functions handed to page.evaluate with esbuild's name helper; give the page one.
		await page.addInitScript('window.__name = (f) => f;');
		await page.goto(`http://127.0.0.1:${port}/`);
		await page.locator('.doctor[data-ready="true"]').waitFor();
		await page.fill('#host', HOST).catch(() => page.getByLabel(/Host the client connects to/).fill(HOST));

		const crl = await measure(page, [file(data.crlDer, 'crl-100k.der'), file(data.chainPem, 'chain.pem')]);
		const bundle = await measure(page, [file(data.bundlePem, 'ca-certificates.crt')]);
		const chain = await measure(page, [], readFileSync(data.chainPem, 'utf8'));
		const longest = Math.max(crl.longestTaskMs, bundle.longestTaskMs, chain.longestTaskMs);
		return [
			{
				id: 'chromium-crl-100k',
				what: 'Chromium: the 100,000-entry CRL and its chain, analysed in the worker',
				ms: crl.workerMs,
				targetMs: 100
			},
			{ id: 'chromium-bundle', what: `Chromium: the ${data.bundleCount}-certificate bundle, analysed in the worker`, ms: bundle.workerMs },
			{
				id: 'chromium-chain-3',
				what: 'Chromium: 3-certificate chain with a host, click to the verdict in the page (warm)',
				ms: chain.renderedMs,
				targetMs: 30,
				note: `${chain.paintedMs.toFixed(0)} ms to the next frame after it; the worker's own time ${chain.workerMs} ms`
			},
			{
				id: 'chromium-longtask',
				what: 'Chromium: longest main-thread task while analysing the CRL, the bundle and the chain',
				ms: longest,
				targetMs: 50,
				note: `CRL ${crl.longestTaskMs.toFixed(0)} ms, bundle ${bundle.longestTaskMs.toFixed(0)} ms, chain ${chain.longestTaskMs.toFixed(0)} ms (0 = no long task at all)`
			}
		];
	} finally {
		await browser.close();
		server.close();
	}
}
