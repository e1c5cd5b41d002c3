/**
 * The Node table against the lists taken from Node's source and from the running Node
 * (tests/fixtures/vocabulary/README.md): every entry is a row with the same words, and each row
 * names a diagnosis or says why it has none. Prints the coverage per list.
 */
import { extractRows } from './extracts';
import { describe, expect, it } from 'vitest';
import { NODE_ERRORS, type NodeList } from '../../../../src/lib/core/diagnose/tables/node';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const tsv = extractRows;

/** crypto_context.cc's printf-style %s as the table writes a value: <1>, <2>, … */
const numbered = (format: string) => {
	let n = 0;
	return format.replace(/%s/g, () => `<${++n}>`);
};

const LISTS: { list: NodeList; file: string; stack: string; message: (entry: string[]) => string | undefined }[] = [
	{ list: 'ERR_TLS', file: 'node-tls-codes.tsv', stack: 'Node ERR_TLS_* codes', message: (e) => e[1] },
	{ list: 'tls_wrap', file: 'node-tls-wrap.tsv', stack: 'Node _tls_wrap.js socket errors', message: (e) => e[1] },
	{
		list: 'crypto_context',
		file: 'node-crypto-context-messages.tsv',
		stack: 'Node crypto_context.cc messages',
		message: (e) => numbered(e[1])
	},
	{ list: 'fs', file: 'node-fs-errors.tsv', stack: 'Node fs errors of open(2)/read(2)', message: (e) => e[1] || undefined }
];

describe('node table against its sources', () => {
	for (const { list, file, stack, message } of LISTS) {
		it(`has exactly the entries of ${file}, in their words`, () => {
			const fromSource = tsv(file).map((e) => `${e[0]}\t${message(e) ?? ''}`);
			const rows = NODE_ERRORS.filter((r) => r.list === list);
			expect(rows.map((r) => `${r.name}\t${r.message ?? ''}`).sort()).toEqual([...fromSource].sort());
			const mapped = rows.filter((r) => r.diagnosis).length;
			const unmapped = rows.filter((r) => r.unmapped).length;
			console.log(
				`node coverage, ${stack}: ${mapped + unmapped} of ${fromSource.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
			);
			expect(mapped + unmapped).toBe(fromSource.length);
		});
	}

	it("has exactly the driver's network errors of each version in node-driver-network-errors.tsv", () => {
		const fromSource = tsv('node-driver-network-errors.tsv').map((e) => e.join('\t'));
		const rows = NODE_ERRORS.filter((r) => r.list === 'driver');
		expect(rows.flatMap((r) => (r.versions ?? []).map((v) => `v${v}\t${r.name}\t${r.message}`)).sort()).toEqual([...fromSource].sort());
		const mapped = rows.filter((r) => r.diagnosis).length;
		const unmapped = rows.filter((r) => r.unmapped).length;
		console.log(
			`node coverage, MongoDB Node driver network errors (4.17.2, 7.9.0): ${mapped + unmapped} of ${rows.length} distinct messages, ${fromSource.length} with versions (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
		);
		expect(mapped + unmapped).toBe(rows.length);
	});

	it('gives every row a known diagnosis or a reason, never both, and a citation', () => {
		for (const r of NODE_ERRORS) {
			expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), `${r.name} ${r.message}`).toBe(true);
			if (r.diagnosis) expect(DIAGNOSIS_IDS).toContain(r.diagnosis);
			if (r.diagnosis) expect(r.message, r.name).toBeTruthy();
			expect(r.citation).toContain(r.name);
		}
	});
});
