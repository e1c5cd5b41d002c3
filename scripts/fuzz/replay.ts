/**
 * Replays one fuzz case and prints the full stack of what it threw:
 *   npx tsx scripts/fuzz/replay.ts --seed 7 --case 882 [--text] [--write case.bin]
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../../src/lib/core/analyze';
import { makeCase, makeTextCase } from '../../tests/fuzz/cases';
import { loadSeeds } from '../../tests/fuzz/seeds';
import { loadTextSeeds } from '../../tests/fuzz/text-seeds';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(option('--seed') ?? 1);
const index = Number(option('--case') ?? 0);
const c = args.includes('--text') ? makeTextCase(seed, index, loadTextSeeds()) : makeCase(seed, index, loadSeeds());
console.log(JSON.stringify({ index: c.index, seed: c.seed, mode: c.mode, mutations: c.mutations, context: c.context }));
const out = option('--write');
if (out) {
	const first = c.inputs[0];
	writeFileSync(out, first.kind === 'bytes' ? first.bytes : first.text);
}
const started = performance.now();
try {
	const report = await analyze(c.inputs, c.context);
	console.log(
		`no exception, ${(performance.now() - started).toFixed(0)} ms; items:`,
		report.items.map((i) => `${i.kind}: ${i.label}`)
	);
} catch (e) {
	console.log((e as Error).stack);
	process.exitCode = 1;
}
