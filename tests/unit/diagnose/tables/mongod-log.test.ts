/**
 * Table 3 (mongod/mongos log) against the list taken from the server's source
 * (tests/fixtures/vocabulary/mongod-log-messages.tsv, see its README section): every extracted
 * message is a row or is listed below as deliberately left out, every row is in the extract, and
 * every mapped row's texts, BUILT from the source's format strings (no mongod could be installed
 * here), rank one of the row's acceptable diagnoses first: the JSON line (4.4+) by its id, the
 * legacy line (≤ 4.2) where the source gives its words, and a Status inside the line that wraps it.
 */

import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { extractFacts } from '../../../../src/lib/core/diagnose/facts';
import { MONGOD_MESSAGES, type MongodMessage } from '../../../../src/lib/core/diagnose/tables/mongod-log';
import {
	MONGOD_LOG_SIGNATURES,
	builtWords,
	jsonLine,
	legacyLine,
	topsOf
} from '../../../../src/lib/core/diagnose/tables/mongod-log-signatures';
import { fixtureText } from '../../../helpers/fixtures';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const run = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);
const ids = (text: string) => run(text).map((d) => d.id);

interface Extracted {
	kind: 'log' | 'status';
	id: string;
	severity: string;
	text: string;
	source: string;
}

const extract: Extracted[] = fixtureText('vocabulary/mongod-log-messages.tsv')
	.split('\n')
	.slice(1)
	.filter((l) => l.trim())
	.map((l) => {
		const [kind, id, severity, text, source] = l.split('\t');
		return { kind: kind as Extracted['kind'], id, severity, text, source };
	});

const keyOf = (e: { kind: string; id?: number | string; text: string }) =>
	e.kind === 'log' && e.id ? `log ${e.id}` : `${e.kind} ${e.text}`;

/** Extracted messages the table leaves out on purpose, each with its reason. */
const NOT_IN_TABLE: Record<string, string> = {
	'log 6031001': 'debug level 3: OCSP response bookkeeping nobody sees at the default verbosity',
	'log 6031002': 'debug level 3: OCSP response bookkeeping',
	'log 6031000': 'debug level 3: an OCSP hash algorithm mongod skips',
	'log 23223': 'debug level 3: a BIO write failure, followed by a socket error the network signatures read',
	'log 23228': 'debug level 3: the same for later writes',
	'log 54090': 'debug level 1: a transient (cluster-to-cluster) TLS manager starting',
	'log 5771602': 'debug level 1: the OCSP store loading',
	'log 5270602': 'debug level 2: a transient egress context starting',
	'log 23224': 'debug level 1: no peer certificate in the OCSP callback; the connection continues',
	'log 23225': 'debug level 1: the revoked case is what the Status "OCSP Certificate Status: Revoked" row reads',
	'log 23226': 'debug level 1: a staple that does not cover the certificate; mongod then checks OCSP itself',
	'log 5760101': 'OCSP fetcher shutting down with its TLS context: routine after a certificate rotation',
	'log 5760102': 'the same, when the context was replaced',
	'log 577163': 'the OCSP response status, logged after every fetch (its failures have rows 5512201/5512202)',
	'log 5159905': 'in-memory certificates of a transient cluster-to-cluster link (live migration), not a file a person configures',
	'log 5159906': 'the same transient link',
	'log 5159907': 'the same transient link',
	'log 5159908': 'the same transient link',
	'log 5159909': 'the same transient link',
	'log 5159901': 'the same transient link',
	'status Failed to return a cached password, cannot prompt.':
		'a rotation (rotateCertificates) without the password cached; the "Unable to fetch password" row carries it',
	'status failed to allocate X509 store for OCSP fetcher': 'out of memory',
	'status failed to load certificates into OCSP X509 store':
		'follows a CA file that "cannot read certificate authority file" already names',
	'status Can not store ssl session id context: {error}': 'an OpenSSL internal failure naming no configuration',
	'status Can not set servername callback: {error}': 'an OpenSSL internal failure naming no configuration',
	'status Can not set up transient ssl cluster certificate for {uri}': 'the transient cluster-to-cluster link',
	'status Failure to set PFS DH parameters: {error}': 'OpenSSL refusing a DH group it read; the error inside names it',
	'status notBefore certificate date conversion failed': 'an internal date conversion failure',
	'status notAfter certificate date conversion failed': 'an internal date conversion failure',
	'status Error adding certificate to X509 store: {error}':
		'a certificate store internal failure (the duplicate case is ignored by mongod itself)',
	'status tlsCATrusts parameter prohibits role based authorization via X509 certificates':
		'an empty tlsCATrusts; the role case with a CA is the "is not authorized to grant any roles" row',
	'status cannot read crl file when setting subject name: {crlFile} {error}':
		'the CRL file again at the logging step; "Cannot read CRL file" reads it first',
	'status cannot retrieve CRL information from crl file: {crlFile} {error}': 'the same',
	'status Can not set up ssl clusterFile.': '',
	'log 23785': '',
	'log 23786': ''
};
// Entries above with an empty reason are rows after all (kept as a guard against a typo in a key).
for (const [k, v] of Object.entries(NOT_IN_TABLE)) if (!v) delete NOT_IN_TABLE[k];

