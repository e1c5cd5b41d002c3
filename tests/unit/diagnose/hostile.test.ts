/**
 * Hostile and huge input: a 10,000-line traceback, a 256 KB paste, and long adversarial lines
 * built from every signature's own example (a prefix of a real match repeated, the classic
 * trigger of catastrophic backtracking). Nothing may hang; the bounds are loose so a loaded
 * machine does not fail them, and a quadratic pattern still does.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/lib/core/diagnose/diagnose';
import { extractFacts } from '../../../src/lib/core/diagnose/facts';
import { SIGNATURES } from '../../../src/lib/core/diagnose/signatures';
import { compiledSignature } from '../../../src/lib/core/diagnose/compile';
import { resolveContext } from '../../../src/lib/core/context';
import { looksLikeErrorText } from '../../../src/lib/core/ingest/looks-like-error';
import { analyzeText } from '../../helpers/analyze';
import { captured } from './corpus';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const asItem = (text: string) => [{ item: { id: 'item-1', kind: 'error-text' as const, label: '', source: {}, text } }];

function timed<T>(f: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = f();
	return { value, ms: performance.now() - start };
}

describe('huge input', () => {
	it('a 10,000-line traceback still finds the error at its end, fast', async () => {
		const frames = Array.from(
			{ length: 5000 },
			(_, i) =>
				`  File "/srv/app/.venv/lib/python3.11/site-packages/app/layer${i}.py", line ${i + 1}, in call_${i}\n    return next_layer(request)`
		).join('\n');
		const text = `Traceback (most recent call last):\n${frames}\n${captured('pymongo', 'untrusted-ca').split('\n').at(-2)}`;
		expect(text.split('\n').length).toBeGreaterThan(10000);
		const { value, ms } = timed(() => diagnose(asItem(text), context));
		expect(value[0].id).toBe('untrusted-ca');
		expect(ms).toBeLessThan(2000);
		const report = await analyzeText(text);
		expect(report.diagnoses[0].id).toBe('untrusted-ca');
	});

	it('a 256 KB log with the cause in the middle', () => {
		const noise = Array.from(
			{ length: 2000 },
			(_, i) => `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z INFO request ${i} served in ${i % 97} ms`
		).join('\n');
		const text = `${noise}\n${captured('node', 'expired')}\n${noise}`.slice(0, 256 * 1024);
		expect(text.length).toBeGreaterThan(200 * 1024);
		const { value, ms } = timed(() => diagnose(asItem(text), context));
		expect(value[0].id).toBe('cert-expired');
		expect(ms).toBeLessThan(2000);
	});
});

describe('adversarial lines', () => {
	const LENGTH = 40_000;
	const repeatTo = (unit: string, length = LENGTH) => unit.repeat(Math.ceil(length / Math.max(unit.length, 1))).slice(0, length);
	// A prefix of a real match, repeated: each copy starts a match that never completes.
	const partials = SIGNATURES.flatMap((signature) =>
		signature.examples.flatMap((example) =>
			[0.25, 0.5, 0.75, 0.95].map((f) => ({ signature, unit: example.text.slice(0, Math.max(1, Math.floor(example.text.length * f))) }))
		)
	);

	it('no signature pattern backtracks on a 100 KB line of its own partial match', () => {
		const slow: string[] = [];
		for (const { signature, unit } of partials) {
			const line = repeatTo(unit, 100_000);
			const { first, all } = compiledSignature(signature);
			const { ms } = timed(() => {
				first.exec(line);
				let n = 0;
				for (const _ of line.matchAll(all)) if (++n >= 20) break;
			});
			if (ms > 300) slow.push(`${signature.id} on ${JSON.stringify(unit.slice(0, 40))}: ${Math.round(ms)} ms`);
		}
		expect(slow).toEqual([]);
	});

	it('the fact readers and the ingest check do not either', () => {
		const slow: string[] = [];
		for (const { signature, unit } of partials) {
			const line = repeatTo(unit);
			const { ms } = timed(() => {
				extractFacts(line);
				looksLikeErrorText(line);
			});
			if (ms > 400) slow.push(`${signature.id} on ${JSON.stringify(unit.slice(0, 40))}: ${Math.round(ms)} ms`);
		}
		expect(slow).toEqual([]);
	});

	it.each([
		['dots', 'a.'],
		['colons', 'a:1:'],
		['quotes', `'a', `],
		['brackets', '[{('],
		['equals in a subject', 'Could not find user "CN=a='],
		['host lists', 'mongodb://a:1,'],
		['spaces', ' '],
		['digits', '1234567890'],
		['a PyMongo tuple', "('a', 1) "],
		['a Node topology', "'a:1' => ServerDescription {\n  address: 'a:1',\n  type: 'Unknown'\n"]
	])('a long line of %s', (_name, unit) => {
		const line = repeatTo(unit);
		const { ms } = timed(() => {
			extractFacts(line);
			diagnose(asItem(line), context);
		});
		expect(ms).toBeLessThan(500);
	});
});
