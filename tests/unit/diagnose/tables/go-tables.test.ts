/**
 * The Go tables against the lists extracted from Go's and the Go driver's sources
 * (tests/fixtures/vocabulary/README.md, scripts/vocabulary/extract-go.sh): every message of each
 * list is a row, every row is in a list, and each row names a diagnosis or says why it has none.
 * Prints the coverage per list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoMessageRow } from '../../../../src/lib/core/diagnose/tables/go-messages';
import { GO_KEYS } from '../../../../src/lib/core/diagnose/tables/go-keys';
import { GO_TLS } from '../../../../src/lib/core/diagnose/tables/go-tls';
import { GO_X509 } from '../../../../src/lib/core/diagnose/tables/go-x509';
import { DIAGNOSIS_IDS } from '../../../../src/lib/core/diagnose/vocabulary';
import { SIGNATURES } from '../../../../src/lib/core/diagnose/signatures';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary');
// A list may be the union of several extracts ("a.tsv+b.tsv"): go1.19.8's and a newer commit's additions.
const extract = (files: string) =>
	files.split('+').flatMap((file) =>
		readFileSync(join(DIR, file), 'utf8')
			.split('\n')
			.filter((l) => l.length)
			.map((l) => l.split('\t').join(' | '))
	);
const key = (r: GoMessageRow) => [r.source, r.file, r.text].join(' | ');

const TABLES: [string, string, readonly GoMessageRow[]][] = [
	[
		'go-x509.tsv+go-x509-newer.tsv+go-x509-go115.tsv',
		'Go crypto/x509 (verification and certificate parsing, go1.19.8, newer parse errors, go1.15–1.16 CN texts)',
		GO_X509
	],
	['go-tls.tsv', 'Go crypto/tls (handshake and record layer, client side)', GO_TLS],
	['go-keys.tsv', 'Go key and file loading (crypto/tls X509KeyPair, x509 key parsers, os errors, Go driver, youmark/pkcs8)', GO_KEYS]
];

describe('Go tables against their sources', () => {
	for (const [file, stack, rows] of TABLES) {
		it(`${file}: every message is a row and every row a message`, () => {
			const listed = extract(file);
			expect(new Set(listed).size, 'the extract lists each message once').toBe(listed.length);
			expect(rows.map(key).sort()).toEqual([...listed].sort());
			const mapped = rows.filter((r) => r.diagnosis).length;
			const unmapped = rows.filter((r) => r.unmapped).length;
			console.log(
				`${file.replaceAll('.tsv', '')} coverage, ${stack}: ${mapped + unmapped} of ${listed.length} (${mapped} mapped to a diagnosis, ${unmapped} unmapped with a reason)`
			);
			expect(mapped + unmapped).toBe(listed.length);
		});

		it(`${file}: each row has a known diagnosis or a reason, never both`, () => {
			for (const r of rows) {
				expect(Boolean(r.diagnosis) !== Boolean(r.unmapped), r.text).toBe(true);
				if (r.diagnosis) expect(DIAGNOSIS_IDS, r.text).toContain(r.diagnosis);
				if (r.unmapped) expect(r.unmapped.length, r.text).toBeGreaterThan(20);
			}
		});
	}

	it('names only signatures that exist', () => {
		const ids = new Set(SIGNATURES.map((s) => s.id));
		for (const r of [...GO_X509, ...GO_TLS, ...GO_KEYS].filter((r) => r.signature)) expect(ids, r.text).toContain(r.signature);
	});
});
