/// <reference lib="webworker" />
/**
 * The Web Worker around analyze(): parsing and crypto never block the page. Errors come back as
 * messages; the worker stays usable for the next request.
 */

import { analyze } from '../core/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
	const { id, inputs, context } = event.data;
	const started = performance.now();
	let response: AnalyzeResponse;
	try {
		const report = await analyze(inputs, context);
		response = { id, ok: true, report, ms: performance.now() - started };
	} catch (e) {
		response = { id, ok: false, error: (e as Error)?.message ?? String(e) };
	}
	scope.postMessage(response);
};
