/**
 * How a mongod log is read from the server's side (diagnose/vantage.ts), for the shapes the log
 * table's lines arrive in: behind a log collector's prefix, from a server that did not start, and
 * the legacy shell's own lines, which look like a server's but are a client's.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { extractFacts } from '../../../../src/lib/core/diagnose/facts';
import { fixtureText } from '../../../helpers/fixtures';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const run = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);

// A 4.2 mongod line (built from ssl_manager_openssl.cpp _handleSSLError, "SSL: " + the OpenSSL
// error): the client sent unknown_ca, so it is the client that did not trust this server.
const LEGACY = '2019-11-05T10:20:01.554+0000 E  NETWORK  [conn13] SSL: error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca';

describe('a server log behind a log collector’s prefix', () => {
	const shapes: [string, string][] = [
		['docker compose', `mongo_1  | ${LEGACY}`],
		['docker compose --timestamps', `mongo-1     | 2025-01-13T01:39:20.969117132Z ${LEGACY}`],
		['kubectl logs --prefix', `[pod/mongo-0/mongod] ${LEGACY}`],
		['journald / syslog', `Dec  4 10:00:00 db1 mongod[812]: ${LEGACY}`]
	];
	for (const [name, text] of shapes) {
		it(`${name}: still the server's side (the alert came from the client)`, () => {
			expect(extractFacts(text).vantage).toMatchObject({ writer: 'server', logFormat: 'legacy', peer: 'client' });
			expect(run(text)[0].id).toBe('untrusted-ca');
		});
	}
});

describe('a server that did not start', () => {
	const JSON_START =
		'{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"F",  "c":"CONTROL",  "id":20574,   "ctx":"initandlisten","msg":"Error during global initialization","attr":{"error":{"code":72,"codeName":"InvalidOptions","errmsg":"The use of TLS without specifying a chain of trust is no longer supported"}}}';
	const LEGACY_START =
		'2019-08-01T10:00:00.000+0000 F  CONTROL  [main] Failed global initialization: BadValue: need to enable TLS via the sslMode/tlsMode flag when using TLS configuration parameters';
	for (const [format, text] of [
		['JSON', JSON_START],
		['legacy', LEGACY_START]
	]) {
		it(`${format}: no client is involved; the files and options are the server's own`, () => {
			const vantage = extractFacts(text).vantage;
			expect(vantage).toMatchObject({ writer: 'server', startup: true, peer: 'server' });
			expect(vantage?.direction).toBeUndefined();
			const [top] = run(text);
			expect(top.id).toBe('config-conflict');
			expect(top.explanation).toMatch(/failed while starting/);
			// What settles it is the server's own configuration, not a client's connection string.
			expect(top.next[0]?.ask).toMatch(/mongod\.conf/);
		});
	}

	it('a connection’s TLS line in the same paste keeps the incoming reading', () => {
		const text = `${LEGACY_START}\n2019-11-05T10:20:01.554+0000 E  NETWORK  [conn13] no SSL certificate provided by peer; connection rejected`;
		expect(extractFacts(text).vantage).toMatchObject({ direction: 'in', peer: 'client' });
		expect(extractFacts(text).vantage?.startup).toBeUndefined();
	});
});

describe('the legacy shell’s own lines', () => {
	it('are a client’s text: the server certificate it names is the server’s', () => {
		const text = fixtureText('errors/public/mongo-shell-x509-user-missing.txt');
		expect(extractFacts(text).vantage).toBeUndefined();
		expect(run(text)[0].id).toBe('x509-user-missing');
	});

	it('a [js] line alone is the shell too', () => {
		const text = '2019-09-11T23:18:31.696+0100 E  NETWORK  [js] SSL peer certificate validation failed: certificate has expired';
		expect(extractFacts(text).vantage).toBeUndefined();
	});
});
