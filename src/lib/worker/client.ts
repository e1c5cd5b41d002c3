/**
 * The page's handle on the analysis worker. One worker, created on first use; requests are
 * numbered so a slow, superseded analysis can never overwrite a newer result.
 */

import type { AnalysisContext, AnalyzeInput } from '../core/context';
import type { DetectedEnvironment } from '../core/remedies/detect';
import type { Report } from '../core/report/model';
import type { AnalyzeRequest, AnalyzeResponse, ArtefactRequest, BuiltFile, WorkerRequest } from './protocol';
import workerScript from './analyze.worker.ts?worker&url';

export interface AnalysisResult {
	report: Report;
	ms: number;
	detected?: DetectedEnvironment;
}

type Ok = Extract<AnalyzeResponse, { ok: true }>;
// Distributes over the union: each request type without its id.
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

let bootstrap: string | undefined;

/**
 * The worker starts from a blob: URL that only imports the real worker script. A worker loaded
 * from a blob: URL inherits the page's own Content-Security-Policy, which travels in the page's
 * <meta> tag whatever the host sends; a worker loaded straight from the host gets only the policy
 * the host sends with that script, often none. So the analysis runs under the page's connect-src,
 * script-src (no import() from elsewhere) and its refusal of eval, on any host.
 */
function bootstrapUrl(): string {
	const script = new URL(workerScript, import.meta.url).href;
	return (bootstrap ??= URL.createObjectURL(new Blob([`import ${JSON.stringify(script)};`], { type: 'text/javascript' })));
}

export class AnalysisClient {
	private worker: Worker | undefined;
	private nextId = 1;
	private pending = new Map<number, { resolve: (r: Ok) => void; reject: (e: Error) => void }>();

	private ensureWorker(): Worker {
		if (this.worker) return this.worker;
		const worker = new Worker(bootstrapUrl(), { type: 'module' });
		worker.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
			const waiting = this.pending.get(event.data.id);
			if (!waiting) return;
			this.pending.delete(event.data.id);
			if (event.data.ok) waiting.resolve(event.data);
			else waiting.reject(new Error(event.data.error));
		};
		worker.onerror = (event) => {
			// A crashed worker is replaced on the next request, and everyone waiting is told.
			event.preventDefault();
			this.restart(new Error(event.message || 'The analysis worker stopped unexpectedly.'));
		};
		this.worker = worker;
		return worker;
	}

	private restart(error: Error): void {
		this.worker?.terminate();
		this.worker = undefined;
		for (const { reject } of this.pending.values()) reject(error);
		this.pending.clear();
	}

	private send(request: Unnumbered<WorkerRequest>): Promise<Ok> {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			this.ensureWorker().postMessage({ ...request, id } as WorkerRequest);
		});
	}

	async analyze(inputs: AnalyzeInput[], context: AnalysisContext, detect?: AnalyzeRequest['detect']): Promise<AnalysisResult> {
		const r = await this.send({ type: 'analyze', inputs, context, detect });
		if (r.type !== 'analyze') throw new Error('unexpected answer from the analysis worker');
		return { report: r.report, ms: r.ms, detected: r.detected };
	}

	/** Builds a file from the inputs inside the worker (the combined key + certificate PEM, a PKCS#12 as PEM). */
	async artefact(request: Unnumbered<ArtefactRequest>): Promise<BuiltFile> {
		const r = await this.send(request);
		if (r.type !== 'artefact') throw new Error('unexpected answer from the analysis worker');
		return r.file;
	}

	dispose(): void {
		this.restart(new Error('disposed'));
	}
}
