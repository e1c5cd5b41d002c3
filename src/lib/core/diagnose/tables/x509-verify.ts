/**
 * Table 2 (issue 15), OpenSSL and Node part: every OpenSSL certificate verification result, with
 * its number, its text in OpenSSL 3.x and 1.1.1, the code name Node gives it, and the diagnosis
 * it means for a MongoDB client, or why it has none.
 *
 * Sources (extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * - numbers and names: openssl/openssl include/openssl/x509_vfy.h.in @ 0365b1aa03a5;
 * - 3.x texts: openssl/openssl crypto/x509/x509_txt.c @ 0223dfcf1e4d (X509_verify_cert_error_string);
 * - 1.1.1 texts and numbers: OpenSSL 1.1.1 crypto/x509/x509_txt.c and x509_vfy.h (INVALID_CA was 24);
 * - Node code names: nodejs/node src/crypto/crypto_common.cc @ 020ffbfbdb57 X509ErrorCode()
 *   (any other result is "UNSPECIFIED", with OpenSSL's text as the message).
 *
 * How clients print a result (the renderings the reader in ../verify-codes.ts knows):
 * - openssl s_client: "verify error:num=N:TEXT" and "Verify return code: N (TEXT)";
 * - libmongoc (PHP, C, C++, Ruby's C ext) and the mongo shell: "certificate verify failed (N): TEXT";
 * - Python's ssl (Modules/_ssl.c fill_and_set_sslerror): "[SSL: CERTIFICATE_VERIFY_FAILED]
 *   certificate verify failed: TEXT (_ssl.c:NNN)", except 62 and 64, which Python words itself;
 * - Node, mongosh, Compass and mongod's log: TEXT alone, and Node's code name beside it.
 */

import type { DiagnosisId } from '../vocabulary';

export interface X509VerifyRow {
	/** X509_V_ERR_* value in OpenSSL 3.x. */
	code: number;
	/** The macro's name without X509_V_ERR_ (and Node's code name when `node` is set). */
	name: string;
	/** X509_verify_cert_error_string in OpenSSL 3.x; absent where the stored source has none yet. */
	text?: string;
	/** The 1.1.1 text, where 3.x changed it. */
	text11?: string;
	/** The 1.1.x number, where 3.0 changed it. */
	code11?: number;
	/** Node prints `name` as the error's code (X509ErrorCode); otherwise Node says UNSPECIFIED. */
	node?: true;
	diagnosis?: DiagnosisId;
	/** Why this diagnosis, where the text does not say it plainly. */
	note?: string;
	/** Why there is no diagnosis: a result a MongoDB client does not meet, or that names no cause. */
	unmapped?: string;
	/**
	 * The text says nothing of certificates on its own ("out of memory", "path loop"): read only
	 * where a verify rendering frames it (a number, "certificate verify failed:"), never bare.
	 */
	framedOnly?: true;
	/**
	 * The hand-written signature (families/openssl.ts) whose ranking depends on the facts (Atlas or
	 * private host, what was pasted); the table's own signature leaves the result to it.
	 */
	signature?: string;
	citation: string;
}

const SRC = 'OpenSSL include/openssl/x509_vfy.h.in, crypto/x509/x509_txt.c';

type Extra = Omit<X509VerifyRow, 'code' | 'name' | 'text' | 'citation'>;

function row(code: number, name: string, text: string | undefined, extra: Extra): X509VerifyRow {
	const node = extra.node ? '; Node crypto_common.cc X509ErrorCode' : '';
	return { code, name, ...(text === undefined ? {} : { text }), ...extra, citation: `${SRC}: X509_V_ERR_${name} = ${code}${node}` };
}

const NOT_USED = 'informational issuer check, not reported since OpenSSL 1.1.0 removed -issuer_checks';
const PROXY = 'proxy certificates (RFC 3820) are off unless the application allows them; no MongoDB client does';
const SUITE_B = 'Suite B mode is never set by MongoDB clients';
const NAME_CONSTRAINT = 'a name-constraint feature OpenSSL cannot check; the CA must be reissued, no client setting changes it';
const STRICT =
	'X509_V_FLAG_X509_STRICT (Python 3.13 default, OpenSSL verify -x509_strict): the CA made its certificates in a way strict checks refuse';

