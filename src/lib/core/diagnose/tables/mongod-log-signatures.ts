/**
 * The mongod/mongos log table (mongod-log.ts) read as error signatures: one per mapped row, whose
 * pattern is the row's words in every form the server prints them (the JSON line of 4.4+ by its
 * id and msg, the legacy line of 4.2 and older, a Status wherever it is wrapped), and whose
 * meaning is the row's reading. No message the table holds needs a hand-written pattern.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import type { DiagnosisId } from '../vocabulary';
import { peerCertificateReading } from '../families/mongod';
import { MONGOD_MESSAGES, MONGOD_SOURCES, type MongodMessage } from './mongod-log';
import { escapeForPattern as escape } from '../pattern-literal';

const PLACEHOLDER = /\{[A-Za-z0-9]+\}/g;

/** The literal words of a text, without its values. */
const literalOf = (text: string) => text.split(PLACEHOLDER).join('');

/**
 * A text with {values} as a pattern. A value in the middle is any run on the same line; a value
 * at the end is taken up to the end of the line or the closing quote, so the match holds the
 * detail the reading looks at; a value at the start adds nothing and is left out.
 */
function wordsPattern(text: string): string {
	const parts = text.split(PLACEHOLDER);
	const trailing = /\{[A-Za-z0-9]+\}\s*$/.test(text);
	const pieces = parts.map(escape).filter((p, i) => p || i > 0);
	let source = pieces.filter((p) => p.length).join('[^\\n]{0,300}?');
	if (trailing) source += '[^\\n"]{0,300}';
	return source;
}

/** Rows whose words start with these words: the shorter one must not run into them. */
function longerTails(row: MongodMessage, words: (r: MongodMessage) => string | undefined): string[] {
	const mine = words(row);
	if (!mine) return [];
	const lower = literalOf(mine).toLowerCase();
	return MONGOD_MESSAGES.flatMap((other) => {
		const theirs = other === row ? undefined : words(other);
		if (!theirs) return [];
		const t = literalOf(theirs).toLowerCase();
		return t.startsWith(lower) && t !== lower ? [escape(t.slice(lower.length))] : [];
	});
}

const notBefore = (tails: string[]) => (tails.length ? `(?!${tails.join('|')})` : '');

/** The legacy line's words as they stand in the line, and the same severity's other rows apart. */
function legacyAlternative(row: MongodMessage): string | undefined {
	const words = row.legacy ?? (row.id === undefined ? row.text : undefined);
	if (!words) return undefined;
	const pattern = wordsPattern(words) + notBefore(longerTails(row, (r) => r.legacy ?? (r.id === undefined ? r.text : undefined)));
	// Two rows with the same words differ by severity only (an error, and the warning printed when
	// allowInvalid* let the connection on): the warning needs its "W" column, the error refuses it.
	const twin = MONGOD_MESSAGES.find((o) => o !== row && o.legacy !== undefined && literalOf(o.legacy) === literalOf(words));
	if (!twin) return pattern;
	const column = `[A-Z_-]+ +\\[[^\\]\\n]{1,60}\\] +`;
	return row.severity === 'W' ? `\\bW {1,2}${column}${pattern}` : `(?<!\\bW {1,2}${column})${pattern}`;
}

/** The JSON line by its id (rows may share a msg), with the attributes after it. */
function jsonAlternative(row: MongodMessage): string | undefined {
	if (row.kind !== 'log' || row.id === undefined) return undefined;
	return `"id":\\s*${row.id},[^\\n]{0,300}?"msg":\\s*"${escape(row.text)}"[^\\n]{0,600}`;
}

function statusAlternative(row: MongodMessage): string | undefined {
	if (row.kind !== 'status') return undefined;
	return wordsPattern(row.text) + notBefore(longerTails(row, (r) => (r.kind === 'status' ? r.text : undefined)));
}

export function patternOf(row: MongodMessage): RegExp {
	const alternatives = [jsonAlternative(row), legacyAlternative(row), statusAlternative(row)].filter((a): a is string => !!a);
	return new RegExp(alternatives.join('|'));
}

const ASK_CLIENT_ERROR = {
	ask: 'Paste the client’s own error for the same attempt: this line is the server noting it, not the reason it failed'
};

// A start-up refusal names an option of the server's own: its configuration is what settles it,
// not a client's connection string.
const ASK_SERVER_CONFIG = {
	ask: 'Paste the net.tls section of this server’s mongod.conf (or the mongod command line with its --tls… options): the option the error names is set there'
};

