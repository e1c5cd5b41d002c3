/**
 * The Java tables against the lists extracted from the JDK's sources
 * (tests/fixtures/vocabulary/README.md): every message of each list is a row, every row comes
 * from the list, every CertPathValidatorException reason is carried by a row or said to be
 * unmapped, and each row names a diagnosis or says why it has none. Prints the coverage per list.
 */
import { extractRows } from './extracts';
import { describe, expect, it } from 'vitest';
import { JAVA_CERTPATH, JAVA_REASONS_UNMAPPED } from '../../../../src/lib/core/diagnose/tables/java-certpath';
import { JAVA_KEYSTORE } from '../../../../src/lib/core/diagnose/tables/java-keystore';
import { formatsOf, type JavaRow } from '../../../../src/lib/core/diagnose/tables/java-row';
import { JAVA_ROWS } from '../../../../src/lib/core/diagnose/tables/java-signatures';
import { JAVA_SSL } from '../../../../src/lib/core/diagnose/tables/java-ssl';
import { JAVA_SIGNATURES } from '../../../../src/lib/core/diagnose/families/java';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const tsv = extractRows;

/** The extract's messages, each with the file that builds it. */
const messages = (file: string) => tsv(file).map(([path, format]) => ({ path, format }));

function coverage(list: string, rows: (JavaRow | undefined)[]) {
	const mapped = rows.filter((r) => r?.diagnosis).length;
	const unmapped = rows.filter((r) => r?.unmapped).length;
	console.log(
		`java coverage, ${list}: ${mapped + unmapped} of ${rows.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
	);
	return mapped + unmapped;
}

const LISTS: [string, string, readonly JavaRow[]][] = [
	['certificate path (sun.security.validator, provider.certpath, util)', 'java-certpath-messages.tsv', JAVA_CERTPATH],
	['handshake and transport (sun.security.ssl)', 'java-ssl-messages.tsv', JAVA_SSL],
	['key and trust stores (keytool, KeyStore, PKIX parameters)', 'java-keystore-messages.tsv', JAVA_KEYSTORE]
];

describe('Java tables against their sources', () => {
	it.each(LISTS)('%s: every message of the extract is a row, every row is in the extract', (list, file, table) => {
		const extract = messages(file);
		const byFormat = new Map(table.flatMap((r) => formatsOf(r).map((f) => [f, r] as const)));
		const missing = extract.filter((e) => !byFormat.has(e.format)).map((e) => e.format);
		expect(missing).toEqual([]);
		// The row's own format is the source's (its older spellings are other releases' words).
		const formats = new Set(extract.map((e) => e.format));
		expect(table.filter((r) => !formats.has(r.format)).map((r) => r.id)).toEqual([]);
		// Each message once, however many files throw it.
		const unique = [...new Set(extract.map((e) => e.format))];
		expect(
			coverage(
				list,
				unique.map((f) => byFormat.get(f))
			)
		).toBe(unique.length);
	});

	it('every BasicReason and PKIXReason is carried by a mapped row or unmapped with a reason', () => {
		const reasons = tsv('java-certpath-reasons.tsv').map(([type, name]) => `${type}.${name}`);
		expect(reasons).toHaveLength(15);
		const carried = new Set(JAVA_CERTPATH.filter((r) => r.diagnosis).flatMap((r) => (r.reason ?? '').split(', ')));
		const rows = reasons.map((reason) => ({ reason, mapped: carried.has(reason), unmapped: JAVA_REASONS_UNMAPPED[reason] }));
		expect(rows.filter((r) => !r.mapped && !r.unmapped).map((r) => r.reason)).toEqual([]);
		expect(Object.keys(JAVA_REASONS_UNMAPPED).filter((r) => !reasons.includes(r))).toEqual([]);
		const mapped = rows.filter((r) => r.mapped).length;
		console.log(
			`java coverage, CertPathValidatorException reasons: ${mapped + Object.keys(JAVA_REASONS_UNMAPPED).length} of ${reasons.length} (${mapped} carried by a mapped row, ${Object.keys(JAVA_REASONS_UNMAPPED).length} unmapped with a reason)`
		);
		// A reason a row carries is one of the two enums.
		const stray = JAVA_CERTPATH.flatMap((r) => (r.reason ? r.reason.split(', ') : [])).filter((r) => !reasons.includes(r));
		expect(stray).toEqual([]);
	});

	it('each row names a known diagnosis or a reason, never both, and cites its source', () => {
		const ids = new Set(JAVA_ROWS.map((r) => r.id));
		expect(ids.size).toBe(JAVA_ROWS.length);
		for (const r of JAVA_ROWS) {
			expect(!!r.diagnosis !== !!r.unmapped, r.id).toBe(true);
			if (r.diagnosis) expect(DIAGNOSIS_IDS, r.id).toContain(r.diagnosis);
			for (const a of r.alternatives ?? []) expect(DIAGNOSIS_IDS, r.id).toContain(a);
			expect(r.citation, r.id).toMatch(/^openjdk\/jdk src\/java\.base\/share\/classes\/.+\.java: "/);
		}
	});

	it('a row that leaves its reading to a hand-written signature names one that exists', () => {
		const own = new Set(JAVA_SIGNATURES.map((s) => s.id));
		const named = [...new Set(JAVA_ROWS.flatMap((r) => (r.signature ? [r.signature] : [])))];
		expect(named.filter((s) => !own.has(s))).toEqual([]);
		// And no hand-written signature is left that no row names, apart from the driver's wrapper.
		expect([...own].filter((s) => !named.includes(s)).sort()).toEqual(['java.timeout-no-exception']);
	});
});
