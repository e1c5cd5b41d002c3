/**
 * Tables 3 and 4 (issue 15), OpenSSL part: the library reasons a client prints when a handshake
 * fails on the wire or a certificate, key or CA file cannot be loaded, with what each means for a
 * MongoDB client. Every other reason of those libraries is listed by name in UNMAPPED, with why.
 *
 * Sources (extract and the command that makes it: tests/fixtures/vocabulary/README.md):
 * - names and numbers: the *_R_* macros of include/openssl/{ssl,pem,x509,pkcs12,evp,asn1,decoder,
 *   prov,bio}err.h and the ERR_R_* common reasons of err.h, OpenSSL 3.0.19 (openssl/openssl tag
 *   openssl-3.0.19; the same lines as crypto/err/openssl.txt @ 008c92e11b68 for these reasons);
 * - texts: what that library prints for each packed code (`openssl errstr`), i.e. its err strings.
 * - record layer failure (SSL_R_RECORD_LAYER_FAILURE 313) is newer than 3.0: crypto/err/openssl.txt
 *   @ 008c92e11b68, OpenSSL 3.2+ prints it where 3.0 said wrong version number.
 *
 * How a reason reaches the person (the renderings openssl-reasons-signatures.ts matches):
 * - OpenSSL 3.x ERR_error_string: "error:0A00010B:SSL routines::wrong version number" (the code is
 *   lib << 23 | reason; the function field is empty in release builds). Node, mongosh, libmongoc
 *   ("TLS handshake failed: error:…"), mongod's log and s_client print this form.
 * - OpenSSL 1.1.x: "error:1408F10B:SSL routines:ssl3_get_record:wrong version number" (lib << 24 |
 *   function << 12 | reason), with the function's name.
 * - Python's ssl (Modules/_ssl.c fill_and_set_sslerror): "[SSL: WRONG_VERSION_NUMBER] wrong version
 *   number (_ssl.c:992)"; a common reason has no name there: "[SSL] PEM lib (_ssl.c:3895)".
 * - PyOpenSSL: [('SSL routines', '', 'wrong version number')].
 * - Node's err.code (src/crypto/crypto_util.cc, search-tool file id 66824290): "ERR_" + "OSSL_" +
 *   LIB + "_" + REASON, except the SSL library ("ERR_SSL_WRONG_VERSION_NUMBER") and libraries Node
 *   has no name for, such as the provider and decoder ones ("ERR_OSSL_BAD_DECRYPT").
 */

import type { DiagnosisId } from '../vocabulary';

export type ReasonLib = 'SSL' | 'PEM' | 'X509' | 'PKCS12' | 'EVP' | 'ASN1' | 'OSSL_DECODER' | 'OSSL_STORE' | 'PROV' | 'BIO' | 'SYS' | 'ERR';

/** ERR_LIB_* numbers and the library names OpenSSL 3.0 prints (ERR_lib_error_string). */
export const REASON_LIBS: Record<Exclude<ReasonLib, 'ERR'>, { lib: number; text: string; node?: string }> = {
	// A system error's reason is its errno and its text strerror(); Python and Node report these
	// as their own OSError / ENOENT, not through OpenSSL's names.
	SYS: { lib: 2, text: 'system library' },
	SSL: { lib: 20, text: 'SSL routines', node: 'SSL_' },
	PEM: { lib: 9, text: 'PEM routines', node: 'OSSL_PEM_' },
	X509: { lib: 11, text: 'x509 certificate routines', node: 'OSSL_X509_' },
	PKCS12: { lib: 35, text: 'PKCS12 routines', node: 'OSSL_PKCS12_' },
	EVP: { lib: 6, text: 'digital envelope routines', node: 'OSSL_EVP_' },
	ASN1: { lib: 13, text: 'asn1 encoding routines', node: 'OSSL_ASN1_' },
	OSSL_DECODER: { lib: 60, text: 'DECODER routines', node: 'OSSL_' },
	// The loader the openssl commands (x509, pkey, pkcs12 -in) read files with in 3.x. Node's code for
	// it is not read: the stored crypto_util.cc excerpt does not show whether its map names this library.
	OSSL_STORE: { lib: 44, text: 'STORE routines' },
	PROV: { lib: 57, text: 'Provider routines', node: 'OSSL_' },
	BIO: { lib: 32, text: 'BIO routines', node: 'OSSL_BIO_' }
};

