/**
 * The Windows table against winerror.h (tests/fixtures/vocabulary/README.md): every CERT_E_,
 * TRUST_E_, revocation CRYPT_E_ and SEC_E_/SEC_I_ code is in the table with its HRESULT, and each
 * names a diagnosis or says why it has none. Prints the coverage per group.
 */
import { extractLines } from './extracts';
import { describe, expect, it } from 'vitest';
import { hex, WINDOWS_ERRORS } from '../../../../src/lib/core/diagnose/tables/windows-errors';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const tsv = (file: string) =>
	extractLines(file).map((l) => {
		const [value, name] = l.split('\t');
		return { value, name };
	});

const HEADER = tsv('windows-winerror.tsv');
const EXTRA = tsv('windows-dotnet-extra.tsv');
const byName = new Map(WINDOWS_ERRORS.map((r) => [r.name, r]));

const GROUPS: [string, RegExp][] = [
	['CERT_E_*', /^CERT_E_/],
	['TRUST_E_*', /^TRUST_E_/],
	['CRYPT_E_* revocation', /^CRYPT_E_/],
	['SEC_E_*', /^SEC_E_/],
	['SEC_I_*', /^SEC_I_/],
	['CERTSRV_E_* (.NET HasWeakSignature)', /^CERTSRV_E_/]
];

describe('the Windows table against winerror.h', () => {
	it('has every code of the extract with its HRESULT, and nothing else', () => {
		for (const e of [...HEADER, ...EXTRA]) {
			const r = byName.get(e.name);
			expect(r, e.name).toBeDefined();
			expect(hex(r!.hresult), e.name).toBe(e.value);
		}
		expect(WINDOWS_ERRORS.length).toBe(HEADER.length + EXTRA.length);
		for (const [group, re] of GROUPS) {
			const rows = WINDOWS_ERRORS.filter((r) => re.test(r.name));
			const mapped = rows.filter((r) => r.diagnosis).length;
			const unmapped = rows.filter((r) => r.unmapped).length;
			console.log(
				`windows coverage, ${group}: ${mapped + unmapped} of ${rows.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
			);
			expect(mapped + unmapped, group).toBe(rows.length);
		}
		expect(GROUPS.reduce((n, [, re]) => n + WINDOWS_ERRORS.filter((r) => re.test(r.name)).length, 0)).toBe(WINDOWS_ERRORS.length);
	});

	it('gives every row a known diagnosis or a reason, never both, and a citation', () => {
		for (const r of WINDOWS_ERRORS) {
			expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), r.name).toBe(true);
			for (const id of [r.diagnosis, ...(r.also ?? [])].filter(Boolean)) expect(DIAGNOSIS_IDS, r.name).toContain(id);
			expect(r.citation, r.name).toContain(`${r.name} = 0x${hex(r.hresult)}`);
			if (r.text) expect(r.textSeen, r.name).toBeTruthy();
		}
	});
});
