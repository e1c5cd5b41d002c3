/**
 * Issue 15, the Rust driver's TLS: every error rustls and webpki can give it, and the driver's own
 * messages about its TLS files, each with the diagnosis it means for a MongoDB client or why it has
 * none. The Rust driver 2.x uses rustls 0.21 (webpki 0.101), 3.x uses rustls 0.23 (webpki 0.103):
 * both are here, as `in` says, because their texts differ.
 *
 * Sources (extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * - rustls/rustls rustls/src/error.rs @ v/0.21.12 97f1d6d1 and v/0.23.43 fcf61cdb (the enums and
 *   their Display); rustls/src/verify.rs (0.21) and rustls/src/webpki/mod.rs (0.23) pki_error(),
 *   which turns a webpki error into a CertificateError or keeps it as Other;
 * - rustls/webpki src/error.rs @ v/0.101.7 26d93509 and v/0.103.13 2879b2ce (Display is Debug);
 * - rustls/tokio-rustls src/common/mod.rs @ v/0.24.1 cb386eb2 and v/0.26.4 6cb3fd80 ("tls handshake eof");
 * - mongodb/mongo-rust-driver src/runtime/tls_rustls.rs @ v2.8.2 f424aed9, and
 *   driver/src/runtime/tls_rustls.rs + pem.rs @ v3.8.1 d25c92fc.
 *
 * How the text reaches a person (the renderings tests/unit/diagnose/tables/rustls-renderings.test.ts builds):
 * "invalid peer certificate: NAME" (0.21 always prints the variant's Debug; 0.23 prints its own
 * sentence for the *Context variants, Debug otherwise); a webpki error pki_error does not map is
 * "Other(NAME)" in 0.21 and "Other(OtherError(NAME))" in 0.23; the driver prints any of them as
 * "Kind: I/O error: …, labels: {}" (tokio-rustls hands rustls' error over as an io::Error).
 */

import type { DiagnosisId } from '../vocabulary';

export type RustlsVersion = '0.21' | '0.23';

export type RustlsList =
	| 'Error'
	| 'CertificateError'
	| 'CertRevocationListError'
	| 'InvalidMessage'
	| 'PeerIncompatible'
	| 'PeerMisbehaved'
	| 'InconsistentKeys'
	| 'webpki'
	| 'tokio-rustls'
	| 'driver';

export interface RustlsRow {
	list: RustlsList;
	/** The enum variant (for `driver`, a short name of the message). */
	name: string;
	/** The rustls versions that have it; for webpki the rustls that uses it (0.101 → 0.21, 0.103 → 0.23). */
	in: readonly RustlsVersion[];
	/** Error and driver rows: the fixed part of the text, up to its first variable part. */
	display?: string;
	/** CertificateError rows that 0.23 words as a sentence: its fixed start. */
	display23?: string;
	/** webpki rows: the CertificateError (or "CRL." + CertRevocationListError) pki_error makes of it, per version; otherwise Other. */
	becomes?: Partial<Record<RustlsVersion, string>>;
	diagnosis?: DiagnosisId;
	/** Why this diagnosis, where the name does not say it plainly. */
	note?: string;
	/** Why there is no diagnosis. */
	unmapped?: string;
	/** The reading depends on the facts or on the text around it (rustls-signatures.ts READINGS). */
	reading?: 'unknown-issuer' | 'name' | 'bad-signature' | 'pem-item' | 'handshake-closed';
	citation: string;
}

const RUSTLS = 'rustls/rustls rustls/src/error.rs';
const WEBPKI = 'rustls/webpki src/error.rs';
const DRIVER = 'mongodb/mongo-rust-driver runtime/tls_rustls.rs';
const TOKIO = 'rustls/tokio-rustls src/common/mod.rs';
const BOTH: readonly RustlsVersion[] = ['0.21', '0.23'];
const NEW: readonly RustlsVersion[] = ['0.23'];
const OLD: readonly RustlsVersion[] = ['0.21'];

type Extra = Omit<RustlsRow, 'list' | 'name' | 'in' | 'citation'>;
const row =
	(list: RustlsList, source: string) =>
	(name: string, versions: readonly RustlsVersion[], extra: Extra): RustlsRow => ({
		list,
		name,
		in: versions,
		...extra,
		citation: `${source}: ${list === 'driver' || list === 'tokio-rustls' ? '' : list === 'webpki' ? 'Error::' : list + '::'}${name}`
	});

