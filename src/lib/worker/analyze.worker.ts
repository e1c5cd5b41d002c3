/// <reference lib="webworker" />
/**
 * The Web Worker around analyze(): parsing and crypto never block the page. Errors come back as
 * messages; the worker stays usable for the next request. Before each stage that can take long it
 * says where it is, so that the page, which stops a request that runs too long (client.ts), can
 * name what cost too much.
 */

// First, before anything that could read input or reach the network: see analysis-lockdown.ts.
import './analysis-lockdown';
import { analyze, type AnalyzeOptions } from '../core/analyze';
import type { AnalyzeInput } from '../core/model/context';
import { detectEnvironment, settleEnvironment } from '../core/remedies/detect';
import { combinedPemFile, pkcs12ToPemFile, type Artefact } from '../core/remedies/downloads';
import { derShape } from '../core/x509/der-shape';
import type { AnalyzeRequest, AnalyzeResponse, ArtefactRequest, Progress, WorkerMessage, WorkerRequest } from './protocol';
import { shareable } from '../share/sanitize';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const DIMENSIONS = ['os', 'python', 'shell', 'client'] as const;

/** Posts each stage as it starts, naming a file whose key derivation can run long. */
function reporting(request: AnalyzeRequest): AnalyzeOptions {
	return {
		onStage: (stage) => {
			const input = stage.stage === 'input' ? request.inputs[stage.input] : undefined;
			let costly: Progress['costly'];
			try {
				const shape = input?.kind === 'bytes' && input.bytes[0] === 0x30 ? derShape(input.bytes) : undefined;
				costly = shape === 'pkcs12' ? 'pkcs12' : shape === 'encrypted-pkcs8' ? 'encrypted-key' : undefined;
			} catch {
				// Only a hint for a message: the reader itself reports what is wrong with the file.
			}
			scope.postMessage({ id: request.id, progress: { stage, costly } } satisfies WorkerMessage);
		}
	};
}

/**
 * Analyses, then (when asked) guesses the environment the person did not choose and, if the guess
 * changes anything, analyses again so the remedy steps are written for it.
 */
async function runAnalysis(request: AnalyzeRequest): Promise<AnalyzeResponse> {
	const started = performance.now();
	const first = request.detect ? { ...request.context, chosen: [...request.detect.chosen] } : request.context;
	let report = await analyze(request.inputs, first, reporting(request));
	if (!request.detect) return { id: request.id, ok: true, type: 'analyze', report, ms: performance.now() - started };
	const texts = report.items.flatMap((i) => (i.kind === 'error-text' ? [i.text] : []));
	const detected = detectEnvironment(
		report.diagnoses.map((d) => d.facts),
		request.detect.userAgent,
		texts
	);
	// What the person chose stays; the rest is settled from the guess (the shell from the OS in use).
	const chosen = request.detect.chosen;
	const mine = Object.fromEntries(chosen.map((d) => [d, request.context[d]]));
	const settled = settleEnvironment(mine, detected);
	const context = { ...request.context, chosen: [...chosen] };
	let changed = false;
	for (const d of DIMENSIONS) {
		if (chosen.includes(d) || settled.env[d] === context[d]) continue;
		context[d] = settled.env[d];
		changed = true;
	}
	if (changed) report = await analyze(request.inputs, context, reporting(request));
	return {
		id: request.id,
		ok: true,
		type: 'analyze',
		report,
		ms: performance.now() - started,
		detected,
		settled: { env: settled.env, source: settled.source }
	};
}

function textOf(input: AnalyzeInput): string {
	return input.kind === 'text' ? input.text : new TextDecoder('utf-8', { fatal: false }).decode(input.bytes);
}

async function buildArtefact(request: ArtefactRequest): Promise<AnalyzeResponse> {
	// The key is read from the inputs here and goes straight into the file; it is never kept.
	let built: Artefact;
	if (request.artefact === 'combined-pem') {
		built = combinedPemFile(request.inputs.map(textOf).join('\n'), request.certificatePems);
	} else {
		const bytes = request.input.kind === 'bytes' ? request.input.bytes : new TextEncoder().encode(request.input.text);
		built = await pkcs12ToPemFile(bytes, request.password);
	}
	return { id: request.id, ok: true, type: 'artefact', file: { filename: built.filename, text: built.text, mime: built.mime } };
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	let response: AnalyzeResponse;
	try {
		response =
			request.type === 'artefact'
				? await buildArtefact(request)
				: request.type === 'share'
					? { id: request.id, ok: true, type: 'share', shareable: shareable(request.text, request.host) }
					: await runAnalysis(request);
	} catch (e) {
		response = { id: request.id, ok: false, error: (e as Error)?.message ?? String(e) };
	}
	scope.postMessage(response);
};
