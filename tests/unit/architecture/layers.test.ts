/**
 * The stage order in .dependency-cruiser.cjs holds and bites: it refuses a backward import and a
 * cycle (small trees under tests/fixtures/layering), accepts a forward one, and passes on src.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const BIN = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
	rule: { name: string };
	from: string;
	to: string;
}

function violations(cwd: string): Violation[] {
	let out: string;
	try {
		out = execFileSync(BIN, ['--config', CONFIG, '--output-type', 'json', 'src'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
	} catch (e) {
		// depcruise exits non-zero when it finds violations; its JSON is still on stdout.
		out = (e as { stdout: string }).stdout;
	}
	return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'layering', name);

describe('the layering rules', () => {
	it('refuse x509 importing checks, a later stage', () => {
		const found = violations(fixture('backward'));
		expect(found.map((v) => [v.rule.name, v.from, v.to])).toEqual([
			['stage-order:x509', 'src/lib/core/x509/reader.js', 'src/lib/core/checks/rule.js']
		]);
	});

	it('refuse a cycle, even inside one layer', () => {
		const found = violations(fixture('cycle'));
		expect(found.length).toBeGreaterThan(0);
		expect(new Set(found.map((v) => v.rule.name))).toEqual(new Set(['no-cycles']));
	});

	it('accept checks importing x509, an earlier stage', () => {
		expect(violations(fixture('sound'))).toEqual([]);
	});

	it('hold on the whole source tree', { timeout: 60_000 }, () => {
		expect(violations(ROOT).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
	});
});
