/**
 * The Node table (node.ts) read as error signatures: one per list, whose pattern is every mapped
 * row's message (its fixed parts, a bounded run where Node puts a value) and code, and whose
 * meaning is the row's. Node's own TLS texts need no hand-written pattern.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { closedAfterConnect, handshakeClosed, tlsInUse } from '../families/ranking';
import { NODE_ERRORS, type NodeList, type NodeRow } from './node';
import { escapeForPattern as escape } from '../pattern-literal';

/** A value Node puts in a message: one line, no quote, bounded so a long run cannot make it slow. */
const VALUE = '[^\\n"\'`]{0,200}';

/**
 * The driver's values are one word each (a connection id or <monitor>, host:port, a duration):
 * with room for spaces, "connection <1> to <2> closed" would run over other stacks' sentences
 * ("connection handshake: tls: failed to send … (but connection was closed").
 */
const WORD = '[^\\s"\'`]{1,200}';

/** A message as a pattern: fixed parts escaped, each <n> a bounded value. */
export function messagePattern(message: string, value = VALUE): string {
	return message.split(/<\d+>/).map(escape).join(value);
}

/** A function name ("SSL_CTX_use_PrivateKey") is Node's whole message only when nothing follows it on its line. */
const isBareName = (message: string) => /^[A-Za-z0-9_]+$/.test(message);

/** The pattern of one mapped row. */
function rowPattern(row: NodeRow): string {
	const message = row.message!;
	if (row.list === 'fs') return `\\b${escape(row.name)}: ${escape(message)}, (?:open|read)\\b`;
	// The 4.x driver's short messages ("connection closed") are its only when its class frames them.
	if (row.list === 'driver' && !message.includes('<')) return `(?:${row.name}|MongoServerSelectionError): ${escape(message)}(?![\\w ])`;
	if (isBareName(message)) return `(?:^|: )${escape(message)}[ \\t]*$`;
	const codes = row.list === 'ERR_TLS' ? [`\\b${row.name}\\b`] : [];
	return [messagePattern(message, row.list === 'driver' ? WORD : VALUE), ...codes].join('|');
}

const mapped = (list: NodeList) => NODE_ERRORS.filter((r) => r.list === list && r.diagnosis && r.message);

/** The row a match came from: the first mapped row of the list whose own pattern matches the matched text. */
const ROW_PATTERNS = new Map(NODE_ERRORS.filter((r) => r.diagnosis && r.message).map((r) => [r, new RegExp(rowPattern(r), 'im')] as const));
export function nodeRowOf(list: NodeList, matched: string): NodeRow | undefined {
	return mapped(list).find((r) => ROW_PATTERNS.get(r)!.test(matched));
}

const READINGS: Record<NonNullable<NodeRow['reading']>, (facts: DiagnoseFacts, match: RegExpExecArray) => Candidate[]> = {
	'handshake-closed': (facts) => handshakeClosed(facts),
	'closed-after-connect': (facts, match) => closedAfterConnect(facts, { tlsInUse: tlsInUse(match.input, facts) }),
	'timed-out': (facts, match) =>
		tlsInUse(match.input, facts)
			? [
					{
						id: 'handshake-timeout',
						confidence: 'medium',
						because: 'the connection opened but the TLS or MongoDB handshake never finished'
					}
				]
			: [{ id: 'handshake-timeout', confidence: 'low' }],
	// The person put the PEM itself where the option wants a path (tlsCAFile=-----BEGIN CERTIFICATE-----…).
	'name-too-long': (_facts, match) =>
		/^ '?-----BEGIN /.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 16))
			? [
					{
						id: 'pem-file-invalid',
						confidence: 'high',
						because:
							'the option holds the certificate or key itself where a file path belongs: save it to a file and give that path, or pass it as the ca / cert / key option'
					}
				]
			: [{ id: 'pem-file-invalid', confidence: 'medium', because: 'the path is longer than the system allows' }],
	'extra-ca-certs': () => [
		{
			id: 'pem-file-invalid',
			confidence: 'high',
			because: 'NODE_EXTRA_CA_CERTS names a file Node could not read, so the CA it should add is not trusted',
			explains: ['untrusted-ca', 'self-signed-in-chain', 'missing-intermediate']
		}
	]
};

function diagnoseRow(list: NodeList) {
	return (facts: DiagnoseFacts, match: RegExpExecArray): Candidate[] => {
		const row = nodeRowOf(list, match[0]);
		if (!row?.diagnosis) return [];
		if (row.reading) return READINGS[row.reading](facts, match);
		return [{ id: row.diagnosis, confidence: 'high', ...(row.note ? { because: row.note } : {}) }];
	};
}

function signature(name: string, list: NodeList, citation: string, examples: ErrorSignature['examples']): ErrorSignature {
	return {
		id: `node.${name}`,
		family: 'node',
		pattern: new RegExp(mapped(list).map(rowPattern).join('|'), 'm'),
		citation: `${citation}: diagnose/tables/node.ts`,
		diagnose: diagnoseRow(list),
		examples
	};
}

export const NODE_TABLE_SIGNATURES: ErrorSignature[] = [
	signature('tls-code', 'ERR_TLS', 'nodejs/node lib/internal/errors.js ERR_TLS_* (Node v20.20.2)', [
		// BUILT from E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048').
		{ text: 'MongoServerSelectionError: DH parameter size 1024 is less than 2048', top: 'dh-key-too-small' }
	]),
	// The id the ranking rules name (socket-disconnected-over-reset).
	signature('socket-disconnected', 'tls_wrap', 'nodejs/node lib/_tls_wrap.js onConnectEnd (ECONNRESET)', [
		{
			text: 'MongoServerSelectionError: Client network socket disconnected before secure TLS connection was established',
			top: 'tls-to-plain-server'
		}
	]),
	signature('secure-context', 'crypto_context', 'nodejs/node src/crypto/crypto_context.cc @ 00f666a7 (SecureContext)', [
		// Captured here: Node v20.20.2, mongodb 7.9.0, tlsCRLFile naming a certificate.
		{ text: 'MongoServerSelectionError: Failed to parse CRL', top: 'crl-problem' }
	]),
	signature(
		'connection-lost',
		'driver',
		'MongoDB Node driver src/cmap/connect.ts, connection.ts (v4.17.2, v7.9.0): MongoNetworkError, MongoNetworkTimeoutError',
		[
			// Captured here (tests/fixtures/errors/captured/node/plain-to-tls-server.txt): the driver without TLS to a TLS port.
			{ text: 'MongoServerSelectionError: connection <monitor> to 127.0.0.1:28422 closed', top: 'plain-to-tls-server' },
			{ text: 'MongoNetworkTimeoutError: connection 1 to 127.0.0.1:27017 timed out', top: 'handshake-timeout' }
		]
	),
	signature(
		'file-read',
		'fs',
		'Node fs.readFile of tlsCAFile / tlsCertificateKeyFile / tlsCRLFile (mongodb src/mongo_client.ts); libuv errno texts',
		[
			// Captured here: Node v20.20.2, mongodb 7.9.0.
			{ text: "Error: ENOENT: no such file or directory, open '/tmp/tls-doctor-corpus/pki/no-such-ca.pem'", top: 'pem-file-invalid' },
			{ text: 'Error: EISDIR: illegal operation on a directory, read', top: 'pem-file-invalid' }
		]
	)
];
