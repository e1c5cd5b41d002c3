/**
 * The long fuzz run: `npm run fuzz -- [--cases 100000] [--seed 1] [--jobs 2] [--text]`.
 * With --text the cases are pasted texts damaged with text mutations (tests/fuzz/text-mutate.ts),
 * for the text readers; without it, real DER damaged with TLV-aware mutations.
 *
 * Each job is a worker thread running a slice of the cases through the real analyze(). The main
 * thread is a watchdog: a case that runs past the hang limit gets its worker terminated and is
 * recorded as a hang, and the slice resumes after it. Prints one JSON summary line at the end
 * (cases, crashes, hangs, cases over 2 s, the slowest case) and writes every failure, with the
 * numbers that replay it, to .fuzz/failures.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const i = args.indexOf(name);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const total = option('--cases', 100_000);
const seed = option('--seed', 1);
const jobs = Math.max(1, option('--jobs', Math.min(2, cpus().length)));
const text = args.includes('--text');
const WORKER = new URL('./worker.ts', import.meta.url).href;
const SLOW_MS = 2_000;
const HANG_MS = 30_000;

interface Done {
	type: 'done';
	index: number;
	seed: string;
	mode: string;
	mutations: string[];
	ms: number;
	crash?: string;
	unserialisable?: string;
}

const failures: (Done | { type: 'hang'; index: number })[] = [];
let completed = 0;
let slowest: Done | undefined;
let over2s = 0;
const started = performance.now();

function runSlice(start: number, end: number): Promise<void> {
	return new Promise((resolve) => {
		// Worker threads do not inherit tsx's loader from the command line: register it first.
		const bootstrap = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(WORKER)}); })`;
		const worker = new Worker(bootstrap, { eval: true, workerData: { seed, start, end, text } });
		let current = start;
		let lastBeat = performance.now();
		const watchdog = setInterval(() => {
			if (performance.now() - lastBeat < HANG_MS) return;
			clearInterval(watchdog);
			failures.push({ type: 'hang', index: current });
			completed++;
			void worker.terminate().then(() => (current + 1 < end ? runSlice(current + 1, end).then(resolve) : resolve()));
		}, 1_000);
		worker.on('message', (m: { type: 'start' | 'done' | 'finished'; index: number }) => {
			lastBeat = performance.now();
			if (m.type === 'start') current = m.index;
			if (m.type === 'done') {
				const d = m as unknown as Done;
				completed++;
				if (!slowest || d.ms > slowest.ms) slowest = d;
				if (d.ms > SLOW_MS) over2s++;
				if (d.crash || d.unserialisable || d.ms > SLOW_MS) failures.push(d);
				if (completed % 5_000 === 0) {
					const rate = completed / ((performance.now() - started) / 1000);
					process.stderr.write(`${completed}/${total} cases, ${failures.length} failures, ${rate.toFixed(0)} cases/s\n`);
				}
			}
			if (m.type === 'finished') {
				clearInterval(watchdog);
				void worker.terminate().then(() => resolve());
			}
		});
		worker.on('error', (e) => {
			clearInterval(watchdog);
			// A worker that cannot even start would otherwise be restarted once per case.
			if (current === start && /Cannot find|Unknown file extension|SyntaxError/.test(e.message)) {
				console.error(`fuzz worker failed to start: ${e.message}`);
				process.exit(2);
			}
			failures.push({ type: 'done', index: current, seed: '?', mode: '?', mutations: [], ms: 0, crash: `worker died: ${e.message}` });
			completed++;
			void (current + 1 < end ? runSlice(current + 1, end).then(resolve) : resolve());
		});
	});
}

const size = Math.ceil(total / jobs);
await Promise.all(Array.from({ length: jobs }, (_, j) => runSlice(j * size, Math.min(total, (j + 1) * size))));

mkdirSync('.fuzz', { recursive: true });
writeFileSync(text ? '.fuzz/text-failures.json' : '.fuzz/failures.json', JSON.stringify(failures, null, 2));
const crashes = failures.filter((f) => f.type === 'done' && (f.crash || f.unserialisable)).length;
const hangs = failures.filter((f) => f.type === 'hang').length;
console.log(
	JSON.stringify({
		cases: completed,
		kind: text ? 'text' : 'der',
		seed,
		crashes,
		hangs,
		over2s,
		slowest: slowest && {
			index: slowest.index,
			ms: Math.round(slowest.ms),
			seed: slowest.seed,
			mode: slowest.mode,
			mutations: slowest.mutations
		},
		seconds: Math.round((performance.now() - started) / 1000)
	})
);
process.exit(crashes || hangs || over2s ? 1 : 0);
