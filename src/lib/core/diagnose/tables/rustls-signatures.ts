/**
 * The rustls table (rustls.ts) read as error signatures: each text a row prints, in each rustls
 * version, is a literal in one pattern per list, and the row it came from says what it means. No
 * rustls or webpki text needs a hand-written pattern.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { handshakeClosed, unknownIssuer } from '../families/ranking';
import { RUSTLS_ERRORS, type RustlsList, type RustlsRow, type RustlsVersion } from './rustls';
import { escapeForPattern as escape } from '../pattern-literal';

const PREFIX: Partial<Record<RustlsList, string>> = {
	CertificateError: 'invalid peer certificate: ',
	CertRevocationListError: 'invalid certificate revocation list: ',
	InvalidMessage: 'received corrupt message of type ',
	PeerIncompatible: 'peer is incompatible: ',
	PeerMisbehaved: 'peer misbehaved: ',
	InconsistentKeys: 'keys may not be consistent: '
};

const byKey = new Map(RUSTLS_ERRORS.map((r) => [`${r.list}.${r.name}`, r]));

/** The row whose text a webpki row is printed as in `version` (pki_error), or the row itself. */
export function printedAs(row: RustlsRow, version: RustlsVersion): RustlsRow {
	const target = row.list === 'webpki' ? row.becomes?.[version] : undefined;
	if (!target) return row;
	const key = target.startsWith('CRL.') ? `CertRevocationListError.${target.slice(4)}` : `CertificateError.${target}`;
	const printed = byKey.get(key);
	if (!printed) throw new Error(`rustls table: ${row.name} becomes unknown ${key}`);
	return printed;
}

/** The fixed start of what `row` prints in `version`: the literal the patterns look for. */
export function literalOf(row: RustlsRow, version: RustlsVersion): string {
	const printed = printedAs(row, version);
	if (printed !== row) return literalOf(printed, version);
	if (row.list === 'Error' || row.list === 'driver' || row.list === 'tokio-rustls') return row.display!;
	if (row.list === 'webpki') return `${PREFIX.CertificateError}${version === '0.21' ? 'Other(' : 'Other(OtherError('}${row.name}`;
	if (row.list === 'CertificateError' && version === '0.23' && row.display23) return PREFIX.CertificateError + row.display23;
	return PREFIX[row.list]! + row.name;
}

/** Each literal (lower case) and the row that owns it; a webpki row printed as another row's text adds none. */
const OWNER = new Map<string, RustlsRow>();
for (const row of RUSTLS_ERRORS) for (const v of row.in) if (printedAs(row, v) === row) OWNER.set(literalOf(row, v).toLowerCase(), row);

/** The row a matched literal came from. */
export function rustlsRowOf(matched: string): RustlsRow | undefined {
	return OWNER.get(matched.toLowerCase());
}

/** One pattern for the mapped rows of some lists; a name must not run on into a longer one ("Expired" / "ExpiredContext"). */
function patternFor(lists: readonly RustlsList[]): RegExp {
	const literals = [...OWNER].filter(([, r]) => r.diagnosis && lists.includes(r.list)).map(([l]) => l);
	literals.sort((a, b) => b.length - a.length);
	return new RegExp(literals.map((l) => escape(l) + (/\w$/.test(l) ? '(?![A-Za-z0-9_])' : '')).join('|'));
}

const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:.]*\]?)$/i;

/** The name the client asked for: 0.23 prints it, older texts leave the hosts the facts found. */
function nameReading(facts: DiagnoseFacts, match: RegExpExecArray): Candidate[] {
	const rest = match.input.slice(match.index + match[0].length);
	const expected = /^"([^"\n]{1,255})"/.exec(rest)?.[1] ?? (facts.hosts?.length === 1 ? facts.hosts[0].host : undefined);
	if (expected && IP.test(expected))
		return [
			{
				id: 'ip-mismatch',
				confidence: 'high',
				because: 'the client connected by IP address and the certificate has no IP Address entry for it'
			}
		];
	return [{ id: 'hostname-mismatch', confidence: 'high' }];
}