const rowKeys = new Map(MONGOD_MESSAGES.map((r) => [keyOf(r), r]));
const mapped = (r: MongodMessage) => !('unmapped' in r.meaning);

describe('table 3, mongod/mongos log: completeness against the server source', () => {
	it('every extracted message is a row or deliberately left out, and every row was extracted', () => {
		const extracted = new Set(extract.map(keyOf));
		const missing = extract.filter((e) => !rowKeys.has(keyOf(e)) && !NOT_IN_TABLE[keyOf(e)]).map(keyOf);
		expect(missing).toEqual([]);
		const invented = MONGOD_MESSAGES.filter((r) => !extracted.has(keyOf(r))).map(keyOf);
		expect(invented).toEqual([]);
		for (const k of Object.keys(NOT_IN_TABLE)) expect(extracted.has(k), k).toBe(true);
		const inTable = extract.filter((e) => rowKeys.has(keyOf(e))).length;
		console.log(
			`mongod-log coverage, extract: ${inTable} of ${extract.length} in the table, ${extract.length - inTable} deliberately left out`
		);
	});

	it('the extract agrees with the table on severity', () => {
		for (const e of extract) {
			const row = rowKeys.get(keyOf(e));
			if (row?.kind !== 'log' || !e.severity) continue;
			expect(e.severity.startsWith(row.severity ?? '?'), keyOf(e)).toBe(true);
		}
	});

	it('every row is mapped to diagnoses or says why not, and has one source', () => {
		for (const r of MONGOD_MESSAGES) {
			if (mapped(r)) expect(topsOf(r).length, r.key).toBeGreaterThan(0);
			else expect((r.meaning as { unmapped: string }).unmapped.length, r.key).toBeGreaterThan(10);
			if (r.kind === 'status') expect(r.surfaces, r.key).toBeDefined();
		}
		expect(new Set(MONGOD_MESSAGES.map((r) => r.key)).size).toBe(MONGOD_MESSAGES.length);
	});

	it('prints the coverage by log format', () => {
		const json = MONGOD_MESSAGES.filter((r) => r.kind === 'log' && r.id !== undefined);
		const legacy = MONGOD_MESSAGES.filter((r) => r.kind === 'log' && (r.legacy || r.id === undefined));
		const status = MONGOD_MESSAGES.filter((r) => r.kind === 'status');
		for (const [name, rows] of [
			['JSON (4.4+, by LOGV2 id)', json],
			['legacy (≤ 4.2)', legacy],
			['Status texts (both formats)', status]
		] as const) {
			const n = rows.filter(mapped).length;
			console.log(`mongod-log coverage, ${name}: ${n} of ${rows.length} mapped, ${rows.length - n} deliberately unmapped`);
			expect(rows.length).toBeGreaterThan(0);
		}
	});
});

/** Sample attribute values for a JSON line (built, not captured). */
function attrOf(row: MongodMessage, overrides: Record<string, string> = {}): string {
	const values: Record<string, string> = {};
	for (const a of row.attrs ?? []) values[a] = overrides[a] ?? builtWords(`{${a}}`);
	return JSON.stringify(values);
}

/** A row's words with sample values, or the ones a case gives. */
const fill = (words: string, overrides: Record<string, string>) =>
	words.replace(/\{([A-Za-z0-9]+)\}/g, (_, a: string) => overrides[a] ?? builtWords(`{${a}}`));

