/**
 * The macOS table against Apple's Security headers (tests/fixtures/vocabulary/README.md): every
 * errSSL* status, every errSec* trust result of the extract and every CSSMERR_TP_* is in the table
 * with its number (and the header's comment), and each names a diagnosis or says why it has none.
 * Prints the coverage per list.
 */
import { extractLines } from './extracts';
import { describe, expect, it } from 'vitest';
import { MACOS_ERRORS } from '../../../../src/lib/core/diagnose/tables/macos-errors';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const tsv = (file: string) =>
	extractLines(file).map((l) => {
		const [status, name, text] = l.split('\t');
		return { status: Number(status), name, text: text || undefined };
	});

const LISTS: [string, string][] = [
	['Secure Transport errSSL* (SecBase.h)', 'macos-errssl.tsv'],
	['trust results errSec* (SecBase.h)', 'macos-errsec-trust.tsv'],
	['CSSM trust policy CSSMERR_TP_* (cssmerr.h)', 'macos-cssmerr-tp.tsv']
];
const byName = new Map(MACOS_ERRORS.map((r) => [r.name, r]));

describe('the macOS table against Apple Security', () => {
	for (const [list, file] of LISTS) {
		it(`has every entry of ${list} with its number and comment`, () => {
			const extract = tsv(file);
			for (const e of extract) {
				const r = byName.get(e.name);
				expect(r, e.name).toBeDefined();
				expect(r!.status, e.name).toBe(e.status);
				expect(r!.text, e.name).toBe(e.text);
			}
			const rows = extract.map((e) => byName.get(e.name)!);
			const mapped = rows.filter((r) => r.diagnosis).length;
			const unmapped = rows.filter((r) => r.unmapped).length;
			console.log(
				`macos coverage, ${list}: ${mapped + unmapped} of ${extract.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
			);
			expect(mapped + unmapped).toBe(extract.length);
		});
	}

	it('has nothing the extracts do not', () => {
		expect(MACOS_ERRORS.length).toBe(LISTS.reduce((n, [, f]) => n + tsv(f).length, 0));
	});

	it('gives every row a known diagnosis or a reason, never both, and a citation', () => {
		for (const r of MACOS_ERRORS) {
			expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), r.name).toBe(true);
			for (const id of [r.diagnosis, ...(r.also ?? [])].filter(Boolean)) expect(DIAGNOSIS_IDS, r.name).toContain(id);
			expect(r.citation, r.name).toContain(`${r.name} = ${r.status}`);
		}
	});
});