const READINGS: Record<NonNullable<RustlsRow['reading']>, (facts: DiagnoseFacts, match: RegExpExecArray) => Candidate[]> = {
	'unknown-issuer': (facts) => unknownIssuer(facts),
	'handshake-closed': (facts) => handshakeClosed(facts),
	name: nameReading,
	'bad-signature': () => [
		{ id: 'untrusted-ca', confidence: 'high', because: 'the certificate is not signed by the key of the CA it names' },
		{
			id: 'weak-signature',
			confidence: 'medium',
			because: 'rustls 0.21 (the Rust driver 2.x) says BadSignature for a SHA-1 or MD5 signature too'
		}
	],
	// The same message for a file with no key and for a key rustls cannot parse (PKCS#8, PKCS#1 and SEC1 are read).
	'pem-item': () => [
		{ id: 'key-missing', confidence: 'medium', because: 'rustls found no private key it could read in tlsCertificateKeyFile' },
		{ id: 'pem-file-invalid', confidence: 'medium', because: 'the key block is there but is not valid PEM' }
	]
};

function diagnoseRow(facts: DiagnoseFacts, match: RegExpExecArray): Candidate[] {
	const row = rustlsRowOf(match[0]);
	if (!row?.diagnosis) return [];
	if (row.reading) return READINGS[row.reading](facts, match);
	return [{ id: row.diagnosis, confidence: 'high', ...(row.note ? { because: row.note } : {}) }];
}

const CITATION = 'rustls/rustls rustls/src/error.rs @ v/0.21.12, v/0.23.43; rustls/webpki src/error.rs @ v/0.101.7, v/0.103.13';

function signature(name: string, lists: readonly RustlsList[], citation: string, examples: ErrorSignature['examples']): ErrorSignature {
	return { id: `rustls.${name}`, family: 'rustls', pattern: patternFor(lists), citation, diagnose: diagnoseRow, examples };
}

export const RUSTLS_SIGNATURES: ErrorSignature[] = [
	signature('invalid-certificate', ['CertificateError', 'webpki', 'CertRevocationListError'], `${CITATION}: diagnose/tables/rustls.ts`, [
		// BUILT from the Rust driver's "Kind: {kind}, labels: {labels:?}" and rustls' "invalid peer certificate: {err:?}".
		{ text: 'Kind: I/O error: invalid peer certificate: UnknownIssuer, labels: {}', top: 'untrusted-ca' },
		{
			text: 'Kind: I/O error: invalid peer certificate: certificate expired: verification time 1767225600 (UNIX), but certificate is not valid after 1735689600 (31536000 seconds ago), labels: {}, source: None, server response: None',
			top: 'cert-expired'
		},
		{ text: 'Kind: I/O error: invalid peer certificate: Other(OtherError(CaUsedAsEndEntity)), labels: {}', top: 'wrong-purpose' }
	]),
	signature('incompatible', ['PeerIncompatible'], `${CITATION}: PeerIncompatible`, [
		{ text: 'Kind: I/O error: peer is incompatible: ServerDoesNotSupportTls12Or13, labels: {}', top: 'protocol-version' }
	]),
	signature('corrupt-message', ['InvalidMessage'], `${CITATION}: InvalidMessage`, [
		{ text: 'Kind: I/O error: received corrupt message of type InvalidContentType, labels: {}', top: 'tls-to-plain-server' }
	]),
	signature('handshake-eof', ['tokio-rustls'], 'rustls/tokio-rustls src/common/mod.rs @ v/0.24.1, v/0.26.4: "tls handshake eof"', [
		// BUILT from the driver's "Kind: I/O error: {0}" around tokio-rustls' io::Error.
		{ text: 'Kind: I/O error: tls handshake eof, labels: {}', top: 'tls-to-plain-server' }
	]),
	signature('keys', ['InconsistentKeys'], `${CITATION}: InconsistentKeys`, [
		{ text: 'Kind: keys may not be consistent: KeyMismatch, labels: {}', top: 'key-mismatch' }
	]),
	signature(
		'driver-tls-config',
		['driver'],
		'mongodb/mongo-rust-driver runtime/tls_rustls.rs @ v2.8.2, v3.8.1 (and pem.rs): ErrorKind::InvalidTlsConfig, DnsResolve',
		[
			{
				text: 'Kind: Failed to decrypt private key: …, labels: {}, source: None, server response: None',
				top: 'key-encrypted'
			}
		]
	)
];