/** How a reason is read when its meaning depends on the facts (openssl-reasons-signatures.ts). */
export type ReasonReading = 'not-tls' | 'no-shared-cipher' | 'handshake-closed' | 'pem-lib';

export interface OpensslReasonRow {
	lib: ReasonLib;
	/** The reason's name without LIB_R_ (ERR_R_ for the common ones). */
	name: string;
	/** The reason number; for a common reason, the number inside its ERR_R_ value. */
	code: number;
	/** The text OpenSSL prints. */
	text: string;
	/** For a common reason (lib ERR): the libraries it is read under, e.g. DECODER's "unsupported". */
	under?: readonly Exclude<ReasonLib, 'ERR'>[];
	/** The packed 3.x code where it is not lib << 23 | code (common reasons carry ERR_RFLAG_COMMON). */
	packed?: number;
	diagnosis?: DiagnosisId;
	reading?: ReasonReading;
	/** The text is distinctive enough to be read without any of the renderings' framing. */
	bare?: true;
	/** The OpenSSL version that added it, where later than 3.0. */
	since?: string;
	note?: string;
	citation: string;
}

const HDR: Record<ReasonLib, string> = {
	SSL: 'include/openssl/sslerr.h',
	PEM: 'include/openssl/pemerr.h',
	X509: 'include/openssl/x509err.h',
	PKCS12: 'include/openssl/pkcs12err.h',
	EVP: 'include/openssl/evperr.h',
	ASN1: 'include/openssl/asn1err.h',
	OSSL_DECODER: 'include/openssl/decodererr.h',
	OSSL_STORE: 'include/openssl/storeerr.h',
	PROV: 'include/openssl/proverr.h',
	BIO: 'include/openssl/bioerr.h',
	SYS: 'crypto/err/err.c ERR_raise(ERR_LIB_SYS, errno), with strerror text',
	ERR: 'include/openssl/err.h'
};

type Extra = Omit<OpensslReasonRow, 'lib' | 'name' | 'code' | 'text' | 'citation'>;

function row(lib: ReasonLib, name: string, code: number, text: string, extra: Extra): OpensslReasonRow {
	const macro = lib === 'ERR' ? `ERR_R_${name}` : lib === 'SYS' ? name : `${lib}_R_${name}`;
	return { lib, name, code, text, ...extra, citation: `OpenSSL 3.0 ${HDR[lib]}: ${macro} ${code} "${text}"` };
}

// ERR_RFLAG_COMMON (2 << 18): a common reason's value in a packed code.
const COMMON = 0x80000;

