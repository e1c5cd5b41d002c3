/**
 * The OpenSSL reason table against the extract of OpenSSL 3.0's reasons
 * (tests/fixtures/vocabulary/openssl-reasons-3.0.tsv): every entry is mapped to a diagnosis,
 * read by the TLS alert table, or listed as unmapped with a reason; the table's numbers, texts and
 * packed codes are the extract's. Then every mapped row, in every rendering a client prints, is
 * diagnosed as the row says. The texts are BUILT from the format strings named beside each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { extractFacts } from '../../../../src/lib/core/diagnose/facts';
import {
	OPENSSL_REASONS,
	REASON_LIBS,
	UNMAPPED_DEFAULT,
	UNMAPPED_NAMES,
	nodeCode,
	packed3,
	pythonBracket,
	type OpensslReasonRow
} from '../../../../src/lib/core/diagnose/tables/openssl-reasons';
import { TLS_ALERTS } from '../../../../src/lib/core/diagnose/tables/tls-alerts';
import { DIAGNOSIS_IDS, type DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vocabulary');
const EXTRACT = readFileSync(join(DIR, 'openssl-reasons-3.0.tsv'), 'utf8')
	.split('\n')
	.filter((l) => l.length)
	.map((l) => {
		const [lib, name, code, packed, libText, text] = l.split('\t');
		return { lib, name, code: Number(code), packed: parseInt(packed, 16), libText, text };
	});

const ALERT_REASONS = new Set(TLS_ALERTS.flatMap((a) => a.openssl));
const rowOf = (lib: string, name: string) => OPENSSL_REASONS.find((r) => r.lib === lib && r.name === name);

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const tops = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

/** Every diagnosis that may rank first for a row (a reading's list: the causes its event has). */
function acceptable(row: OpensslReasonRow): DiagnosisId[] {
	switch (row.reading) {
		case 'not-tls':
			return ['tls-to-plain-server'];
		case 'no-shared-cipher':
			return ['no-shared-cipher', 'python310-legacy-server'];
		// A handshake cut short: a port that is not TLS, the Python 3.10 / MongoDB 4.0 pair, a reset, Atlas' access list.
		case 'handshake-closed':
			return ['tls-to-plain-server', 'python310-legacy-server', 'connection-reset', 'atlas-ip-access-list', 'plain-to-tls-server'];
		// "[SSL] PEM lib" / decoder "unsupported": no key in the file, a wrong key password, or not PEM at all.
		case 'pem-lib':
			return ['key-missing', 'key-encrypted', 'pem-file-invalid'];
		default:
			return [row.diagnosis!];
	}
}

describe('openssl-reasons table against OpenSSL 3.0', () => {
	it('reads an extract of the whole libraries', () => {
		expect(EXTRACT.length).toBeGreaterThan(800);
		expect(EXTRACT.filter((e) => e.lib === 'SSL').length).toBeGreaterThan(300);
	});

	const counts = new Map<string, { all: number; mapped: number; alerts: number; named: number; grouped: number }>();
	for (const e of EXTRACT) {
		const c = counts.get(e.lib) ?? { all: 0, mapped: 0, alerts: 0, named: 0, grouped: 0 };
		c.all++;
		const row = rowOf(e.lib, e.name);
		if (row) c.mapped++;
		else if (e.lib === 'SSL' && ALERT_REASONS.has(e.name)) c.alerts++;
		else if (UNMAPPED_NAMES[`${e.lib}_${e.name}`]) c.named++;
		else c.grouped++;
		counts.set(e.lib, c);
	}

	it('gives every entry a diagnosis, the alert table, or a reason', () => {
		for (const e of EXTRACT) {
			const row = rowOf(e.lib, e.name);
			const reason =
				row?.diagnosis ??
				row?.reading ??
				(ALERT_REASONS.has(e.name) ? 'tls-alerts' : (UNMAPPED_NAMES[`${e.lib}_${e.name}`] ?? UNMAPPED_DEFAULT[e.lib as 'SSL']));
			expect(reason, `${e.lib}_R_${e.name}`).toBeTruthy();
		}
		for (const [lib, c] of counts) {
			console.log(
				`coverage, OpenSSL 3.0 ${lib}_R_*: ${c.all} of ${c.all} (${c.mapped} mapped to a diagnosis, ${c.alerts} read by tls-alerts.ts, ${c.named} unmapped with their own reason, ${c.grouped} unmapped with the library's reason)`
			);
		}
	});

	it('names no unmapped reason the extract does not have', () => {
		const names = new Set(EXTRACT.map((e) => `${e.lib}_${e.name}`));
		for (const name of Object.keys(UNMAPPED_NAMES)) expect(names.has(name), name).toBe(true);
	});

	for (const row of OPENSSL_REASONS) {
		const e = EXTRACT.find((x) => x.lib === row.lib && x.name === row.name);
		if (row.since || row.lib === 'SYS') continue;
		it(`${row.lib} ${row.name}: number, text and packed code are OpenSSL's`, () => {
			expect(e, `${row.lib}_R_${row.name} is in the extract`).toBeDefined();
			expect(row.code).toBe(e!.code);
			expect(row.text).toBe(e!.text);
			// The extract packs the common reasons under SSL, as Python's "[SSL] PEM lib" has them.
			expect(packed3(row, row.lib === 'ERR' ? 'SSL' : undefined)).toBe(e!.packed);
			for (const lib of row.under ?? []) expect(REASON_LIBS[lib].text).toBeTruthy();
			if (row.lib !== 'ERR') expect(REASON_LIBS[row.lib as 'SSL'].text).toBe(e!.libText);
		});
	}

	it('maps only to known diagnoses', () => {
		for (const row of OPENSSL_REASONS) if (row.diagnosis) expect(DIAGNOSIS_IDS).toContain(row.diagnosis);
	});
});

