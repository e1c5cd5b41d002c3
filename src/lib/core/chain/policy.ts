/**
 * How strictly a client validates. The rules of path validation are shared (chaining, signatures,
 * validity, CA constraints, name constraints); what differs between TLS clients is which extra
 * profile rules they enforce and how they search for a path. Each policy here names the clients
 * that behave that way and where each knob comes from, so a finding can say "Go rejects this,
 * PyMongo accepts it" and be right.
 */

import { EXTENSIONS } from '../x509/oids';

export type PolicyId = 'openssl' | 'python-strict' | 'go' | 'java' | 'webpki';

export interface ValidationPolicy {
	id: PolicyId;
	/** The clients that validate this way, for the report. */
	clients: string;
	/** Where the behaviour is defined. */
	source: string;
	/**
	 * 'backtracking' tries every candidate issuer until a path validates (RFC 4158, Go, pyca,
	 * browsers). 'openssl' picks one issuer per step the way X509_verify_cert does: trusted
	 * certificates first, then the first one valid now, else the one that expires last.
	 */
	issuerSearch: 'backtracking' | 'openssl';
	/** Any trusted certificate ends a path, self-signed or not (X509_V_FLAG_PARTIAL_CHAIN). */
	partialChain: boolean;
	/** Most intermediates allowed between leaf and anchor. */
	maxIntermediates: number;
	/** Is the trust anchor itself held to validity dates and CA rules? */
	checkAnchor: { validity: boolean; caRules: 'strict' | 'lenient' | 'none' };
	hostname: {
		/** Fall back to the subject CN when the certificate has no DNS subjectAltName. */
		commonNameFallback: boolean;
	};
	leaf: {
		requireV3: boolean;
		requireAuthorityKeyId: boolean;
		/** Refuse a server certificate without any subjectAltName. */
		requireSan: boolean;
		/** SAN critical exactly when the subject is empty (RFC 5280 §4.2.1.6, CA/B BR §7.1.2.7.12). */
		sanCriticality: boolean;
		forbidCa: boolean;
		forbidCertSign: boolean;
		forbidNameConstraints: boolean;
		/** Accept anyExtendedKeyUsage in place of the purpose asked for. */
		acceptAnyEku: boolean;
		/** A keyUsage, when present, must allow a TLS handshake (digitalSignature, keyEncipherment or keyAgreement). */
		keyUsageMustAllowTls: boolean;
	};
	ca: {
		/** basicConstraints must be present and marked critical. */
		basicConstraintsCritical: boolean;
		requireKeyUsage: boolean;
		requireSubjectKeyId: boolean;
		/** authorityKeyIdentifier in the CA/B Forum form: keyIdentifier only. */
		authorityKeyIdForm: boolean;
		/** Intermediates' extendedKeyUsage, when present, must allow the purpose. */
		checkEku: boolean;
		/**
		 * An intermediate that is not self-issued must carry an authorityKeyIdentifier (RFC 5280
		 * §4.2.1.1). Trust anchors are exempt, as in OpenSSL's strict mode (the last certificate of
		 * the chain) and x509-limbo cve::cve-2024-0567 (a trusted cross-signed root without AKI).
		 */
		requireAuthorityKeyId: boolean;
	};
	keys: {
		minRsaBits: number;
		rsaMultipleOf8: boolean;
		/** Named curves allowed; undefined allows any WebCrypto-verifiable curve. */
		curves?: string[];
		allowDsa: boolean;
		allowEdwards: boolean;
	};
	signatures: {
		/** SHA-1 and older hashes refused (certificates below the trust anchor). */
		rejectSha1: boolean;
		/** Only the CA/B Forum BR §7.1.3.2 algorithms, with their exact parameter encodings. */
		baselineAlgorithmsOnly: boolean;
	};
	/** RFC 5280 encoding rules beyond what every client enforces. */
	strict: {
		serialNumber: boolean;
		validityEncoding: boolean;
		emptyNames: boolean;
		/** AKI and SKI must be non-critical, AIA and EKU non-critical. */
		extensionCriticality: boolean;
		/** An empty subjectAltName, or a pathLen on a non-CA, is refused. */
		emptySanAndStrayPathLen: boolean;
	};
	nameConstraints: {
		/** Accept ".example.com" as a DNS constraint (OpenSSL does; RFC 5280 does not). */
		leadingDotDns: boolean;
		/** Check the leaf CN against DNS constraints when it has no DNS subjectAltName (OpenSSL). */
		checkCommonName: boolean;
		/** Refuse a nameConstraints with neither permitted nor excluded subtrees (CA/B BR §7.1.2.5.2). */
		rejectEmpty: boolean;
	};
	revocation: {
		/** Which certificates are looked up in the CRLs given: PyMongo sets VERIFY_CRL_CHECK_LEAF. */
		scope: 'leaf' | 'chain';
		/** Refuse a CRL without a CRL number (RFC 5280 §5.2.3 "MUST"; OpenSSL tolerates it). */
		requireCrlNumber: boolean;
	};
	/** Critical extensions the client understands; any other critical extension fails the certificate. */
	handledCriticalExtensions: ReadonlySet<string>;
}

