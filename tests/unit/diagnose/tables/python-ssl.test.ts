/**
 * The Python ssl table against the extract of CPython's and PyMongo's messages
 * (tests/fixtures/vocabulary/python-ssl.tsv): every entry is a row, mapped or unmapped with a
 * reason. Every mapped row is diagnosed as it says, in texts BUILT from its format string as
 * Python and PyMongo print it; the texts CAPTURED here from CPython 3.11 and PyMongo 3.11
 * (tests/fixtures/errors/captured/python-ssl, tests/fixtures/make-python-ssl-captures.sh) too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { PYTHON_SSL, type PythonSslRow } from '../../../../src/lib/core/diagnose/tables/python-ssl';
import { formatExample } from '../../../../src/lib/core/diagnose/tables/python-ssl-signatures';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const EXTRACT = readFileSync(join(FIXTURES, 'vocabulary', 'python-ssl.tsv'), 'utf8')
	.split('\n')
	.filter((l) => l.length)
	.map((l) => {
		const [source, exception, text] = l.split('\t');
		return { source, exception, text };
	});

// PyMongo 4's get_ssl_context (pymongo-4-ssl-support.tsv): the same list for the 4.x driver.
for (const l of readFileSync(join(FIXTURES, 'vocabulary', 'pymongo-4-ssl-support.tsv'), 'utf8')
	.split('\n')
	.filter((l) => l.length)) {
	const [exception, text] = l.split('\t');
	EXTRACT.push({ source: 'PyMongo 4 pymongo/ssl_support.py', exception, text });
}

/** A message without its values: ssl.py and PyMongo's copy differ only in "%r" / "{!r}." */
const norm = (s: string) => s.replace(/%r|\{!r\}|%s|%d/g, '…').replace(/\.$/, '');

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const tops = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

// A handshake cut short: a port that is not TLS, the Python 3.10 / MongoDB 4.0 pair, a reset, Atlas' access list.
const CLOSED: DiagnosisId[] = [
	'tls-to-plain-server',
	'python310-legacy-server',
	'connection-reset',
	'atlas-ip-access-list',
	'plain-to-tls-server'
];
// "[SSL] PEM lib": no key in the file, a wrong key password, or not PEM at all.
const PEM_LIB: DiagnosisId[] = ['key-missing', 'key-encrypted', 'pem-file-invalid'];

function acceptable(row: PythonSslRow): DiagnosisId[] {
	if (row.reading === 'handshake-closed') return CLOSED;
	if (row.reading === 'handshake-timeout') return ['handshake-timeout'];
	return [row.diagnosis!];
}

describe('python-ssl table against CPython and PyMongo', () => {
	const sources = new Map<string, { all: number; mapped: number; unmapped: number }>();
	for (const e of EXTRACT) {
		const row = PYTHON_SSL.find((r) => norm(r.text) === norm(e.text));
		const c = sources.get(e.source) ?? { all: 0, mapped: 0, unmapped: 0 };
		c.all++;
		if (row?.diagnosis || row?.reading) c.mapped++;
		else if (row?.unmapped) c.unmapped++;
		sources.set(e.source, c);
		it(`${e.source}: "${e.text}" is a row with a diagnosis or a reason`, () => {
			expect(row, e.text).toBeDefined();
			expect(row!.diagnosis ?? row!.reading ?? row!.unmapped).toBeTruthy();
		});
	}
	it('prints the coverage per source', () => {
		for (const [source, c] of sources)
			console.log(
				`coverage, Python ${source}: ${c.mapped + c.unmapped} of ${c.all} (${c.mapped} mapped to a diagnosis, ${c.unmapped} unmapped with a reason)`
			);
		expect(sources.size).toBeGreaterThan(3);
	});
	it('has no row the sources do not have', () => {
		for (const row of PYTHON_SSL)
			expect(
				EXTRACT.some((e) => norm(e.text) === norm(row.text)),
				row.text
			).toBe(true);
	});
});

/** BUILT from the row's format string, as Python raises it and as PyMongo wraps it. */
function renderings(row: PythonSslRow): { stack: string; text: string }[] {
	const message = formatExample(row.text);
	const exception = row.exception.split(' ')[0];
	const out: { stack: string; text: string }[] = [];
	// The ERRSTR timeouts carry "_ssl.c:N: " in front; fill_and_set_sslerror's errors " (_ssl.c:N)" behind.
	const python = row.framed || row.reading === 'handshake-timeout' ? `_ssl.c:975: ${message}` : message;
	const ssl = /^ssl\./.test(exception) && !/match|certificate|hostname|wildcard/i.test(row.text) ? `${python} (_ssl.c:992)` : python;
	out.push({
		stack: 'Python',
		text: `Traceback (most recent call last):\n  File "/app/main.py", line 9, in <module>\n${exception}: ${ssl}`
	});
	// How another exception's repr quotes it (urllib3, requests, PyMongo's AutoReconnect): SSLError(SSLEOFError(8, '…')).
	if (exception.startsWith('ssl.')) out.push({ stack: 'repr', text: `SSLError(${exception.slice(4)}(8, ${JSON.stringify(ssl)}))` });
	// Python 3.8 and 3.9 raised socket.timeout for the timeouts (an alias of TimeoutError since 3.10).
	if (row.reading === 'handshake-timeout') out.push({ stack: 'Python 3.9', text: `socket.timeout: ${python}` });
	if (row.reading || /hostname|wildcard|commonName/.test(row.text))
		// PyMongo: "SSL handshake failed: host:port: <error>" (pool.py _configured_socket) inside the selection error.
		out.push({
			stack: 'PyMongo',
			text: `pymongo.errors.ServerSelectionTimeoutError: SSL handshake failed: db.example.net:27017: ${ssl}, Timeout: 30s, Topology Description: <TopologyDescription id: 65f0, topology_type: Unknown>`
		});
	return out;
}