/** The lines that carry a Status, in each format. */
function wrapped(row: MongodMessage, overrides: Record<string, string> = {}): { format: string; text: string }[] {
	const text = fill(row.text, overrides);
	const code = (row.code ?? 'BadValue').split(' ')[0];
	switch (row.surfaces) {
		case 'startup':
			return [
				{
					format: 'JSON',
					text: `{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"F",  "c":"CONTROL",  "id":20574,   "ctx":"initandlisten","msg":"Error during global initialization","attr":{"error":{"code":2,"codeName":"${code}","errmsg":${JSON.stringify(text)}}}}`
				},
				{ format: 'legacy', text: `2019-08-01T10:00:00.000+0000 F  CONTROL  [main] Failed global initialization: ${code}: ${text}` }
			];
		case 'auth':
			return [
				{
					format: 'JSON',
					text: `{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"I",  "c":"ACCESS",   "id":20428,   "ctx":"conn15","msg":"Failed to authenticate","attr":{"client":"10.20.1.15:50312","mechanism":"MONGODB-X509","user":"CN=app,OU=Clients,O=Example","db":"$external","error":${JSON.stringify(`${code}: ${text}`)}}}`
				},
				{
					format: 'legacy',
					text: `2019-08-01T10:00:00.000+0000 I  ACCESS   [conn7] SASL MONGODB-X509 authentication failed for CN=app,OU=Clients,O=Example on $external from client 10.20.1.15:50312 ; ${code}: ${text}`
				}
			];
		default:
			return [
				{
					format: 'JSON',
					text: `{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"I",  "c":"NETWORK",  "id":22988,   "ctx":"conn15","msg":"Error receiving request from client. Ending connection from remote","attr":{"error":{"code":141,"codeName":"${code}","errmsg":${JSON.stringify(text)}},"remote":"10.20.1.15:50312","connectionId":15}}`
				},
				{
					format: 'legacy',
					text: `2020-09-02T16:16:51.748+0000 I  NETWORK  [conn3036] Error receiving request from client: ${code}: ${text}. Ending connection from 10.20.1.15:50312 (connection id: 3036)`
				}
			];
	}
}

/** Every built text of a row, in each format it has. */
function texts(row: MongodMessage, overrides: Record<string, string> = {}): { format: string; text: string }[] {
	if (row.kind === 'status') return wrapped(row, overrides);
	const out: { format: string; text: string }[] = [];
	if (row.id !== undefined) out.push({ format: 'JSON', text: jsonLine(row, attrOf(row, overrides)) });
	const words = row.legacy ?? (row.id === undefined ? row.text : undefined);
	if (words) out.push({ format: 'legacy', text: legacyLine(row, fill(words, overrides)) });
	return out;
}

describe('table 3: every mapped row, built in each format, ranks an acceptable diagnosis first', () => {
	for (const row of MONGOD_MESSAGES.filter(mapped)) {
		if ('reading' in row.meaning) continue;
		for (const { format, text } of texts(row)) {
			it(`${row.key} (${row.id ?? row.code ?? ''}) ${format} → ${topsOf(row).join(' | ')}`, () => {
				expect(topsOf(row)).toContain(ids(text)[0]);
			});
		}
	}
});

