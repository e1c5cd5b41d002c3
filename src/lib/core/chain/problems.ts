/**
 * Every reason a certificate can break a path, with where the rule comes from: the RFC 5280
 * section, the CA/Browser Forum Baseline Requirements section, and the OpenSSL verify code a
 * client built on OpenSSL (PyMongo, the Node driver, mongosh) prints for it.
 */

export type ProblemCode =
	| 'expired'
	| 'not-yet-valid'
	| 'bad-signature'
	| 'signature-unverifiable'
	| 'weak-signature-algorithm'
	| 'disallowed-signature-algorithm'
	| 'signature-algorithm-mismatch'
	| 'weak-key'
	| 'disallowed-key'
	| 'not-a-ca'
	| 'ca-not-critical'
	| 'no-cert-sign'
	| 'ca-missing-key-usage'
	| 'path-length-exceeded'
	| 'name-constraint-violated'
	| 'name-constraint-unsupported'
	| 'name-constraints-malformed'
	| 'wrong-eku'
	| 'wrong-key-usage'
	| 'unknown-critical-extension'
	| 'duplicate-extension'
	| 'malformed-extension'
	| 'extension-criticality'
	| 'missing-aki'
	| 'missing-ski'
	| 'aki-form'
	| 'aki-ski-mismatch'
	| 'ee-is-ca'
	| 'ee-cert-sign'
	| 'not-v3'
	| 'serial-number'
	| 'empty-issuer'
	| 'empty-subject'
	| 'san-missing'
	| 'san-empty'
	| 'malformed-san'
	| 'cn-not-in-san'
	| 'validity-encoding'
	| 'hostname-mismatch'
	| 'ip-mismatch'
	| 'revoked'
	| 'crl-unusable';

export interface ProblemMeta {
	/** A few words for lists: "expired", "not a CA". */
	short: string;
	citation: string;
	/** OpenSSL verify code and name when OpenSSL reports this (what `openssl verify` and PyMongo print). */
	openssl?: { code: number; name: string };
}

