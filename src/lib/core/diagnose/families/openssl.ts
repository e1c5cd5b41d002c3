/**
 * OpenSSL's verify errors (the handshake and file reasons are tables/openssl-reasons.ts), as every OpenSSL-based client prints them:
 * PyMongo (Python's ssl), the Node driver and mongosh, libmongoc (PHP, C, C++) and openssl
 * s_client. Both spellings are covered: OpenSSL 1.1 ("self signed certificate", "unsupported
 * certificate purpose") and 3.x ("self-signed certificate", "unsuitable certificate purpose").
 * Verify codes are X509_V_ERR_* from OpenSSL's x509_vfy.h / verify(1).
 */

import type { ErrorSignature } from '../signature';
import { ASK_CHAIN, hostKinds, selfSignedInChain, unknownIssuer } from './ranking';
import { verifyPattern, verifyRowOf } from '../verify-codes';

/** The renderings of the table's rows that this signature reads (tables/x509-verify.ts `signature`). */
const readBy = (id: string) => verifyPattern((row) => row.signature === id);

const verify = (
	id: string,
	pattern: RegExp,
	code: string,
	top: ErrorSignature['examples'][number]['top'],
	example: string
): ErrorSignature => ({
	id: `openssl.${id}`,
	family: 'openssl',
	pattern,
	citation: `OpenSSL ${code}`,
	diagnose: () => [{ id: top, confidence: 'high' }],
	examples: [{ text: example, top }]
});