export const OPENSSL_REASONS: readonly OpensslReasonRow[] = [
	// The answer to the client's hello was not TLS: a plain MongoDB port, an HTTP server, a proxy.
	row('SSL', 'WRONG_VERSION_NUMBER', 267, 'wrong version number', { reading: 'not-tls', bare: true }),
	row('SSL', 'RECORD_LAYER_FAILURE', 313, 'record layer failure', {
		reading: 'not-tls',
		bare: true,
		since: '3.2',
		note: 'OpenSSL 3.2+ reports a non-TLS answer as a record layer failure with wrong version number beside it'
	}),
	row('SSL', 'PACKET_LENGTH_TOO_LONG', 198, 'packet length too long', { reading: 'not-tls', bare: true }),
	row('SSL', 'UNKNOWN_PROTOCOL', 252, 'unknown protocol', { reading: 'not-tls' }),
	// The server side of the same mistake: it read HTTP (or a proxy CONNECT) where a TLS hello belongs.
	row('SSL', 'HTTP_REQUEST', 156, 'http request', { diagnosis: 'plain-to-tls-server' }),
	row('SSL', 'HTTPS_PROXY_REQUEST', 155, 'https proxy request', { diagnosis: 'plain-to-tls-server' }),
	row('SSL', 'NO_SHARED_CIPHER', 193, 'no shared cipher', { reading: 'no-shared-cipher', bare: true }),
	row('SSL', 'NO_CIPHER_MATCH', 185, 'no cipher match', { diagnosis: 'no-shared-cipher', bare: true }),
	row('SSL', 'NO_CIPHERS_AVAILABLE', 181, 'no ciphers available', { diagnosis: 'no-shared-cipher' }),
	row('SSL', 'NO_SUITABLE_SIGNATURE_ALGORITHM', 118, 'no suitable signature algorithm', { diagnosis: 'no-shared-cipher', bare: true }),
	row('SSL', 'NO_SHARED_SIGNATURE_ALGORITHMS', 376, 'no shared signature algorithms', { diagnosis: 'no-shared-cipher', bare: true }),
	row('SSL', 'NO_SHARED_GROUPS', 410, 'no shared groups', { diagnosis: 'no-shared-cipher' }),
	row('SSL', 'NO_SUITABLE_GROUPS', 295, 'no suitable groups', { diagnosis: 'no-shared-cipher' }),
	row('SSL', 'NO_PROTOCOLS_AVAILABLE', 191, 'no protocols available', { diagnosis: 'protocol-version', bare: true }),
	row('SSL', 'UNSUPPORTED_PROTOCOL', 258, 'unsupported protocol', { diagnosis: 'protocol-version', bare: true }),
	row('SSL', 'VERSION_TOO_LOW', 396, 'version too low', { diagnosis: 'protocol-version', bare: true }),
	row('SSL', 'VERSION_TOO_HIGH', 166, 'version too high', { diagnosis: 'protocol-version' }),
	row('SSL', 'WRONG_SSL_VERSION', 266, 'wrong ssl version', { diagnosis: 'protocol-version' }),
	row('SSL', 'UNSUPPORTED_SSL_VERSION', 259, 'unsupported ssl version', { diagnosis: 'protocol-version' }),
	row('SSL', 'UNKNOWN_SSL_VERSION', 254, 'unknown ssl version', { diagnosis: 'protocol-version' }),
	// A TLS 1.0/1.1 peer signs with SHA-1/MD5, which security level 1+ refuses.
	row('SSL', 'LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED', 333, 'legacy sigalg disallowed or unsupported', {
		diagnosis: 'protocol-version',
		bare: true
	}),
	row('SSL', 'INAPPROPRIATE_FALLBACK', 373, 'inappropriate fallback', { diagnosis: 'protocol-version' }),
	row('SSL', 'DH_KEY_TOO_SMALL', 394, 'dh key too small', { diagnosis: 'dh-key-too-small', bare: true }),
	row('SSL', 'UNSAFE_LEGACY_RENEGOTIATION_DISABLED', 338, 'unsafe legacy renegotiation disabled', {
		diagnosis: 'legacy-renegotiation',
		bare: true
	}),
	// Loading or sending a certificate under the security level (the verify results 66–68 are x509-verify.ts).
	row('SSL', 'EE_KEY_TOO_SMALL', 399, 'ee key too small', { diagnosis: 'weak-key', bare: true }),
	row('SSL', 'CA_KEY_TOO_SMALL', 397, 'ca key too small', { diagnosis: 'weak-key', bare: true }),
	row('SSL', 'CA_MD_TOO_WEAK', 398, 'ca md too weak', { diagnosis: 'weak-signature', bare: true }),
	row('SSL', 'UNEXPECTED_EOF_WHILE_READING', 294, 'unexpected eof while reading', { reading: 'handshake-closed', bare: true }),
	row('SSL', 'INVALID_STATUS_RESPONSE', 328, 'invalid status response', { diagnosis: 'ocsp-failure', bare: true }),
	row('SSL', 'PRIVATE_KEY_MISMATCH', 288, 'private key mismatch', { diagnosis: 'key-mismatch' }),
	row('SSL', 'NO_PRIVATE_KEY_ASSIGNED', 190, 'no private key assigned', { diagnosis: 'key-missing' }),
	// mongod's log when a client sent no certificate and the server requires one.
	row('SSL', 'PEER_DID_NOT_RETURN_A_CERTIFICATE', 199, 'peer did not return a certificate', { diagnosis: 'client-cert-required' }),

	row('PEM', 'NO_START_LINE', 108, 'no start line', { diagnosis: 'pem-file-invalid', bare: true }),
	row('PEM', 'BAD_BASE64_DECODE', 100, 'bad base64 decode', { diagnosis: 'pem-file-invalid', bare: true }),
	row('PEM', 'BAD_END_LINE', 102, 'bad end line', { diagnosis: 'pem-file-invalid' }),
	row('PEM', 'SHORT_HEADER', 112, 'short header', { diagnosis: 'pem-file-invalid' }),
	row('PEM', 'BAD_DECRYPT', 101, 'bad decrypt', { diagnosis: 'key-encrypted', bare: true }),
	row('PEM', 'BAD_PASSWORD_READ', 104, 'bad password read', { diagnosis: 'key-encrypted', bare: true }),
	row('PEM', 'PROBLEMS_GETTING_PASSWORD', 109, 'problems getting password', { diagnosis: 'key-encrypted', bare: true }),

	row('X509', 'KEY_VALUES_MISMATCH', 116, 'key values mismatch', { diagnosis: 'key-mismatch', bare: true }),
	row('X509', 'KEY_TYPE_MISMATCH', 115, 'key type mismatch', { diagnosis: 'key-mismatch' }),
	// Python's load_verify_locations on a file with no PEM certificate in it (a DER file, a key, text).
	row('X509', 'NO_CERTIFICATE_OR_CRL_FOUND', 136, 'no certificate or crl found', { diagnosis: 'pem-file-invalid', bare: true }),
	row('X509', 'NO_CERTIFICATE_FOUND', 135, 'no certificate found', { diagnosis: 'pem-file-invalid' }),
	row('X509', 'BASE64_DECODE_ERROR', 118, 'base64 decode error', { diagnosis: 'pem-file-invalid' }),
	// OpenSSL before 1.1.1 queued this for a CA listed twice in a CA file; loading still succeeded.
	row('X509', 'CERT_ALREADY_IN_HASH_TABLE', 101, 'cert already in hash table', { diagnosis: 'benign-message', bare: true }),

	// A PKCS#12 file opened with the wrong password (or, for cipherfinal, a legacy cipher 3.x refuses).
	row('PKCS12', 'MAC_VERIFY_FAILURE', 113, 'mac verify failure', { diagnosis: 'key-encrypted', bare: true }),
	row('PKCS12', 'PKCS12_CIPHERFINAL_ERROR', 116, 'pkcs12 cipherfinal error', { diagnosis: 'key-encrypted', bare: true }),
	row('PKCS12', 'DECODE_ERROR', 101, 'decode error', { diagnosis: 'pem-file-invalid' }),
	row('PKCS12', 'PARSE_ERROR', 114, 'parse error', { diagnosis: 'pem-file-invalid' }),

	row('EVP', 'BAD_DECRYPT', 100, 'bad decrypt', { diagnosis: 'key-encrypted', bare: true }),
	row('EVP', 'UNSUPPORTED_PRIVATE_KEY_ALGORITHM', 118, 'unsupported private key algorithm', { diagnosis: 'pem-file-invalid' }),
	// OpenSSL 3's provider decrypts an encrypted PEM key: a wrong passphrase ends here.
	row('PROV', 'BAD_DECRYPT', 100, 'bad decrypt', { diagnosis: 'key-encrypted', bare: true }),

	// DER that is not the structure asked for: a key file given as the CA, a truncated file.
	row('ASN1', 'WRONG_TAG', 168, 'wrong tag', { diagnosis: 'pem-file-invalid' }),
	row('ASN1', 'HEADER_TOO_LONG', 123, 'header too long', { diagnosis: 'pem-file-invalid' }),
	row('ASN1', 'NOT_ENOUGH_DATA', 142, 'not enough data', { diagnosis: 'pem-file-invalid' }),
	row('ASN1', 'TOO_LONG', 155, 'too long', { diagnosis: 'pem-file-invalid' }),

	// The openssl commands' loader: a wrong password for an encrypted key or a PKCS#12 file.
	row('OSSL_STORE', 'BAD_PASSWORD_READ', 115, 'bad password read', { diagnosis: 'key-encrypted' }),
	row('OSSL_STORE', 'ERROR_VERIFYING_PKCS12_MAC', 113, 'error verifying pkcs12 mac', { diagnosis: 'key-encrypted', bare: true }),
	row('OSSL_STORE', 'UI_PROCESS_INTERRUPTED_OR_CANCELLED', 109, 'ui process interrupted or cancelled', {
		diagnosis: 'key-encrypted',
		bare: true
	}),
	row('OSSL_STORE', 'NOT_A_CERTIFICATE', 100, 'not a certificate', { diagnosis: 'pem-file-invalid' }),
	row('OSSL_STORE', 'NOT_A_PRIVATE_KEY', 102, 'not a private key', { diagnosis: 'pem-file-invalid' }),
	row('BIO', 'NO_SUCH_FILE', 128, 'no such file', { diagnosis: 'pem-file-invalid' }),
	// fopen of a certificate, key or CA file: OpenSSL 3 "error:80000002:system library::No such file or
	// directory", 1.1 "error:02001002:system library:fopen:No such file or directory".
	row('SYS', 'ENOENT', 2, 'No such file or directory', { packed: 0x80000000 | 2, diagnosis: 'pem-file-invalid' }),
	row('SYS', 'EACCES', 13, 'Permission denied', { packed: 0x80000000 | 13, diagnosis: 'pem-file-invalid' }),

	// Common reasons: their meaning depends on the library they are raised under.
	// OpenSSL 3's decoder found nothing it could read: no key in the certificate-and-key file, or not PEM.
	row('ERR', 'UNSUPPORTED', 268, 'unsupported', { under: ['OSSL_DECODER'], packed: COMMON | 268, reading: 'pem-lib' }),
	// SSL_CTX_use_*_file failed inside PEM: Python prints "[SSL] PEM lib" for a missing key or a wrong password.
	row('ERR', 'PEM_LIB', 9, 'PEM lib', { under: ['SSL'], packed: COMMON | 9, reading: 'pem-lib' }),
	// A passphrase prompt with no terminal, or cancelled.
	row('ERR', 'INTERRUPTED_OR_CANCELLED', 265, 'interrupted or cancelled', {
		under: ['PEM', 'OSSL_DECODER', 'PROV'],
		packed: COMMON | 265,
		diagnosis: 'key-encrypted',
		bare: true
	})
];