/** OpenSSL's reason for a key file that would not load, from the server's side: its own key. */
function pemKeyReading(detail: string): Candidate[] {
	if (/bad decrypt|bad password read|unable to fetch password|decryption password/i.test(detail))
		return [
			{
				id: 'key-encrypted',
				confidence: 'high',
				because:
					'the key in this server’s certificateKeyFile is encrypted and its password (certificateKeyFilePassword) is wrong or was not given'
			}
		];
	if (/no start line|expecting: ANY PRIVATE KEY|NO_START_LINE/i.test(detail))
		return [
			{ id: 'key-missing', confidence: 'high', because: 'this server’s certificateKeyFile holds a certificate but no PEM private key' }
		];
	return fileReading(detail);
}

/** A file of this server's own that would not load, with the OS error's meaning where it names one. */
function fileReading(detail: string): Candidate[] {
	const because = /Permission denied|EACCES/i.test(detail)
		? 'this server may not read the file: it runs as its own user (often mongodb or mongod), which needs read access to the file and its directories (and, under SELinux, the right context)'
		: /No such file|ENOENT|cannot find the (?:file|path)/i.test(detail)
			? 'the file is not there: the path is wrong, or relative to a working directory the service does not run in (use an absolute path)'
			: 'this server could not read the file it names as a PEM certificate or key';
	return [{ id: 'pem-file-invalid', confidence: 'high', because }];
}