export const X509_VERIFY: readonly X509VerifyRow[] = [
	row(0, 'OK', 'ok', { unmapped: 'success, not an error', framedOnly: true }),
	row(1, 'UNSPECIFIED', 'unspecified certificate verification error', {
		unmapped: 'names no cause; the generic "certificate verify failed" reading applies'
	}),
	row(2, 'UNABLE_TO_GET_ISSUER_CERT', 'unable to get issuer certificate', {
		node: true,
		diagnosis: 'missing-intermediate',
		signature: 'openssl.unable-to-get-issuer'
	}),
	row(3, 'UNABLE_TO_GET_CRL', 'unable to get certificate CRL', { node: true, diagnosis: 'crl-problem' }),
	// The signature does not verify with the issuer's key: the CA file holds a different CA of the same name.
	row(4, 'UNABLE_TO_DECRYPT_CERT_SIGNATURE', "unable to decrypt certificate's signature", { node: true, diagnosis: 'untrusted-ca' }),
	row(5, 'UNABLE_TO_DECRYPT_CRL_SIGNATURE', "unable to decrypt CRL's signature", { node: true, diagnosis: 'crl-problem' }),
	row(6, 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 'unable to decode issuer public key', { node: true, diagnosis: 'untrusted-ca' }),
	row(7, 'CERT_SIGNATURE_FAILURE', 'certificate signature failure', { node: true, diagnosis: 'untrusted-ca' }),
	row(8, 'CRL_SIGNATURE_FAILURE', 'CRL signature failure', { node: true, diagnosis: 'crl-problem' }),
	row(9, 'CERT_NOT_YET_VALID', 'certificate is not yet valid or the system clock is incorrect', {
		text11: 'certificate is not yet valid',
		node: true,
		diagnosis: 'cert-not-yet-valid'
	}),
	// Its own signature, which Go's "certificate has expired or is not yet valid" reading silences (ranking-rules.ts).
	row(10, 'CERT_HAS_EXPIRED', 'certificate has expired', { node: true, diagnosis: 'cert-expired', signature: 'openssl.cert-expired' }),
	row(11, 'CRL_NOT_YET_VALID', 'CRL is not yet valid', { node: true, diagnosis: 'crl-problem' }),
	row(12, 'CRL_HAS_EXPIRED', 'CRL has expired', { node: true, diagnosis: 'crl-problem' }),
	row(13, 'ERROR_IN_CERT_NOT_BEFORE_FIELD', "format error in certificate's notBefore field", {
		node: true,
		unmapped: 'a malformed certificate (bad date encoding); no shared diagnosis names a corrupt certificate field'
	}),
	row(14, 'ERROR_IN_CERT_NOT_AFTER_FIELD', "format error in certificate's notAfter field", {
		node: true,
		unmapped: 'a malformed certificate (bad date encoding); no shared diagnosis names a corrupt certificate field'
	}),
	row(15, 'ERROR_IN_CRL_LAST_UPDATE_FIELD', "format error in CRL's lastUpdate field", { node: true, diagnosis: 'crl-problem' }),
	row(16, 'ERROR_IN_CRL_NEXT_UPDATE_FIELD', "format error in CRL's nextUpdate field", { node: true, diagnosis: 'crl-problem' }),
	row(17, 'OUT_OF_MEM', 'out of memory', {
		node: true,
		unmapped: 'the client ran out of memory, not a certificate problem',
		framedOnly: true
	}),
	row(18, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate', {
		text11: 'self signed certificate',
		node: true,
		diagnosis: 'self-signed-cert',
		signature: 'openssl.self-signed-leaf'
	}),
	row(19, 'SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain', {
		text11: 'self signed certificate in certificate chain',
		node: true,
		diagnosis: 'self-signed-in-chain',
		signature: 'openssl.self-signed-in-chain'
	}),
	row(20, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unable to get local issuer certificate', {
		node: true,
		diagnosis: 'untrusted-ca',
		signature: 'openssl.unable-to-get-local-issuer'
	}),
	row(21, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate', {
		node: true,
		diagnosis: 'missing-intermediate',
		signature: 'openssl.unable-to-verify-leaf'
	}),
	row(22, 'CERT_CHAIN_TOO_LONG', 'certificate chain too long', {
		node: true,
		unmapped: 'only past a verify depth the application set; MongoDB clients keep the default (100)'
	}),
	row(23, 'CERT_REVOKED', 'certificate revoked', { node: true, diagnosis: 'revoked' }),
	// 1.1.x numbered INVALID_CA 24; 3.0 gave 24 to this one. Both mean the CA cannot be used.
	row(24, 'NO_ISSUER_PUBLIC_KEY', "issuer certificate doesn't have a public key", { diagnosis: 'untrusted-ca' }),
	row(25, 'PATH_LENGTH_EXCEEDED', 'path length constraint exceeded', { node: true, diagnosis: 'untrusted-ca' }),
	row(26, 'INVALID_PURPOSE', 'unsuitable certificate purpose', {
		text11: 'unsupported certificate purpose',
		node: true,
		diagnosis: 'wrong-purpose'
	}),
	row(27, 'CERT_UNTRUSTED', 'certificate not trusted', { node: true, diagnosis: 'untrusted-ca' }),
	row(28, 'CERT_REJECTED', 'certificate rejected', { node: true, diagnosis: 'untrusted-ca' }),
	row(29, 'SUBJECT_ISSUER_MISMATCH', 'subject issuer mismatch', { unmapped: NOT_USED }),
	row(30, 'AKID_SKID_MISMATCH', 'authority and subject key identifier mismatch', { unmapped: NOT_USED }),
	row(31, 'AKID_ISSUER_SERIAL_MISMATCH', 'authority and issuer serial number mismatch', { unmapped: NOT_USED }),
	row(32, 'KEYUSAGE_NO_CERTSIGN', 'key usage does not include certificate signing', { diagnosis: 'untrusted-ca' }),
	row(33, 'UNABLE_TO_GET_CRL_ISSUER', 'unable to get CRL issuer certificate', { diagnosis: 'crl-problem' }),
	row(34, 'UNHANDLED_CRITICAL_EXTENSION', 'unhandled critical extension', {
		unmapped: 'the certificate carries a critical extension OpenSSL does not know; the issuer must reissue it'
	}),
	row(35, 'KEYUSAGE_NO_CRL_SIGN', 'key usage does not include CRL signing', { diagnosis: 'crl-problem' }),
	row(36, 'UNHANDLED_CRITICAL_CRL_EXTENSION', 'unhandled critical CRL extension', { diagnosis: 'crl-problem' }),
	row(37, 'INVALID_NON_CA', 'invalid non-CA certificate (has CA markings)', { unmapped: PROXY }),
	row(38, 'PROXY_PATH_LENGTH_EXCEEDED', 'proxy path length constraint exceeded', { unmapped: PROXY }),
	// The leaf's key usage forbids the signature TLS needs from it.
	row(39, 'KEYUSAGE_NO_DIGITAL_SIGNATURE', 'key usage does not include digital signature', { diagnosis: 'wrong-purpose' }),
	row(40, 'PROXY_CERTIFICATES_NOT_ALLOWED', 'proxy certificates not allowed, please set the appropriate flag', { unmapped: PROXY }),
	row(41, 'INVALID_EXTENSION', 'invalid or inconsistent certificate extension', {
		unmapped: 'a malformed extension in a certificate; no shared diagnosis names it (the issuer must reissue)'
	}),
	row(42, 'INVALID_POLICY_EXTENSION', 'invalid or inconsistent certificate policy extension', {
		unmapped: 'certificate policy checking is off unless the application turns it on'
	}),
	row(43, 'NO_EXPLICIT_POLICY', 'no explicit policy', {
		unmapped: 'certificate policy checking is off unless the application turns it on',
		framedOnly: true
	}),
	row(44, 'DIFFERENT_CRL_SCOPE', 'different CRL scope', { text11: 'Different CRL scope', diagnosis: 'crl-problem' }),
	row(45, 'UNSUPPORTED_EXTENSION_FEATURE', 'unsupported extension feature', {
		text11: 'Unsupported extension feature',
		unmapped: 'delta CRLs / indirect CRL features OpenSSL does not support; the issuer must change them'
	}),
	row(46, 'UNNESTED_RESOURCE', "RFC 3779 resource not subset of parent's resources", {
		unmapped: 'RFC 3779 IP/AS resource extensions (RPKI), not used for MongoDB certificates'
	}),
	row(47, 'PERMITTED_VIOLATION', 'permitted subtree violation', { unmapped: NAME_CONSTRAINT }),
	row(48, 'EXCLUDED_VIOLATION', 'excluded subtree violation', { unmapped: NAME_CONSTRAINT }),
	row(49, 'SUBTREE_MINMAX', 'name constraints minimum and maximum not supported', { unmapped: NAME_CONSTRAINT }),
	row(50, 'APPLICATION_VERIFICATION', 'application verification failure', {
		unmapped: "the application's own callback refused the certificate; only its message says why",
		framedOnly: true
	}),
	row(51, 'UNSUPPORTED_CONSTRAINT_TYPE', 'unsupported name constraint type', { unmapped: NAME_CONSTRAINT }),
	row(52, 'UNSUPPORTED_CONSTRAINT_SYNTAX', 'unsupported or invalid name constraint syntax', { unmapped: NAME_CONSTRAINT }),
	row(53, 'UNSUPPORTED_NAME_SYNTAX', 'unsupported or invalid name syntax', { unmapped: NAME_CONSTRAINT }),
	row(54, 'CRL_PATH_VALIDATION_ERROR', 'CRL path validation error', { diagnosis: 'crl-problem' }),
	row(55, 'PATH_LOOP', 'path loop', {
		text11: 'Path Loop',
		unmapped: 'a chain that loops back on itself; only with X509_V_FLAG_CHECK_SS_SIGNATURE debugging',
		framedOnly: true
	}),
	row(56, 'SUITE_B_INVALID_VERSION', 'Suite B: certificate version invalid', { unmapped: SUITE_B }),
	row(57, 'SUITE_B_INVALID_ALGORITHM', 'Suite B: invalid public key algorithm', { unmapped: SUITE_B }),
	row(58, 'SUITE_B_INVALID_CURVE', 'Suite B: invalid ECC curve', { unmapped: SUITE_B }),
	row(59, 'SUITE_B_INVALID_SIGNATURE_ALGORITHM', 'Suite B: invalid signature algorithm', { unmapped: SUITE_B }),
	row(60, 'SUITE_B_LOS_NOT_ALLOWED', 'Suite B: curve not allowed for this LOS', { unmapped: SUITE_B }),
	row(61, 'SUITE_B_CANNOT_SIGN_P_384_WITH_P_256', 'Suite B: cannot sign P-384 with P-256', { unmapped: SUITE_B }),
	row(62, 'HOSTNAME_MISMATCH', 'hostname mismatch', { text11: 'Hostname mismatch', node: true, diagnosis: 'hostname-mismatch' }),
	row(63, 'EMAIL_MISMATCH', 'email address mismatch', {
		text11: 'Email address mismatch',
		unmapped: 'an e-mail identity check (S/MIME); MongoDB clients check host names and IPs only'
	}),
	row(64, 'IP_ADDRESS_MISMATCH', 'IP address mismatch', { diagnosis: 'ip-mismatch' }),
	row(65, 'DANE_NO_MATCH', 'no matching DANE TLSA records', {
		text11: 'No matching DANE TLSA records',
		unmapped: 'DANE (TLSA records) is not used by MongoDB clients'
	}),
	row(66, 'EE_KEY_TOO_SMALL', 'EE certificate key too weak', { diagnosis: 'weak-key' }),
	row(67, 'CA_KEY_TOO_SMALL', 'CA certificate key too weak', { diagnosis: 'weak-key' }),
	row(68, 'CA_MD_TOO_WEAK', 'CA signature digest algorithm too weak', { diagnosis: 'weak-signature' }),
	row(69, 'INVALID_CALL', 'invalid certificate verification context', {
		text11: 'Invalid certificate verification context',
		unmapped: 'a programming error in the client (verify called without a context)'
	}),
	row(70, 'STORE_LOOKUP', 'issuer certificate lookup error', {
		text11: 'Issuer certificate lookup error',
		unmapped: 'the trust store itself failed (a provider or directory error); the next error in the text says why'
	}),
	row(71, 'NO_VALID_SCTS', 'Certificate Transparency required, but no valid SCTs found', {
		unmapped: 'Certificate Transparency is enforced only where the application asks; MongoDB clients do not'
	}),
	row(72, 'PROXY_SUBJECT_NAME_VIOLATION', 'proxy subject name violation', { unmapped: PROXY }),
	row(73, 'OCSP_VERIFY_NEEDED', 'OCSP verification needed', { diagnosis: 'ocsp-failure' }),
	row(74, 'OCSP_VERIFY_FAILED', 'OCSP verification failed', { diagnosis: 'ocsp-failure' }),
	row(75, 'OCSP_CERT_UNKNOWN', 'OCSP unknown cert', { diagnosis: 'ocsp-failure' }),
	// OpenSSL 3 at security level 1+ cannot use the signature's algorithm (SHA-1, MD5, an unknown OID).
	row(76, 'UNSUPPORTED_SIGNATURE_ALGORITHM', 'Cannot find certificate signature algorithm', { diagnosis: 'weak-signature' }),
	row(77, 'SIGNATURE_ALGORITHM_MISMATCH', 'subject signature algorithm and issuer public key algorithm mismatch', {
		unmapped: 'a certificate signed with an algorithm its issuer’s key cannot make; the issuer must reissue it'
	}),
	row(78, 'SIGNATURE_ALGORITHM_INCONSISTENCY', 'cert info signature and signature algorithm mismatch', {
		unmapped: 'a malformed certificate (two algorithm fields disagree); the issuer must reissue it'
	}),
	row(79, 'INVALID_CA', 'invalid CA certificate', { code11: 24, node: true, diagnosis: 'untrusted-ca' }),
	row(80, 'PATHLEN_INVALID_FOR_NON_CA', 'Path length invalid for non-CA cert', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(81, 'PATHLEN_WITHOUT_KU_KEY_CERT_SIGN', 'Path length given without key usage keyCertSign', {
		diagnosis: 'untrusted-ca',
		note: STRICT
	}),
	row(82, 'KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA', 'Key usage keyCertSign invalid for non-CA cert', {
		diagnosis: 'untrusted-ca',
		note: STRICT
	}),
	row(83, 'ISSUER_NAME_EMPTY', 'Issuer name empty', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(84, 'SUBJECT_NAME_EMPTY', 'Subject name empty', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(85, 'MISSING_AUTHORITY_KEY_IDENTIFIER', 'Missing Authority Key Identifier', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(86, 'MISSING_SUBJECT_KEY_IDENTIFIER', 'Missing Subject Key Identifier', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(87, 'EMPTY_SUBJECT_ALT_NAME', 'Empty Subject Alternative Name extension', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(88, 'EMPTY_SUBJECT_SAN_NOT_CRITICAL', 'Subject empty and Subject Alt Name extension not critical', {
		diagnosis: 'untrusted-ca',
		note: STRICT
	}),
	row(89, 'CA_BCONS_NOT_CRITICAL', 'Basic Constraints of CA cert not marked critical', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(90, 'AUTHORITY_KEY_IDENTIFIER_CRITICAL', 'Authority Key Identifier marked critical', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(91, 'SUBJECT_KEY_IDENTIFIER_CRITICAL', 'Subject Key Identifier marked critical', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(92, 'CA_CERT_MISSING_KEY_USAGE', 'CA cert does not include key usage extension', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(93, 'EXTENSIONS_REQUIRE_VERSION_3', 'Using cert extension requires at least X509v3', { diagnosis: 'untrusted-ca', note: STRICT }),
	row(94, 'EC_KEY_EXPLICIT_PARAMS', 'Certificate public key has explicit ECC parameters', {
		unmapped: 'an EC key with explicit curve parameters (refused in strict mode); the key must be remade on a named curve'
	}),
	row(95, 'RPK_UNTRUSTED', 'Raw public key untrusted, no trusted keys configured', {
		unmapped: 'raw public keys (RFC 7250) are not used by MongoDB clients'
	}),
	row(96, 'OCSP_RESP_INVALID', 'OCSP response(s) invalid', { diagnosis: 'ocsp-failure' }),
	row(97, 'OCSP_SIGNATURE_FAILURE', 'OCSP response signature verification failure', { diagnosis: 'ocsp-failure' }),
	row(98, 'OCSP_NOT_YET_VALID', 'OCSP response not yet valid (contains a date in the future)', { diagnosis: 'ocsp-failure' }),
	row(99, 'OCSP_HAS_EXPIRED', 'OCSP response has expired', { diagnosis: 'ocsp-failure' }),
	row(100, 'OCSP_NO_RESPONSE', 'no OCSP response available for certificate', { diagnosis: 'ocsp-failure' }),
	// 101–104 are in x509_vfy.h.in but not yet in the stored x509_txt.c: read by number and name only.
	row(101, 'CRL_VERIFY_FAILED', undefined, { diagnosis: 'crl-problem' }),
	row(102, 'EMPTY_AUTHORITY_KEY_IDENTIFIER', undefined, { diagnosis: 'untrusted-ca', note: STRICT }),
	row(103, 'AKID_ISSUER_SERIAL_NOT_PAIRED', undefined, { diagnosis: 'untrusted-ca', note: STRICT }),
	row(104, 'IDP_ONLY_USER_CA_ATTR_EXCLUSIVE', undefined, { diagnosis: 'crl-problem' })
];

/**
 * Node's own host name check (lib/tls.js checkServerIdentity), not an OpenSSL result: the message
 * is lib/internal/errors.js "Hostname/IP does not match certificate's altnames: %s" and the reason
 * says whether a host name ("Host: h. is not in the cert's altnames: …", "… is not cert's CN: …")
 * or an IP ("IP: a is not in the cert's list: …") failed. Read by families/node.ts.
 */
export const NODE_ALTNAME = {
	code: 'ERR_TLS_CERT_ALTNAME_INVALID',
	message: "Hostname/IP does not match certificate's altnames: ",
	reasons: [
		{ reason: "IP: ${hostname} is not in the cert's list: ${ips}", diagnosis: 'ip-mismatch' },
		{ reason: "Host: ${hostname}. is not in the cert's altnames: ${altNames}", diagnosis: 'hostname-mismatch' },
		{ reason: "Host: ${hostname}. is not cert's CN: ${cn}", diagnosis: 'hostname-mismatch' },
		{ reason: 'Cert does not contain a DNS name', diagnosis: 'hostname-mismatch' }
	],
	citation: "nodejs/node lib/tls.js checkServerIdentity; lib/internal/errors.js E('ERR_TLS_CERT_ALTNAME_INVALID')"
} as const satisfies { reasons: readonly { reason: string; diagnosis: DiagnosisId }[] } & Record<string, unknown>;

/**
 * Other stacks' texts that begin with an OpenSSL text but mean something else: the reader takes
 * the longer text at that place and so does not read the OpenSSL result into it.
 */
export const LOOKALIKES: readonly { text: string; citation: string }[] = [
	{
		text: 'certificate has expired or is not yet valid',
		citation: 'Go crypto/x509 CertificateInvalidError Expired ("x509: certificate has expired or is not yet valid")'
	}
];