const CORE_CRITICAL = [
	EXTENSIONS.basicConstraints,
	EXTENSIONS.keyUsage,
	EXTENSIONS.extKeyUsage,
	EXTENSIONS.subjectAltName,
	EXTENSIONS.nameConstraints,
	EXTENSIONS.certificatePolicies,
	EXTENSIONS.policyConstraints,
	EXTENSIONS.inhibitAnyPolicy,
	EXTENSIONS.crlDistributionPoints,
	'2.5.29.33' // policyMappings
];

/** OpenSSL's supported-extension list (v3_purp.c): AKI, SKI and AIA are not on it, so a critical one fails. */
const OPENSSL_CRITICAL = new Set([...CORE_CRITICAL, '2.16.840.1.113730.1.1', '1.3.6.1.5.5.7.1.14', '1.3.6.1.5.5.7.48.1.5']);
const WIDE_CRITICAL = new Set([
	...CORE_CRITICAL,
	EXTENSIONS.authorityKeyIdentifier,
	EXTENSIONS.subjectKeyIdentifier,
	EXTENSIONS.authorityInfoAccess
]);

/** OpenSSL 3 defaults as PyMongo, Motor, the Node driver and mongosh use them, at the security level 2 Debian, Ubuntu and RHEL ship. */
export const OPENSSL_POLICY: ValidationPolicy = {
	id: 'openssl',
	clients: 'PyMongo, Motor, the Node.js driver, mongosh, Compass and the mongo shell (OpenSSL defaults)',
	source: 'OpenSSL 3 X509_verify_cert (crypto/x509/x509_vfy.c) at security level 2',
	issuerSearch: 'openssl',
	partialChain: false,
	maxIntermediates: 100,
	checkAnchor: { validity: true, caRules: 'lenient' },
	hostname: { commonNameFallback: true },
	leaf: {
		requireV3: false,
		requireAuthorityKeyId: false,
		requireSan: false,
		sanCriticality: false,
		forbidCa: false,
		forbidCertSign: false,
		forbidNameConstraints: false,
		acceptAnyEku: false,
		keyUsageMustAllowTls: true
	},
	ca: {
		basicConstraintsCritical: false,
		requireKeyUsage: false,
		requireSubjectKeyId: false,
		authorityKeyIdForm: false,
		checkEku: true,
		requireAuthorityKeyId: false
	},
	keys: { minRsaBits: 2048, rsaMultipleOf8: false, allowDsa: true, allowEdwards: true },
	signatures: { rejectSha1: true, baselineAlgorithmsOnly: false },
	strict: { serialNumber: false, validityEncoding: false, emptyNames: false, extensionCriticality: false, emptySanAndStrayPathLen: false },
	nameConstraints: { leadingDotDns: true, checkCommonName: true, rejectEmpty: false },
	revocation: { scope: 'leaf', requireCrlNumber: false },
	handledCriticalExtensions: OPENSSL_CRITICAL
};

/**
 * Python 3.13+ ssl.create_default_context(): OpenSSL with VERIFY_X509_STRICT and
 * VERIFY_X509_PARTIAL_CHAIN. PyMongo builds its own SSLContext and is not affected; scripts,
 * urllib and tools built on create_default_context() are.
 */
export const PYTHON_STRICT_POLICY: ValidationPolicy = {
	...OPENSSL_POLICY,
	id: 'python-strict',
	clients: 'Python 3.13+ programs using ssl.create_default_context() (urllib, many scripts and tools; not PyMongo itself)',
	source: 'CPython Lib/ssl.py create_default_context (VERIFY_X509_STRICT | VERIFY_X509_PARTIAL_CHAIN); OpenSSL check_extensions',
	partialChain: true,
	checkAnchor: { validity: true, caRules: 'strict' },
	leaf: { ...OPENSSL_POLICY.leaf, requireAuthorityKeyId: true, forbidCertSign: true },
	ca: {
		...OPENSSL_POLICY.ca,
		basicConstraintsCritical: true,
		requireKeyUsage: true,
		requireSubjectKeyId: true,
		requireAuthorityKeyId: true
	},
	strict: { serialNumber: false, validityEncoding: false, emptyNames: true, extensionCriticality: true, emptySanAndStrayPathLen: true }
};