// OpenSSL 1.1 packs lib << 24 | function << 12 | reason. The functions are ones each library really
// reports these reasons from (the packed codes below are well-known 1.1 outputs, e.g. 1408F10B,
// 0906C06C, 0B080074, 23076071, 06065064, 0D0680A8, 2006D080, 02001002, 140B0009).
const FUNC_11: Partial<Record<string, [number, string]>> = {
	SSL: [0x8f, 'ssl3_get_record'],
	PEM: [0x6c, 'PEM_read_bio'],
	X509: [0x80, 'X509_check_private_key'],
	PKCS12: [0x76, 'PKCS12_parse'],
	EVP: [0x65, 'EVP_DecryptFinal_ex'],
	ASN1: [0x68, 'asn1_check_tlen'],
	BIO: [0x6d, 'BIO_new_file'],
	SYS: [0x01, 'fopen']
};
const LIB_11: Partial<Record<string, number>> = { SSL: 20, PEM: 9, X509: 11, PKCS12: 35, EVP: 6, ASN1: 13, BIO: 32, SYS: 2 };
const hex = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
// Server-side reasons mongod logs for an incoming connection.
const SERVER_SIDE = new Set<DiagnosisId>(['no-shared-cipher', 'plain-to-tls-server', 'client-cert-required']);

interface Rendering {
	stack: string;
	text: string;
}