export const PROBLEMS: Record<ProblemCode, ProblemMeta> = {
	expired: { short: 'expired', citation: 'RFC 5280 §4.1.2.5, §6.1.3(a)(2)', openssl: { code: 10, name: 'X509_V_ERR_CERT_HAS_EXPIRED' } },
	'not-yet-valid': { short: 'not yet valid', citation: 'RFC 5280 §4.1.2.5', openssl: { code: 9, name: 'X509_V_ERR_CERT_NOT_YET_VALID' } },
	'bad-signature': {
		short: 'signature does not verify',
		citation: 'RFC 5280 §6.1.3(a)(1)',
		openssl: { code: 7, name: 'X509_V_ERR_CERT_SIGNATURE_FAILURE' }
	},
	'signature-unverifiable': { short: 'signature could not be checked here', citation: 'W3C Web Cryptography API' },
	'weak-signature-algorithm': {
		short: 'signed with a broken hash',
		citation: 'CA/B Forum BR §7.1.3.2; OpenSSL security level 1+',
		openssl: { code: 68, name: 'X509_V_ERR_CA_MD_TOO_WEAK' }
	},
	'disallowed-signature-algorithm': { short: 'signature algorithm not allowed', citation: 'CA/B Forum BR §7.1.3.2' },
	'signature-algorithm-mismatch': {
		short: 'two different signature algorithms named',
		citation: 'RFC 5280 §4.1.1.2',
		openssl: { code: 78, name: 'X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY' }
	},
	'weak-key': {
		short: 'key too small',
		citation: 'CA/B Forum BR §6.1.5; OpenSSL security level 2',
		openssl: { code: 67, name: 'X509_V_ERR_CA_KEY_TOO_SMALL' }
	},
	'disallowed-key': {
		short: 'key type not allowed',
		citation: 'CA/B Forum BR §7.1.3.1',
		openssl: { code: 94, name: 'X509_V_ERR_EC_KEY_EXPLICIT_PARAMS' }
	},
	'not-a-ca': {
		short: 'not a CA certificate',
		citation: 'RFC 5280 §4.2.1.9, §6.1.4(k)',
		openssl: { code: 24, name: 'X509_V_ERR_INVALID_CA' }
	},
	'ca-not-critical': {
		short: 'basicConstraints not critical',
		citation: 'RFC 5280 §4.2.1.9',
		openssl: { code: 89, name: 'X509_V_ERR_CA_BCONS_NOT_CRITICAL' }
	},
	'no-cert-sign': {
		short: 'key usage forbids signing certificates',
		citation: 'RFC 5280 §4.2.1.3, §6.1.4(n)',
		openssl: { code: 32, name: 'X509_V_ERR_KEYUSAGE_NO_CERTSIGN' }
	},
	'ca-missing-key-usage': {
		short: 'CA without keyUsage',
		citation: 'RFC 5280 §4.2.1.3',
		openssl: { code: 92, name: 'X509_V_ERR_CA_CERT_MISSING_KEY_USAGE' }
	},
	'path-length-exceeded': {
		short: 'path length constraint exceeded',
		citation: 'RFC 5280 §4.2.1.9, §6.1.4(l)',
		openssl: { code: 25, name: 'X509_V_ERR_PATH_LENGTH_EXCEEDED' }
	},
	'name-constraint-violated': {
		short: 'name outside the CA’s name constraints',
		citation: 'RFC 5280 §4.2.1.10, §6.1.3(b)-(c)',
		openssl: { code: 47, name: 'X509_V_ERR_PERMITTED_VIOLATION / X509_V_ERR_EXCLUDED_VIOLATION (48)' }
	},
	'name-constraint-unsupported': {
		short: 'name constraint of a kind that cannot be checked',
		citation: 'RFC 5280 §4.2.1.10',
		openssl: { code: 51, name: 'X509_V_ERR_UNSUPPORTED_NAME_SYNTAX' }
	},
	'name-constraints-malformed': { short: 'malformed name constraints', citation: 'RFC 5280 §4.2.1.10; CA/B Forum BR §7.1.2.5.2' },
	'wrong-eku': {
		short: 'not allowed for this purpose (extendedKeyUsage)',
		citation: 'RFC 5280 §4.2.1.12',
		openssl: { code: 26, name: 'X509_V_ERR_INVALID_PURPOSE' }
	},
	'wrong-key-usage': {
		short: 'key usage does not allow TLS',
		citation: 'RFC 5280 §4.2.1.3; RFC 5246 §7.4.2',
		openssl: { code: 26, name: 'X509_V_ERR_INVALID_PURPOSE' }
	},
	'unknown-critical-extension': {
		short: 'unknown critical extension',
		citation: 'RFC 5280 §4.2',
		openssl: { code: 34, name: 'X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION' }
	},
	'duplicate-extension': { short: 'extension appears twice', citation: 'RFC 5280 §4.2' },
	'malformed-extension': { short: 'malformed extension', citation: 'RFC 5280 §4.2' },
	'extension-criticality': { short: 'extension has the wrong criticality', citation: 'RFC 5280 §4.2.1; CA/B Forum BR §7.1.2' },
	'missing-aki': {
		short: 'no authorityKeyIdentifier',
		citation: 'RFC 5280 §4.2.1.1',
		openssl: { code: 85, name: 'X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER' }
	},
	'missing-ski': {
		short: 'CA without subjectKeyIdentifier',
		citation: 'RFC 5280 §4.2.1.2',
		openssl: { code: 86, name: 'X509_V_ERR_MISSING_SUBJECT_KEY_IDENTIFIER' }
	},
	'aki-form': { short: 'authorityKeyIdentifier in a forbidden form', citation: 'CA/B Forum BR §7.1.2.11.1' },
	'aki-ski-mismatch': {
		short: 'key identifiers disagree',
		citation: 'RFC 5280 §4.2.1.1',
		openssl: { code: 30, name: 'X509_V_ERR_AKID_SKID_MISMATCH' }
	},
	'ee-is-ca': { short: 'end-entity certificate marked CA:TRUE', citation: 'CA/B Forum BR §7.1.2.7.8' },
	'ee-cert-sign': {
		short: 'end-entity key allowed to sign certificates',
		citation: 'RFC 5280 §4.2.1.3; CA/B Forum BR §7.1.2.7.11',
		openssl: { code: 82, name: 'X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA' }
	},
	'not-v3': {
		short: 'not an X.509 v3 certificate',
		citation: 'CA/B Forum BR §7.1.1; RFC 5280 §4.1.2.1',
		openssl: { code: 93, name: 'X509_V_ERR_EXTENSIONS_REQUIRE_VERSION_3' }
	},
	'serial-number': { short: 'invalid serial number', citation: 'RFC 5280 §4.1.2.2' },
	'empty-issuer': {
		short: 'empty issuer name',
		citation: 'RFC 5280 §4.1.2.4',
		openssl: { code: 83, name: 'X509_V_ERR_ISSUER_NAME_EMPTY' }
	},
	'empty-subject': {
		short: 'empty subject name',
		citation: 'RFC 5280 §4.1.2.6',
		openssl: { code: 84, name: 'X509_V_ERR_SUBJECT_NAME_EMPTY' }
	},
	'san-missing': { short: 'no subjectAltName', citation: 'CA/B Forum BR §7.1.2.7.12; RFC 6125 §6.4.4' },
	'san-empty': {
		short: 'empty subjectAltName',
		citation: 'RFC 5280 §4.2.1.6',
		openssl: { code: 87, name: 'X509_V_ERR_EMPTY_SUBJECT_ALT_NAME' }
	},
	'malformed-san': { short: 'malformed subjectAltName entry', citation: 'RFC 5280 §4.2.1.6' },
	'cn-not-in-san': { short: 'common name not among the subjectAltNames', citation: 'CA/B Forum BR §7.1.4.3' },
	'validity-encoding': { short: 'validity dates encoded wrongly', citation: 'RFC 5280 §4.1.2.5' },
	'hostname-mismatch': {
		short: 'host name not in the certificate',
		citation: 'RFC 6125 §6.4',
		openssl: { code: 62, name: 'X509_V_ERR_HOSTNAME_MISMATCH' }
	},
	'ip-mismatch': {
		short: 'IP address not in the certificate',
		citation: 'RFC 6125 §6.2.1',
		openssl: { code: 64, name: 'X509_V_ERR_IP_ADDRESS_MISMATCH' }
	},
	revoked: { short: 'revoked', citation: 'RFC 5280 §6.3', openssl: { code: 23, name: 'X509_V_ERR_CERT_REVOKED' } },
	'crl-unusable': {
		short: 'revocation could not be checked',
		citation: 'RFC 5280 §6.3.3',
		openssl: { code: 3, name: 'X509_V_ERR_UNABLE_TO_GET_CRL' }
	}
};

export interface Problem {
	code: ProblemCode;
	/** Plain words, specific to this certificate. */
	detail: string;
}

export const problem = (code: ProblemCode, detail: string): Problem => ({ code, detail });
