/**
 * mongod's own check of a peer's certificate, as its log prints it, for every row of the
 * x509-verify table that names a diagnosis. BUILT from the server's format strings
 * (src/mongo/util/net/ssl_manager_openssl.cpp: "SSL peer certificate validation failed: " +
 * X509_verify_cert_error_string, logv2 id 23256), in the legacy and the JSON log format.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { X509_VERIFY } from '../../../../src/lib/core/diagnose/tables/x509-verify';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const ids = (text: string) =>
	diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context).map((d) => d.id);

// What the server's verdict means on an incoming connection: the client's certificate.
const OWN = new Set([
	'cert-expired',
	'cert-not-yet-valid',
	'wrong-purpose',
	'revoked',
	'crl-problem',
	'ocsp-failure',
	'weak-key',
	'weak-signature'
]);

describe('mongod peer certificate validation', () => {
	for (const row of X509_VERIFY.filter((r) => r.diagnosis)) {
		for (const spelling of [row.text, row.text11].filter((t): t is string => !!t)) {
			const legacy = `2019-11-05T10:20:01.554+0000 E  NETWORK  [conn13] SSL peer certificate validation failed: ${spelling}`;
			const json = `{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"E",  "c":"NETWORK",  "id":23256,   "ctx":"conn15","msg":"SSL peer certificate validation failed","attr":{"error":"SSL peer certificate validation failed: ${spelling}"}}`;
			const expected = OWN.has(row.diagnosis!) ? row.diagnosis! : 'client-cert-untrusted';
			for (const text of [legacy, json]) {
				it(`${row.code} "${spelling}" → ${expected}`, () => {
					expect(ids(text)[0]).toBe(expected);
				});
			}
		}
	}
});