const error = row('Error', RUSTLS);
const cert = row('CertificateError', RUSTLS);
const crl = row('CertRevocationListError', RUSTLS);
const message = row('InvalidMessage', RUSTLS);
const incompatible = row('PeerIncompatible', RUSTLS);
const misbehaved = row('PeerMisbehaved', RUSTLS);
const keys = row('InconsistentKeys', RUSTLS);
const webpki = row('webpki', WEBPKI);
const driver = row('driver', DRIVER);
const tokio = row('tokio-rustls', TOKIO);

const WRAPPER = (inner: string) => `a wrapper: the ${inner} it holds is a row of its own and names the cause`;
const LOCAL = 'a fault inside the client (time, randomness, encryption, an API used out of order), not a TLS setting';
const SERVER_SIDE = 'rustls as a server refusing a client hello; the MongoDB drivers use rustls only as a client';
const MALFORMED = 'a malformed message from a peer that speaks TLS: a bug or corrupted traffic, not a setting';
const MISBEHAVED =
	'the peer broke the TLS protocol: a bug in it, or a middlebox rewriting the traffic; no client or server setting causes it';
const MALFORMED_CERT = 'a malformed certificate from the server (bad DER); no shared diagnosis names a corrupt certificate';
const NAME_CONSTRAINT =
	"a name constraint in the CA's certificate; the CA or the certificate must be reissued, no client setting changes it";
const LIMIT = 'a limit against hostile chains; a MongoDB chain that hits it is built wrongly, and the text does not say how';
const ECH = 'Encrypted Client Hello, which the MongoDB drivers do not use';
const QUIC = 'QUIC only';
const CRL_NOTE = 'the Rust driver has no CRL option; this comes from an application that gave rustls its own CRLs';

/** PeerMisbehaved variants: every one is a protocol violation by the peer (see MISBEHAVED). */
function peerMisbehaved(): RustlsRow[] {
	const onlyOld = ['InvalidSctList'];
	const onlyNew = [
		'IllegalHelloRetryRequestWithInvalidEch',
		'InvalidCertCompression',
		'OfferedDuplicateCertificateCompressions',
		'SelectedUnofferedCertCompression',
		'ServerEchoedCompatibilitySessionId',
		'TooManyEmptyFragments',
		'TooManyKeyUpdateRequests',
		'TooManyRenegotiationRequests',
		'TooManyWarningAlertsReceived',
		'UnsolicitedEchExtension'
	];
	return [...PEER_MISBEHAVED_NAMES, ...onlyOld, ...onlyNew].map((name) =>
		misbehaved(name, onlyOld.includes(name) ? OLD : onlyNew.includes(name) ? NEW : BOTH, { unmapped: MISBEHAVED })
	);
}

