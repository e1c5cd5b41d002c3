/**
 * A short, seeded slice of the text fuzzer (npm run fuzz -- --text runs 100,000 cases): real
 * pasted texts — transcripts, listings, dumps, PEM, errors, connection strings — damaged with text
 * mutations (CRLF, repeated lines and header lines, truncation, long runs, no line breaks, trigger
 * lines dropped anywhere), each through the real analyze(). None may throw, give a report that
 * does not survive the worker boundary, or take longer than the fuzzer's 2 s.
 */
import { describe, expect, it } from 'vitest';
import { makeTextCase } from '../../fuzz/cases';
import { runCase } from '../../fuzz/run-case';
import { loadTextSeeds } from '../../fuzz/text-seeds';

const SLICE = 1200;
const SEED = 20261201;

describe('the text fuzzer, seeded slice', () => {
	it(`runs ${SLICE} mutated real texts without an exception, an unserialisable report or a hang`, async () => {
		const seeds = loadTextSeeds();
		expect(seeds.length).toBeGreaterThan(250);
		const failures: string[] = [];
		let slowest = { ms: 0, index: -1 };
		for (let i = 0; i < SLICE; i++) {
			const c = makeTextCase(SEED, i, seeds);
			const outcome = await runCase(c);
			if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, index: i };
			if (outcome.crash || outcome.unserialisable || outcome.ms > 2000) {
				failures.push(
					`case ${i} (${c.seed}, ${c.mutations.join('+')}): ${outcome.crash ?? outcome.unserialisable ?? `${Math.round(outcome.ms)} ms`}`
				);
			}
		}
		if (process.env.HOSTILE_MEASURE) console.log(`text slice: slowest case ${slowest.index}, ${Math.round(slowest.ms)} ms`);
		expect(failures, `replay with: npx tsx scripts/fuzz/replay.ts --text --seed ${SEED} --case N`).toEqual([]);
	}, 300_000);
});
