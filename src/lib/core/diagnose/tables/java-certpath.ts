/**
 * Table 2, Java part (issue 15): every message the JDK's certificate checks build when a TLS
 * client verifies a server (sun.security.validator, sun.security.provider.certpath, the host name
 * check, the algorithm constraints), with the CertPathValidatorException reason it carries and
 * what it means for a MongoDB client, or why it has none. Data only: java-signatures.ts reads it.
 *
 * Sources (openjdk/jdk; extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * java/security/cert/CertPathValidatorException.java @ 6d4ef5aaf3a6 (BasicReason),
 * java/security/cert/PKIXReason.java (JDK 18 tree, as SerenityOS/serenity Ports/jdk holds it),
 * sun/security/validator/ValidatorException.java @ 21549fc249ea, PKIXValidator.java @ 0336d8fbf1d8,
 * EndEntityChecker.java @ 59dc384fbd65, sun/security/provider/certpath/BasicChecker.java @ 03790aa9ab1b,
 * ConstraintsChecker.java @ 558a98afc762, KeyChecker.java @ 539b22df7d22, AlgorithmChecker.java @
 * 052c28f569b2, PKIXCertPathValidator.java @ 01267bb7ca65, SunCertPathBuilder.java @ 240349422ecb,
 * RevocationChecker.java, sun/security/util/DisabledAlgorithmConstraints.java @ 0253fdb28210,
 * HostnameChecker.java @ 046262a0f5d0, java/security/cert/CertificateRevokedException.java getMessage,
 * sun/security/x509/X509CertImpl.java checkValidity. JDK 17.0.15's own words for the main rows
 * are captured in tests/fixtures/errors/captured/jsse/ (scripts/corpus/jsse/capture.sh).
 *
 * How Java prints them: the message after its exception class ("java.security.cert.
 * CertPathValidatorException: validity check failed"), wrapped by PKIXValidator in "PKIX path
 * validation failed: …" or "PKIX path building failed: …", inside an SSLHandshakeException, each
 * cause again on a "Caused by:" line.
 */

import type { JavaRow } from './java-row';

const P = 'openjdk/jdk src/java.base/share/classes/';
const CPV = 'CertPathValidatorException';

type Extra = Omit<JavaRow, 'id' | 'source' | 'format' | 'citation'>;

function row(id: string, source: string, format: string, extra: Extra): JavaRow {
	const file = `${source.replaceAll('.', '/')}.java`;
	return { id, source, format, ...extra, citation: `${P}${file}: "${format}"${extra.reason ? ` (${extra.reason})` : ''}` };
}

const DSA_INTERNAL = 'DSA key-parameter inheritance inside the JDK; no TLS server sends such a chain to a MongoDB client';
const API = 'the application called the API wrongly; no MongoDB driver does';
const CODE_SIGNING = 'a check for signed code and time stamps, not TLS';
const CRITICAL =
	'the certificate marks as critical an extension the JDK does not know; the CA must reissue it, no client setting changes it';
const STRENGTH =
	'jdk.certpath.disabledAlgorithms refuses an algorithm of the chain; which one the rest of the line says (SHA1, MD5: the signature; RSA, EC: the key)';
const BV = 'sun.security.validator.ValidatorException';

