/**
 * Table 2 (issue 15), Go part: every message of Go's crypto/x509 a client can print while it
 * verifies or parses a certificate, with the diagnosis it means or why it has none. Key files
 * are in go-keys.ts. Go prints them bare up to 1.19 ("x509: certificate signed by unknown
 * authority") and inside "tls: failed to verify certificate: …" from 1.20 (go-tls.ts); the Go
 * driver puts "connection() error occurred during connection handshake: " before either.
 *
 * Sources (extract: tests/fixtures/vocabulary/go-x509.tsv, rebuilt by scripts/vocabulary/extract-go.sh):
 * golang/go src/crypto/x509/{verify,x509,parser,root_darwin,root_windows}.go and
 * src/crypto/rsa/rsa.go at go1.19.8. The stored master verify.go (commit 0184fe5e) has the same texts.
 * The parse errors newer Go added (tests/fixtures/vocabulary/go-x509-newer.tsv): src/crypto/x509/parser.go
 * at golang/go 01f40d362ef9, among them Go 1.23's "x509: negative serial number".
 */

import { rowsOf, type GoMessageRow } from './go-messages';

const verify = rowsOf('go1.19.8', 'crypto/x509/verify.go');
const x509 = rowsOf('go1.19.8', 'crypto/x509/x509.go');
const parser = rowsOf('go1.19.8', 'crypto/x509/parser.go');
const newer = rowsOf('golang/go@01f40d36', 'crypto/x509/parser.go');
// Go 1.15 and 1.16 said more about the subject CN, and Go 1.17 dropped the GODEBUG switch and both
// texts (tests/fixtures/vocabulary/go-x509-go115.tsv): still printed by tools built with those Gos.
const go115 = rowsOf('go1.15', 'crypto/x509/verify.go');

const NAME_CONSTRAINT =
	'a CA with name constraints that forbid or cannot check a name in the certificate; the CA must reissue, no client setting changes it (as OpenSSL 47–53)';
const CREATING = 'creating certificates, CRLs or requests (CreateCertificate and its kin), never met while connecting';
const PROGRAMMING = 'a programming error in the application, not a certificate problem';
const PUBLIC_KEY_API = 'ParsePKIXPublicKey called by an application on a bare public key; certificates are parsed by parser.go';
const CRL = 'parsing a CRL; no Go MongoDB client loads CRLs';
// The client certificate is parsed by tls.X509KeyPair when the driver loads tlsCertificateKeyFile.
// From the server it comes after "tls: failed to parse certificate from server: ", and the table's
// signature leaves those to that row (go-tls.ts), since no shared diagnosis names a corrupt server certificate.
const PARSE = {
	diagnosis: 'pem-file-invalid',
	note: 'a certificate Go cannot parse: the client certificate file is damaged or not X.509'
} as const;
// CheckSignatureFrom's errors, seen inside UnknownAuthorityError's hint: the CA file holds a CA of
// the same name whose key did not sign this certificate (as OpenSSL 7, certificate signature failure).
const OTHER_KEY = {
	diagnosis: 'untrusted-ca',
	note: 'a CA of the same name but another key was tried: the CA file holds the wrong CA'
} as const;

