/**
 * The page's handle on the analysis worker, and its watchdog. One analysis runs at a time: a newer
 * one supersedes it (the worker is stopped mid-computation and a fresh one started, since a worker
 * busy in a long loop cannot be interrupted any other way), and one that runs past TIME_LIMIT_MS is
 * stopped with a message naming what it was doing. Files built for a download each get a worker of
 * their own, so a new paste never cancels a download the person asked for.
 */

import type { AnalysisContext, AnalyzeInput } from '../core/model/context';
import type { DetectedEnvironment } from '../core/remedies/detect';
import type { SettledEnvironment } from '../core/model/environment';
import type { Report } from '../core/model/report';
import type {
	AnalyzeRequest,
	AnalyzeResponse,
	ArtefactRequest,
	BuiltFile,
	Progress,
	Shareable,
	WorkerMessage,
	WorkerRequest
} from './protocol';
import workerScript from './analyze.worker.ts?worker&url';

/**
 * How long one analysis, or one file built for a download, may run. The largest real inputs (a
 * 100,000-entry CRL, a 150-certificate CA bundle) take well under a second, and the core refuses
 * a PKCS#12 file's key derivations beyond about 9 s of hashing; 20 s leaves room for a slow,
 * busy laptop, yet stops before a person decides the page has hung.
 */
export const TIME_LIMIT_MS = 20_000;

export interface AnalysisResult {
	report: Report;
	ms: number;
	detected?: DetectedEnvironment;
	/** The environment the steps were written for, each value chosen or derived. */
	settled?: SettledEnvironment;
}

/** The analysis a newer one replaced: nobody is waiting for its answer any more. */
export class Superseded extends Error {
	name = 'Superseded';
}

/** A request stopped at the time limit; the message says where it was and what to do. */
export class TimedOut extends Error {
	name = 'TimedOut';
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
function startWorker(): Worker {
	const script = new URL(workerScript, import.meta.url).href;
	bootstrap ??= URL.createObjectURL(new Blob([`import ${JSON.stringify(script)};`], { type: 'text/javascript' }));
	return new Worker(bootstrap, { type: 'module' });
}

const nameOf = (inputs: AnalyzeInput[], i: number) => inputs[i]?.name ?? (inputs[i]?.kind === 'text' ? 'the pasted text' : `file ${i + 1}`);

/** Where a request was when it was stopped, in words ("reading server.p12 (PKCS#12 key derivation)"). */
export function describeStage(progress: Progress | undefined, inputs: AnalyzeInput[]): string {
	const stage = progress?.stage;
	if (!stage) return 'starting';
	if (stage.stage !== 'input')
		return {
			chains: 'building and checking the certificate chains',
			checks: 'checking the certificates and connection strings',
			diagnosis: 'matching the error text',
			report: 'writing the report'
		}[stage.stage];
	const costly = { pkcs12: ' (PKCS#12 key derivation)', 'encrypted-key': ' (decrypting the private key)', none: '' }[
		progress.costly ?? 'none'
	];
	return `reading ${nameOf(inputs, stage.input)}${costly}`;
}

/** The message for an analysis stopped at the time limit: what it was doing, that nothing left, what to do. */
export function timeoutMessage(progress: Progress | undefined, inputs: AnalyzeInput[], limitMs = TIME_LIMIT_MS): string {
	const stage = progress?.stage;
	const advice =
		stage?.stage === 'input'
			? progress?.costly
				? 'Its password protection asks for far more rounds of hashing than usual: remove that file, or export it again with a usual iteration count (OpenSSL’s default is 2,048), and the rest is analysed.'
				: inputs[stage.input]?.kind === 'text'
					? 'Paste only the part that matters (the error message, the certificates in use), and analyse again.'
					: 'Remove that file, and the rest is analysed.'
			: stage?.stage === 'chains'
				? 'Paste only the certificates the server sends and its CA rather than a whole bundle, and analyse again.'
				: 'Remove the largest file or shorten the paste, and analyse again.';
	return `The analysis stopped after ${limitMs / 1000} s while ${describeStage(progress, inputs)}. Nothing was sent anywhere. ${advice}`;
}

interface Job {
	/** Ends the request now with this error (the worker is stopped). */
	cancel(error: Error): void;
}

export class AnalysisClient {
	/** The analysis worker, kept between analyses so the next one starts warm. */
	private worker: Worker | undefined;
	private current: Job | undefined;
	private nextId = 1;

	constructor(
		private readonly limitMs = TIME_LIMIT_MS,
		private readonly spawn: () => Worker = startWorker
	) {}