export const JAVA_CERTPATH: readonly JavaRow[] = [
	// PKIXValidator: the two wrappers. Building failed means no path reached a trust anchor, which
	// Java does not explain further; validation failed names its reason in the exception after it.
	row('pkix-path-building', 'sun.security.validator.PKIXValidator', 'PKIX path building failed: %*', {
		diagnosis: 'untrusted-ca',
		signature: 'java.pkix-path-building'
	}),
	row('pkix-path-validation', 'sun.security.validator.PKIXValidator', 'PKIX path validation failed: %*', {
		unmapped: 'a wrapper: the CertPathValidatorException it carries names the reason (the rows below)'
	}),
	row('trust-anchor-not-certificate', 'sun.security.validator.PKIXValidator', 'TrustAnchor must be specified as certificate', {
		unmapped: API
	}),
	// The trust store holds a certificate that cannot sign others, often the server's own leaf.
	row('trust-anchor-not-ca', 'sun.security.validator.PKIXValidator', 'TrustAnchor with subject "%*', {
		diagnosis: 'untrusted-ca',
		note: 'the trust store holds a certificate that is not a CA (is not a CA certificate / does not have keyCertSign bit set in KeyUsage extension), often the server’s own leaf instead of its CA'
	}),

	// ValidatorException's types, printed as the message when a validator throws one bare.
	row('no-trusted-certificate', BV, 'No trusted certificate found', {
		frame: 'ValidatorException',
		diagnosis: 'untrusted-ca',
		signature: 'java.pkix-path-building'
	}),
	row('ee-extensions', BV, 'End entity certificate extension check failed', { frame: 'ValidatorException', diagnosis: 'wrong-purpose' }),
	row('ca-extensions', BV, 'CA certificate extension check failed', { frame: 'ValidatorException', diagnosis: 'untrusted-ca' }),
	row('certificate-expired', BV, 'Certificate expired', { frame: 'ValidatorException', diagnosis: 'cert-expired' }),
	// The signature does not verify with the issuer's key: the trust store holds another CA of the same name.
	row('signature-error', BV, 'Certificate signature validation failed', { frame: 'ValidatorException', diagnosis: 'untrusted-ca' }),
	row('chaining-error', BV, 'Certificate chaining error', {
		frame: 'ValidatorException',
		diagnosis: 'missing-intermediate',
		alternatives: ['untrusted-ca']
	}),
	row('algorithm-disabled', BV, 'Certificate signature algorithm disabled', { frame: 'ValidatorException', diagnosis: 'weak-signature' }),
	row('untrusted-certificate', BV, 'Untrusted certificate', {
		frame: 'ValidatorException',
		diagnosis: 'revoked',
		note: 'the JDK’s own list of distrusted certificates (lib/security/blocked.certs) names it: a compromised certificate, as good as revoked'
	}),

	// EndEntityChecker: what the server's (or client's) own certificate may be used for.
	...(['digital signatures', 'key encipherment', 'key agreement'] as const).map((use) =>
		row(`key-usage-${use.split(' ')[1]}`, 'sun.security.validator.EndEntityChecker', `KeyUsage does not allow ${use}`, {
			diagnosis: 'wrong-purpose'
		})
	),
	row(
		'extended-key-usage',
		'sun.security.validator.EndEntityChecker',
		'Extended key usage does not permit use for TLS server authentication',
		{
			diagnosis: 'wrong-purpose'
		}
	),
	row(
		'extended-key-usage-client',
		'sun.security.validator.EndEntityChecker',
		'Extended key usage does not permit use for TLS client authentication',
		{ diagnosis: 'wrong-purpose', note: 'a Java server refusing its client’s certificate' }
	),
	row('netscape-server', 'sun.security.validator.EndEntityChecker', 'Netscape cert type does not permit use for SSL server', {
		diagnosis: 'wrong-purpose'
	}),
	row('netscape-client', 'sun.security.validator.EndEntityChecker', 'Netscape cert type does not permit use for SSL client', {
		diagnosis: 'wrong-purpose'
	}),
	row('eku-code-signing', 'sun.security.validator.EndEntityChecker', 'Extended key usage does not permit use for code signing', {
		unmapped: CODE_SIGNING
	}),
	row('netscape-code-signing', 'sun.security.validator.EndEntityChecker', 'Netscape cert type does not permit use for code signing', {
		unmapped: CODE_SIGNING
	}),
	row(
		'tsa-no-eku',
		'sun.security.validator.EndEntityChecker',
		'Certificate does not contain an extended key usage extension required for a TSA server',
		{ unmapped: CODE_SIGNING }
	),
	row('eku-tsa', 'sun.security.validator.EndEntityChecker', 'Extended key usage does not permit use for TSA server', {
		unmapped: CODE_SIGNING
	}),
	row('unsupported-critical', 'sun.security.validator.EndEntityChecker', 'Certificate contains unsupported critical extensions: %*', {
		unmapped: CRITICAL
	}),
	row('unknown-variant', 'sun.security.validator.EndEntityChecker', 'Unknown variant: %*', { unmapped: API }),
	row('unknown-auth-type', 'sun.security.validator.EndEntityChecker', 'Unknown authType: %*', { unmapped: API }),

	// BasicChecker: validity, name chaining and signature of each certificate of the path.
	// Which way the validity failed is on the cause's line (the two rows after), which wins.
	row('validity-check-failed', 'sun.security.provider.certpath.BasicChecker', 'validity check failed', {
		frame: CPV,
		reason: 'BasicReason.EXPIRED, BasicReason.NOT_YET_VALID',
		diagnosis: 'cert-expired',
		alternatives: ['cert-not-yet-valid']
	}),
	row('expired', 'sun.security.x509.X509CertImpl', 'NotAfter: %*', { frame: 'CertificateExpiredException', diagnosis: 'cert-expired' }),
	row('not-yet-valid', 'sun.security.x509.X509CertImpl', 'NotBefore: %*', {
		frame: 'CertificateNotYetValidException',
		diagnosis: 'cert-not-yet-valid'
	}),
	row('signature-check-failed', 'sun.security.provider.certpath.BasicChecker', 'signature check failed', {
		frame: CPV,
		reason: 'BasicReason.INVALID_SIGNATURE',
		diagnosis: 'untrusted-ca',
		note: 'the certificate’s signature does not verify with the key of the CA it names: another CA of the same name'
	}),
	// The certificates were sent out of order, or an intermediate of another chain sits between them.
	row('name-chaining', 'sun.security.provider.certpath.BasicChecker', 'subject/issuer name chaining check failed', {
		frame: CPV,
		reason: 'PKIXReason.NAME_CHAINING',
		diagnosis: 'missing-intermediate'
	}),
	row(
		'name-chaining-empty-issuer',
		'sun.security.provider.certpath.BasicChecker',
		'subject/issuer name chaining check failed: empty/null issuer DN in certificate is invalid',
		{
			frame: CPV,
			reason: 'PKIXReason.NAME_CHAINING',
			unmapped: 'a malformed certificate with an empty issuer name; the CA must reissue it'
		}
	),
	row('key-parameters-missing', 'sun.security.provider.certpath.BasicChecker', 'Key parameters missing', { unmapped: DSA_INTERNAL }),
	row('forward-checking', 'sun.security.provider.certpath.BasicChecker', 'forward checking not supported', {
		unmapped: 'an internal call order error of the JDK'
	}),
	row('inherit-key-type', 'sun.security.provider.certpath.BasicChecker', 'Input key is not appropriate type for inheriting parameters', {
		unmapped: DSA_INTERNAL
	}),
	row('inherit-key-failed', 'sun.security.provider.certpath.BasicChecker', 'Unable to generate key with inherited parameters: %*', {
		unmapped: DSA_INTERNAL
	}),

	// ConstraintsChecker: what a CA may sign.
	row('not-a-ca', 'sun.security.provider.certpath.ConstraintsChecker', 'basic constraints check failed: this is not a CA certificate', {
		frame: CPV,
		reason: 'PKIXReason.NOT_CA_CERT',
		diagnosis: 'untrusted-ca',
		note: 'a certificate in the middle of the chain is not a CA: the chain was issued from a leaf, or the CA file holds the wrong certificate'
	}),
	row(
		'path-too-long',
		'sun.security.provider.certpath.ConstraintsChecker',
		'basic constraints check failed: pathLenConstraint violated - this cert must be the last cert in the certification path',
		{ frame: CPV, reason: 'PKIXReason.PATH_TOO_LONG', diagnosis: 'untrusted-ca' }
	),
	row('name-constraints', 'sun.security.provider.certpath.ConstraintsChecker', 'name constraints check failed', {
		frame: CPV,
		reason: 'PKIXReason.INVALID_NAME',
		unmapped: 'the CA may issue only for other names; the CA must reissue, no client setting changes it'
	}),

	// KeyChecker.
	row('target-constraints', 'sun.security.provider.certpath.KeyChecker', 'target certificate constraints check failed', {
		unmapped: 'the application asked for a particular end certificate; no MongoDB driver does'
	}),
	row('ca-key-usage', 'sun.security.provider.certpath.KeyChecker', 'CA key usage check failed: keyCertSign bit is not set', {
		frame: CPV,
		reason: 'PKIXReason.INVALID_KEY_USAGE',
		diagnosis: 'untrusted-ca'
	}),

	// AlgorithmChecker: with a caller's own constraints (the default ones are DisabledAlgorithmConstraints below).
	row('incorrect-key-usage', 'sun.security.provider.certpath.AlgorithmChecker', 'incorrect KeyUsage extension', {
		reason: 'PKIXReason.INVALID_KEY_USAGE',
		unmapped: 'a malformed key usage extension; the CA must reissue the certificate'
	}),
	row('incorrect-key-usage-bits', 'sun.security.provider.certpath.AlgorithmChecker', 'incorrect KeyUsage extension bits', {
		reason: 'PKIXReason.INVALID_KEY_USAGE',
		unmapped: 'a key usage extension with no usable bit; the CA must reissue the certificate'
	}),
	row(
		'constrained-signature-and-key',
		'sun.security.provider.certpath.AlgorithmChecker',
		'Algorithm constraints check failed on %ssignature and %s key with size of %sbits',
		{ reason: 'BasicReason.ALGORITHM_CONSTRAINED', diagnosis: 'weak-signature', alternatives: ['weak-key'] }
	),
	row(
		'constrained-signature',
		'sun.security.provider.certpath.AlgorithmChecker',
		'Algorithm constraints check failed on signature algorithm: %*',
		{ reason: 'BasicReason.ALGORITHM_CONSTRAINED', diagnosis: 'weak-signature' }
	),
	row(
		'constrained-key',
		'sun.security.provider.certpath.AlgorithmChecker',
		'Algorithm constraints check failed on %s key with size of %sbits',
		{
			reason: 'BasicReason.ALGORITHM_CONSTRAINED',
			diagnosis: 'weak-key'
		}
	),
	row(
		'inherit-key-type-algorithm',
		'sun.security.provider.certpath.AlgorithmChecker',
		'Input key is not of a appropriate type for inheriting parameters',
		{ unmapped: DSA_INTERNAL }
	),
	row('key-parameters-missing-public', 'sun.security.provider.certpath.AlgorithmChecker', 'Key parameters missing from public key.', {
		unmapped: DSA_INTERNAL
	}),

	// DisabledAlgorithmConstraints: jdk.certpath.disabledAlgorithms in java.security.
	row(
		'constrained-disabled',
		'sun.security.util.DisabledAlgorithmConstraints',
		'Algorithm constraints check failed on disabled algorithm: %*',
		{
			reason: 'BasicReason.ALGORITHM_CONSTRAINED',
			diagnosis: 'weak-signature',
			alternatives: ['weak-key'],
			signature: 'java.algorithm-constraints',
			note: STRENGTH
		}
	),
	row(
		'constrained-keysize',
		'sun.security.util.DisabledAlgorithmConstraints',
		'Algorithm constraints check failed on keysize limits: %s %s bit key%*',
		{
			// JDK 8 and 11 wrote "keysize limits. RSA 1024bit key".
			older: [
				'Algorithm constraints check failed on keysize limits. %s %sbit key%*',
				'Algorithm constraints check failed on keysize limits%*'
			],
			reason: 'BasicReason.ALGORITHM_CONSTRAINED',
			diagnosis: 'weak-key'
		}
	),
	row(
		'constrained-anchor',
		'sun.security.util.DisabledAlgorithmConstraints',
		'Algorithm constraints check failed on certificate anchor limits. %*',
		{ reason: 'BasicReason.ALGORITHM_CONSTRAINED', diagnosis: 'weak-signature', alternatives: ['weak-key'], note: STRENGTH }
	),
	row('constrained-deny-after', 'sun.security.util.DisabledAlgorithmConstraints', 'denyAfter constraint check failed: %*', {
		reason: 'BasicReason.ALGORITHM_CONSTRAINED',
		diagnosis: 'weak-signature',
		alternatives: ['weak-key'],
		note: STRENGTH
	}),
	row('constrained-usage', 'sun.security.util.DisabledAlgorithmConstraints', 'Usage constraint %s check failed: %*', {
		reason: 'BasicReason.ALGORITHM_CONSTRAINED',
		diagnosis: 'weak-signature',
		alternatives: ['weak-key'],
		note: STRENGTH
	}),

	// PKIXCertPathValidator and SunCertPathBuilder: no trust anchor fits. Which is missing, the
	// root or an intermediate, the message does not say: the hand-written signature reads the facts.
	row('no-trust-anchor', 'sun.security.provider.certpath.PKIXCertPathValidator', 'Path does not chain with any of the trust anchors', {
		reason: 'PKIXReason.NO_TRUST_ANCHOR',
		diagnosis: 'untrusted-ca',
		signature: 'java.pkix-path-building'
	}),
	row('one-revocation-checker', 'sun.security.provider.certpath.PKIXCertPathValidator', 'Only one PKIXRevocationChecker can be specified', {
		unmapped: API
	}),
	row(
		'no-certification-path',
		'sun.security.provider.certpath.SunCertPathBuilder',
		'unable to find valid certification path to requested target',
		{ diagnosis: 'untrusted-ca', signature: 'java.pkix-path-building' }
	),
	row('unrecognized-critical', 'sun.security.provider.certpath.SunCertPathBuilder', 'unrecognized critical extension(s)', {
		reason: 'PKIXReason.UNRECOGNIZED_CRIT_EXT',
		unmapped: CRITICAL
	}),

	// Revocation (only when the application turns checking on: com.sun.net.ssl.checkRevocation).
	row('revoked', 'java.security.cert.CertificateRevokedException', 'Certificate has been revoked, reason: %*', {
		reason: 'BasicReason.REVOKED',
		diagnosis: 'revoked'
	}),
	// Words revocation libraries of other languages use too: Java's come after its exception class.
	row('revocation-undetermined', 'sun.security.provider.certpath.RevocationChecker', 'Could not determine revocation status', {
		frame: CPV,
		reason: 'BasicReason.UNDETERMINED_REVOCATION_STATUS',
		diagnosis: 'crl-problem',
		alternatives: ['ocsp-failure'],
		note: 'neither a CRL nor an OCSP answer could be had for a certificate of the chain'
	}),

	// HostnameChecker: the name the client dialled against the server's certificate.
	row('host-undefined', 'sun.security.util.HostnameChecker', 'Hostname or IP address is undefined.', { unmapped: API }),
	// matchIP only: the host is an IP address and the certificate has no subjectAltName at all.
	row('no-san-present', 'sun.security.util.HostnameChecker', 'No subject alternative names present', { diagnosis: 'ip-mismatch' }),
	row('no-san-ip', 'sun.security.util.HostnameChecker', 'No subject alternative names matching IP address %s found', {
		diagnosis: 'ip-mismatch'
	}),
	row('illegal-domain-name', 'sun.security.util.HostnameChecker', 'Illegal given domain name: %*', {
		unmapped:
			'the host dialled is not a valid DNS name (an underscore, as in a Docker service name): no shared diagnosis names a host TLS refuses to check'
	}),
	row('no-san-dns', 'sun.security.util.HostnameChecker', 'No subject alternative DNS name matching %s found.', {
		diagnosis: 'hostname-mismatch'
	}),
	// No DNS subjectAltName, and the subject's common name does not match either.
	row('no-name-matching', 'sun.security.util.HostnameChecker', 'No name matching %s found', { diagnosis: 'hostname-mismatch' })
];

/** Every BasicReason and PKIXReason: the rows above that carry it, or why none does. */
export const JAVA_REASONS_UNMAPPED: Readonly<Record<string, string>> = {
	'BasicReason.UNSPECIFIED': 'names no cause; the message beside it is read instead',
	'PKIXReason.UNRECOGNIZED_CRIT_EXT': CRITICAL,
	'PKIXReason.INVALID_NAME': 'name constraints of the CA: only the CA can change them (row name-constraints)',
	'PKIXReason.INVALID_POLICY':
		'certificate policies are checked only when the application asks for some (PKIXParameters.setExplicitPolicyRequired); MongoDB drivers do not'
};
