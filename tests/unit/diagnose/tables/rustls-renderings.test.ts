/**
 * Every mapped row of the rustls table, in every rustls version that has it, is diagnosed as the
 * row says when the Rust driver prints it. No Rust client could be run here (no crates offline),
 * so every text is BUILT from the sources' format strings: the driver's "Kind: {kind}, labels:
 * {labels:?}" (2.x) and "…, source: {source:?}, server response: {server_response:?}" (3.x), its
 * ErrorKind texts ("I/O error: {0}", "An error occurred during DNS resolution: {message}"), and
 * rustls' Display (tables/rustls.ts). Values in them (times, names, paths) are examples.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { RUSTLS_ERRORS, type RustlsRow, type RustlsVersion } from '../../../../src/lib/core/diagnose/tables/rustls';
import { literalOf, printedAs, RUSTLS_SIGNATURES } from '../../../../src/lib/core/diagnose/tables/rustls-signatures';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const ids = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

/** What follows a row's literal in a real text: the variable part of its format string, filled with an example. */
const TAIL: Record<string, string> = {
	'CertificateError.ExpiredContext': '1767225600 (UNIX), but certificate is not valid after 1735689600 (31536000 seconds ago)',
	'CertificateError.NotValidYetContext': '1767225600 (UNIX), but certificate is not valid before 1798761600 (31536000 seconds in future)',
	'CertificateError.ExpiredRevocationListContext': '1767225600 (UNIX), but CRL is not valid after 1735689600 (31536000 seconds ago)',
	'CertificateError.NotValidForNameContext': '"db.example.net"; certificate is only valid for DnsName("other.example.net")',
	'CertificateError.InvalidPurposeContext': 'server authentication, allows client authentication',
	'CertificateError.UnsupportedSignatureAlgorithmContext':
		' { signature_algorithm_id: [6, 9, 42, 134, 72, 134, 247, 13, 1, 1, 5], supported_algorithms: [] }',
	'driver.could-not-resolve': '"db_example": invalid dns name',
	'driver.root-certificate': '/etc/mongo/ca.pem',
	'driver.client-certificate': '/etc/mongo/client.pem: …',
	'driver.no-keys': '/etc/mongo/client.pem',
	'driver.key-item': '/etc/mongo/client.pem',
	'driver.pemfile': '…',
	'driver.invalid-encrypted-key': '…',
	'driver.decrypt-key': '…'
};

function inner(row: RustlsRow, v: RustlsVersion): string {
	const printed = printedAs(row, v);
	const literal = literalOf(row, v);
	if (row.list === 'webpki' && printed === row) return literal + (v === '0.21' ? ')' : '))');
	return literal + (TAIL[`${printed.list}.${printed.name}`] ?? '');
}

/** The driver's wrappers around the inner text, per driver major. */
function texts(row: RustlsRow, v: RustlsVersion): string[] {
	const kind =
		row.list === 'driver'
			? row.name === 'could-not-resolve'
				? `An error occurred during DNS resolution: ${inner(row, v)}`
				: inner(row, v)
			: row.list === 'InconsistentKeys'
				? inner(row, v)
				: `I/O error: ${inner(row, v)}`;
	return v === '0.21'
		? [`Kind: ${kind}, labels: {}`]
		: [`Kind: ${kind}, labels: {}, source: None, server response: None`, `Error: ${kind}`];
}

describe('rustls renderings (BUILT)', () => {
	let count = 0;
	for (const row of RUSTLS_ERRORS) {
		for (const v of row.in) {
			for (const text of texts(row, v)) {
				count++;
				if (row.diagnosis) {
					it(`${row.list} ${row.name} (rustls ${v}) as "${text.slice(0, 60)}…" is diagnosed ${row.diagnosis}`, () => {
						const found = ids(text);
						const printed = printedAs(row, v);
						// A webpki error printed as another row's text, or a row read by the facts, may rank another reading first.
						if (printed !== row || row.reading) expect(found).toContain(row.diagnosis);
						else expect(found[0]).toBe(row.diagnosis);
					});
				} else {
					it(`${row.list} ${row.name} (rustls ${v}) is left to other readings: no rustls table signature claims it`, () => {
						const claimed = RUSTLS_SIGNATURES.filter((s) => new RegExp(s.pattern.source, 'i').test(text)).map((s) => s.id);
						// A webpki row printed as a mapped row's text is claimed through that row.
						if (printedAs(row, v).diagnosis) expect(claimed.length).toBeGreaterThan(0);
						else expect(claimed).toEqual([]);
					});
				}
			}
		}
	}

	it('prints how many texts were built', () => {
		console.log(`rustls renderings: ${count} texts built`);
		expect(count).toBeGreaterThan(0);
	});

	it('reads an IP the client asked for as an IP mismatch (0.23 names it)', () => {
		const text =
			'Kind: I/O error: invalid peer certificate: certificate not valid for name "10.0.0.5"; certificate is only valid for DnsName("db.example.net"), labels: {}';
		expect(ids(text)[0]).toBe('ip-mismatch');
	});

	it('does not read "Expired" inside a longer name as an expired certificate', () => {
		const text = 'Kind: I/O error: invalid peer certificate: ExpiredRevocationList, labels: {}';
		expect(ids(text)[0]).toBe('crl-problem');
	});
});