/** Go crypto/x509 (the Go driver): no CN fallback since Go 1.15, SHA-1 refused since 1.18, EKUs nest down the chain. */
export const GO_POLICY: ValidationPolicy = {
	...OPENSSL_POLICY,
	id: 'go',
	clients: 'the Go driver (crypto/x509)',
	source: 'Go crypto/x509 Certificate.Verify',
	issuerSearch: 'backtracking',
	partialChain: true,
	checkAnchor: { validity: true, caRules: 'none' },
	hostname: { commonNameFallback: false },
	leaf: { ...OPENSSL_POLICY.leaf, keyUsageMustAllowTls: false },
	keys: { minRsaBits: 1024, rsaMultipleOf8: false, allowDsa: false, allowEdwards: true },
	nameConstraints: { leadingDotDns: true, checkCommonName: false, rejectEmpty: false },
	handledCriticalExtensions: WIDE_CRITICAL
};

/** Java PKIX (SunJSSE) as the Java driver uses it with the JDK's own cacerts. */
export const JAVA_POLICY: ValidationPolicy = {
	...OPENSSL_POLICY,
	id: 'java',
	clients: 'the Java and Kotlin drivers (JSSE PKIX)',
	source: 'OpenJDK sun.security.provider.certpath.PKIXCertPathValidator and HostnameChecker',
	issuerSearch: 'backtracking',
	partialChain: true,
	checkAnchor: { validity: false, caRules: 'none' },
	ca: { ...OPENSSL_POLICY.ca, checkEku: false },
	keys: { minRsaBits: 1024, rsaMultipleOf8: false, allowDsa: true, allowEdwards: true },
	signatures: { rejectSha1: false, baselineAlgorithmsOnly: false },
	nameConstraints: { leadingDotDns: true, checkCommonName: false, rejectEmpty: false },
	handledCriticalExtensions: WIDE_CRITICAL
};

/**
 * The Web PKI profile: RFC 5280 with the CA/Browser Forum Baseline Requirements, as
 * pyca/cryptography, rustls-webpki and browsers apply it, and as x509-limbo states its
 * expectations. The strictest view: a chain that passes here passes everywhere.
 */
export const WEBPKI_POLICY: ValidationPolicy = {
	id: 'webpki',
	clients: 'browsers, rustls and pyca/cryptography (RFC 5280 with the CA/Browser Forum Baseline Requirements)',
	source: 'RFC 5280; CA/Browser Forum Baseline Requirements v2',
	issuerSearch: 'backtracking',
	partialChain: true,
	maxIntermediates: 8,
	checkAnchor: { validity: true, caRules: 'strict' },
	hostname: { commonNameFallback: false },
	leaf: {
		requireV3: true,
		requireAuthorityKeyId: true,
		requireSan: true,
		sanCriticality: true,
		forbidCa: true,
		forbidCertSign: true,
		forbidNameConstraints: true,
		acceptAnyEku: false,
		keyUsageMustAllowTls: false
	},
	ca: {
		basicConstraintsCritical: true,
		// RFC 5280 §6.1.4(n) only checks keyUsage when present; x509-limbo expects a CA without one to be accepted.
		requireKeyUsage: false,
		requireSubjectKeyId: true,
		authorityKeyIdForm: true,
		checkEku: true,
		requireAuthorityKeyId: true
	},
	keys: { minRsaBits: 2048, rsaMultipleOf8: true, curves: ['P-256', 'P-384', 'P-521'], allowDsa: false, allowEdwards: false },
	signatures: { rejectSha1: true, baselineAlgorithmsOnly: true },
	strict: { serialNumber: true, validityEncoding: true, emptyNames: true, extensionCriticality: true, emptySanAndStrayPathLen: true },
	nameConstraints: { leadingDotDns: false, checkCommonName: false, rejectEmpty: true },
	revocation: { scope: 'chain', requireCrlNumber: true },
	handledCriticalExtensions: new Set(CORE_CRITICAL)
};

/**
 * The policy whose verdict is the page's main one. OpenSSL is what PyMongo, mongosh's Node, the C
 * driver and mongod itself verify with, so its judgement is the one most people meet; the other
 * policies are shown beside it as "what other clients say".
 */
export const MAIN_POLICY: ValidationPolicy = OPENSSL_POLICY;

export const CLIENT_POLICIES: readonly ValidationPolicy[] = [OPENSSL_POLICY, PYTHON_STRICT_POLICY, GO_POLICY, JAVA_POLICY, WEBPKI_POLICY];
