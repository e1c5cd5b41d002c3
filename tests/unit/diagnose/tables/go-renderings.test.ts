/**
 * Every mapped row of the Go tables, in every rendering a Go client prints it, is diagnosed as
 * the row says. Texts captured from a real Go client here (Go 1.19.8 with mongo-go-driver 1.8.4:
 * the corpus's tests/fixtures/errors/captured/go/ and scripts/vocabulary/capture-go.sh's
 * tests/fixtures/vocabulary/go-captured/) are used where a capture holds the row's message; the
 * others are BUILT from the source's format string, with the values a real run would print in
 * place of its %-verbs, and are marked so by their stack name ("built: …").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import type { GoMessageRow } from '../../../../src/lib/core/diagnose/tables/go-messages';
import { GO_KEYS } from '../../../../src/lib/core/diagnose/tables/go-keys';
import { GO_TLS } from '../../../../src/lib/core/diagnose/tables/go-tls';
import { GO_X509 } from '../../../../src/lib/core/diagnose/tables/go-x509';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const ids = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

const ERRORS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'errors');
const INDEX: { file: string; top: string | string[] }[] = JSON.parse(readFileSync(join(ERRORS, 'index.json'), 'utf8'));
/** Each corpus capture with the tops the corpus accepts for it (index.json, never changed here). */
const CORPUS = readdirSync(join(ERRORS, 'captured', 'go')).map((f) => {
	const top = INDEX.find((e) => e.file === `captured/go/${f}`)?.top ?? [];
	return { file: f, text: readFileSync(join(ERRORS, 'captured', 'go', f), 'utf8').trim(), tops: [top].flat() as string[] | undefined };
});
/** The captures of scripts/vocabulary/capture-go.sh, for the rows the corpus does not reach: held to the row. */
const VOCABULARY = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary', 'go-captured');
const CAPTURED = [
	...CORPUS,
	...readdirSync(VOCABULARY).map((f) => ({
		file: `vocabulary/${f}`,
		text: readFileSync(join(VOCABULARY, f), 'utf8').trim(),
		tops: undefined
	}))
];

/** What a real run prints for a %-verb, by the verb's place in the message. */
const VALUES: Record<string, string> = {
	'%q': '"db.example.net"',
	'%d': '70000',
	'%x': '301',
	'%T': '*rsa.PrivateKey',
	'%s': 'EOF',
	'%v': 'EOF',
	'%w': 'EOF'
};
/** What Go appends to the messages it builds by concatenation (the detail or the wrapped error). */
const TAILS: Record<string, string> = {
	'x509: certificate has expired or is not yet valid: ': 'current time 2026-01-01T00:00:00Z is after 2025-06-01T00:00:00Z',
	'x509: certificate is valid for ': 'db.example.net, db, not db2.example.net',
	'x509: certificate is not valid for any names, but wanted to match ': 'db.example.net',
	'x509: cannot validate certificate for ': "10.0.0.5 because it doesn't contain any IP SANs",
	'x509: cannot parse IP address of length ': '5',
	'x509: invalid constraint value: ': 'x509: malformed OID'
};
const fill = (row: GoMessageRow) => {
	const text = row.text.replace(/%[qdxTsvw]/g, (v) => (row.text.includes('insecure algorithm') ? 'SHA1-RSA' : VALUES[v]));
	return text.endsWith(' ') ? text + (TAILS[row.text] ?? 'EOF') : text;
};

const topology = (error: string) =>
	`2026/01/01 00:00:00 server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: db.example.net:27017, Type: Unknown, Last error: connection() error occured during connection handshake: ${error} }, ] }`;

// The errors CheckSignatureFrom returns, which Go shows inside UnknownAuthorityError's hint.
const HINTS = new Set([
	'x509: cannot verify signature: insecure algorithm %v',
	'x509: invalid signature: parent certificate cannot sign this kind of certificate',
	'x509: signature algorithm specifies an %s public key, but have public key of type %T',
	'x509: ECDSA verification failure',
	'x509: Ed25519 verification failure',
	'crypto/rsa: verification error'
]);

interface Rendering {
	stack: string;
	text: string;
	/** A capture's accepted tops, from the corpus index. */
	tops?: string[];
}

