/** A fuzz worker: runs cases [start, end) and reports each one before and after it runs. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeCase, makeTextCase } from '../../tests/fuzz/cases';
import { runCase } from '../../tests/fuzz/run-case';
import { loadSeeds } from '../../tests/fuzz/seeds';
import { loadTextSeeds } from '../../tests/fuzz/text-seeds';

const { seed, start, end, text } = workerData as { seed: number; start: number; end: number; text: boolean };
const seeds = loadSeeds();
const textSeeds = loadTextSeeds();
for (let index = start; index < end; index++) {
	const c = text ? makeTextCase(seed, index, textSeeds) : makeCase(seed, index, seeds);
	parentPort!.postMessage({ type: 'start', index });
	const outcome = await runCase(c);
	parentPort!.postMessage({ type: 'done', index, seed: c.seed, mode: c.mode, mutations: c.mutations, ...outcome });
}
parentPort!.postMessage({ type: 'finished' });
