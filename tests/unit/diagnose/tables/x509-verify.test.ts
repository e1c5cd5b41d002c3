/**
 * Table 2 against the lists extracted from OpenSSL's and Node's sources
 * (tests/fixtures/vocabulary/README.md): every entry of each list is in the table, and each row
 * either names a diagnosis or says why it has none. Prints the coverage per stack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_ALTNAME, X509_VERIFY } from '../../../../src/lib/core/diagnose/tables/x509-verify';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary');
const lines = (file: string) =>
	readFileSync(join(DIR, file), 'utf8')
		.split('\n')
		.filter((l) => l.length);
const tsv = (file: string) =>
	lines(file).map((l) => {
		const [code, name, text] = l.split('\t');
		return { code: Number(code), name: name.replace(/^X509_V_(?:ERR_)?/, ''), text: text || undefined };
	});

const OPENSSL_3 = tsv('openssl-x509-verify-3.x.tsv');
const OPENSSL_111 = tsv('openssl-x509-verify-1.1.1.tsv');
const NODE_CODES = lines('node-x509-error-codes.txt');
const NODE_ALTNAME_LINES = lines('node-tls-altname.tsv').map((l) => l.split('\t'));
const byName = new Map(X509_VERIFY.map((r) => [r.name, r]));

function coverage(stack: string, names: string[]) {
	const rows = names.map((n) => byName.get(n));
	const mapped = rows.filter((r) => r?.diagnosis).length;
	const unmapped = rows.filter((r) => r?.unmapped).length;
	console.log(
		`x509-verify coverage, ${stack}: ${mapped + unmapped} of ${names.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
	);
	return mapped + unmapped;
}

describe('x509-verify table against its sources', () => {
	it('has every OpenSSL 3.x result with its number and text', () => {
		for (const e of OPENSSL_3) {
			const r = byName.get(e.name);
			expect(r, e.name).toBeDefined();
			expect(r!.code, e.name).toBe(e.code);
			expect(r!.text, e.name).toBe(e.text);
		}
		expect(X509_VERIFY.length).toBe(OPENSSL_3.length);
		expect(
			coverage(
				'OpenSSL 3.x',
				OPENSSL_3.map((e) => e.name)
			)
		).toBe(OPENSSL_3.length);
	});

	it('has every OpenSSL 1.1.1 result with its 1.1.1 number and text', () => {
		for (const e of OPENSSL_111) {
			const r = byName.get(e.name);
			expect(r, e.name).toBeDefined();
			expect(r!.code11 ?? r!.code, e.name).toBe(e.code);
			expect(r!.text11 ?? r!.text, e.name).toBe(e.text);
		}
		expect(
			coverage(
				'OpenSSL 1.1.1',
				OPENSSL_111.map((e) => e.name)
			)
		).toBe(OPENSSL_111.length);
	});

	it("marks exactly Node's code names", () => {
		expect(
			X509_VERIFY.filter((r) => r.node)
				.map((r) => r.name)
				.sort()
		).toEqual([...NODE_CODES].sort());
		expect(coverage('Node (X509ErrorCode)', NODE_CODES)).toBe(NODE_CODES.length);
	});

	it("has Node's host name check with each reason it gives", () => {
		const message = NODE_ALTNAME_LINES.find((l) => l[1] === 'message')![2];
		expect(NODE_ALTNAME.message + '%s').toBe(message);
		expect(NODE_ALTNAME.reasons.map((r) => r.reason)).toEqual(NODE_ALTNAME_LINES.filter((l) => l[1] === 'reason').map((l) => l[2]));
		console.log(
			`x509-verify coverage, Node ERR_TLS_CERT_ALTNAME_INVALID reasons: ${NODE_ALTNAME.reasons.length} of ${NODE_ALTNAME_LINES.length - 1} mapped`
		);
	});

	it('gives every row a known diagnosis or a reason, never both, and a citation', () => {
		for (const r of X509_VERIFY) {
			expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), r.name).toBe(true);
			if (r.diagnosis) expect(DIAGNOSIS_IDS, r.name).toContain(r.diagnosis);
			expect(r.citation, r.name).toContain(`X509_V_ERR_${r.name} = ${r.code}`);
		}
	});
});
