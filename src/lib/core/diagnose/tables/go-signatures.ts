/**
 * The Go tables (go-x509.ts, go-tls.ts, go-keys.ts) read as error signatures: one per table,
 * whose pattern is every mapped message of that table as Go prints it, with its values where the
 * source has %-verbs. Rows whose reading depends on the facts or on a value in the message name
 * their hand-written signature (families/go.ts) and are left to it.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { GoMessageRow } from './go-messages';
import { GO_KEYS } from './go-keys';
import { GO_TLS } from './go-tls';
import { GO_X509 } from './go-x509';
import { escapeForPattern as escape } from '../pattern-literal';

/** What each %-verb can print, bounded so that no match reads far ahead. */
const VALUE: Record<string, string> = {
	q: '"[^"\\n]{0,256}"',
	d: '-?\\d{1,20}',
	x: '[0-9a-f]{1,64}',
	T: '[\\w.*[\\]]{1,128}',
	s: '[^\\n]{1,256}?',
	v: '[^\\n]{1,256}?',
	w: '[^\\n]{1,256}?'
};
// The sources use the verbs bare (no widths or flags): the tables hold no other form.
const VERB = /%([qdxTsvw])/g;

/**
 * The message as a pattern: its literals, and a bounded run for each value between them. What
 * follows the last literal (a value, the error Go appends) is not needed to know the message.
 */
export function messagePattern(text: string): string {
	const parts = text.split(VERB);
	// split with one capture group alternates literal, verb letter, literal, …
	while (parts.length > 1 && parts[parts.length - 1] === '') parts.splice(-2, 2);
	let out = '';
	for (let i = 0; i < parts.length; i++) out += i % 2 ? VALUE[parts[i]] : escape(parts[i]);
	return /\w$/.test(parts[parts.length - 1]) ? `${out}(?!\\w)` : out;
}

/**
 * Go's os.PathError from the driver's os.ReadFile: "open PATH: TEXT" (or "read PATH: TEXT"). The
 * path may be a PEM's content given where its path belongs, newlines and all, so that form reads
 * to the first colon (a PEM has none).
 */
const PATH_ERROR = '(?:open|read) (?:(?:[a-z]:)?[^\\s:]{1,1024}|-----BEGIN [^:]{1,8192}): ';
const PEM_AS_PATH = /^(?:open|read) -----BEGIN /i;

const byLength = (a: GoMessageRow, b: GoMessageRow) => b.text.length - a.text.length;

/** The rows a table's own signature reads: mapped, and not left to a hand-written signature. */
const own = (rows: readonly GoMessageRow[]) => rows.filter((r) => r.diagnosis && !r.signature).sort(byLength);

function tablePattern(rows: readonly GoMessageRow[]): RegExp {
	// One alternative per leading word ("x509: ", "tls: "), so a text is tried against the rest of
	// a table only where that word is, and the gate's needles stay few.
	const groups = new Map<string, string[]>();
	for (const row of rows) {
		const lead = row.pathError ? PATH_ERROR : (/^(?:x509|tls|pkcs8|crypto\/rsa): /.exec(row.text)?.[0] ?? '');
		const rest = messagePattern(row.pathError ? row.text : row.text.slice(lead.length));
		groups.set(lead, [...(groups.get(lead) ?? []), rest]);
	}
	return new RegExp(
		[...groups].map(([lead, rests]) => (lead === PATH_ERROR ? lead : escape(lead)) + `(?:${rests.join('|')})`).join('|'),
		'i'
	);
}

/** Each row's own pattern, anchored, to tell which row a table's match was. */
const rowPattern = new Map<GoMessageRow, RegExp>(
	[...GO_X509, ...GO_TLS, ...GO_KEYS].map((r) => [r, new RegExp(`^${r.pathError ? PATH_ERROR : ''}${messagePattern(r.text)}`, 'i')])
);

export function goRowOf(rows: readonly GoMessageRow[], token: string): GoMessageRow | undefined {
	return rows.find((r) => rowPattern.get(r)!.test(token));
}

// A certificate Go cannot parse is the client's own file when tls.X509KeyPair says so, but the
// server's when it follows this wrapper (go-tls.ts), and no shared diagnosis names that.
const FROM_SERVER = /failed to parse certificate from server: $/i;
// The file SystemRootsError could not read is the system's CA bundle, not a file the options name.
const SYSTEM_ROOTS = /no roots provided; $/i;

function tableSignature(id: string, rows: readonly GoMessageRow[], summary: string, examples: ErrorSignature['examples']): ErrorSignature {
	const mine = own(rows);
	return {
		id,
		family: 'go',
		pattern: tablePattern(mine),
		citation: `${summary}: diagnose/tables/${id.replace('.', '-')}.ts`,
		diagnose: (_facts, match): Candidate[] => {
			const row = goRowOf(mine, match[0]);
			if (!row?.diagnosis) return [];
			const before = match.input.slice(Math.max(0, match.index - 60), match.index);
			if (row.file === 'crypto/x509/parser.go' && FROM_SERVER.test(before)) return [];
			if (row.pathError && SYSTEM_ROOTS.test(before)) return [];
			const confidence = row.diagnosis === 'benign-message' ? 'medium' : 'high';
			// A row's reading is fixed, so the catalogue's words explain it; only a PEM given as a path
			// says something the catalogue cannot know.
			if (row.pathError && PEM_AS_PATH.test(match[0])) {
				return [{ id: row.diagnosis, confidence, because: 'the option holds the PEM’s content, not the path of a file' }];
			}
			return [{ id: row.diagnosis, confidence }];
		},
		examples
	};
}

export const GO_TABLE_SIGNATURES: ErrorSignature[] = [
	tableSignature('go.x509', GO_X509, 'Go crypto/x509 verify.go, x509.go, parser.go (go1.19.8)', [
		{
			text: 'connection() error occured during connection handshake: x509: certificate specifies an incompatible key usage',
			top: 'wrong-purpose'
		},
		{
			text: "connection() error occurred during connection handshake: tls: failed to verify certificate: x509: cannot validate certificate for 10.0.0.5 because it doesn't contain any IP SANs",
			top: 'ip-mismatch'
		}
	]),
	tableSignature('go.tls', GO_TLS, 'Go crypto/tls handshake_client*.go, conn.go, auth.go (go1.19.8)', [
		{
			text: 'connection() error occured during connection handshake: tls: first record does not look like a TLS handshake',
			top: 'tls-to-plain-server'
		},
		{
			text: 'connection() error occurred during connection handshake: tls: server selected unsupported protocol version 301',
			top: 'protocol-version'
		}
	]),
	tableSignature(
		'go.keys',
		GO_KEYS,
		'Go crypto/tls tls.go X509KeyPair, crypto/x509 key parsers, os errors (go1.19.8); mongo-go-driver clientoptions.go (v1.8.4); youmark/pkcs8',
		[
			{ text: '2026/11/22 00:09:30 tls: private key does not match public key', top: 'key-mismatch' },
			{ text: '2026/11/22 00:09:41 open /tmp/tls-doctor-corpus/pki/no-such-ca.pem: no such file or directory', top: 'pem-file-invalid' }
		]
	)
];