const MAPPED = [...GO_X509, ...GO_TLS, ...GO_KEYS].filter((r) => r.diagnosis);
/** The literal a capture must hold to show a row: the message up to its first value. */
const literalOf = (row: GoMessageRow) => row.text.split(/%[qdxTsvw]/)[0];
/** Each capture goes to the most specific row it shows (the insecure algorithm inside an unknown authority). */
const captureRow = new Map(
	CAPTURED.map((c) => [c, MAPPED.filter((r) => c.text.includes(literalOf(r))).sort((a, b) => literalOf(b).length - literalOf(a).length)[0]])
);

function renderings(row: GoMessageRow, table: 'x509' | 'tls' | 'keys'): Rendering[] {
	const message = fill(row);
	const out: Rendering[] = CAPTURED.filter((c) => captureRow.get(c) === row).map((c) => ({
		stack: `captured: ${c.file}`,
		text: c.text,
		tops: c.tops
	}));
	if (table === 'x509' && row.file === 'crypto/x509/parser.go') {
		// tls.X509KeyPair parsing the client certificate; the driver returns it from Connect.
		out.push({ stack: 'built: X509KeyPair (driver Connect)', text: `2026/01/01 00:00:00 ${message}` });
	} else if (table === 'x509') {
		const error = HINTS.has(row.text)
			? `x509: certificate signed by unknown authority (possibly because of ${JSON.stringify(message)} while trying to verify candidate authority certificate "Example CA")`
			: message;
		out.push({ stack: 'built: Go 1.19 verify', text: topology(error) });
		out.push({ stack: 'built: Go 1.20+ verify', text: topology(`tls: failed to verify certificate: ${error}`) });
	} else if (table === 'tls') {
		out.push({ stack: 'built: handshake', text: topology(message) });
	} else if (row.pathError) {
		out.push({ stack: 'built: os.ReadFile', text: `2026/01/01 00:00:00 open /etc/ssl/mongo/ca.pem: ${row.text}` });
		if (row.text === 'is a directory') out.push({ stack: 'built: os.ReadFile read', text: `read /etc/ssl/mongo: ${row.text}` });
	} else {
		out.push({ stack: 'built: driver Connect', text: `2026/01/01 00:00:00 ${message}` });
	}
	return out;
}

describe('Go table renderings', () => {
	const counts = new Map<string, number>();
	const tables: ['x509' | 'tls' | 'keys', readonly GoMessageRow[]][] = [
		['x509', GO_X509],
		['tls', GO_TLS],
		['keys', GO_KEYS]
	];
	for (const [table, rows] of tables) {
		for (const row of rows.filter((r) => r.diagnosis)) {
			for (const r of renderings(row, table)) {
				const stack = r.stack.startsWith('captured') ? 'captured' : r.stack;
				counts.set(`${table}, ${stack}`, (counts.get(`${table}, ${stack}`) ?? 0) + 1);
				it(`${row.text} as ${r.stack} is diagnosed ${row.diagnosis}`, () => {
					const found = ids(r.text);
					// A capture is held to what the corpus accepts for it, which depends on its host.
					if (r.tops) expect(r.tops).toContain(found[0]);
					// Rows read by their own signature rank by the facts or by a value: the row's diagnosis is one of them.
					else if (row.signature) expect(found).toContain(row.diagnosis);
					else expect(found[0]).toBe(row.diagnosis);
				});
			}
		}
	}
	it('prints how many texts each rendering got', () => {
		for (const [stack, n] of counts) console.log(`go renderings, ${stack}: ${n} texts`);
		expect(counts.size).toBeGreaterThan(0);
	});
});

describe('Go readings that depend on where a message stands', () => {
	it('reads a PEM given where its path belongs as that, not as a missing file', () => {
		const text = 'open -----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ3bWQ1\n-----END CERTIFICATE-----\n: file name too long';
		const d = diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);
		expect(d[0].id).toBe('pem-file-invalid');
		expect(JSON.stringify(d[0])).toContain('content');
	});

	it('does not call a server certificate Go cannot parse a bad local file', () => {
		for (const reason of ['x509: malformed certificate', 'x509: negative serial number']) {
			const found = ids(topology(`tls: failed to parse certificate from server: ${reason}`));
			expect(found).not.toContain('pem-file-invalid');
		}
	});

	it('does not blame the options for the system CA bundle Go could not read (captured)', () => {
		const text = readFileSync(join(VOCABULARY, 'no-system-roots.txt'), 'utf8');
		expect(ids(text)).toEqual(['missing-system-roots']);
	});

	it('reads the wrapper of Go 1.20+ around an unknown authority as the unknown authority', () => {
		expect(ids(topology('tls: failed to verify certificate: x509: certificate signed by unknown authority'))[0]).toBe('untrusted-ca');
	});
});
