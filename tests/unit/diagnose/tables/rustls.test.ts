/**
 * The rustls table against the lists extracted from rustls', webpki's and the Rust driver's sources
 * (tests/fixtures/vocabulary/README.md): every variant of each version is a row, every row is in
 * its source, and each names a diagnosis or says why it has none. Prints the coverage per list.
 */
import { extractRows } from './extracts';
import { describe, expect, it } from 'vitest';
import { RUSTLS_ERRORS, type RustlsRow, type RustlsVersion } from '../../../../src/lib/core/diagnose/tables/rustls';
import { printedAs } from '../../../../src/lib/core/diagnose/tables/rustls-signatures';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';

const tsv = extractRows;

const RUSTLS: Record<RustlsVersion, string[][]> = { '0.21': tsv('rustls-error-0.21.12.tsv'), '0.23': tsv('rustls-error-0.23.43.tsv') };
const WEBPKI: Record<RustlsVersion, string[][]> = { '0.21': tsv('webpki-error-0.101.7.tsv'), '0.23': tsv('webpki-error-0.103.13.tsv') };
const DISPLAY: Record<RustlsVersion, string[][]> = { '0.21': tsv('rustls-display-0.21.12.tsv'), '0.23': tsv('rustls-display-0.23.43.tsv') };
const DRIVER = tsv('rust-driver-tls-messages.tsv');
const TOKIO = tsv('tokio-rustls-messages.tsv');
const TOKIO_OF: Record<string, RustlsVersion> = { 'v/0.24.1': '0.21', 'v/0.26.4': '0.23' };
const DRIVER_OF: Record<string, RustlsVersion> = { 'v2.8.2': '0.21', 'v3.8.1': '0.23' };

const key = (list: string, name: string) => `${list}.${name}`;
const rowsIn = (v: RustlsVersion, keep: (r: RustlsRow) => boolean) => RUSTLS_ERRORS.filter((r) => r.in.includes(v) && keep(r));
/** The fixed start of a format string: up to its first placeholder. */
const fixed = (format: string) => format.split('{')[0];

function coverage(stack: string, rows: RustlsRow[], total: number) {
	const mapped = rows.filter((r) => r.diagnosis).length;
	const unmapped = rows.filter((r) => r.unmapped).length;
	console.log(
		`rustls coverage, ${stack}: ${mapped + unmapped} of ${total} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
	);
	return mapped + unmapped;
}

describe('rustls table against its sources', () => {
	for (const v of ['0.21', '0.23'] as const) {
		it(`has exactly rustls ${v}'s error variants`, () => {
			const fromSource = RUSTLS[v].map(([list, name]) => key(list, name)).sort();
			const fromTable = rowsIn(v, (r) => !['webpki', 'driver', 'tokio-rustls'].includes(r.list))
				.map((r) => key(r.list, r.name))
				.sort();
			expect(fromTable).toEqual(fromSource);
			const rows = rowsIn(v, (r) => !['webpki', 'driver', 'tokio-rustls'].includes(r.list));
			expect(coverage(`rustls ${v === '0.21' ? '0.21.12' : '0.23.43'}`, rows, fromSource.length)).toBe(fromSource.length);
		});

		it(`has exactly webpki's error variants used by rustls ${v}`, () => {
			const fromSource = WEBPKI[v].map(([, name]) => name).sort();
			const rows = rowsIn(v, (r) => r.list === 'webpki');
			expect(rows.map((r) => r.name).sort()).toEqual(fromSource);
			expect(coverage(`webpki ${v === '0.21' ? '0.101.7' : '0.103.13'}`, rows, fromSource.length)).toBe(fromSource.length);
		});

		it(`words each rustls ${v} Error row as its Display does`, () => {
			const formats = new Map(DISPLAY[v].map(([name, format]) => [name, format]));
			for (const r of rowsIn(v, (r) => r.list === 'Error')) {
				const format = formats.get(r.name);
				// Variants without their own line print through another's (Other: "other error: {err}").
				if (format === undefined) expect(r.name, r.name).toBe(v === '0.23' ? 'Other' : '');
				else expect(r.display, r.name).toBe(fixed(format));
			}
			for (const r of rowsIn(v, (r) => r.list === 'CertificateError' && !!r.display23)) {
				expect(v, r.name).toBe('0.23');
				expect(
					fixed(formats.get(r.name) ?? '').startsWith(r.display23!) || (formats.get(r.name) ?? '').startsWith(r.display23!),
					r.name
				).toBe(true);
			}
		});

		it(`makes of each webpki error what rustls ${v}'s pki_error makes of it`, () => {
			for (const r of rowsIn(v, (r) => r.list === 'webpki')) {
				const printed = printedAs(r, v);
				expect(printed.in, r.name).toContain(v);
				// A webpki error shown as another row's text means what that text means (or is one of its readings).
				if (printed !== r && printed.diagnosis && r.diagnosis && !printed.reading) expect(printed.diagnosis, r.name).toBe(r.diagnosis);
			}
		});
	}

	it("has exactly the Rust driver's TLS file messages, in each version", () => {
		for (const [tag, v] of Object.entries(DRIVER_OF)) {
			const fromSource = DRIVER.filter(([t]) => t === tag)
				.map(([, format]) => fixed(format))
				.sort();
			const rows = rowsIn(v, (r) => r.list === 'driver');
			expect(rows.map((r) => r.display!).sort(), tag).toEqual(fromSource);
			expect(coverage(`Rust driver ${tag} TLS messages`, rows, fromSource.length)).toBe(fromSource.length);
		}
	});

	it("has exactly tokio-rustls' own io::Error texts, in each version", () => {
		for (const [tag, v] of Object.entries(TOKIO_OF)) {
			const fromSource = TOKIO.filter(([t]) => t === tag).map(([, message]) => message);
			const rows = rowsIn(v, (r) => r.list === 'tokio-rustls');
			expect(rows.map((r) => r.display!).sort(), tag).toEqual(fromSource.sort());
			expect(coverage(`tokio-rustls ${tag}`, rows, fromSource.length)).toBe(fromSource.length);
		}
	});

	it('gives every row a known diagnosis or a reason, never both, and a citation', () => {
		for (const r of RUSTLS_ERRORS) {
			expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), r.name).toBe(true);
			if (r.diagnosis) expect(DIAGNOSIS_IDS, r.name).toContain(r.diagnosis);
			expect(r.citation, r.name).toContain(r.name);
			expect(r.in.length, r.name).toBeGreaterThan(0);
		}
		expect(new Set(RUSTLS_ERRORS.map((r) => key(r.list, r.name))).size).toBe(RUSTLS_ERRORS.length);
	});
});