export const OPENSSL_SIGNATURES: ErrorSignature[] = [
	{
		id: 'openssl.unable-to-get-local-issuer',
		family: 'openssl',
		pattern: readBy('openssl.unable-to-get-local-issuer'),
		citation:
			'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20); PyMongo TLS troubleshooting (CERTIFICATE_VERIFY_FAILED, seed 002)',
		// s_client prints 20 and then 21 for a leaf sent alone: 21 is the precise one.
		diagnose: (facts) => unknownIssuer(facts),
		examples: [
			{
				text: 'pymongo.errors.ServerSelectionTimeoutError: localhost:28100: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992), Timeout: 1.5s',
				top: 'untrusted-ca'
			},
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [TLS handshake failed: certificate verify failed (20): unable to get local issuer certificate calling hello on 'cluster0-shard-00-00.abcde.mongodb.net:28452']",
				top: 'missing-system-roots'
			}
		]
	},
	{
		id: 'openssl.unable-to-get-issuer',
		family: 'openssl',
		pattern: readBy('openssl.unable-to-get-issuer'),
		citation: 'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT (2)',
		diagnose: () => [
			{
				id: 'missing-intermediate',
				confidence: 'medium',
				because: 'the issuer of a certificate in the chain could not be found',
				next: [ASK_CHAIN]
			},
			{ id: 'untrusted-ca', confidence: 'medium' }
		],
		examples: [{ text: 'verify error:num=2:unable to get issuer certificate', top: 'missing-intermediate' }]
	},
	{
		id: 'openssl.unable-to-verify-leaf',
		family: 'openssl',
		pattern: readBy('openssl.unable-to-verify-leaf'),
		citation: 'OpenSSL X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE (21)',
		diagnose: (facts) => [
			{
				id: 'missing-intermediate',
				confidence: 'high',
				because: 'the server sent only its own certificate and the client cannot find its issuer'
			},
			{ id: hostKinds(facts).has('atlas') ? 'missing-system-roots' : 'untrusted-ca', confidence: 'medium', next: [ASK_CHAIN] }
		],
		examples: [{ text: 'MongoServerSelectionError: unable to verify the first certificate', top: 'missing-intermediate' }]
	},
	{
		id: 'openssl.self-signed-in-chain',
		family: 'openssl',
		pattern: readBy('openssl.self-signed-in-chain'),
		citation: 'OpenSSL X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)',
		diagnose: selfSignedInChain,
		examples: [
			{ text: 'MongoNetworkError: self-signed certificate in certificate chain', top: 'self-signed-in-chain' },
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [TLS handshake failed: certificate verify failed (19): self-signed certificate in certificate chain calling hello on 'cluster0-shard-00-00.abcde.mongodb.net:28464']",
				top: 'tls-interception-proxy'
			}
		]
	},
	{
		id: 'openssl.self-signed-leaf',
		family: 'openssl',
		pattern: readBy('openssl.self-signed-leaf'),
		citation: 'OpenSSL X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18)',
		diagnose: () => [{ id: 'self-signed-cert', confidence: 'high' }],
		examples: [{ text: 'MongoNetworkError: self-signed certificate', top: 'self-signed-cert' }]
	},
	verify(
		'cert-expired',
		readBy('openssl.cert-expired'),
		'X509_V_ERR_CERT_HAS_EXPIRED (10)',
		'cert-expired',
		'MongoNetworkError: certificate has expired'
		// Go's "certificate has expired or is not yet valid" contains this text: ranking-rules.ts lets Go's reading speak.
	),

	{
		// Every X509_V_ERR_* with a fixed meaning, read from the table in all its renderings; the
		// results whose ranking depends on the facts have their own signatures above.
		id: 'openssl.verify-result',
		family: 'openssl',
		pattern: verifyPattern((row) => !!row.diagnosis && !row.signature),
		citation: 'OpenSSL X509_V_ERR_* (include/openssl/x509_vfy.h.in, crypto/x509/x509_txt.c): diagnose/tables/x509-verify.ts',
		diagnose: (_facts, match) => {
			const row = verifyRowOf(match[0]);
			return row?.diagnosis ? [{ id: row.diagnosis, confidence: 'high' }] : [];
		},
		examples: [
			{ text: 'verify error:num=9:certificate is not yet valid', top: 'cert-not-yet-valid' },
			{
				text: "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'localhost'. (_ssl.c:992)",
				top: 'hostname-mismatch'
			},
			{
				text: "TLS handshake failed: certificate verify failed (64): IP address mismatch calling hello on '127.0.0.1:28208'",
				top: 'ip-mismatch'
			},
			{ text: 'MongoNetworkError: unsuitable certificate purpose', top: 'wrong-purpose' },
			{ text: 'verify error:num=23:certificate revoked', top: 'revoked' },
			{ text: 'MongoNetworkError: unable to get certificate CRL', top: 'crl-problem' },
			{ text: 'certificate verify failed: CA cert does not include key usage extension (_ssl.c:1028)', top: 'untrusted-ca' }
		]
	},
	{
		id: 'openssl.certificate-verify-failed',
		family: 'openssl',
		pattern: /CERTIFICATE_VERIFY_FAILED|certificate verify failed/,
		citation: 'PyMongo TLS troubleshooting: CERTIFICATE_VERIFY_FAILED (seeds 000, 001, 002)',
		diagnose: (facts) => {
			const kinds = hostKinds(facts);
			if (kinds.has('atlas')) {
				return [
					{
						id: 'missing-system-roots',
						confidence: 'medium',
						because: 'Atlas uses public CAs, so a failed verification most often means the client’s roots are missing',
						next: [ASK_CHAIN]
					},
					{ id: 'tls-interception-proxy', confidence: 'low' }
				];
			}
			const unsaid = 'the text does not say which check failed (PyOpenSSL and old Pythons leave the reason out)';
			// A private host points at its own CA; with no host or a public one, a client without
			// current roots is what the PyMongo documentation names first (seed 002).
			if (kinds.has('private') && !kinds.has('public-or-unknown')) {
				return [
					{ id: 'untrusted-ca', confidence: 'low', because: unsaid, next: [ASK_CHAIN] },
					{ id: 'missing-system-roots', confidence: 'low' },
					{ id: 'hostname-mismatch', confidence: 'low' }
				];
			}
			return [
				{ id: 'missing-system-roots', confidence: 'low', because: unsaid, next: [ASK_CHAIN] },
				{ id: 'untrusted-ca', confidence: 'low', next: [ASK_CHAIN] },
				{ id: 'hostname-mismatch', confidence: 'low' }
			];
		},
		examples: [
			{
				text: "pymongo.errors.ServerSelectionTimeoutError: SSL handshake failed: localhost:28128: [('SSL routines', '', 'certificate verify failed')], Timeout: 1.5s",
				top: 'untrusted-ca'
			}
		]
	},
	{
		// The OpenSSL reasons for a key that will not decrypt are the table's (tables/openssl-reasons.ts);
		// these are the prompt OpenSSL prints when it has to ask for the passphrase itself, and the
		// openssl pkcs12 command's own words for a wrong password.
		id: 'openssl.key-passphrase-prompt',
		family: 'openssl',
		pattern: /Enter PEM pass phrase|Mac verify error: invalid password\?/,
		citation:
			'OpenSSL crypto/pem/pem_lib.c PEM_def_callback: "Enter PEM pass phrase:" (an encrypted key and no passphrase given); apps/pkcs12.c: "Mac verify error: invalid password?" (openssl pkcs12 with the wrong password)',
		diagnose: () => [{ id: 'key-encrypted', confidence: 'high' }],
		examples: [{ text: 'Enter PEM pass phrase:\nTraceback (most recent call last):', top: 'key-encrypted' }]
	},
	{
		// The openssl commands' own line before the library's reasons (the reasons, when there are
		// any, are the table's and may say more: a bad decrypt is the password).
		id: 'openssl.cli-could-not-load',
		family: 'openssl',
		pattern: /Could not (?:open file or uri for loading|read) (certificate|private key|key|certificates|CRLs?|public key) from /,
		citation:
			'OpenSSL apps/lib/apps.c load_key_certs_crls: "Could not open file or uri for loading %s from %s", "Could not read %s from %s" (captured from openssl 3.0 here)',
		diagnose: (_facts, m) => [
			{
				id: 'pem-file-invalid',
				confidence: /certificate|CRL/i.test(m[1]) ? 'high' : 'medium',
				because: `openssl could not read a ${m[1]} from the file it was given`
			}
		],
		examples: [{ text: 'Could not read certificate from garbage.pem\nUnable to load certificate', top: 'pem-file-invalid' }]
	}
];