describe('table 3: the readings that look at the detail', () => {
	const byKey = (key: string) => MONGOD_MESSAGES.find((r) => r.key === key)!;
	// OpenSSL's own reasons (crypto/err/openssl.txt): a wrong password, no key in the file, no file.
	const KEY_CASES: [string, string][] = [
		['error:1C800064:Provider routines::bad decrypt', 'key-encrypted'],
		['error:0906A068:PEM routines:PEM_do_header:bad password read', 'key-encrypted'],
		['error:0909006C:PEM routines:get_name:no start line', 'key-missing'],
		['error:80000002:system library::No such file or directory', 'pem-file-invalid']
	];
	for (const key of ['cannot-read-pem-key-file', 'cannot-read-pem-key']) {
		for (const [error, expected] of KEY_CASES) {
			for (const { format, text } of texts(byKey(key), { error })) {
				it(`${key} ${format} "${error}" → ${expected}`, () => {
					expect(ids(text)[0]).toBe(expected);
				});
			}
		}
	}

	// The OS error OpenSSL 3 queues for fopen (ERR_LIB_SYS), and the 1.1.1 form: which one says what to change.
	const FILE_CASES: [string, RegExp][] = [
		['error:80000002:system library::No such file or directory', /path/],
		['error:8000000D:system library::Permission denied', /read access/],
		['error:0200100D:system library:fopen:Permission denied', /read access/]
	];
	for (const key of ['cannot-read-certificate-file', 'key-file-unreadable', 'ca-file-unreadable', 'cannot-read-pem-key-file']) {
		for (const [error, why] of FILE_CASES) {
			for (const { format, text } of texts(byKey(key), { error })) {
				it(`${key} ${format} "${error}" → pem-file-invalid, saying ${why.source}`, () => {
					const [top] = run(text);
					expect(top.id).toBe('pem-file-invalid');
					expect(top.explanation).toMatch(why);
				});
			}
		}
	}

	const VERIFY_CASES: [string, string][] = [
		['certificate has expired', 'cert-expired'],
		['unable to get local issuer certificate', 'client-cert-untrusted'],
		['unsupported certificate purpose', 'wrong-purpose']
	];
	for (const [reason, expected] of VERIFY_CASES) {
		const error = byKey('peer-certificate-invalid');
		for (const { format, text } of texts(error, { error: `SSL peer certificate validation failed: ${reason}`, reason })) {
			it(`23256 ${format} "${reason}" → ${expected}`, () => {
				expect(ids(text)[0]).toBe(expected);
			});
		}
		const allowed = byKey('peer-certificate-invalid-allowed');
		for (const { format, text } of texts(allowed, { reason })) {
			it(`23235 ${format} "${reason}" → ${expected}, the row itself at medium confidence`, () => {
				expect(ids(text)[0]).toBe(expected);
				// The connection went on (allowInvalidCertificates): the row does not claim it failed.
				const signature = MONGOD_LOG_SIGNATURES.find((s) => s.id === 'mongod.peer-certificate-invalid')!;
				const match = signature.pattern.exec(text)!;
				// The facts of the line itself: a server's log, so the peer is the client.
				const [candidate] = signature.diagnose(extractFacts(text), match);
				expect(candidate.id).toBe(expected);
				expect(candidate.confidence).toBe('medium');
				expect(candidate.because).toMatch(/allowInvalidCertificates/);
			});
		}
	}
});

describe('table 3: mongod on Windows (SChannel) prints its chain-policy code', () => {
	const row = MONGOD_MESSAGES.find((r) => r.key === 'peer-certificate-invalid-windows')!;
	// winerror.h codes with the system messages Windows gives them.
	const CASES: [string, string, string][] = [
		[
			'800B0101',
			'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.',
			'cert-expired'
		],
		[
			'800B0109',
			'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.',
			'client-cert-untrusted'
		],
		['800B010C', 'A certificate was explicitly revoked by its issuer.', 'revoked'],
		['800B0110', 'The certificate is not valid for the requested usage.', 'wrong-purpose']
	];
	for (const [errorCode, error, expected] of CASES) {
		for (const { format, text } of texts(row, { errorCode, error })) {
			it(`23279 ${format} 0x${errorCode} → ${expected}`, () => {
				expect(ids(text)[0]).toBe(expected);
			});
		}
	}
});

describe('table 3: the same words at two severities', () => {
	it('the warning the shell prints for a host name let through is not read as the error', () => {
		const text =
			'2019-09-11T23:18:31.696+0100 W  NETWORK  [js] The server certificate does not match the host name. Hostname: 127.0.0.1 does not match SAN(s): localhost, ';
		expect(ids(text)[0]).toBe('benign-message');
		expect(ids(text.replace(' W  ', ' E  '))[0]).toBe('hostname-mismatch');
	});

	it('"no SSL certificate provided by peer" is a warning unless the connection was rejected', () => {
		expect(ids('2016-01-01T00:00:00.500-0700 W NETWORK  [conn9] no SSL certificate provided by peer')[0]).toBe('benign-message');
		expect(ids('2016-01-01T00:00:00.500-0700 E NETWORK  [conn9] no SSL certificate provided by peer; connection rejected')[0]).toBe(
			'client-cert-required'
		);
	});
});