/** The verify text after "SSL peer certificate validation failed", in either format. */
function verifyReason(matched: string): string {
	const m = /validation failed: ([^"\n]+)|"reason":\s*"([^"\n]+)/.exec(matched);
	return (m?.[1] ?? m?.[2] ?? '').trim();
}

function readingOf(row: MongodMessage): ErrorSignature['diagnose'] {
	const meaning = row.meaning;
	if ('reading' in meaning) {
		if (meaning.reading === 'pem-key') return (_facts, match) => pemKeyReading(match[0]);
		if (meaning.reading === 'file') return (_facts, match) => fileReading(match[0]);
		const allowed = row.severity === 'W';
		return (facts: DiagnoseFacts, match) => {
			// The legacy mongo shell checks the server's certificate with the server's own code and
			// prints the same words ("connection attempt failed: SSLHandshakeFailed: SSL peer
			// certificate validation failed: …"): outside a server's log the peer is the server, and
			// the client-side tables (OpenSSL verify results, Windows and macOS codes) read the reason.
			if (facts.vantage?.writer !== 'server') return [];
			// mongod on Windows prints its chain-policy result as a code (winerror.h): the Windows
			// table reads it, from the server's side in a server's log (windows-signatures.ts).
			if (/"errorCode":\s*"[0-9A-Fa-f]{8}"|validation failed: \([0-9A-Fa-f]{8}\)/.test(match[0])) return [];
			return peerCertificateReading(facts, verifyReason(match[0])).map((c) =>
				allowed
					? {
							...c,
							confidence: 'medium',
							because: `${c.because ?? ''}; allowInvalidCertificates let this connection on, so a strict peer still refuses it`
						}
					: c
			);
		};
	}
	if (!('diagnosis' in meaning)) return () => [];
	const benign = meaning.diagnosis === 'benign-message';
	const serverConfig = row.surfaces === 'startup' && meaning.diagnosis === 'config-conflict';
	return () => [
		{
			id: meaning.diagnosis,
			confidence: meaning.confidence ?? (benign ? 'medium' : 'high'),
			because: `from the server’s side: ${row.side}`,
			...(benign ? { next: [ASK_CLIENT_ERROR] } : serverConfig ? { next: [ASK_SERVER_CONFIG] } : {})
		}
	];
}

/** Every diagnosis that may rank first on a row's text alone. */
export function topsOf(row: MongodMessage): readonly DiagnosisId[] {
	const m = row.meaning;
	if ('reading' in m) return m.tops;
	if ('diagnosis' in m) return m.tops ?? [m.diagnosis];
	return [];
}

/** The row's words filled with plain sample values: a text built from the format string, not captured. */
export function builtWords(text: string): string {
	return text.replace(PLACEHOLDER, (name) => SAMPLE[name.slice(1, -1)] ?? 'x');
}

const SAMPLE: Record<string, string> = {
	keyFile: '/etc/ssl/mongodb.pem',
	caFile: '/etc/ssl/ca.pem',
	crlFile: '/etc/ssl/crl.pem',
	error: '2',
	reason: 'unable to get local issuer certificate',
	remoteHost: 'db2.example.net',
	certificateNames: 'SAN(s): db1.example.net, ',
	peerSubject: 'CN=app,OU=Clients,O=Example',
	peerSubjectName: 'CN=app,OU=Clients,O=Example',
	days: '12 days',
	certExpiration: '2026-12-31T00:00:00.000Z',
	value: 'requireSSL',
	token: 'TLS1_4',
	sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
	id: '12',
	remote: '10.20.1.15:50312',
	mechanism: 'MONGODB-X509',
	principalName: 'CN=app,OU=Clients,O=Example',
	authenticationDatabase: '$external',
	client: '10.20.1.15:50312',
	result: 'AuthenticationFailed',
	connectionId: '12',
	numberCerts: '3',
	name: 'net.tls.certificateSelector',
	errorCode: '800B0109',
	key: 'issuer'
};

/** Texts real servers printed, kept with their row (they were the hand-written signatures' examples). */
const CAPTURED: Partial<Record<string, { text: string; top: DiagnosisId }[]>> = {
	'plain-on-tls-server': [
		{
			text: '2017-04-11T10:39:15.809+0000 I -        [conn16] AssertionException handling request, closing client connection: 17189 The server is configured to only allow SSL connections',
			top: 'plain-to-tls-server'
		}
	],
	'no-client-certificate-rejected': [
		{
			text: '2019-05-02T10:11:12.345+0000 E NETWORK  [conn7] no SSL certificate provided by peer; connection rejected',
			top: 'client-cert-required'
		}
	],
	'no-client-certificate-warning': [
		{ text: '2016-01-01T00:00:00.500-0700 W NETWORK  [conn9999] no SSL certificate provided by peer', top: 'benign-message' }
	],
	'peer-certificate-invalid': [
		{
			text: '2019-11-05T10:20:01.554+0000 E  NETWORK  [conn13] SSL peer certificate validation failed: certificate has expired',
			top: 'cert-expired'
		},
		{
			text: '{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"E",  "c":"NETWORK",  "id":23256,   "ctx":"conn15","msg":"SSL peer certificate validation failed","attr":{"error":"SSL peer certificate validation failed: unable to get local issuer certificate"}}',
			top: 'client-cert-untrusted'
		}
	]
};

/** A legacy (≤ 4.2) log line for a row, built from its words (not captured). */
export function legacyLine(row: MongodMessage, words = builtWords(row.legacy ?? row.text)): string {
	const thread = row.component === 'CONTROL' ? 'initandlisten' : 'conn13';
	return `2019-11-05T10:20:01.554+0000 ${row.severity ?? 'I'}  ${(row.component ?? 'NETWORK').padEnd(8)} [${thread}] ${words}`;
}

function exampleOf(row: MongodMessage): { text: string; top: DiagnosisId } {
	const text = row.kind === 'status' ? builtWords(row.text) : row.id !== undefined && !row.legacy ? jsonLine(row) : legacyLine(row);
	return { text, top: topsOf(row)[0] };
}

/**
 * One signature for rows read together (the same words at two severities): each row's pattern in
 * its own group, so the reading is the row that matched.
 */
function signatureFor(rows: MongodMessage[]): ErrorSignature {
	const [first] = rows;
	const ids = rows.flatMap((r) => (r.id === undefined ? [] : [r.id]));
	const where = ids.length ? ` (LOGV2 ${ids.join(', ')})` : '';
	const readings = rows.map(readingOf);
	return {
		id: `mongod.${first.signature ?? first.key}`,
		family: 'mongod',
		pattern: rows.length === 1 ? patternOf(first) : new RegExp(rows.map((r) => `(${patternOf(r).source})`).join('|')),
		citation: `MongoDB server ${MONGOD_SOURCES[first.source]}${where}: "${first.text}"`,
		diagnose: (facts, match) => {
			const which =
				rows.length === 1
					? 0
					: Math.max(
							0,
							rows.findIndex((_, i) => match[i + 1] !== undefined)
						);
			return readings[which](facts, match);
		},
		examples: rows.flatMap((r) => CAPTURED[r.key] ?? [exampleOf(r)])
	};
}

/** A JSON log line for a row, built from its id and msg (not captured). */
export function jsonLine(row: MongodMessage, attr = '{}'): string {
	const ctx = row.component === 'CONTROL' ? 'initandlisten' : 'conn15';
	return `{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"${row.severity ?? 'I'}",  "c":"${row.component ?? 'NETWORK'}",  "id":${row.id},   "ctx":"${ctx}","msg":"${row.text}","attr":${attr}}`;
}

function grouped(): MongodMessage[][] {
	const groups = new Map<string, MongodMessage[]>();
	for (const row of MONGOD_MESSAGES) {
		if ('unmapped' in row.meaning) continue;
		const name = row.signature ?? row.key;
		groups.set(name, [...(groups.get(name) ?? []), row]);
	}
	return [...groups.values()];
}

export const MONGOD_LOG_SIGNATURES: ErrorSignature[] = grouped().map(signatureFor);
