/**
 * OpenSSL's verify errors and handshake reasons, as every OpenSSL-based client prints them:
 * PyMongo (Python's ssl), the Node driver and mongosh, libmongoc (PHP, C, C++) and openssl
 * s_client. Both spellings are covered: OpenSSL 1.1 ("self signed certificate", "unsupported
 * certificate purpose") and 3.x ("self-signed certificate", "unsuitable certificate purpose").
 * Verify codes are X509_V_ERR_* from OpenSSL's x509_vfy.h / verify(1).
 */

import type { ErrorSignature } from '../signature';
import { ASK_CHAIN, handshakeClosed, hostKinds, selfSignedInChain, unknownIssuer } from './ranking';
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
	verify(
		'ee-key-too-small',
		// The verify results 66 and 67 are the table's (openssl.verify-result); these are the SSL
		// library's reasons for the same refusal when a certificate is loaded or sent (ssl/ssl_err.c).
		// The examples are built from the reason strings as Python prints them, not captured.
		/\[SSL: (?:EE|CA)_KEY_TOO_SMALL\]|\bee key too small\b|\bca key too small\b/,
		'SSL_R_EE_KEY_TOO_SMALL "ee key too small", SSL_R_CA_KEY_TOO_SMALL "ca key too small" (ssl/ssl_err.c)',
		'weak-key',
		'ssl.SSLError: [SSL: EE_KEY_TOO_SMALL] ee key too small (_ssl.c:3900)'
	),
	verify(
		'ca-md-too-weak',
		// The verify result 68 is the table's; this is the SSL library's reason (ssl/ssl_err.c).
		/\[SSL: CA_MD_TOO_WEAK\]|\bca md too weak\b/,
		'SSL_R_CA_MD_TOO_WEAK "ca md too weak" (ssl/ssl_err.c)',
		'weak-signature',
		'ssl.SSLError: [SSL: CA_MD_TOO_WEAK] ca md too weak (_ssl.c:3900)'
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
		id: 'openssl.wrong-version-number',
		family: 'openssl',
		pattern: /wrong version number|WRONG_VERSION_NUMBER|ERR_SSL_WRONG_VERSION_NUMBER|record layer failure/,
		citation: 'OpenSSL SSL_R_WRONG_VERSION_NUMBER: the first bytes back were not a TLS record',
		diagnose: () => [
			{
				id: 'tls-to-plain-server',
				confidence: 'high',
				because: 'the answer to the TLS hello was not TLS at all: the port speaks plain MongoDB, HTTP or something else'
			}
		],
		examples: [
			{
				text: 'SSL handshake failed: localhost:28114: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)',
				top: 'tls-to-plain-server'
			}
		]
	},
	{
		id: 'openssl.alert-protocol-version',
		family: 'openssl',
		pattern:
			/unsupported protocol|UNSUPPORTED_PROTOCOL|no protocols available|NO_PROTOCOLS_AVAILABLE|legacy sigalg disallowed or unsupported|version too low/,
		citation:
			'OpenSSL SSL_R_UNSUPPORTED_PROTOCOL, SSL_R_NO_PROTOCOLS_AVAILABLE, SSL_R_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED (a TLS 1.0/1.1 peer); the alert protocol_version (70) is read from tables/tls-alerts.ts',
		diagnose: () => [
			{
				id: 'protocol-version',
				confidence: 'high',
				because: 'client and server have no TLS version in common: one of them is limited to TLS 1.0/1.1'
			}
		],
		examples: [
			{
				text: 'MongoServerSelectionError: 80AC2F24CB7F0000:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 70',
				top: 'protocol-version'
			},
			{ text: '[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version', top: 'protocol-version' }
		]
	},
	{
		id: 'openssl.unsafe-legacy-renegotiation',
		family: 'openssl',
		pattern: /unsafe legacy renegotiation disabled|UNSAFE_LEGACY_RENEGOTIATION_DISABLED/,
		citation:
			'PyMongo troubleshooting: UNSAFE_LEGACY_RENEGOTIATION_DISABLED with OpenSSL 3 (seed 002); OpenSSL SSL_OP_LEGACY_SERVER_CONNECT',
		diagnose: () => [{ id: 'legacy-renegotiation', confidence: 'high' }],
		examples: [
			{
				text: 'SSL handshake failed: localhost:28500: [SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:992)',
				top: 'legacy-renegotiation'
			}
		]
	},
	{
		id: 'openssl.dh-key-too-small',
		family: 'openssl',
		pattern: /dh key too small|DH_KEY_TOO_SMALL/,
		citation: 'OpenSSL SSL_R_DH_KEY_TOO_SMALL: server DH parameters under the security level (2048 bits at level 2)',
		diagnose: () => [{ id: 'dh-key-too-small', confidence: 'high' }],
		examples: [{ text: '[SSL: DH_KEY_TOO_SMALL] dh key too small (_ssl.c:992)', top: 'dh-key-too-small' }]
	},
	{
		id: 'openssl.no-shared-cipher',
		family: 'openssl',
		pattern: /no shared cipher|NO_SHARED_CIPHER|no cipher match|NO_CIPHER_MATCH|no suitable signature algorithm/,
		citation:
			'OpenSSL SSL_R_NO_SHARED_CIPHER (server side); the MongoDB log line in the PyMongo Python 3.10 troubleshooting (seeds 000, 001, 002)',
		diagnose: () => [
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
		examples: [
			{
				text: '2021-06-30T21:22:44.917+0100 E NETWORK  [conn16] SSL: error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher',
				top: 'no-shared-cipher'
			}
		]
	},
	{
		id: 'openssl.invalid-status-response',
		family: 'openssl',
		pattern: /invalid status response|INVALID_STATUS_RESPONSE|OCSP (?:response|check) (?:failed|invalid)/,
		citation: 'PyMongo TLS troubleshooting: "invalid status response" from pymongo[ocsp] (seeds 000, 001, 002)',
		diagnose: () => [{ id: 'ocsp-failure', confidence: 'high' }],
		examples: [
			{
				text: "[('SSL routines', 'tls_process_initial_server_flight', 'invalid status response')]",
				top: 'ocsp-failure'
			}
		]
	},
	{
		id: 'openssl.key-values-mismatch',
		family: 'openssl',
		pattern: /key values mismatch|KEY_VALUES_MISMATCH|private key does not match (?:the )?(?:public key|certificate)/,
		citation: 'OpenSSL X509_R_KEY_VALUES_MISMATCH (SSL_CTX_use_PrivateKey / check_private_key)',
		diagnose: () => [{ id: 'key-mismatch', confidence: 'high' }],
		examples: [
			{
				text: 'ssl.SSLError: [X509: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3895)',
				top: 'key-mismatch'
			}
		]
	},
	{
		id: 'openssl.bad-decrypt',
		family: 'openssl',
		pattern: /Enter PEM pass phrase|bad decrypt|BAD_DECRYPT|bad password read|interrupted or cancell?ed/,
		citation: 'OpenSSL PEM_R_BAD_DECRYPT / PEM_R_BAD_PASSWORD_READ: an encrypted private key and no (or the wrong) passphrase',
		diagnose: () => [{ id: 'key-encrypted', confidence: 'high' }],
		examples: [{ text: 'error: MongoError: error:1C800064:Provider routines::bad decrypt', top: 'key-encrypted' }]
	},
	{
		id: 'openssl.pem-unreadable',
		family: 'openssl',
		pattern:
			/NO_CERTIFICATE_OR_CRL_FOUND|no certificate or crl found|PEM routines:[A-Za-z_]*:no start line|\bno start line\b|DECODER routines::unsupported|\[SSL\] PEM lib|PEM lib \(_ssl\.c|bad base64 decode|NO_START_LINE/,
		citation:
			'OpenSSL PEM_R_NO_START_LINE, X509_R_NO_CERTIFICATE_OR_CRL_FOUND, OSSL_DECODER "unsupported": the file is not the PEM the option expects',
		diagnose: (facts, m) => {
			// Python's "PEM lib" and OpenSSL 3's decoder "unsupported" come from loading
			// tlsCertificateKeyFile when the key part is missing (or unreadable).
			const keyFile = facts.tlsOptions?.tlsCertificateKeyFile;
			if (/PEM lib|DECODER routines/i.test(m[0])) {
				return [
					{
						id: 'key-missing',
						confidence: keyFile ? 'high' : 'medium',
						because: 'the certificate-and-key file could be read, but no private key was found in it'
					},
					{ id: 'pem-file-invalid', confidence: 'medium' }
				];
			}
			return [{ id: 'pem-file-invalid', confidence: 'high' }];
		},
		examples: [
			{ text: 'ssl.SSLError: [X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)', top: 'pem-file-invalid' },
			{ text: 'ssl.SSLError: [SSL] PEM lib (_ssl.c:3895)', top: 'key-missing' }
		]
	},
	{
		id: 'openssl.unexpected-eof',
		family: 'openssl',
		pattern: /EOF occurred in violation of protocol|UNEXPECTED_EOF_WHILE_READING|unexpected eof while reading/,
		citation:
			'PyMongo troubleshooting: "EOF occurred in violation of protocol" with Python 3.10+ and MongoDB <= 4.0 (seeds 000, 001, 002); OpenSSL 3 SSL_R_UNEXPECTED_EOF_WHILE_READING',
		diagnose: handshakeClosed,
		examples: [
			{
				text: 'SSL handshake failed: localhost:28404: EOF occurred in violation of protocol (_ssl.c:992)',
				top: 'tls-to-plain-server'
			}
		]
	}
];
