/**
 * The page's handle on the analysis worker. One worker, created on first use; requests are
 * numbered so a slow, superseded analysis can never overwrite a newer result.
 */

import type { AnalysisContext, AnalyzeInput } from '../core/context';
import type { Report } from '../core/report/model';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

export interface AnalysisResult {
	report: Report;
	ms: number;
}

export class AnalysisClient {
	private worker: Worker | undefined;
	private nextId = 1;
	private pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();

	private ensureWorker(): Worker {
		if (this.worker) return this.worker;
		const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
			const waiting = this.pending.get(event.data.id);
			if (!waiting) return;
			this.pending.delete(event.data.id);
			if (event.data.ok) waiting.resolve({ report: event.data.report, ms: event.data.ms });
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

	analyze(inputs: AnalyzeInput[], context: AnalysisContext): Promise<AnalysisResult> {
		const id = this.nextId++;
		const request: AnalyzeRequest = { id, inputs, context };
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			this.ensureWorker().postMessage(request);
		});
	}

	dispose(): void {
		this.restart(new Error('disposed'));
	}
}
