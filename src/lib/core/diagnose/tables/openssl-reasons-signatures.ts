/**
 * The OpenSSL reason table (openssl-reasons.ts) read as error signatures: one per reason text,
 * whose pattern is every rendering of it (packed 3.x and 1.1 codes, PyOpenSSL's tuple, Python's
 * bracket, Node's err.code) and whose meaning is the row's diagnosis or reading. The hand-written
 * reason regexes this replaces are gone from families/openssl.ts.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { handshakeClosed } from '../families/ranking';
import { escapeForPattern as escape } from '../pattern-literal';
import {
	OPENSSL_REASONS,
	REASON_LIBS,
	nodeCode,
	packed3,
	pythonBracket,
	type OpensslReasonRow,
	type ReasonLib,
	type ReasonReading
} from './openssl-reasons';

type Lib = Exclude<ReasonLib, 'ERR'>;

const libsOf = (row: OpensslReasonRow): readonly Lib[] => (row.lib === 'ERR' ? row.under! : [row.lib]);

/** Every rendering of a row a client prints, as literal text (the tests build their texts from these). */
export function reasonRenderings(row: OpensslReasonRow): { form: string; text: string }[] {
	return libsOf(row).flatMap((lib) => {
		const hex = packed3(row, lib).toString(16).toUpperCase().padStart(8, '0');
		const own = [
			...(lib === 'SYS' ? [] : [{ form: 'python', text: pythonBracket(row, lib) }]),
			...(REASON_LIBS[lib].node ? [{ form: 'node-code', text: nodeCode(row, lib) }] : [])
		];
		return [
			{ form: 'openssl-3', text: `error:${hex}:${REASON_LIBS[lib].text}::${row.text}` },
			...own,
			{ form: 'pyopenssl', text: `('${REASON_LIBS[lib].text}', '', '${row.text}')` }
		];
	});
}

/** One pattern for every row sharing a text: the framings that name the library, and the bare text where it is distinctive. */
function patternFor(rows: readonly OpensslReasonRow[]): RegExp {
	const t = escape(rows[0].text);
	// A reason that another mapped reason starts with ("no certificate found" is not a prefix, but
	// "wrong version number" may be followed by other words): the framing ends at a word boundary.
	const alternatives = rows.flatMap((row) =>
		libsOf(row).flatMap((lib) => {
			const name = escape(REASON_LIBS[lib].text);
			// 3.x "…routines::text", 1.1 "…routines:func:text", PyOpenSSL's tuple. The reason text comes
			// first and the library behind it is a bounded lookbehind: the gate's needle is then the
			// reason itself, not the "SSL routines:" every OpenSSL error has.
			const framed = [`${t}\\b(?<=${name}:[a-z0-9_]{0,80}:${t})`, `${t}'(?<=${name}', '[a-z0-9_]{0,80}', '${t}')`];
			if (lib === 'SYS') return framed;
			// Python prints "[LIB] text" for a reason missing from its name table (3.11 on OpenSSL 3.0 does for 333).
			const node = REASON_LIBS[lib].node ? [`\\b${nodeCode(row, lib)}\\b`] : [];
			return [...framed, escape(pythonBracket(row, lib)), escape(`[${lib}] ${row.text}`), ...node];
		})
	);
	if (rows.some((r) => r.bare)) alternatives.push(`\\b${t}\\b`);
	return new RegExp([...new Set(alternatives)].join('|'), 'i');
}

const READINGS: Record<ReasonReading, (facts: DiagnoseFacts) => Candidate[]> = {
	'not-tls': () => [
		{
			id: 'tls-to-plain-server',
			confidence: 'high',
			because: 'the answer to the TLS hello was not TLS at all: the port speaks plain MongoDB, HTTP or something else'
		}
	],
	'no-shared-cipher': () => [
		{
			id: 'no-shared-cipher',
			confidence: 'high',
			because: 'the server found no cipher suite in common with the client',
			next: [
				{
					ask: 'If the client is PyMongo on Python 3.10 or newer and the server is MongoDB 4.0 or older, that pairing is the usual cause; paste the client error too'
				}
			]
		},
		{
			id: 'python310-legacy-server',
			confidence: 'medium',
			because: 'with a Python 3.10+ client and MongoDB 4.0 or older this is the expected server log line'
		}
	],
	'handshake-closed': handshakeClosed,
	'pem-lib': (facts) => {
		// "[SSL] PEM lib" and OpenSSL 3's decoder "unsupported" both come from loading the
		// certificate-and-key file: no key in it, a key whose password is wrong, or not PEM at all.
		const options = facts.tlsOptions ?? {};
		if (options.tlsCertificateKeyFilePassword || options.ssl_pem_passphrase)
			return [
				{
					id: 'key-encrypted',
					confidence: 'high',
					because: 'a key password was given and the key still could not be read: the password does not open it'
				},
				{ id: 'key-missing', confidence: 'medium' },
				{ id: 'pem-file-invalid', confidence: 'medium' }
			];
		return [
			{
				id: 'key-missing',
				confidence: options.tlsCertificateKeyFile ? 'high' : 'medium',
				because: 'the certificate-and-key file could be read, but no private key was found in it'
			},
			{ id: 'pem-file-invalid', confidence: 'medium' },
			{
				id: 'key-encrypted',
				confidence: 'low',
				because: 'Python says the same when the key is encrypted and the password is wrong',
				next: [{ ask: 'Does the key part of the file start with "-----BEGIN ENCRYPTED PRIVATE KEY-----"? Then the password is wrong' }]
			}
		];
	}
};

const kebab = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The signature id of the rows that print a text: openssl.reason-<text>. */
export const reasonSignatureId = (text: string) => `openssl.reason-${kebab(text)}`;

const groups = new Map<string, OpensslReasonRow[]>();
for (const row of OPENSSL_REASONS) {
	const key = row.text.toLowerCase();
	groups.set(key, [...(groups.get(key) ?? []), row]);
}

function signatureFor(rows: readonly OpensslReasonRow[]): ErrorSignature {
	const first = rows[0];
	const reading = first.reading;
	const diagnosis = first.diagnosis;
	const example = reasonRenderings(first)[0].text;
	return {
		id: reasonSignatureId(first.text),
		family: 'openssl',
		pattern: patternFor(rows),
		citation: `${rows.map((r) => r.citation).join('; ')}: diagnose/tables/openssl-reasons.ts`,
		diagnose: reading ? READINGS[reading] : () => [{ id: diagnosis!, confidence: 'high' }],
		// Built from the table's format (the rendering tests hold the captured texts).
		examples: [{ text: example, top: reading ? READINGS[reading]({})[0].id : diagnosis! }]
	};
}

export const OPENSSL_REASON_SIGNATURES: ErrorSignature[] = [...groups.values()].map(signatureFor);

/** The signatures whose rows say why a certificate-and-key or CA file could not be loaded. */
export const KEY_FILE_REASON_SIGNATURES: readonly string[] = [...groups.values()]
	.filter((rows) =>
		rows.some(
			(r) => r.reading === 'pem-lib' || ['key-mismatch', 'key-encrypted', 'key-missing', 'pem-file-invalid'].includes(r.diagnosis ?? '')
		)
	)
	.map((rows) => reasonSignatureId(rows[0].text));