const PEER_MISBEHAVED_NAMES = [
	'AttemptedDowngradeToTls12WhenTls13IsSupported',
	'BadCertChainExtensions',
	'DisallowedEncryptedExtension',
	'DuplicateClientHelloExtensions',
	'DuplicateEncryptedExtensions',
	'DuplicateHelloRetryRequestExtensions',
	'DuplicateNewSessionTicketExtensions',
	'DuplicateServerHelloExtensions',
	'DuplicateServerNameTypes',
	'EarlyDataAttemptedInSecondClientHello',
	'EarlyDataExtensionWithoutResumption',
	'EarlyDataOfferedWithVariedCipherSuite',
	'HandshakeHashVariedAfterRetry',
	'IllegalHelloRetryRequestWithEmptyCookie',
	'IllegalHelloRetryRequestWithNoChanges',
	'IllegalHelloRetryRequestWithOfferedGroup',
	'IllegalHelloRetryRequestWithUnofferedCipherSuite',
	'IllegalHelloRetryRequestWithUnofferedNamedGroup',
	'IllegalHelloRetryRequestWithUnsupportedVersion',
	'IllegalHelloRetryRequestWithWrongSessionId',
	'IllegalMiddleboxChangeCipherSpec',
	'IllegalTlsInnerPlaintext',
	'IncorrectBinder',
	'InvalidMaxEarlyDataSize',
	'InvalidKeyShare',
	'KeyEpochWithPendingFragment',
	'KeyUpdateReceivedInQuicConnection',
	'MessageInterleavedWithHandshakeMessage',
	'MissingBinderInPskExtension',
	'MissingKeyShare',
	'MissingPskModesExtension',
	'MissingQuicTransportParameters',
	'OfferedDuplicateKeyShares',
	'OfferedEarlyDataWithOldProtocolVersion',
	'OfferedEmptyApplicationProtocol',
	'OfferedIncorrectCompressions',
	'PskExtensionMustBeLast',
	'PskExtensionWithMismatchedIdsAndBinders',
	'RefusedToFollowHelloRetryRequest',
	'RejectedEarlyDataInterleavedWithHandshakeMessage',
	'ResumptionAttemptedWithVariedEms',
	'ResumptionOfferedWithVariedCipherSuite',
	'ResumptionOfferedWithVariedEms',
	'ResumptionOfferedWithIncompatibleCipherSuite',
	'SelectedDifferentCipherSuiteAfterRetry',
	'SelectedInvalidPsk',
	'SelectedTls12UsingTls13VersionExtension',
	'SelectedUnofferedApplicationProtocol',
	'SelectedUnofferedCipherSuite',
	'SelectedUnofferedCompression',
	'SelectedUnofferedKxGroup',
	'SelectedUnofferedPsk',
	'SelectedUnusableCipherSuiteForVersion',
	'ServerHelloMustOfferUncompressedEcPoints',
	'ServerNameDifferedOnRetry',
	'ServerNameMustContainOneHostName',
	'SignedKxWithWrongAlgorithm',
	'SignedHandshakeWithUnadvertisedSigScheme',
	'TooMuchEarlyDataReceived',
	'UnexpectedCleartextExtension',
	'UnsolicitedCertExtension',
	'UnsolicitedEncryptedExtension',
	'UnsolicitedSctList',
	'UnsolicitedServerHelloExtension',
	'WrongGroupForKeyShare'
];