const SERVER_ONLY = 'raised only by a server, a DTLS or QUIC endpoint, or an API a MongoDB client does not call';
const INTERNAL = 'an internal or programming error of the application or library; no configuration change fixes it';
const MALFORMED = 'a malformed or hostile peer message: says nothing a person can change in the client or the server';
const FEATURE = 'a feature MongoDB clients and servers do not use (SRP, PSK, DANE, SRTP, CT, GOST, compression, early data, Suite B)';
const GENERIC =
	'names no cause on its own: the reason printed beside it (a file, a key, a handshake reason) decides, and is read from this table';

/**
 * Every other reason of the extract, deliberately without a diagnosis. The alert reasons are
 * tls-alerts.ts rows (read there); `byLib` gives each library's default reason, `names` the ones
 * whose reason differs from it.
 */
export const UNMAPPED_DEFAULT: Record<ReasonLib, string> = {
	SSL: MALFORMED,
	PEM: 'PVK/MSBLOB key formats and PEM writing: not what a MongoDB client loads',
	X509: 'certificate and CRL manipulation in code (building, hashing, lookups): not raised when a client loads its files',
	PKCS12: 'PKCS#12 creation and argument errors: not raised when an existing file is opened',
	EVP: 'cipher, digest and key operations in code: not raised for a certificate or key file a client loads',
	ASN1: 'DER encoding details a certificate or key file does not reach before the wrong-tag and length checks',
	OSSL_DECODER: 'not printed by OpenSSL 3.0 (its text is "reason(N)"); a decoding failure is reported as "unsupported"',
	OSSL_STORE:
		'the loader names where it stopped (a scheme, a URI form, a search type); the decoder, provider or system reason printed beside it names the cause',
	PROV: 'provider internals (ciphers, KDFs, DRBGs, FIPS self tests): not a TLS or file problem a person can fix',
	BIO: 'socket setup inside OpenSSL BIOs, which drivers do not use: their own socket errors are read by network.ts',
	SYS: "not an extract of its own: errno values are the operating system's",
	ERR: GENERIC
};