export const GO_X509: readonly GoMessageRow[] = [
	verify('x509: certificate is not authorized to sign other certificates', {
		diagnosis: 'untrusted-ca',
		note: 'an intermediate that is not a CA (no basicConstraints CA:TRUE), as OpenSSL 79 invalid CA certificate'
	}),
	verify('x509: certificate has expired or is not yet valid: ', {
		diagnosis: 'cert-expired',
		signature: 'go.expired-or-not-yet-valid',
		note: '"is after" means expired, "is before" not yet valid: read from the detail'
	}),
	verify('x509: a root or intermediate certificate is not authorized to sign for this name: ', { unmapped: NAME_CONSTRAINT }),
	verify('x509: a root or intermediate certificate is not authorized for an extended key usage: ', {
		unmapped: 'CANotAuthorizedForExtKeyUsage has a text but go1.19.8 never returns it: a CA that limits the usages gives IncompatibleUsage'
	}),
	verify('x509: too many intermediates for path length constraint', { diagnosis: 'untrusted-ca', note: 'as OpenSSL 25' }),
	verify('x509: certificate specifies an incompatible key usage', {
		diagnosis: 'wrong-purpose',
		note: 'the extended key usage has no serverAuth (or, checked by a Go server, clientAuth)'
	}),
	verify('x509: issuer name does not match subject from issuing certificate', {
		unmapped: 'not reached in practice: candidate issuers are looked up by that very name'
	}),
	verify("x509: issuer has name constraints but leaf doesn't have a SAN extension", {
		unmapped: 'NameConstraintsWithoutSANs: legacy, no longer returned (verify.go says so)'
	}),
	verify('x509: issuer has name constraints but leaf contains unknown or unconstrained name: ', { unmapped: NAME_CONSTRAINT }),
	verify('x509: unknown error', { unmapped: 'an InvalidReason Go has no text for: names no cause' }),
	verify('x509: certificate relies on legacy Common Name field, use SANs instead', {
		diagnosis: 'hostname-mismatch',
		note: 'the name is only in the subject CN; Go 1.15+ reads only subjectAltName'
	}),
	go115(
		'x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0',
		{
			diagnosis: 'hostname-mismatch',
			note: 'the name is only in the subject CN; Go 1.15 stopped reading it unless GODEBUG=x509ignoreCN=0, which Go 1.17 removed'
		}
	),
	go115('x509: Common Name is not a valid hostname: ', {
		diagnosis: 'hostname-mismatch',
		note: 'the certificate has no subjectAltName and its CN is not a host name Go will match: reissue it with the name in subjectAltName'
	}),
	verify('x509: cannot validate certificate for ', {
		diagnosis: 'ip-mismatch',
		note: 'HostnameError for an IP address: "… because it doesn\'t contain any IP SANs"'
	}),
	verify('x509: certificate is not valid for any names, but wanted to match ', {
		diagnosis: 'hostname-mismatch',
		signature: 'go.hostname',
		note: 'an IP address wanted means ip-mismatch: read from the name after "match"'
	}),
	verify('x509: certificate is valid for ', {
		diagnosis: 'hostname-mismatch',
		signature: 'go.hostname',
		note: 'an IP address wanted means ip-mismatch: read from the name after ", not "'
	}),
	verify('x509: certificate signed by unknown authority', {
		diagnosis: 'untrusted-ca',
		signature: 'go.unknown-authority',
		note: 'Go does not say whether a root, a private CA or an intermediate is missing: the facts rank them'
	}),
	verify('x509: failed to load system roots and no roots provided', {
		diagnosis: 'missing-system-roots',
		note: 'no system CA bundle found (a scratch or distroless container) and no tlsCAFile'
	}),
	verify('x509: missing ASN.1 contents; use ParseCertificate', { unmapped: PROGRAMMING }),
	verify('x509: internal error: cannot parse constraint %q', { unmapped: NAME_CONSTRAINT }),
	verify('x509: internal error: cannot parse domain %q', { unmapped: NAME_CONSTRAINT }),
	verify('x509: internal error: empty chain when appending CA cert', { unmapped: PROGRAMMING }),
	verify('x509: cannot parse rfc822Name %q', { unmapped: NAME_CONSTRAINT }),
	verify('x509: cannot parse dnsName %q', { unmapped: NAME_CONSTRAINT }),
	verify('x509: internal error: URI SAN %q failed to parse', { unmapped: NAME_CONSTRAINT }),
	verify('x509: internal error: IP SAN %x failed to parse', { unmapped: NAME_CONSTRAINT }),
	verify('x509: signature check attempts limit reached while verifying certificate chain', {
		unmapped: 'more than 100 candidate issuers: a pathological trust store or chain, no single cause'
	}),
	x509('x509: failed to parse public key (use ParsePKCS1PublicKey instead for this key format)', { unmapped: PUBLIC_KEY_API }),
	x509('x509: trailing data after ASN.1 of public-key', { unmapped: PUBLIC_KEY_API }),
	x509('x509: unknown public key algorithm', { unmapped: PUBLIC_KEY_API }),
	x509('x509: unsupported elliptic curve', { unmapped: CREATING }),
	x509('x509: invalid elliptic curve public key', { unmapped: CREATING }),
	x509('x509: unsupported public key type: %T', { unmapped: CREATING }),
	x509('x509: cannot verify signature: algorithm unimplemented', {
		unmapped:
			'the CA signed with an algorithm Go does not implement (DSA, an odd RSA-PSS): no shared diagnosis; the unknown-authority reading around it applies'
	}),
	x509('x509: cannot verify signature: insecure algorithm %v', {
		diagnosis: 'weak-signature',
		note: 'InsecureAlgorithmError: SHA-1 (and MD5) signatures, refused since Go 1.18'
	}),
	x509('x509: invalid signature: parent certificate cannot sign this kind of certificate', {
		diagnosis: 'untrusted-ca',
		note: 'ConstraintViolationError: the issuer’s key usage lacks keyCertSign, as OpenSSL 32'
	}),
	x509('x509: signature algorithm specifies an %s public key, but have public key of type %T', OTHER_KEY),
	x509('x509: ECDSA verification failure', OTHER_KEY),
	x509('x509: Ed25519 verification failure', OTHER_KEY),
	x509('x509: unhandled critical extension', {
		unmapped: 'UnhandledCriticalExtension: a critical extension Go does not know; the issuer must reissue (as OpenSSL 34)'
	}),
	x509('x509: %q cannot be encoded as an IA5String', { unmapped: CREATING }),
	x509('x509: unknown extended key usage', { unmapped: CREATING }),
	x509('x509: unknown elliptic curve', { unmapped: CREATING }),
	x509('x509: only RSA, ECDSA and Ed25519 keys supported', { unmapped: CREATING }),
	x509('x509: requested SignatureAlgorithm does not match private key type', { unmapped: CREATING }),
	x509('x509: cannot sign with hash function requested', { unmapped: CREATING }),
	x509('x509: signing with MD5 is not supported', { unmapped: CREATING }),
	x509('x509: unknown SignatureAlgorithm', { unmapped: CREATING }),
	x509('x509: certificate private key does not implement crypto.Signer', { unmapped: CREATING }),
	x509('x509: no SerialNumber given', { unmapped: CREATING }),
	x509('x509: serial number must be positive', { unmapped: CREATING }),
	x509('x509: only CAs are allowed to specify MaxPathLen', { unmapped: CREATING }),
	x509('x509: internal error: supported public key does not implement Equal', { unmapped: CREATING }),
	x509("x509: provided PrivateKey doesn't match parent's PublicKey", { unmapped: CREATING }),
	x509('x509: signature over certificate returned by signer is invalid: %w', { unmapped: CREATING }),
	x509('x509: trailing data after CRL', { unmapped: CRL }),
	x509('x509: failed to unmarshal raw CSR Attributes', { unmapped: CREATING }),
	x509('x509: certificate request contains duplicate requested extensions', { unmapped: CREATING }),
	x509('x509: failed to serialise extensions attribute: ', { unmapped: CREATING }),
	x509('x509: trailing data after X.509 Subject', { unmapped: CREATING }),
	x509('x509: template can not be nil', { unmapped: CREATING }),
	x509('x509: issuer can not be nil', { unmapped: CREATING }),
	x509('x509: issuer must have the crlSign key usage bit set', { unmapped: CREATING }),
	x509("x509: issuer certificate doesn't contain a subject key identifier", { unmapped: CREATING }),
	x509('x509: template.ThisUpdate is after template.NextUpdate', { unmapped: CREATING }),
	x509('x509: template contains nil Number field', { unmapped: CREATING }),
	x509('x509: CRL number exceeds 20 octets', { unmapped: CREATING }),
	...[
		'x509: invalid RDNSequence',
		'x509: invalid RDNSequence: invalid attribute',
		'x509: invalid RDNSequence: invalid attribute type',
		'x509: invalid RDNSequence: invalid attribute value',
		'x509: invalid RDNSequence: invalid attribute value: %s',
		'x509: malformed OID',
		'x509: malformed parameters',
		'x509: malformed UTCTime',
		'x509: malformed GeneralizedTime',
		'x509: unsupported time format',
		'x509: malformed extension OID field',
		'x509: malformed extension critical field',
		'x509: malformed extension value field',
		'x509: RSA key missing NULL parameters',
		'x509: invalid RSA public key',
		'x509: invalid RSA modulus',
		'x509: invalid RSA public exponent',
		'x509: RSA modulus is not a positive number',
		'x509: RSA public exponent is not a positive number',
		'x509: invalid ECDSA parameters',
		'x509: unsupported elliptic curve',
		'x509: failed to unmarshal elliptic curve point',
		'x509: Ed25519 key encoded with illegal parameters',
		'x509: wrong Ed25519 public key size',
		'x509: invalid DSA public key',
		'x509: invalid DSA parameters',
		'x509: zero or negative DSA parameter',
		'x509: invalid key usage',
		'x509: invalid basic constraints a',
		'x509: invalid basic constraints b',
		'x509: invalid basic constraints c',
		'x509: invalid subject alternative names',
		'x509: invalid subject alternative name',
		'x509: SAN rfc822Name is malformed',
		'x509: SAN dNSName is malformed',
		'x509: SAN uniformResourceIdentifier is malformed',
		'x509: cannot parse URI %q: %s',
		'x509: cannot parse URI %q: invalid domain',
		'x509: cannot parse IP address of length ',
		'x509: invalid extended key usages',
		'x509: invalid certificate policies',
		'x509: invalid NameConstraints extension',
		'x509: empty name constraints extension',
		'x509: invalid constraint value: ',
		'x509: failed to parse dnsName constraint %q',
		'x509: IP constraint contained value of length %d',
		'x509: IP constraint contained invalid mask %x',
		'x509: failed to parse rfc822Name constraint %q',
		'x509: failed to parse URI constraint %q: cannot be IP address',
		'x509: failed to parse URI constraint %q',
		'x509: invalid CRL distribution points',
		'x509: invalid CRL distribution point',
		'x509: invalid authority key identifier',
		'x509: invalid subject key identifier',
		'x509: invalid authority info access',
		'x509: malformed certificate',
		'x509: malformed tbs certificate',
		'x509: malformed version',
		'x509: invalid version',
		'x509: malformed serial number',
		'x509: malformed signature algorithm identifier',
		'x509: malformed algorithm identifier',
		"x509: inner and outer signature algorithm identifiers don't match",
		'x509: malformed issuer',
		'x509: malformed validity',
		'x509: malformed spki',
		'x509: malformed public key algorithm identifier',
		'x509: malformed subjectPublicKey',
		'x509: malformed issuerUniqueID',
		'x509: malformed subjectUniqueID',
		'x509: malformed extensions',
		'x509: malformed extension',
		'x509: certificate contains duplicate extensions',
		'x509: malformed signature',
		'x509: trailing data'
	].map((text) => parser(text, PARSE)),
	...[
		'x509: malformed crl',
		'x509: malformed tbs crl',
		'x509: unsupported crl version',
		'x509: unsupported crl version: %d',
		'x509: malformed crl number'
	].map((text) => parser(text, { unmapped: CRL })),
	rowsOf('go1.19.8', 'crypto/x509/root_darwin.go')('x509: %s', {
		unmapped: "macOS's own verification message (SecTrustEvaluateWithError), which Go passes on: its words are Apple's, not Go's"
	}),
	rowsOf('go1.19.8', 'crypto/x509/root_darwin.go')('x509: macOS certificate verification internal error', {
		unmapped: 'the macOS verifier failed without a reason'
	}),
	rowsOf('go1.19.8', 'crypto/x509/root_windows.go')('x509: invalid simple chain', {
		unmapped: 'the Windows verifier returned a chain Go cannot read'
	}),
	rowsOf('go1.19.8', 'crypto/x509/root_windows.go')('x509: internal error: system verifier returned an empty chain', {
		unmapped: 'the Windows verifier failed without a reason'
	}),
	// Parse errors of newer Go: a certificate that Go 1.19 read and newer Go refuses (a negative
	// serial since 1.23, an extension marked critical that must not be) reads the same way.
	...[
		'x509: authority info access incorrectly marked critical',
		'x509: authority key identifier incorrectly marked critical',
		'x509: certificate contains duplicate extension with OID %q',
		'x509: empty name constraints subtree sequence',
		'x509: invalid basic constraints',
		'x509: invalid inhibit any policy extension',
		'x509: invalid policy constraints extension',
		'x509: invalid policy mappings extension',
		'x509: IP constraint contained IPv4-mapped IPv6 address',
		'x509: ML-DSA key encoded with illegal parameters',
		'x509: ML-KEM-1024 key encoded with illegal parameters',
		'x509: ML-KEM-768 key encoded with illegal parameters',
		'x509: negative serial number',
		'x509: policy constraints inhibitPolicyMapping field overflows int',
		'x509: policy constraints requireExplicitPolicy field overflows int',
		'x509: SAN iPAddress contains IPv4-mapped IPv6 address',
		'x509: subject key identifier incorrectly marked critical',
		'x509: unsupported ML-DSA parameters',
		'x509: X25519 key encoded with illegal parameters'
	].map((text) => newer(text, PARSE)),
	newer('x509: malformed reasonCode extension', { unmapped: CRL }),
	verify(' (possibly because of %q while trying to verify candidate authority certificate %q)', {
		unmapped: "UnknownAuthorityError's hint: a frame, the error quoted in it is read by its own row"
	}),
	rowsOf('go1.19.8', 'crypto/rsa/rsa.go')('crypto/rsa: verification error', OTHER_KEY)
];