describe('python-ssl renderings', () => {
	let n = 0;
	for (const row of PYTHON_SSL.filter((r) => (r.diagnosis || r.reading) && !r.signature)) {
		const ok = acceptable(row);
		for (const r of renderings(row)) {
			n++;
			it(`${row.id} as ${r.stack} → ${ok.join(' | ')}`, () => {
				const ids = tops(r.text);
				expect(ok, `${r.text}\n→ ${ids.join(', ')}`).toContain(ids[0]);
			});
		}
	}
	it('counts its texts', () => {
		console.log(`python-ssl renderings: ${n} texts (built)`);
		expect(n).toBeGreaterThan(20);
	});

	it('reads a timeout against Atlas as the access list or the timeout', () => {
		const text =
			'pymongo.errors.ServerSelectionTimeoutError: SSL handshake failed: cluster0-shard-00-00.abcde.mongodb.net:27017: _ssl.c:975: The handshake operation timed out, Timeout: 30s';
		expect(['atlas-ip-access-list', 'handshake-timeout']).toContain(tops(text)[0]);
	});

	it('does not take another library\'s "The read operation timed out" for the TLS layer', () => {
		expect(tops("requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='x', port=443): The read operation timed out")).not.toContain(
			'handshake-timeout'
		);
	});
});

// CAPTURED here by tests/fixtures/make-python-ssl-captures.sh; each with every top an honest reader may give.
const CAPTURED: Record<string, DiagnosisId[]> = {
	'pem-lib': PEM_LIB,
	'bad-password': PEM_LIB,
	'key-mismatch': ['key-mismatch'],
	'missing-file': ['pem-file-invalid'],
	'ca-not-pem': ['pem-file-invalid'],
	'cadata-not-pem': ['pem-file-invalid'],
	'wrong-version': ['tls-to-plain-server'],
	'zero-return': CLOSED,
	'handshake-timeout': ['handshake-timeout'],
	'match-hostname': ['hostname-mismatch'],
	'pymongo-wrong-version': ['tls-to-plain-server'],
	'pymongo-pem-lib': PEM_LIB,
	'pymongo-key-mismatch': ['key-mismatch'],
	// The traceback shows the connection string: a key password was given, so "[SSL] PEM lib" is that password failing.
	'pymongo-bad-password': ['key-encrypted'],
	'pymongo-missing-ca': ['pem-file-invalid'],
	'pymongo-pem-as-path': ['pem-file-invalid']
};

describe('python-ssl captured texts', () => {
	it('reads "[SSL] PEM lib" as the key password failing when PyMongo 3\'s ssl_pem_passphrase was given', () => {
		// The captured text with the call written in PyMongo 3's option names (common.py: ssl_pem_passphrase, renamed).
		const text = readFileSync(join(FIXTURES, 'errors', 'captured', 'python-ssl', 'pymongo-bad-password.txt'), 'utf8').replace(
			/client\('mongodb:[^\n]*/,
			"client('mongodb://127.0.0.1:1/', ssl=True, ssl_certfile='enc.pem', ssl_pem_passphrase='wrong')"
		);
		expect(text).toContain('ssl_pem_passphrase');
		expect(tops(text)[0]).toBe('key-encrypted');
	});

	it('says why when a PEM’s content was passed as a path', () => {
		const text = readFileSync(join(FIXTURES, 'errors', 'captured', 'python-ssl', 'pymongo-pem-as-path.txt'), 'utf8');
		const first = diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context)[0];
		expect(first.id).toBe('pem-file-invalid');
		expect(JSON.stringify(first)).toMatch(/content where a path belongs/);
	});

	for (const [name, ok] of Object.entries(CAPTURED)) {
		it(`captured/python-ssl/${name}.txt → ${ok.join(' | ')}`, () => {
			const text = readFileSync(join(FIXTURES, 'errors', 'captured', 'python-ssl', `${name}.txt`), 'utf8');
			const ids = tops(text);
			expect(ok, ids.join(', ')).toContain(ids[0]);
		});
	}
});