/** BUILT from each stack's format, per library the row is raised under. */
function renderings(row: OpensslReasonRow): Rendering[] {
	const out: Rendering[] = [];
	const libs = row.lib === 'ERR' ? row.under! : [row.lib];
	for (const lib of libs) {
		const libText = REASON_LIBS[lib].text;
		const e3 = `error:${hex(packed3(row, lib))}:${libText}::${row.text}`;
		const sslSide = lib === 'SSL' && row.lib === 'SSL';
		// Node/mongosh (ERR_error_string of OpenSSL 3, with Node's code beside it: crypto_util.cc).
		out.push({
			stack: 'Node',
			text: `MongoServerSelectionError: ${e3}\n    at Topology.selectServer (/app/node_modules/mongodb/lib/sdam/topology.js:303:38)${REASON_LIBS[lib].node ? ` {\n  code: '${nodeCode(row, lib)}'` : ''}\n}`
		});
		// Node 18+ with OpenSSL 3 prints the error with its thread id and source location.
		out.push({ stack: 'Node (location)', text: `Error: 80AC2F24CB7F0000:${e3}:../deps/openssl/openssl/ssl/ssl_rsa.c:322:` });
		if (REASON_LIBS[lib].node) out.push({ stack: 'Node code', text: `Error: connect failed { code: '${nodeCode(row, lib)}' }` });
		// libmongoc mongoc-stream-tls-openssl.c: "TLS handshake failed: %s" (ERR_error_string), inside server selection's brackets.
		if (sslSide)
			out.push({
				stack: 'libmongoc',
				text: `No suitable servers found (\`serverSelectionTryOnce\` set): [TLS handshake failed: ${e3} calling hello on 'db.example.net:27017']`
			});
		// CPython Modules/_ssl.c fill_and_set_sslerror: "[%S: %S] %s (_ssl.c:%d)", "[%S] %s (_ssl.c:%d)" for a reason without a name.
		if (lib !== 'SYS') {
			const py = `${pythonBracket(row, lib)}${row.lib === 'ERR' ? '' : ` ${row.text}`} (_ssl.c:1006)`;
			out.push({ stack: 'Python ssl', text: `ssl.SSLError: ${py}` });
			// Python's name table (_ssl_data_*.h) can lack a reason: CPython 3.11 on OpenSSL 3.0 printed "[SSL] legacy sigalg disallowed or unsupported" (captured pymongo/tls10-only-server.txt).
			if (row.lib !== 'ERR') out.push({ stack: 'Python ssl (unnamed)', text: `ssl.SSLError: [${lib}] ${row.text} (_ssl.c:1006)` });
			out.push({
				stack: 'PyMongo',
				text: sslSide
					? `pymongo.errors.ServerSelectionTimeoutError: SSL handshake failed: db.example.net:27017: ${py}, Timeout: 30s, Topology Description: <TopologyDescription id: 65f0, topology_type: Unknown>`
					: `pymongo.errors.ConfigurationError: Private key doesn't match certificate: ${py}`
			});
		}
		// PyOpenSSL (pymongo[ocsp]): OpenSSL.SSL.Error([(lib, func, reason)]).
		out.push({ stack: 'PyOpenSSL', text: `OpenSSL.SSL.Error: [('${libText}', '', '${row.text}')]` });
		// OpenSSL 1.1: ERR_error_string with the function's name.
		const f = FUNC_11[lib];
		const l11 = LIB_11[lib];
		if (f && l11 !== undefined) {
			const reason = row.lib === 'ERR' ? row.code : row.code;
			const code = ((l11 << 24) | (f[0] << 12) | reason) >>> 0;
			const e11 = `error:${hex(code)}:${libText}:${f[1]}:${row.text}`;
			out.push({ stack: 'OpenSSL 1.1', text: `140735234:${e11}:ssl/record/ssl3_record.c:332:` });
			if (sslSide && SERVER_SIDE.has(row.diagnosis!))
				// mongod before 4.4 (text log): "SSL: " + ERR_error_string for an incoming connection.
				out.push({ stack: 'mongod', text: `2021-06-30T21:22:44.917+0100 E NETWORK  [conn16] SSL: ${e11}` });
		}
		if (sslSide && SERVER_SIDE.has(row.diagnosis!))
			// mongod 4.4+ (JSON log, id 22988): the handshake error of an incoming connection.
			out.push({
				stack: 'mongod',
				text: `{"t":{"$date":"2026-01-01T00:00:00.000+00:00"},"s":"I","c":"NETWORK","id":22988,"ctx":"conn12","msg":"Error receiving request from client. Ending connection from remote","attr":{"error":{"code":141,"codeName":"SSLHandshakeFailed","errmsg":"${e3}"},"remote":"10.0.0.9:51234","connectionId":12}}`
			});
		if (row.bare) out.push({ stack: 'bare', text: `Error: ${row.text}` });
	}
	return out;
}

describe('openssl-reasons renderings', () => {
	const counts = new Map<string, number>();
	for (const row of OPENSSL_REASONS) {
		const ok = acceptable(row);
		for (const r of renderings(row)) {
			counts.set(r.stack, (counts.get(r.stack) ?? 0) + 1);
			it(`${row.lib} ${row.name} as ${r.stack} → ${ok.join(' | ')}`, () => {
				const ids = tops(r.text);
				expect(ok, `${r.text}\n→ ${ids.join(', ')}`).toContain(ids[0]);
			});
		}
	}
	it('prints how many texts each stack got', () => {
		for (const [stack, n] of counts) console.log(`openssl-reasons renderings, ${stack}: ${n} texts (built)`);
		expect(counts.size).toBeGreaterThan(5);
	});

	it('does not read a common reason outside its library ("unsupported" of a cipher is not a key file)', () => {
		// Node 17+ and webpack's md4: not a TLS problem (EVP, not the decoder).
		expect(tops('Error: error:0308010C:digital envelope routines::unsupported')).not.toContain('key-missing');
	});

	it('reads "system lib" by the system error beside it, not as a file problem', () => {
		const text =
			'80CB834F887F0000:error:10080002:BIO routines:BIO_lookup_ex:system lib:../crypto/bio/bio_addr.c:746:Temporary failure in name resolution';
		expect(tops(text)[0]).toBe('host-not-found');
	});
});

describe('the reason fact', () => {
	// The shapes the packed-code reader alone did not read: other libraries' brackets, a common reason, Node's code.
	it.each([
		['ssl.SSLError: [SSL] PEM lib (_ssl.c:3895)', 'PEM lib'],
		['ssl.SSLError: [SSL] packet length too long (_ssl.c:1006)', 'packet length too long'],
		['ssl.SSLError: [PKCS12: MAC_VERIFY_FAILURE] mac verify failure (_ssl.c:3895)', 'mac verify failure'],
		["Error: error in key file { code: 'ERR_OSSL_PEM_NO_START_LINE' }", 'no start line'],
		["Error: read failed { code: 'ERR_OSSL_BAD_DECRYPT' }", 'bad decrypt']
	])('%s → %s', (text, reason) => {
		expect(extractFacts(text).opensslReason).toBe(reason);
	});
});
