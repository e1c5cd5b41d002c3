/**
 * Every row of the x509-verify table, in every rendering a client prints it, is read back as that
 * row (facts) and diagnosed as the row says (engine). The texts are built from the sources'
 * format strings, not captured: marked BUILT below with the format each follows.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { NODE_ALTNAME, X509_VERIFY, type X509VerifyRow } from '../../../../src/lib/core/diagnose/tables/x509-verify';
import { readVerifyResult } from '../../../../src/lib/core/diagnose/verify-codes';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const top = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);

interface Rendering {
	stack: string;
	text: string;
	/** The number the rendering prints (it must be read back), if any. */
	code?: number;
}

/** BUILT from each stack's format string. */
function renderings(row: X509VerifyRow): Rendering[] {
	const out: Rendering[] = [];
	const spellings = [row.text, row.text11].filter((t): t is string => !!t);
	// 101–104 have no text yet in the stored source: OpenSSL prints its default for them.
	const printed = row.text ?? 'unknown certificate verification error';
	const numbers = [row.code, ...(row.code11 !== undefined ? [row.code11] : [])];
	for (const n of numbers) {
		const t = n === row.code11 ? (row.text11 ?? printed) : printed;
		// apps/lib/s_cb.c verify_callback: "verify error:num=%d:%s"; apps/s_client.c print_stuff: "Verify return code: %ld (%s)".
		out.push({ stack: 'openssl s_client', text: `depth=0 CN = db.example.net\nverify error:num=${n}:${t}`, code: n });
		out.push({ stack: 'openssl s_client', text: `---\nSSL handshake has read 1466 bytes\nVerify return code: ${n} (${t})\n---`, code: n });
		// libmongoc mongoc-stream-tls-openssl.c: "TLS handshake failed: certificate verify failed (%ld): %s".
		out.push({
			stack: 'libmongoc',
			text: `No suitable servers found (\`serverSelectionTryOnce\` set): [TLS handshake failed: certificate verify failed (${n}): ${t} calling hello on 'db.example.net:27017']`,
			code: n
		});
	}
	for (const t of spellings) {
		if (row.framedOnly) continue;
		// CPython Modules/_ssl.c fill_and_set_sslerror: "[%S: %S] %s: %S (_ssl.c:%d)"; 62 and 64 in Python's own words.
		const python =
			row.code === 62
				? "Hostname mismatch, certificate is not valid for 'db.example.net'."
				: row.code === 64
					? "IP address mismatch, certificate is not valid for '10.0.0.5'."
					: t;
		out.push({
			stack: 'Python ssl',
			text: `pymongo.errors.ServerSelectionTimeoutError: db.example.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${python} (_ssl.c:1006)`
		});
		// Node: the message is X509_verify_cert_error_string, the code X509ErrorCode (else UNSPECIFIED).
		out.push({
			stack: 'Node',
			text: `MongoServerSelectionError: ${t}\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38) {\n  code: '${row.node ? row.name : 'UNSPECIFIED'}'\n}`
		});
	}
	// Node's code name alone (mongosh prints "MongoServerSelectionError: … [code]" in some builds).
	if (row.node) out.push({ stack: 'Node code', text: `Error: connect failed { code: '${row.name}' }` });
	return out;
}

describe('x509-verify renderings', () => {
	const counts = new Map<string, { rows: number; texts: number }>();
	// 0 is success: s_client's "Verify return code: 0 (ok)" reports no error (tested below).
	for (const row of X509_VERIFY.filter((r) => r.code !== 0)) {
		for (const r of renderings(row)) {
			const c = counts.get(r.stack) ?? { rows: 0, texts: 0 };
			c.texts++;
			counts.set(r.stack, c);
			it(`${row.code} ${row.name} as ${r.stack} is read back`, () => {
				const read = readVerifyResult(r.text);
				expect(read?.row?.name).toBe(row.name);
				if (r.code !== undefined) expect(read?.code).toBe(r.code);
			});
			if (row.diagnosis) {
				it(`${row.code} ${row.name} as ${r.stack} is diagnosed ${row.diagnosis}`, () => {
					const ids = top(r.text).map((d) => d.id);
					// Rows read by their own signature rank by the facts (Atlas or private host): the table's diagnosis is one of them.
					if (row.signature) expect(ids).toContain(row.diagnosis);
					else expect(ids[0]).toBe(row.diagnosis);
				});
			}
		}
	}
	it('prints how many texts each stack got', () => {
		for (const [stack, c] of counts) console.log(`x509-verify renderings, ${stack}: ${c.texts} texts`);
		expect(counts.size).toBeGreaterThan(0);
	});

	it('reads no error from a successful verification', () => {
		expect(readVerifyResult('---\nVerify return code: 0 (ok)\n---')).toBeUndefined();
	});

	it('does not read a context-free text ("out of memory") as a verify result', () => {
		expect(readVerifyResult('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBeUndefined();
	});

	it("does not read Go's expiry message as OpenSSL's", () => {
		const text = 'x509: certificate has expired or is not yet valid: current time 2026-01-01T00:00:00Z is after 2025-01-01T00:00:00Z';
		expect(readVerifyResult(text)).toBeUndefined();
	});

	it('reads the 1.1.x number 24 as INVALID_CA by its text, not as 3.x NO_ISSUER_PUBLIC_KEY', () => {
		const read = readVerifyResult('Verify return code: 24 (invalid CA certificate)');
		expect(read).toMatchObject({ code: 24, row: { name: 'INVALID_CA' } });
	});
});

describe("Node's host name check (ERR_TLS_CERT_ALTNAME_INVALID)", () => {
	// BUILT from lib/internal/errors.js "Hostname/IP does not match certificate's altnames: %s" and each
	// reason of lib/tls.js checkServerIdentity, with and without Node's code beside the message.
	const values: Record<string, string> = {
		hostname: 'db.example.net',
		ips: '10.0.0.6',
		altNames: 'DNS:other.example.net',
		cn: 'other.example.net'
	};
	for (const { reason, diagnosis } of NODE_ALTNAME.reasons) {
		const filled = reason.replace(/\$\{(\w+)\}/g, (_, k: string) => (k === 'hostname' && reason.startsWith('IP') ? '10.0.0.5' : values[k]));
		const message = `MongoServerSelectionError: ${NODE_ALTNAME.message}${filled}`;
		for (const text of [message, `${message}\n  code: '${NODE_ALTNAME.code}'`]) {
			it(`diagnoses "${filled}" as ${diagnosis}`, () => {
				expect(top(text)[0]?.id).toBe(diagnosis);
			});
		}
	}
});

it('reads the older Node spelling ("doesn\'t match", "Cert is empty")', () => {
	// BUILT: Node before v10 said "doesn't" (lib/tls.js of that time) and "Cert is empty" for a certificate with no names.
	expect(top('Error: Hostname/IP doesn\'t match certificate\'s altnames: "Cert is empty"')[0]?.id).toBe('hostname-mismatch');
});
