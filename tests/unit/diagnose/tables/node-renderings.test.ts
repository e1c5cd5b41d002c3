/**
 * Every mapped row of the Node table is diagnosed as the row says, in the forms Node and the
 * driver print it: texts CAPTURED here from Node v20.20.2 with the mongodb 7.9.0 driver
 * (scripts/vocabulary/capture-node-tls-options.sh) where a client could be made to fail so, and
 * BUILT from the row's message otherwise (Node's "Error: MESSAGE … code: 'CODE'" and the driver's
 * "MongoServerSelectionError: MESSAGE"), with example values where Node puts one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { NODE_ERRORS, type NodeRow } from '../../../../src/lib/core/diagnose/tables/node';
import { NODE_TABLE_SIGNATURES } from '../../../../src/lib/core/diagnose/tables/node-signatures';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const run = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);

/** Example values for the places Node fills, per row. */
const VALUES: Record<string, string[]> = {
	ERR_TLS_DH_PARAM_SIZE: ['1024'],
	ERR_TLS_INVALID_PROTOCOL_VERSION: ['TLSv1.4', 'minimum'],
	ERR_TLS_PROTOCOL_VERSION_CONFLICT: ['TLSv1.2', 'TLSv1_2_method'],
	'Unknown method: <1>': ['TLSv1_3_method'],
	'connection <1> to <2> closed': ['<monitor>', '127.0.0.1:27017'],
	'connection <1> to <2> timed out': ['1', 'db.example.net:27017'],
	'Socket closed after <1> during connection establishment': ['12'],
	"Socket '<1>' timed out after <2>ms (connectTimeoutMS: <3>)": ['secureConnect', '1501', '1500'],
	'Warning: Ignoring extra certs from `<1>`, load failed: <2>': ['/etc/ssl/corp-ca.pem', '…']
};

const fill = (row: NodeRow) => {
	const values = VALUES[row.name] ?? VALUES[row.message!] ?? [];
	return row.message!.replace(/<(\d+)>/g, (_, n: string) => values[Number(n) - 1] ?? 'x');
};

/** BUILT: what Node (and the driver around it) prints for a row. */
function texts(row: NodeRow): string[] {
	const message = fill(row);
	if (row.list === 'fs') {
		const syscall = row.name === 'EISDIR' ? 'read' : "open '/etc/mongo/ca.pem'";
		return [
			`Error: ${row.name}: ${message}, ${syscall}\n    at async open (node:internal/fs/promises:637:25) {\n  errno: -2,\n  code: '${row.name}'\n}`
		];
	}
	if (row.list === 'crypto_context' && row.name === 'fprintf') return [message];
	if (row.list === 'driver') return [`${row.name}: ${message}`, `MongoServerSelectionError: ${message}`];
	const out = [
		`Error: ${message}\n    at Object.createSecureContext (node:_tls_common:114:3)${row.code ? ` {\n  code: '${row.code}'\n}` : ''}`,
		`MongoServerSelectionError: ${message}\n    at Topology.selectServer (/app/node_modules/mongodb/lib/sdam/topology.js:350:38)`
	];
	if (row.list === 'ERR_TLS') out.push(`MongoServerSelectionError: connect failed {\n  code: '${row.code}'\n}`);
	return out;
}

describe('node renderings (BUILT)', () => {
	let count = 0;
	for (const row of NODE_ERRORS.filter((r) => r.diagnosis)) {
		for (const text of texts(row)) {
			count++;
			it(`${row.list} ${row.name} "${text.split('\n')[0].slice(0, 70)}" is diagnosed ${row.diagnosis}`, () => {
				const ids = run(text).map((d) => d.id);
				if (row.reading) expect(ids).toContain(row.diagnosis);
				else expect(ids[0]).toBe(row.diagnosis);
			});
		}
	}
	for (const row of NODE_ERRORS.filter((r) => r.unmapped && r.message)) {
		it(`${row.list} ${row.name} "${row.message}" is claimed by no Node table signature`, () => {
			const text = texts(row)[0];
			expect(NODE_TABLE_SIGNATURES.filter((s) => new RegExp(s.pattern.source, s.pattern.flags + 'i').test(text))).toEqual([]);
		});
	}
	it('prints how many texts were built', () => {
		console.log(`node renderings: ${count} texts built`);
		expect(count).toBeGreaterThan(0);
	});
});

describe('node renderings (CAPTURED)', () => {
	const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'errors', 'captured', 'node');
	// Each setup's cause, and every top that names it (a CRL file that is not a CRL is both a CRL problem and a file problem).
	const CAPTURED: { file: string; setup: string; tops: DiagnosisId[] }[] = [
		{ file: 'ca-file-pem-content.txt', setup: 'tlsCAFile holds the PEM itself, not a path (ENAMETOOLONG)', tops: ['pem-file-invalid'] },
		{ file: 'ca-file-directory.txt', setup: 'tlsCAFile names a directory (EISDIR)', tops: ['pem-file-invalid'] },
		{ file: 'ca-file-not-a-directory.txt', setup: 'tlsCAFile goes through a file as if a folder (ENOTDIR)', tops: ['pem-file-invalid'] },
		{ file: 'ca-file-unreadable.txt', setup: 'tlsCAFile is not readable by the process (EACCES)', tops: ['pem-file-invalid'] },
		{ file: 'crl-file-not-a-crl.txt', setup: 'tlsCRLFile names a certificate, not a CRL', tops: ['crl-problem', 'pem-file-invalid'] },
		{ file: 'secure-protocol-sslv3.txt', setup: 'secureProtocol: SSLv3_method', tops: ['protocol-version'] },
		{ file: 'pkcs12-legacy-encryption.txt', setup: 'pfx: a PKCS#12 made with openssl pkcs12 -export -legacy', tops: ['pem-file-invalid'] }
	];
	for (const { file, setup, tops } of CAPTURED) {
		it(`${file} (${setup}) is diagnosed ${tops.join(' or ')}`, () => {
			const top = run(readFileSync(join(DIR, file), 'utf8'))[0];
			expect(tops).toContain(top?.id);
		});
	}
	it('says the PEM was given where a path belongs', () => {
		const top = run(readFileSync(join(DIR, 'ca-file-pem-content.txt'), 'utf8'))[0];
		expect(top?.explanation ?? '').toMatch(/where a file path belongs/);
	});
});
