/**
 * The OpenSSL reasons real clients printed here (tests/fixtures/errors/captured: Node, mongosh,
 * libmongoc, PyMongo, s_client, CPython) against the table: each packed 3.x code is the row's
 * lib << 23 | reason with the row's library name and text, each Python bracket and Node code names
 * a row, and the alert reasons are tls-alerts.ts rows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { OPENSSL_REASONS, REASON_LIBS, nodeCode, packed3, pythonBracket } from '../../../../src/lib/core/diagnose/tables/openssl-reasons';
import { TLS_ALERTS } from '../../../../src/lib/core/diagnose/tables/tls-alerts';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'errors', 'captured');
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

const EXTRACT = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary', 'openssl-reasons-3.0.tsv'), 'utf8')
	.split('\n')
	.filter((l) => l.length)
	.map((l) => {
		const [lib, name, code, packed, libText, text] = l.split('\t');
		return { lib, name, code: Number(code), packed: parseInt(packed, 16), libText, text };
	});
const LIB_NUMBER = new Map(Object.values(REASON_LIBS).map((l) => [l.text, l.lib]));

const ALERT_NAMES = TLS_ALERTS.flatMap((a) => a.openssl);
const isAlert = (text: string) => ALERT_NAMES.some((n) => n.toLowerCase().replaceAll('_', ' ') === text);

type Lib = keyof typeof REASON_LIBS;
const libs = (r: (typeof OPENSSL_REASONS)[number]): readonly Lib[] => (r.lib === 'ERR' ? r.under! : [r.lib]);

const packed: { file: string; code: number; lib: string; text: string }[] = [];
const brackets: { file: string; token: string }[] = [];
for (const file of files(DIR)) {
	const text = readFileSync(file, 'utf8');
	const at = relative(DIR, file);
	// OpenSSL 3 ERR_error_string: error:XXXXXXXX:<library> routines:<function>:<reason>, then ":" and the location or the line end.
	for (const m of text.matchAll(
		/error:([0-9A-F]{8}):([A-Za-z0-9 ]+ routines|system library):[A-Za-z0-9_]*:([^:\n]+?)(?=[:'"]| calling |\n|$)/gm
	))
		if (parseInt(m[1], 16) >>> 23 !== 0 || m[2] === 'system library')
			packed.push({ file: at, code: parseInt(m[1], 16), lib: m[2], text: m[3] });
	for (const m of text.matchAll(
		/\[(?:SSL|PEM|X509|PKCS12|EVP|ASN1|PROV|OSSL_DECODER)(?:: [A-Z0-9_]+\]|\] [A-Za-z0-9 ]+?(?= \(_ssl))|\bERR_(?:SSL|OSSL)_[A-Z0-9_]+/g
	))
		brackets.push({ file: at, token: m[0] });
}

describe('captured OpenSSL reasons', () => {
	it('finds some', () => {
		expect(packed.length).toBeGreaterThan(20);
		expect(brackets.length).toBeGreaterThan(10);
	});
	const rows = new Set<string>();
	for (const p of packed) {
		it(`${p.file}: error:${p.code.toString(16).toUpperCase().padStart(8, '0')}:${p.lib}::${p.text}`, () => {
			if (isAlert(p.text)) return expect(p.code & 0xfff).toBeGreaterThanOrEqual(1000);
			// A system error: ERR_SYSTEM_FLAG and the errno; the table reads the ones a file open gives.
			if (p.lib === 'system library') {
				expect(p.code >>> 31).toBe(1);
				const sys = OPENSSL_REASONS.find((r) => r.lib === 'SYS' && r.text === p.text);
				if (sys) expect(packed3(sys)).toBe(p.code);
				return;
			}
			// The library's own reason (the extract's packed code), or a common one (its reason under this library).
			const own = EXTRACT.find((e) => e.libText === p.lib && e.text === p.text && e.lib !== 'ERR');
			const common = EXTRACT.find((e) => e.lib === 'ERR' && e.text === p.text);
			expect(own ?? common, `${p.lib}: ${p.text} is in the extract`).toBeDefined();
			if (own) expect(own.packed).toBe(p.code);
			else expect([p.code >>> 23, p.code & 0x7fffff]).toEqual([LIB_NUMBER.get(p.lib), common!.packed & 0x7fffff]);
			const entry = own ?? common!;
			const row = OPENSSL_REASONS.find((r) => r.lib === entry.lib && r.name === entry.name);
			if (row) rows.add(`${row.lib} ${row.name}`);
			// Unmapped ones are accounted for by the completeness test (openssl-reasons.test.ts).
		});
	}
	for (const b of brackets) {
		it(`${b.file}: ${b.token}`, () => {
			const alert = ALERT_NAMES.some((n) => b.token === `[SSL: ${n}]` || b.token === `ERR_SSL_${n}`);
			const row = OPENSSL_REASONS.find((r) =>
				libs(r).some((l) => l !== 'SYS' && [pythonBracket(r, l), `[${l}] ${r.text}`, nodeCode(r, l)].includes(b.token))
			);
			// CERTIFICATE_VERIFY_FAILED is read by x509-verify.ts and the verify wrapper, not this table.
			const verify = /CERTIFICATE_VERIFY_FAILED/.test(b.token);
			expect(alert || verify || row !== undefined, b.token).toBe(true);
			if (row) rows.add(`${row.lib} ${row.name}`);
		});
	}
	it('prints which rows real output covers', () => {
		console.log(
			`openssl-reasons captured: ${packed.length} packed codes, ${brackets.length} brackets and codes, ${rows.size} rows (${[...rows].sort().join(', ')})`
		);
		expect(rows.size).toBeGreaterThan(5);
	});
});

// CAPTURED by tests/fixtures/make-openssl-cli-captures.sh (openssl 3.0.19 here), each with every top an honest reader may give.
const CLI: Record<string, string[]> = {
	'pkcs12-wrong-password': ['key-encrypted'],
	'pkey-wrong-password': ['key-encrypted'],
	'x509-not-pem': ['pem-file-invalid'],
	'x509-missing-file': ['pem-file-invalid'],
	// A key file read as a DER certificate: the file is not what the command was told it is.
	'x509-der-of-a-key': ['pem-file-invalid'],
	's_client-plain-port': ['tls-to-plain-server']
};

describe('openssl commands on unreadable files, captured', () => {
	const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
	for (const [name, ok] of Object.entries(CLI)) {
		it(`captured/openssl-cli/${name}.txt → ${ok.join(' | ')}`, () => {
			const text = readFileSync(join(DIR, 'openssl-cli', `${name}.txt`), 'utf8');
			const ids = diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);
			expect(ok, ids.join(', ')).toContain(ids[0]);
		});
	}
});
