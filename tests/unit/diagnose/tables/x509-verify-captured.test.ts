/**
 * The verify results that real clients printed here (tests/fixtures/errors/captured) read back
 * as the table's rows, with the number and the wording the table has from OpenSSL's source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVerifyResult } from '../../../../src/lib/core/diagnose/verify-codes';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'errors', 'captured');
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

// The renderings that print a result, each with the printed number (if any) and text.
const RENDERINGS = [
	/verify error:num=(\d+):([^\n]+)/g,
	/Verify return code: ([1-9]\d*) \(([^)\n]+)\)/g,
	/certificate verify failed \((\d+)\): (.+?) calling /g,
	/certificate verify failed: (?<python>[^(\n]+?) \(_ssl\.c:\d+\)/g
];

const seen: { file: string; line: string; code?: number; text: string }[] = [];
for (const file of files(DIR)) {
	const text = readFileSync(file, 'utf8');
	for (const re of RENDERINGS)
		for (const m of text.matchAll(re))
			seen.push({
				file: relative(DIR, file),
				line: m[0],
				...(m.groups?.python ? { text: m.groups.python } : { code: Number(m[1]), text: m[2] })
			});
}

describe('captured verify results', () => {
	it('finds some', () => {
		expect(seen.length).toBeGreaterThan(10);
	});
	const rows = new Set<string>();
	for (const s of seen) {
		it(`${s.file}: ${s.line}`, () => {
			const read = readVerifyResult(s.line);
			expect(read?.row, s.line).toBeDefined();
			rows.add(read!.row!.name);
			if (s.code !== undefined) expect([read!.row!.code, read!.row!.code11]).toContain(s.code);
			const spellings = [read!.row!.text, read!.row!.text11].filter((t): t is string => !!t);
			if (s.code !== undefined) expect(spellings).toContain(s.text.trim());
			// Python words 62 and 64 itself: "Hostname mismatch, certificate is not valid for 'h'." (Modules/_ssl.c).
			else expect(spellings.some((t) => s.text.toLowerCase().startsWith(t.toLowerCase()))).toBe(true);
		});
	}
	it('prints which rows real output covers', () => {
		console.log(`x509-verify captured: ${seen.length} printed results, ${rows.size} rows (${[...rows].sort().join(', ')})`);
		expect(rows.size).toBeGreaterThan(0);
	});
});
