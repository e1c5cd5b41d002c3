/**
 * How fast is error text classified? 1,000 texts (the corpus, repeated) through diagnose(), the
 * median of several runs printed. Target: under 100 ms in Node. A benchmark, not a test:
 *
 *   npx tsx scripts/bench/diagnose.ts [RUNS]
 *
 * It times the diagnosis step itself (signatures, facts, ranking) on texts already read in, as
 * analyze() hands them over after ingest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveContext } from '../../src/lib/core/context';
import { diagnose } from '../../src/lib/core/diagnose/diagnose';
import type { IngestedErrorText } from '../../src/lib/core/ingest/evidence';

const DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'errors');
const index: { file: string }[] = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
const corpus = index.map((e) => readFileSync(join(DIR, e.file), 'utf8'));
const texts: IngestedErrorText[][] = Array.from({ length: 1000 }, (_, i) => [
	{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text: corpus[i % corpus.length] } }
]);
const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const runs = Number(process.argv[2] ?? 9);

// One warm-up run so the JIT has compiled the patterns before anything is timed.
for (const t of texts) diagnose(t, context);

// Wall-clock time, and this process's own CPU time: on a shared machine the second is the one
// that does not grow with other people's load.
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < runs; r++) {
	const start = performance.now();
	const startCpu = process.cpuUsage();
	for (const t of texts) diagnose(t, context);
	const used = process.cpuUsage(startCpu);
	wall.push(performance.now() - start);
	cpu.push((used.user + used.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chars = texts.reduce((n, [t]) => n + t.item.text.length, 0);
console.log(
	`diagnose(): ${texts.length} texts (${corpus.length} distinct, ${(chars / 1024 / 1024).toFixed(1)} MB), median of ${runs} runs: ` +
		`${median(wall).toFixed(1)} ms wall (min ${Math.min(...wall).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU; target < 100 ms`
);
console.log(
	JSON.stringify({
		bench: 'diagnose',
		texts: texts.length,
		medianMs: Number(median(wall).toFixed(1)),
		cpuMs: Number(median(cpu).toFixed(1))
	})
);