	/**
	 * Sends one request and settles with its answer, a stop at the time limit, a crash, or a
	 * cancel; `end` learns whether the worker must be stopped (it is busy with this request still).
	 */
	private exec(
		worker: Worker,
		request: Unnumbered<WorkerRequest>,
		onTimeout: (last: Progress | undefined) => string,
		onProgress: ((last: Progress) => void) | undefined,
		end: (stop: boolean) => void
	): { job: Job; done: Promise<Ok> } {
		const id = this.nextId++;
		let last: Progress | undefined;
		let job: Job | undefined;
		let settled = false;
		const done = new Promise<Ok>((resolve, reject) => {
			const finish = (stop: boolean, settle: () => void) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				end(stop);
				settle();
			};
			const onMessage = (event: MessageEvent<WorkerMessage>) => {
				const data = event.data;
				if (data.id !== id) return;
				if ('progress' in data) {
					last = data.progress;
					onProgress?.(last);
				} else if (data.ok) finish(false, () => resolve(data));
				else finish(false, () => reject(new Error(data.error)));
			};
			const onError = (event: ErrorEvent) => {
				event.preventDefault();
				finish(true, () => reject(new Error(event.message || 'The analysis worker stopped unexpectedly.')));
			};
			const timer = setTimeout(() => finish(true, () => reject(new TimedOut(onTimeout(last)))), this.limitMs);
			job = { cancel: (error) => finish(true, () => reject(error)) };
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			try {
				worker.postMessage({ ...request, id } as WorkerRequest);
			} catch (e) {
				finish(false, () => reject(e));
			}
		});
		return { job: job!, done };
	}

	/**
	 * Analyses in the worker. A call made while another runs supersedes it: the earlier promise
	 * rejects with Superseded. `onProgress` hears each stage as the worker starts it.
	 */
	async analyze(
		inputs: AnalyzeInput[],
		context: AnalysisContext,
		detect?: AnalyzeRequest['detect'],
		onProgress?: (stage: string) => void
	): Promise<AnalysisResult> {
		this.current?.cancel(new Superseded('A newer analysis replaced this one.'));
		const worker = (this.worker ??= this.spawn());
		const { job, done } = this.exec(
			worker,
			{ type: 'analyze', inputs, context, detect },
			(last) => timeoutMessage(last, inputs, this.limitMs),
			onProgress && ((last) => onProgress(describeStage(last, inputs))),
			(stop) => {
				if (this.current === job) this.current = undefined;
				if (stop && this.worker === worker) {
					worker.terminate();
					this.worker = undefined;
				}
			}
		);
		this.current = job;
		const r = await done;
		if (r.type !== 'analyze') throw new Error('unexpected answer from the analysis worker');
		return { report: r.report, ms: r.ms, detected: r.detected, settled: r.settled };
	}

	/**
	 * Builds a file from the inputs (the combined key + certificate PEM, a PKCS#12 as PEM) in a
	 * worker of its own, stopped once the file is built: an analysis superseded meanwhile leaves it
	 * alone, and the key it read is gone with the worker.
	 */
	async artefact(request: Unnumbered<ArtefactRequest>): Promise<BuiltFile> {
		const worker = this.spawn();
		const what =
			request.artefact === 'pkcs12-pem'
				? `converting ${request.input.name ?? 'the PKCS#12 file'} (PKCS#12 key derivation)`
				: 'building the file';
		const { done } = this.exec(
			worker,
			request,
			() => `Building the file stopped after ${this.limitMs / 1000} s while ${what}. Nothing was sent anywhere.`,
			undefined,
			() => worker.terminate()
		);
		const r = await done;
		if (r.type !== 'artefact') throw new Error('unexpected answer from the analysis worker');
		return r.file;
	}

	/**
	 * The text and host for a share link with every secret taken out, in a worker of its own (the
	 * analysis worker may be busy, and a link must not wait for it).
	 */
	async share(text: string, host: string): Promise<Shareable> {
		const worker = this.spawn();
		const { done } = this.exec(
			worker,
			{ type: 'share', text, host },
			() => `Making the link stopped after ${this.limitMs / 1000} s. Nothing was sent anywhere. Shorten the paste and try again.`,
			undefined,
			() => worker.terminate()
		);
		const r = await done;
		if (r.type !== 'share') throw new Error('unexpected answer from the analysis worker');
		return r.shareable;
	}

	dispose(): void {
		this.current?.cancel(new Superseded('The page closed.'));
		this.worker?.terminate();
		this.worker = undefined;
	}
}