export const RUSTLS_ERRORS: readonly RustlsRow[] = [
	// ── rustls::Error ──────────────────────────────────────────────────────────────────────
	error('InappropriateMessage', BOTH, { display: 'received unexpected message: got ', unmapped: MALFORMED }),
	error('InappropriateHandshakeMessage', BOTH, { display: 'received unexpected handshake message: got ', unmapped: MALFORMED }),
	error('InvalidEncryptedClientHello', NEW, { display: 'encrypted client hello failure: ', unmapped: ECH }),
	error('InvalidMessage', BOTH, { display: 'received corrupt message of type ', unmapped: WRAPPER('InvalidMessage') }),
	error('NoCertificatesPresented', BOTH, {
		display: 'peer sent no certificates',
		unmapped: 'a server that sends no certificate at all; no MongoDB server does, and as a client rustls here never requires one'
	}),
	error('UnsupportedNameType', BOTH, { display: "presented server name type wasn't supported", unmapped: SERVER_SIDE }),
	error('DecryptError', BOTH, { display: "cannot decrypt peer's message", unmapped: MALFORMED }),
	error('EncryptError', BOTH, { display: 'cannot encrypt message', unmapped: LOCAL }),
	error('PeerIncompatible', BOTH, { display: 'peer is incompatible: ', unmapped: WRAPPER('PeerIncompatible') }),
	error('PeerMisbehaved', BOTH, { display: 'peer misbehaved: ', unmapped: WRAPPER('PeerMisbehaved') }),
	error('AlertReceived', BOTH, {
		display: 'received fatal alert: ',
		unmapped: 'read by the TLS alert table (tables/tls-alerts.ts), one row per alert'
	}),
	error('InvalidCertificate', BOTH, { display: 'invalid peer certificate: ', unmapped: WRAPPER('CertificateError') }),
	error('InvalidSct', OLD, {
		display: 'invalid certificate timestamp: ',
		unmapped: 'Certificate Transparency checking, which the Rust driver does not turn on'
	}),
	error('InvalidCertRevocationList', BOTH, {
		display: 'invalid certificate revocation list: ',
		unmapped: WRAPPER('CertRevocationListError')
	}),
	error('General', BOTH, { display: 'unexpected error: ', unmapped: 'any text at all; what follows it is the message' }),
	error('FailedToGetCurrentTime', BOTH, { display: 'failed to get current time', unmapped: LOCAL }),
	error('FailedToGetRandomBytes', BOTH, { display: 'failed to get random bytes', unmapped: LOCAL }),
	error('HandshakeNotComplete', BOTH, { display: 'handshake not complete', unmapped: LOCAL }),
	error('PeerSentOversizedRecord', BOTH, { display: 'peer sent excess record size', unmapped: MALFORMED }),
	error('NoApplicationProtocol', BOTH, {
		display: "peer doesn't support any known protocol",
		unmapped: 'ALPN, which the MongoDB drivers do not set'
	}),
	error('BadMaxFragmentSize', BOTH, { display: 'the supplied max_fragment_size was too small or large', unmapped: LOCAL }),
	error('InconsistentKeys', NEW, { display: 'keys may not be consistent: ', unmapped: WRAPPER('InconsistentKeys') }),
	error('Other', NEW, { display: 'other error: ', unmapped: 'any text at all; what follows it is the message' }),

	// ── rustls::InconsistentKeys (0.23: the client certificate and key checked against each other) ─
	keys('KeyMismatch', NEW, {
		diagnosis: 'key-mismatch',
		note: 'with_client_auth_cert: the key in tlsCertificateKeyFile is not the one the certificate was issued for'
	}),
	keys('Unknown', NEW, { unmapped: 'the crypto provider could not tell whether the key fits the certificate' }),

	// ── rustls::CertificateError ("invalid peer certificate: …") ──────────────────────────────
	cert('BadEncoding', BOTH, { unmapped: MALFORMED_CERT }),
	cert('Expired', BOTH, { diagnosis: 'cert-expired' }),
	cert('ExpiredContext', NEW, { display23: 'certificate expired: verification time ', diagnosis: 'cert-expired' }),
	cert('NotValidYet', BOTH, { diagnosis: 'cert-not-yet-valid' }),
	cert('NotValidYetContext', NEW, { display23: 'certificate not valid yet: verification time ', diagnosis: 'cert-not-yet-valid' }),
	cert('Revoked', BOTH, { diagnosis: 'revoked' }),
	cert('UnhandledCriticalExtension', BOTH, {
		unmapped: 'the certificate carries a critical extension rustls does not know; the issuer must reissue it'
	}),
	cert('UnknownIssuer', BOTH, { diagnosis: 'untrusted-ca', reading: 'unknown-issuer' }),
	cert('UnknownRevocationStatus', NEW, { diagnosis: 'crl-problem', note: CRL_NOTE }),
	cert('ExpiredRevocationList', NEW, { diagnosis: 'crl-problem', note: CRL_NOTE }),
	cert('ExpiredRevocationListContext', NEW, {
		display23: 'certificate revocation list expired: verification time ',
		diagnosis: 'crl-problem',
		note: CRL_NOTE
	}),
	// 0.21 says BadSignature for an unsupported algorithm too (verify.rs pki_error): SHA-1 certificates read so.
	cert('BadSignature', BOTH, { diagnosis: 'untrusted-ca', reading: 'bad-signature' }),
	cert('UnsupportedSignatureAlgorithm', NEW, {
		diagnosis: 'weak-signature',
		note: 'rustls verifies no SHA-1 or MD5 signature: a certificate signed so is refused'
	}),
	cert('UnsupportedSignatureAlgorithmContext', NEW, {
		diagnosis: 'weak-signature',
		note: 'rustls verifies no SHA-1 or MD5 signature: a certificate signed so is refused'
	}),
	cert('UnsupportedSignatureAlgorithmForPublicKeyContext', NEW, {
		unmapped: "the signature's algorithm does not fit the issuer's key type: a malformed certificate"
	}),
	cert('NotValidForName', BOTH, { diagnosis: 'hostname-mismatch', reading: 'name' }),
	cert('NotValidForNameContext', NEW, { display23: 'certificate not valid for name ', diagnosis: 'hostname-mismatch', reading: 'name' }),
	cert('InvalidPurpose', BOTH, { diagnosis: 'wrong-purpose' }),
	cert('InvalidPurposeContext', NEW, { display23: 'certificate does not allow extended key usage for ', diagnosis: 'wrong-purpose' }),
	cert('InvalidOcspResponse', NEW, { diagnosis: 'ocsp-failure' }),
	cert('ApplicationVerificationFailure', BOTH, {
		unmapped: "the application's own verifier refused the certificate; only its message says why"
	}),
	cert('Other', BOTH, { unmapped: 'a wrapper: the webpki error it holds is a row of its own (list webpki)' }),

	// ── rustls::CertRevocationListError ("invalid certificate revocation list: …") ──────────────
	...[
		'BadSignature',
		'InvalidCrlNumber',
		'InvalidRevokedCertSerialNumber',
		'IssuerInvalidForCrl',
		'ParseError',
		'UnsupportedCrlVersion',
		'UnsupportedCriticalExtension',
		'UnsupportedDeltaCrl',
		'UnsupportedIndirectCrl',
		'UnsupportedRevocationReason'
	].map((name) => crl(name, BOTH, { diagnosis: 'crl-problem', note: CRL_NOTE })),
	...['UnsupportedSignatureAlgorithm', 'UnsupportedSignatureAlgorithmContext', 'UnsupportedSignatureAlgorithmForPublicKeyContext'].map(
		(name) => crl(name, NEW, { diagnosis: 'crl-problem', note: CRL_NOTE })
	),
	crl('Other', BOTH, { unmapped: 'a wrapper of another error; its own text follows' }),

	// ── rustls::InvalidMessage ("received corrupt message of type …") ──────────────────────────
	// A record whose first byte is no TLS content type, or whose version is no TLS version: the
	// server answered with something that is not TLS (mongod without TLS closes instead, see below).
	message('InvalidContentType', BOTH, {
		diagnosis: 'tls-to-plain-server',
		note: 'the first byte back is no TLS record type: the port speaks another protocol'
	}),
	message('UnknownProtocolVersion', BOTH, {
		diagnosis: 'tls-to-plain-server',
		note: 'the record header carries no TLS version: the port speaks another protocol'
	}),
	...[
		'CertificatePayloadTooLarge',
		'HandshakePayloadTooLarge',
		'InvalidCcs',
		'InvalidCertificateStatusType',
		'InvalidCertRequest',
		'InvalidDhParams',
		'InvalidEmptyPayload',
		'InvalidKeyUpdate',
		'InvalidServerName',
		'MessageTooLarge',
		'MessageTooShort',
		'MissingData',
		'MissingKeyExchange',
		'NoSignatureSchemes',
		'TrailingData',
		'UnexpectedMessage',
		'UnsupportedCompression',
		'UnsupportedCurveType',
		'UnsupportedKeyExchangeAlgorithm',
		'EmptyTicketValue',
		'IllegalEmptyList',
		'IllegalEmptyValue',
		'DuplicateExtension',
		'PreSharedKeyIsNotFinalExtension',
		'UnknownHelloRetryRequestExtension',
		'UnknownCertificateExtension'
	].map((name) =>
		message(
			name,
			[
				'CertificatePayloadTooLarge',
				'EmptyTicketValue',
				'IllegalEmptyList',
				'IllegalEmptyValue',
				'DuplicateExtension',
				'PreSharedKeyIsNotFinalExtension',
				'UnknownHelloRetryRequestExtension',
				'UnknownCertificateExtension'
			].includes(name)
				? NEW
				: BOTH,
			{ unmapped: MALFORMED }
		)
	),

	// ── rustls::PeerIncompatible ("peer is incompatible: …") ─────────────────────────────────
	incompatible('NoCipherSuitesInCommon', BOTH, {
		diagnosis: 'no-shared-cipher',
		note: 'rustls offers only AEAD suites with forward secrecy: a server limited to CBC or RSA key exchange has none of them'
	}),
	incompatible('NoKxGroupsInCommon', BOTH, { diagnosis: 'no-shared-cipher', note: 'no key-exchange group (curve) in common' }),
	incompatible('NoSignatureSchemesInCommon', BOTH, {
		diagnosis: 'no-shared-cipher',
		note: "the server's key can sign with no scheme rustls accepts (e.g. DSA, or RSA with SHA-1 only)"
	}),
	incompatible('NoCertificateRequestSignatureSchemesInCommon', BOTH, {
		diagnosis: 'no-shared-cipher',
		note: "the client certificate's key can sign with none of the schemes the server asks for"
	}),
	incompatible('ServerDoesNotSupportTls12Or13', BOTH, {
		diagnosis: 'protocol-version',
		note: 'rustls speaks only TLS 1.2 and 1.3: the server offered TLS 1.0 or 1.1'
	}),
	incompatible('ServerTlsVersionIsDisabledByOurConfig', BOTH, { diagnosis: 'protocol-version' }),
	incompatible('Tls12NotOffered', BOTH, { diagnosis: 'protocol-version' }),
	incompatible('Tls12NotOfferedOrEnabled', BOTH, { diagnosis: 'protocol-version' }),
	incompatible('SupportedVersionsExtensionRequired', BOTH, {
		diagnosis: 'protocol-version',
		note: 'TLS 1.3 is the only version both allow and the peer did not offer it'
	}),
	incompatible('ExtendedMasterSecretExtensionRequired', NEW, {
		unmapped: 'only in FIPS mode, which the Rust driver does not turn on: the server lacks the extended master secret'
	}),
	...[
		'EcPointsExtensionRequired',
		'KeyShareExtensionRequired',
		'NamedGroupsExtensionRequired',
		'NoEcPointFormatsInCommon',
		'NullCompressionRequired',
		'SignatureAlgorithmsExtensionRequired',
		'UncompressedEcPointsRequired'
	].map((name) => incompatible(name, BOTH, { unmapped: SERVER_SIDE })),
	incompatible('ServerSentHelloRetryRequestWithUnknownExtension', BOTH, { unmapped: MISBEHAVED }),
	incompatible('Tls13RequiredForQuic', BOTH, { unmapped: QUIC }),
	incompatible('IncorrectCertificateTypeExtension', NEW, { unmapped: 'raw public keys (RFC 7250), which the MongoDB drivers do not use' }),
	incompatible('UnsolicitedCertificateTypeExtension', NEW, {
		unmapped: 'raw public keys (RFC 7250), which the MongoDB drivers do not use'
	}),
	incompatible('ServerRejectedEncryptedClientHello', NEW, { unmapped: ECH }),

	// ── rustls::PeerMisbehaved ("peer misbehaved: …"): the list is long and none names a setting ─
	...peerMisbehaved(),

	// ── rustls/webpki Error: what it becomes in rustls (pki_error), per version ────────────────
	webpki('BadDer', BOTH, { becomes: { '0.21': 'BadEncoding', '0.23': 'BadEncoding' }, unmapped: MALFORMED_CERT }),
	webpki('BadDerTime', BOTH, { becomes: { '0.21': 'BadEncoding', '0.23': 'BadEncoding' }, unmapped: MALFORMED_CERT }),
	webpki('TrailingData', NEW, { becomes: { '0.23': 'BadEncoding' }, unmapped: MALFORMED_CERT }),
	webpki('CaUsedAsEndEntity', BOTH, {
		diagnosis: 'wrong-purpose',
		note: 'the server presented a CA certificate (basicConstraints CA:TRUE) as its own: it needs a certificate issued for it, not the CA'
	}),
	webpki('CertExpired', BOTH, { becomes: { '0.21': 'Expired', '0.23': 'ExpiredContext' }, diagnosis: 'cert-expired' }),
	webpki('CertNotValidForName', BOTH, {
		becomes: { '0.21': 'NotValidForName', '0.23': 'NotValidForNameContext' },
		diagnosis: 'hostname-mismatch'
	}),
	webpki('CertNotValidYet', BOTH, { becomes: { '0.21': 'NotValidYet', '0.23': 'NotValidYetContext' }, diagnosis: 'cert-not-yet-valid' }),
	webpki('CertRevoked', BOTH, { becomes: { '0.21': 'Revoked', '0.23': 'Revoked' }, diagnosis: 'revoked' }),
	webpki('CrlExpired', NEW, { becomes: { '0.23': 'ExpiredRevocationListContext' }, diagnosis: 'crl-problem', note: CRL_NOTE }),
	webpki('EmptyEkuExtension', NEW, { diagnosis: 'wrong-purpose', note: 'an extended key usage extension that lists no purpose' }),
	webpki('EndEntityUsedAsCa', BOTH, {
		diagnosis: 'untrusted-ca',
		note: 'a certificate that is not a CA (no basicConstraints CA:TRUE) stands as an issuer: often the server certificate put in tlsCAFile'
	}),
	webpki('ExtensionValueInvalid', BOTH, { unmapped: 'a malformed extension in a certificate; the issuer must reissue it' }),
	// webpki treats a notBefore after notAfter as expired (rustls says Expired).
	webpki('InvalidCertValidity', BOTH, { becomes: { '0.21': 'Expired', '0.23': 'Expired' }, diagnosis: 'cert-expired' }),
	webpki('InvalidCrlNumber', BOTH, { diagnosis: 'crl-problem', note: CRL_NOTE }),
	webpki('InvalidNetworkMaskConstraint', BOTH, { unmapped: NAME_CONSTRAINT }),
	webpki('InvalidSerialNumber', BOTH, { unmapped: MALFORMED_CERT }),
	webpki('InvalidCrlSignatureForPublicKey', BOTH, {
		becomes: { '0.21': 'CRL.BadSignature', '0.23': 'CRL.BadSignature' },
		diagnosis: 'crl-problem',
		note: CRL_NOTE
	}),
	webpki('InvalidSignatureForPublicKey', BOTH, { becomes: { '0.21': 'BadSignature', '0.23': 'BadSignature' }, diagnosis: 'untrusted-ca' }),
	webpki('IssuerNotCrlSigner', BOTH, {
		becomes: { '0.21': 'CRL.IssuerInvalidForCrl', '0.23': 'CRL.IssuerInvalidForCrl' },
		diagnosis: 'crl-problem',
		note: CRL_NOTE
	}),
	webpki('MalformedDnsIdentifier', BOTH, {
		unmapped: 'a DNS name in the certificate that is not a valid name; the issuer must reissue it'
	}),
	webpki('MalformedExtensions', BOTH, { unmapped: MALFORMED_CERT }),
	webpki('MalformedNameConstraint', BOTH, { unmapped: NAME_CONSTRAINT }),
	webpki('MaximumNameConstraintComparisonsExceeded', BOTH, { unmapped: LIMIT }),
	webpki('MaximumPathBuildCallsExceeded', BOTH, { unmapped: LIMIT }),
	webpki('MaximumPathDepthExceeded', BOTH, { unmapped: LIMIT }),
	webpki('MaximumSignatureChecksExceeded', BOTH, { unmapped: LIMIT }),
	webpki('NameConstraintViolation', BOTH, { unmapped: NAME_CONSTRAINT }),
	webpki('PathLenConstraintViolated', BOTH, { diagnosis: 'untrusted-ca' }),
	webpki('RequiredEkuNotFound', BOTH, { becomes: { '0.23': 'InvalidPurpose' }, diagnosis: 'wrong-purpose' }),
	webpki('RequiredEkuNotFoundContext', NEW, { becomes: { '0.23': 'InvalidPurposeContext' }, diagnosis: 'wrong-purpose' }),
	webpki('SignatureAlgorithmMismatch', BOTH, { unmapped: 'the outer and inner signature algorithms of a certificate differ: malformed' }),
	webpki('UnknownIssuer', BOTH, { becomes: { '0.21': 'UnknownIssuer', '0.23': 'UnknownIssuer' }, diagnosis: 'untrusted-ca' }),
	webpki('UnknownRevocationStatus', NEW, { becomes: { '0.23': 'UnknownRevocationStatus' }, diagnosis: 'crl-problem', note: CRL_NOTE }),
	webpki('UnsupportedCertVersion', BOTH, {
		unmapped:
			'an X.509 v1 certificate (made without extensions, as `openssl x509 -req` did before 3.0): webpki accepts only v3; no shared diagnosis names it, the certificate must be reissued as v3'
	}),
	webpki('UnsupportedCriticalExtension', BOTH, {
		unmapped: 'the certificate carries a critical extension webpki does not know; the issuer must reissue it'
	}),
	...[
		'UnsupportedCrlIssuingDistributionPoint',
		'UnsupportedRevocationReasonsPartitioning',
		'UnsupportedCrlSignatureAlgorithmContext',
		'UnsupportedCrlSignatureAlgorithmForPublicKeyContext'
	].map((name) =>
		webpki(name, NEW, {
			...(name.startsWith('UnsupportedCrlSignature') ? { becomes: { '0.23': `CRL.${name.replace('Crl', '')}` } } : {}),
			diagnosis: 'crl-problem',
			note: CRL_NOTE
		})
	),
	...['UnsupportedCrlVersion', 'UnsupportedDeltaCrl', 'UnsupportedIndirectCrl', 'UnsupportedRevocationReason'].map((name) =>
		webpki(name, BOTH, { diagnosis: 'crl-problem', note: CRL_NOTE })
	),
	...['UnsupportedCrlSignatureAlgorithm', 'UnsupportedCrlSignatureAlgorithmForPublicKey'].map((name) =>
		webpki(name, BOTH, {
			becomes: { '0.21': 'CRL.BadSignature', '0.23': 'CRL.UnsupportedSignatureAlgorithm' },
			diagnosis: 'crl-problem',
			note: CRL_NOTE
		})
	),
	webpki('UnsupportedNameType', NEW, {
		unmapped: 'a name of a kind webpki cannot check (e.g. a URI); the Rust driver asks for DNS names and IPs'
	}),
	// 0.21 says BadSignature for these (rustls verify.rs pki_error), 0.23 UnsupportedSignatureAlgorithm.
	webpki('UnsupportedSignatureAlgorithm', BOTH, {
		becomes: { '0.21': 'BadSignature', '0.23': 'UnsupportedSignatureAlgorithm' },
		diagnosis: 'weak-signature'
	}),
	webpki('UnsupportedSignatureAlgorithmContext', NEW, {
		becomes: { '0.23': 'UnsupportedSignatureAlgorithmContext' },
		diagnosis: 'weak-signature'
	}),
	webpki('UnsupportedSignatureAlgorithmForPublicKey', BOTH, {
		becomes: { '0.21': 'BadSignature', '0.23': 'UnsupportedSignatureAlgorithm' },
		diagnosis: 'weak-signature',
		note: 'an algorithm rustls does not verify for that key type; most often SHA-1'
	}),
	webpki('UnsupportedSignatureAlgorithmForPublicKeyContext', NEW, {
		becomes: { '0.23': 'UnsupportedSignatureAlgorithmForPublicKeyContext' },
		unmapped: "the signature's algorithm does not fit the issuer's key type: a malformed certificate"
	}),

	// ── tokio-rustls (0.24 with rustls 0.21, 0.26 with 0.23), the layer between the driver and rustls ─
	// The peer closed the connection before the handshake finished: a mongod without TLS does so
	// when the client hello arrives, and so does a server that refuses the client.
	tokio('handshake-eof', BOTH, {
		display: 'tls handshake eof',
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed',
		note: 'io::ErrorKind::UnexpectedEof while handshaking'
	}),

	// ── The Rust driver's own TLS messages (ErrorKind::InvalidTlsConfig / DnsResolve) ──────────
	driver('could-not-resolve', BOTH, {
		display: 'could not resolve ',
		diagnosis: 'invalid-uri',
		note: 'rustls needs the host as a DNS name or an IP: the host in the connection string is neither'
	}),
	driver('root-certificate', BOTH, {
		display: 'Unable to parse PEM-encoded root certificate from ',
		diagnosis: 'pem-file-invalid',
		note: 'tlsCAFile is missing, unreadable or not PEM'
	}),
	driver('client-certificate', BOTH, {
		display: 'Unable to parse PEM-encoded client certificate from ',
		diagnosis: 'pem-file-invalid',
		note: 'tlsCertificateKeyFile is unreadable or not PEM'
	}),
	driver('no-keys', OLD, { display: 'No PEM-encoded keys in ', diagnosis: 'key-missing' }),
	driver('key-item', BOTH, { display: 'Unable to parse PEM-encoded item from ', diagnosis: 'key-missing', reading: 'pem-item' }),
	driver('provider-versions', NEW, {
		display: 'built-in provider should support default protocol versions: ',
		unmapped: 'an internal check of the driver that a working build never fails'
	}),
	driver('pemfile', NEW, { display: 'Could not parse pemfile: ', diagnosis: 'pem-file-invalid' }),
	driver('no-encrypted-key', NEW, {
		display: 'No encrypted private keys found',
		diagnosis: 'pem-file-invalid',
		note: 'tlsCertificateKeyFilePassword is set, but the file holds no "ENCRYPTED PRIVATE KEY" (PKCS#8) block: the key is not encrypted, or is in the legacy encrypted form'
	}),
	driver('invalid-encrypted-key', NEW, { display: 'Invalid encrypted private key: ', diagnosis: 'pem-file-invalid' }),
	driver('decrypt-key', NEW, {
		display: 'Failed to decrypt private key: ',
		diagnosis: 'key-encrypted',
		note: 'the password in tlsCertificateKeyFilePassword does not open the key'
	})
];
