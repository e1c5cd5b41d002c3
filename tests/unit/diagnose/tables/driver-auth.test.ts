/**
 * Table driver-auth (issue 16): every authentication message a driver, tool or the server prints,
 * against the list taken from their sources (tests/fixtures/vocabulary/driver-auth-messages.tsv,
 * see its README section). Every extracted message is a row or left out with its reason, and every
 * mapped row's texts rank one of its acceptable diagnoses first: texts CAPTURED from PyMongo 3.11
 * and the Node driver here (tests/fixtures/vocabulary/make-auth-captures.sh) where the client
 * raises the message without a server, BUILT from the source's format string for the others (no
 * mongod runs here).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { AUTH_MESSAGES } from '../../../../src/lib/core/diagnose/tables/driver-auth';
import { topsOf } from '../../../../src/lib/core/diagnose/tables/driver-auth-signatures';
import { fixtureText } from '../../../helpers/fixtures';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const run = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);
const CAPTURED = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary', 'auth-captured');

const extract = fixtureText('vocabulary/driver-auth-messages.tsv')
	.split('\n')
	.slice(1)
	.filter((l) => l.trim())
	.map((l) => {
		const [key, driver, text] = l.split('\t');
		return { key: key!, driver: driver!, text: text! };
	});

/** Extracted messages the table leaves out on purpose, each with its reason. */
const NOT_IN_TABLE: Record<string, string> = {
	'go-speculative-message': 'the client could not build its own first message: a driver fault, nothing a person configures',
	'go-handshake-failure': 'the hello before authentication failed; the error inside it (TLS or network) is read on its own',
	'pymongo-aws-username-only': 'MONGODB-AWS credentials: an IAM question, outside what this tool reads',
	'pymongo-gssapi-source': 'Kerberos: outside what this tool reads',
	'pymongo-kerberos-missing': 'Kerberos: a missing Python module, outside what this tool reads',
	'pymongo-invalid-nonce': 'a server (or proxy) that broke the SCRAM protocol: rare, and no fix a person can apply',
	'pymongo-invalid-signature': 'the same: the server could not prove it knows the password'
};

describe('table driver-auth: completeness against the drivers’ sources', () => {
	it('every extracted message is a row or left out with a reason, and every row was extracted with its words', () => {
		const rows = new Map(AUTH_MESSAGES.map((r) => [r.key, r]));
		const missing = extract.filter((e) => !rows.has(e.key) && !NOT_IN_TABLE[e.key]).map((e) => e.key);
		expect(missing).toEqual([]);
		for (const e of extract) if (rows.has(e.key)) expect(rows.get(e.key)!.text, e.key).toBe(e.text);
		const extracted = new Set(extract.map((e) => e.key));
		expect(AUTH_MESSAGES.filter((r) => !extracted.has(r.key)).map((r) => r.key)).toEqual([]);
		for (const k of Object.keys(NOT_IN_TABLE)) expect(extracted.has(k), k).toBe(true);
		const mapped = AUTH_MESSAGES.filter((r) => 'diagnosis' in r.meaning).length;
		console.log(
			`driver-auth coverage, LIST: ${AUTH_MESSAGES.length} of ${extract.length} in the table (${mapped} mapped, ${AUTH_MESSAGES.length - mapped} unmapped with a reason), ${Object.keys(NOT_IN_TABLE).length} deliberately left out`
		);
	});

	it('each captured text in the table is the capture, word for word', () => {
		for (const r of AUTH_MESSAGES)
			for (const c of r.captured ?? []) expect(readFileSync(join(CAPTURED, `${c.file}.txt`), 'utf8').trimEnd(), c.file).toBe(c.text);
	});

	it('every mapped row has a test text, every unmapped row a reason', () => {
		for (const r of AUTH_MESSAGES) {
			if ('unmapped' in r.meaning) expect(r.meaning.unmapped.length, r.key).toBeGreaterThan(10);
			else expect((r.built?.length ?? 0) + (r.captured?.length ?? 0), r.key).toBeGreaterThan(0);
		}
	});
});

describe('table driver-auth: each rendering ranks one of the row’s diagnoses first', () => {
	for (const row of AUTH_MESSAGES.filter((r) => 'diagnosis' in r.meaning)) {
		const texts = [
			...(row.captured ?? []).map((c) => ({ how: `captured ${c.file}`, text: readFileSync(join(CAPTURED, `${c.file}.txt`), 'utf8') })),
			...(row.built ?? []).map((text, i) => ({ how: `built ${i + 1}`, text }))
		];
		for (const { how, text } of texts) {
			it(`${row.key} (${row.driver}), ${how}`, () => {
				const [top] = run(text);
				expect(topsOf(row)).toContain(top?.id);
			});
		}
	}
});

describe('table driver-auth: the reading follows the facts', () => {
	const text = 'MongoServerError: bad auth : Authentication failed.';
	it('says the Atlas user is a database user, and that TLS worked', () => {
		const [top] = run(text);
		expect(top?.id).toBe('unauthorized');
		expect(top?.explanation).toMatch(/database user/);
		expect(top?.explanation).toMatch(/TLS and the network are fine/);
	});
	it('a refused login off Atlas points at user, password and authSource', () => {
		const [top] = run(
			'MongoServerError: Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:202:26)\n  host: db.example.com:27017'
		);
		expect(top?.id).toBe('unauthorized');
		expect(top?.explanation).toMatch(/authSource/);
	});
	it('a wrapper yields to the X.509 cause it carries', () => {
		const text = `com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=MONGODB-X509, userName='null', source='$external', password=null, mechanismProperties=<hidden>}
Caused by: com.mongodb.MongoCommandException: Command failed with error 11 (UserNotFound): 'Could not find user "CN=app,O=Example" for db "$external"' on server db.example.com:27017.`;
		expect(run(text)[0]?.id).toBe('x509-user-missing');
	});
	it('a TLS failure named "Authentication failed" by .NET is not read as a refused login', () => {
		const ids = run('System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.').map((d) => d.id);
		expect(ids[0]).not.toBe('unauthorized');
	});
});