export const UNMAPPED_NAMES: Record<string, string> = {
	// SSL internal / API misuse.
	...Object.fromEntries(
		[
			'ATTEMPT_TO_REUSE_SESSION_IN_DIFFERENT_CONTEXT',
			'BAD_DATA_RETURNED_BY_CALLBACK',
			'BAD_HANDSHAKE_STATE',
			'BAD_WRITE_RETRY',
			'BIO_NOT_SET',
			'BN_LIB',
			'CALLBACK_FAILED',
			'CANNOT_CHANGE_CIPHER',
			'CANNOT_GET_GROUP_NAME',
			'CERT_CB_ERROR',
			'CONNECTION_TYPE_NOT_SET',
			'COPY_PARAMETERS_FAILED',
			'CUSTOM_EXT_HANDLER_ALREADY_INSTALLED',
			'FAILED_TO_INIT_ASYNC',
			'INVALID_COMMAND',
			'INVALID_CONFIG',
			'INVALID_CONFIGURATION_NAME',
			'INVALID_CONTEXT',
			'INVALID_NULL_CMD_NAME',
			'LIBRARY_BUG',
			'LIBRARY_HAS_NO_CIPHERS',
			'NOT_REPLACING_CERTIFICATE',
			'NOT_SERVER',
			'NO_METHOD_SPECIFIED',
			'NULL_SSL_CTX',
			'NULL_SSL_METHOD_PASSED',
			'OVERFLOW_ERROR',
			'PATH_TOO_LONG',
			'PIPELINE_FAILURE',
			'PROTOCOL_IS_SHUTDOWN',
			'READ_BIO_NOT_SET',
			'REQUEST_PENDING',
			'REQUEST_SENT',
			'SHUTDOWN_WHILE_IN_INIT',
			'SSL_COMMAND_SECTION_EMPTY',
			'SSL_COMMAND_SECTION_NOT_FOUND',
			'SSL_CTX_HAS_NO_DEFAULT_SSL_VERSION',
			'SSL_LIBRARY_HAS_NO_CIPHERS',
			'SSL_NEGATIVE_LENGTH',
			'SSL_SECTION_EMPTY',
			'SSL_SECTION_NOT_FOUND',
			'SSL_SESSION_ID_CALLBACK_FAILED',
			'SSL_SESSION_ID_CONFLICT',
			'SSL_SESSION_ID_CONTEXT_TOO_LONG',
			'SSL_SESSION_ID_HAS_BAD_LENGTH',
			'SSL_SESSION_ID_TOO_LONG',
			'STILL_IN_INIT',
			'UNINITIALIZED',
			'UNKNOWN_CMD_NAME',
			'UNKNOWN_COMMAND',
			'UNKNOWN_STATE',
			'UNABLE_TO_LOAD_SSL3_MD5_ROUTINES',
			'UNABLE_TO_LOAD_SSL3_SHA1_ROUTINES',
			'X509_LIB',
			'X509_VERIFICATION_SETUP_PROBLEMS',
			'TLS_ILLEGAL_EXPORTER_LABEL',
			'INVALID_TICKET_KEYS_LENGTH',
			'INVALID_SERVERINFO_DATA',
			'SESSION_ID_CONTEXT_UNINITIALIZED',
			'NO_CERTIFICATE_SET',
			'NO_CLIENT_CERT_METHOD',
			'SSL_HANDSHAKE_FAILURE'
		].map((n) => [`SSL_${n}`, INTERNAL])
	),
	// SSL server-side or not-a-client paths.
	...Object.fromEntries(
		[
			'NO_CERTIFICATE_ASSIGNED',
			'MISSING_RSA_CERTIFICATE',
			'MISSING_RSA_ENCRYPTING_CERT',
			'MISSING_RSA_SIGNING_CERT',
			'MISSING_DSA_SIGNING_CERT',
			'MISSING_ECDSA_SIGNING_CERT',
			'MISSING_SIGNING_CERT',
			'MISSING_TMP_DH_KEY',
			'MISSING_TMP_ECDH_KEY',
			'NO_VERIFY_COOKIE_CALLBACK',
			'NO_COOKIE_CALLBACK_SET',
			'COOKIE_GEN_CALLBACK_FAILURE',
			'COOKIE_MISMATCH',
			'DTLS_MESSAGE_TOO_BIG',
			'READ_TIMEOUT_EXPIRED',
			'FRAGMENTED_CLIENT_HELLO',
			'NO_APPLICATION_PROTOCOL',
			'CLIENTHELLO_TLSEXT',
			'SCSV_RECEIVED_WHEN_RENEGOTIATING',
			'NO_RENEGOTIATION',
			'BAD_SSL_FILETYPE',
			'CA_DN_LENGTH_MISMATCH',
			'NO_CERTIFICATES_RETURNED',
			'NO_REQUIRED_DIGEST',
			'NO_SUITABLE_DIGEST_ALGORITHM',
			'NO_SUITABLE_KEY_SHARE',
			'UNKNOWN_CERTIFICATE_TYPE',
			'UNKNOWN_PKEY_TYPE',
			'UNKNOWN_KEY_EXCHANGE_TYPE',
			'INVALID_CERTIFICATE_OR_ALG',
			'SIGNATURE_FOR_NON_SIGNING_CERTIFICATE',
			'ECC_CERT_NOT_FOR_SIGNING',
			'WRONG_CERTIFICATE_TYPE',
			'UNABLE_TO_FIND_PUBLIC_KEY_PARAMETERS',
			'UNABLE_TO_FIND_ECDH_PARAMETERS',
			'MISSING_PARAMETERS'
		].map((n) => [`SSL_${n}`, SERVER_ONLY])
	),
	// SSL features no MongoDB deployment uses.
	...Object.fromEntries(
		[
			'AT_LEAST_TLS_1_2_NEEDED_IN_SUITEB_MODE',
			'ECDH_REQUIRED_FOR_SUITEB_MODE',
			'ILLEGAL_SUITEB_DIGEST',
			'BAD_SRP_A_LENGTH',
			'BAD_SRP_PARAMETERS',
			'INVALID_SRP_USERNAME',
			'MISSING_SRP_PARAM',
			'SRP_A_CALC',
			'BAD_PSK',
			'BAD_PSK_IDENTITY',
			'PSK_IDENTITY_NOT_FOUND',
			'PSK_NO_CLIENT_CB',
			'PSK_NO_SERVER_CB',
			'MISSING_PSK_KEX_MODES_EXTENSION',
			'BINDER_DOES_NOT_VERIFY',
			'CONTEXT_NOT_DANE_ENABLED',
			'DANE_ALREADY_ENABLED',
			'DANE_CANNOT_OVERRIDE_MTYPE_FULL',
			'DANE_NOT_ENABLED',
			'DANE_TLSA_BAD_CERTIFICATE',
			'DANE_TLSA_BAD_CERTIFICATE_USAGE',
			'DANE_TLSA_BAD_DATA_LENGTH',
			'DANE_TLSA_BAD_DIGEST_LENGTH',
			'DANE_TLSA_BAD_MATCHING_TYPE',
			'DANE_TLSA_BAD_PUBLIC_KEY',
			'DANE_TLSA_BAD_SELECTOR',
			'DANE_TLSA_NULL_DATA',
			'ERROR_SETTING_TLSA_BASE_DOMAIN',
			'BAD_SRTP_MKI_VALUE',
			'BAD_SRTP_PROTECTION_PROFILE_LIST',
			'EMPTY_SRTP_PROTECTION_PROFILE_LIST',
			'NO_SRTP_PROFILES',
			'SRTP_COULD_NOT_ALLOCATE_PROFILES',
			'SRTP_PROTECTION_PROFILE_LIST_TOO_LONG',
			'SRTP_UNKNOWN_PROTECTION_PROFILE',
			'USE_SRTP_NOT_NEGOTIATED',
			'INVALID_CT_VALIDATION_TYPE',
			'NO_VALID_SCTS',
			'SCT_VERIFICATION_FAILED',
			'NO_GOST_CERTIFICATE_SENT_BY_PEER',
			'BAD_DECOMPRESSION',
			'COMPRESSED_LENGTH_TOO_LONG',
			'COMPRESSION_DISABLED',
			'COMPRESSION_FAILURE',
			'COMPRESSION_ID_NOT_WITHIN_PRIVATE_RANGE',
			'COMPRESSION_LIBRARY_ERROR',
			'DUPLICATE_COMPRESSION_ID',
			'INCONSISTENT_COMPRESSION',
			'INVALID_COMPRESSION_ALGORITHM',
			'NO_COMPRESSION_SPECIFIED',
			'REQUIRED_COMPRESSION_ALGORITHM_MISSING',
			'UNSUPPORTED_COMPRESSION_ALGORITHM',
			'OLD_SESSION_COMPRESSION_ALGORITHM_NOT_RETURNED',
			'BAD_EARLY_DATA',
			'INCONSISTENT_EARLY_DATA_ALPN',
			'INCONSISTENT_EARLY_DATA_SNI',
			'INVALID_MAX_EARLY_DATA',
			'TOO_MUCH_EARLY_DATA',
			'UNEXPECTED_END_OF_EARLY_DATA',
			'NO_PEM_EXTENSIONS',
			'PEM_NAME_BAD_PREFIX',
			'PEM_NAME_TOO_SHORT',
			'OCSP_CALLBACK_FAILURE',
			'UNSUPPORTED_STATUS_TYPE'
		].map((n) => [`SSL_${n}`, FEATURE])
	),
	// Common reasons that are internal in any library.
	...Object.fromEntries(
		[
			'MALLOC_FAILURE',
			'SHOULD_NOT_HAVE_BEEN_CALLED',
			'PASSED_NULL_PARAMETER',
			'INTERNAL_ERROR',
			'DISABLED',
			'INIT_FAIL',
			'PASSED_INVALID_ARGUMENT',
			'OPERATION_FAIL',
			'INVALID_PROVIDER_FUNCTIONS',
			'FETCH_FAILED',
			'INVALID_PROPERTY_DEFINITION',
			'UNABLE_TO_GET_READ_LOCK',
			'UNABLE_TO_GET_WRITE_LOCK'
		].map((n) => [`ERR_${n}`, INTERNAL])
	),
	SSL_CERTIFICATE_VERIFY_FAILED:
		'the verify result printed with it names the cause (x509-verify.ts); alone it is the wrapper openssl.certificate-verify-failed reads',
	ERR_SYS_LIB: '"system lib" says only that a system call failed: the system error beside it (a missing file, a name lookup) decides',
	ERR_NESTED_ASN1_ERROR: 'printed beside the ASN1 reason that names the fault (wrong tag, header too long), which this table reads',
	ERR_MISSING_ASN1_EOS: 'printed beside the ASN1 reason that names the fault, which this table reads',
	PEM_READ_KEY: 'printed beside the reason that says why the key could not be read (bad decrypt, unsupported), which this table reads',
	PEM_UNSUPPORTED_ENCRYPTION: 'a PEM key encrypted with a cipher the build lacks: rare, and no shared diagnosis names it',
	PEM_NOT_ENCRYPTED: 'raised by code that asks for an encrypted key, not by a client loading one',
	X509_LOADING_CERT_DIR: 'a CA directory (capath) that could not be read: the system error beside it names why',
	X509_NO_CERT_SET_FOR_US_TO_VERIFY: INTERNAL,
	X509_CERTIFICATE_VERIFICATION_FAILED: 'the verify result beside it names the cause, and x509-verify.ts reads it',
	PKCS12_MAC_ABSENT: 'a PKCS#12 file without a MAC: loading goes on, no error a person sees',
	BIO_CONNECT_ERROR: 'openssl s_client could not connect: the system error beside it (connection refused, …) is read by network.ts',
	BIO_CONNECT_TIMEOUT: 'openssl s_client connect timed out: read with the network errors beside it',
	BIO_LOOKUP_RETURNED_NOTHING: 'openssl s_client could not resolve the host: the getaddrinfo text beside it is read by network.ts'
};

/** The row a rendering names, by library and reason name. */
export function reasonRow(lib: ReasonLib, name: string): OpensslReasonRow | undefined {
	return OPENSSL_REASONS.find((r) => r.lib === lib && r.name === name);
}

/** The packed OpenSSL 3.x code of a row under a library (the number ERR_error_string prints). */
export function packed3(row: OpensslReasonRow, under: Exclude<ReasonLib, 'ERR'> = row.lib === 'ERR' ? row.under![0] : row.lib) {
	if (under === 'SYS') return (row.packed ?? row.code) >>> 0;
	return ((REASON_LIBS[under].lib << 23) | (row.packed ?? row.code)) >>> 0;
}

/** Node's err.code for a reason under a library (crypto_util.cc: ERR_ + OSSL_ + LIB_ + REASON). */
export const nodeCode = (row: OpensslReasonRow, lib: Exclude<ReasonLib, 'ERR'>) =>
	`ERR_${REASON_LIBS[lib].node}${row.text.toUpperCase().replaceAll(' ', '_')}`;

/**
 * Python's bracket: "[LIB: NAME]" for a library's own reason, "[LIB] text" for a common one (and
 * for any reason its own name table lacks, which the signatures read as well).
 */
export const pythonBracket = (row: OpensslReasonRow, lib: Exclude<ReasonLib, 'ERR'>) =>
	row.lib === 'ERR' ? `[${lib}] ${row.text}` : `[${lib}: ${row.name}]`;
