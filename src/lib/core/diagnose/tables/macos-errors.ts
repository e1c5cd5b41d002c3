/**
 * Table 2 (issue 15), macOS part: the Security framework's Secure Transport statuses (errSSL*),
 * its certificate trust results (errSec*) and the CSSM trust policy results (CSSMERR_TP_*) older
 * macOS prints, with the number each is, and the diagnosis it means for a MongoDB client, or why
 * it has none.
 *
 * Sources (extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * - errSSL* and errSec*, with their comments: Apple Security base/SecBase.h, as mirrored in
 *   darlinghq/darling-security @ 3cfffcf2c5b5 (the file last changed in 6beec0389ba9);
 * - CSSMERR_TP_*: OSX/libsecurity_cssm/lib/cssmerr.h there (last changed in 9bba1c54a75a).
 *
 * The `text` of a row is SecBase.h's comment for the code, which is what SecCopyErrorMessageString
 * returns for the errSec codes; errSSL comments are terse notes, kept for the record and not
 * matched. Where a client prints a code (macos-signatures.ts): its name, NSError's
 * "Code=-9807", "OSStatus -9807" / "OSStatus: -9807" / "OSStatus error -9807", "error -9807",
 * and the CSSM numbers as signed decimal and hex.
 */

import type { DiagnosisId } from '../vocabulary';

/** How the facts decide the candidates, where the code alone does not (macos-signatures.ts). */
export type MacosReading = 'untrusted-root' | 'partial-chain' | 'chain-invalid' | 'handshake-closed';

export interface MacosErrorRow {
	/** errSSL…, errSec… or CSSMERR_TP_…. */
	name: string;
	/** The OSStatus (negative) as the header defines it. */
	status: number;
	/** The header's comment for the code. */
	text?: string;
	diagnosis?: DiagnosisId;
	/** Other diagnoses the same code supports, ranked below the first. */
	also?: readonly DiagnosisId[];
	reading?: MacosReading;
	note?: string;
	unmapped?: string;
	citation: string;
}

const SECBASE = 'Apple Security base/SecBase.h';
const CSSMERR = 'Apple Security OSX/libsecurity_cssm/lib/cssmerr.h';

type Extra = Omit<MacosErrorRow, 'name' | 'status' | 'citation'>;

function row(source: string, status: number, name: string, extra: Extra): MacosErrorRow {
	return { name, status, ...extra, citation: `${source}: ${name} = ${status}` };
}

export const MACOS_ERRORS: readonly MacosErrorRow[] = [
	// Secure Transport (SecBase.h errSSL*).
	row(SECBASE, -9800, 'errSSLProtocol', {
		diagnosis: 'tls-to-plain-server',
		also: ['protocol-version'],
		note: 'Secure Transport could not read the peer’s records: most often the port does not speak TLS',
		text: 'SSL protocol error'
	}),
	row(SECBASE, -9801, 'errSSLNegotiation', {
		diagnosis: 'no-shared-cipher',
		also: ['protocol-version'],
		text: 'Cipher Suite negotiation failure'
	}),
	row(SECBASE, -9802, 'errSSLFatalAlert', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'Fatal alert'
	}),
	row(SECBASE, -9803, 'errSSLWouldBlock', { unmapped: 'I/O would block: a step, not a failure', text: 'I/O would block (not fatal)' }),
	row(SECBASE, -9804, 'errSSLSessionNotFound', {
		unmapped: 'a session cache miss, recovered by a full handshake',
		text: 'attempt to restore an unknown session'
	}),
	row(SECBASE, -9805, 'errSSLClosedGraceful', {
		unmapped: 'the peer closed cleanly after the handshake; the next error says why the client stopped',
		text: 'connection closed gracefully'
	}),
	row(SECBASE, -9806, 'errSSLClosedAbort', {
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed',
		note: 'the server closed the connection during the handshake',
		text: 'connection closed via error'
	}),
	row(SECBASE, -9807, 'errSSLXCertChainInvalid', {
		diagnosis: 'untrusted-ca',
		reading: 'chain-invalid',
		note: 'the chain did not verify; the other codes of the same error say why',
		text: 'invalid certificate chain'
	}),
	row(SECBASE, -9808, 'errSSLBadCert', {
		diagnosis: 'pem-file-invalid',
		note: 'a certificate Secure Transport could not parse',
		text: 'bad certificate format'
	}),
	row(SECBASE, -9809, 'errSSLCrypto', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'underlying cryptographic error'
	}),
	row(SECBASE, -9810, 'errSSLInternal', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'Internal error'
	}),
	row(SECBASE, -9811, 'errSSLModuleAttach', { unmapped: 'a broken Security framework installation', text: 'module attach failure' }),
	row(SECBASE, -9812, 'errSSLUnknownRootCert', {
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root',
		text: 'valid cert chain, untrusted root'
	}),
	row(SECBASE, -9813, 'errSSLNoRootCert', {
		diagnosis: 'missing-intermediate',
		reading: 'partial-chain',
		text: 'cert chain not verified by root'
	}),
	row(SECBASE, -9814, 'errSSLCertExpired', { diagnosis: 'cert-expired', text: 'chain had an expired cert' }),
	row(SECBASE, -9815, 'errSSLCertNotYetValid', { diagnosis: 'cert-not-yet-valid', text: 'chain had a cert not yet valid' }),
	row(SECBASE, -9816, 'errSSLClosedNoNotify', {
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed',
		text: 'server closed session with no notification'
	}),
	row(SECBASE, -9817, 'errSSLBufferOverflow', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'insufficient buffer provided'
	}),
	row(SECBASE, -9818, 'errSSLBadCipherSuite', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'bad SSLCipherSuite'
	}),
	row(SECBASE, -9819, 'errSSLPeerUnexpectedMsg', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'unexpected message received'
	}),
	row(SECBASE, -9820, 'errSSLPeerBadRecordMac', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'bad MAC'
	}),
	row(SECBASE, -9821, 'errSSLPeerDecryptionFail', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decryption failed'
	}),
	row(SECBASE, -9822, 'errSSLPeerRecordOverflow', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'record overflow'
	}),
	row(SECBASE, -9823, 'errSSLPeerDecompressFail', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decompression failure'
	}),
	row(SECBASE, -9824, 'errSSLPeerHandshakeFail', {
		diagnosis: 'client-cert-required',
		also: ['no-shared-cipher', 'protocol-version'],
		note: 'the server sent handshake_failure',
		text: 'handshake failure'
	}),
	row(SECBASE, -9825, 'errSSLPeerBadCert', {
		diagnosis: 'client-cert-untrusted',
		note: 'the server sent this alert about the client’s certificate',
		text: 'misc. bad certificate'
	}),
	row(SECBASE, -9826, 'errSSLPeerUnsupportedCert', {
		diagnosis: 'wrong-purpose',
		also: ['client-cert-untrusted'],
		note: 'the server sent this alert about the client’s certificate',
		text: 'bad unsupported cert format'
	}),
	row(SECBASE, -9827, 'errSSLPeerCertRevoked', {
		diagnosis: 'revoked',
		note: 'the server sent this alert about the client’s certificate',
		text: 'certificate revoked'
	}),
	row(SECBASE, -9828, 'errSSLPeerCertExpired', {
		diagnosis: 'cert-expired',
		note: 'the server sent this alert about the client’s certificate',
		text: 'certificate expired'
	}),
	row(SECBASE, -9829, 'errSSLPeerCertUnknown', {
		diagnosis: 'client-cert-untrusted',
		note: 'the server sent this alert about the client’s certificate',
		text: 'unknown certificate'
	}),
	row(SECBASE, -9830, 'errSSLIllegalParam', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'illegal parameter'
	}),
	row(SECBASE, -9831, 'errSSLPeerUnknownCA', {
		diagnosis: 'client-cert-untrusted',
		note: 'the server does not know the CA of the client’s certificate',
		text: 'unknown Cert Authority'
	}),
	row(SECBASE, -9832, 'errSSLPeerAccessDenied', {
		diagnosis: 'client-cert-untrusted',
		note: 'the server sent this alert about the client’s certificate',
		text: 'access denied'
	}),
	row(SECBASE, -9833, 'errSSLPeerDecodeError', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decoding error'
	}),
	row(SECBASE, -9834, 'errSSLPeerDecryptError', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decryption error'
	}),
	row(SECBASE, -9835, 'errSSLPeerExportRestriction', {
		unmapped: 'a TLS alert MongoDB servers do not send for a certificate or configuration problem',
		text: 'export restriction'
	}),
	row(SECBASE, -9836, 'errSSLPeerProtocolVersion', { diagnosis: 'protocol-version', text: 'bad protocol version' }),
	row(SECBASE, -9837, 'errSSLPeerInsufficientSecurity', { diagnosis: 'no-shared-cipher', text: 'insufficient security' }),
	row(SECBASE, -9838, 'errSSLPeerInternalError', {
		diagnosis: 'atlas-ip-access-list',
		also: ['tls-interception-proxy'],
		note: 'Atlas answers a client outside its IP access list with internal_error',
		text: 'internal error'
	}),
	row(SECBASE, -9839, 'errSSLPeerUserCancelled', {
		unmapped: 'a TLS alert MongoDB servers do not send for a certificate or configuration problem',
		text: 'user canceled'
	}),
	row(SECBASE, -9840, 'errSSLPeerNoRenegotiation', {
		unmapped: 'a TLS alert MongoDB servers do not send for a certificate or configuration problem',
		text: 'no renegotiation allowed'
	}),
	row(SECBASE, -9841, 'errSSLPeerAuthCompleted', {
		unmapped: 'a step of the handshake when the app checks the peer itself',
		text: 'peer cert is valid, or was ignored if verification disabled'
	}),
	row(SECBASE, -9842, 'errSSLClientCertRequested', { diagnosis: 'client-cert-required', text: 'server has requested a client cert' }),
	row(SECBASE, -9843, 'errSSLHostNameMismatch', { diagnosis: 'hostname-mismatch', also: ['ip-mismatch'], text: 'peer host name mismatch' }),
	row(SECBASE, -9844, 'errSSLConnectionRefused', {
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed',
		note: 'the peer dropped the connection before answering the ClientHello',
		text: 'peer dropped connection before responding'
	}),
	row(SECBASE, -9845, 'errSSLDecryptionFail', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decryption failure'
	}),
	row(SECBASE, -9846, 'errSSLBadRecordMac', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'bad MAC'
	}),
	row(SECBASE, -9847, 'errSSLRecordOverflow', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'record overflow'
	}),
	row(SECBASE, -9848, 'errSSLBadConfiguration', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'configuration error'
	}),
	row(SECBASE, -9849, 'errSSLUnexpectedRecord', {
		unmapped: 'a DTLS record skipped; MongoDB uses TLS over TCP',
		text: 'unexpected (skipped) record in DTLS'
	}),
	row(SECBASE, -9850, 'errSSLWeakPeerEphemeralDHKey', { diagnosis: 'dh-key-too-small', text: 'weak ephemeral dh key' }),
	row(SECBASE, -9851, 'errSSLClientHelloReceived', { unmapped: 'a server-side step (SNI callback)', text: 'SNI' }),
	row(SECBASE, -9852, 'errSSLTransportReset', {
		diagnosis: 'connection-reset',
		text: 'transport (socket) shutdown, e.g., TCP RST or FIN.'
	}),
	row(SECBASE, -9853, 'errSSLNetworkTimeout', { diagnosis: 'handshake-timeout', text: 'network timeout triggered' }),
	row(SECBASE, -9854, 'errSSLConfigurationFailed', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'TLS configuration failed'
	}),
	row(SECBASE, -9855, 'errSSLUnsupportedExtension', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'unsupported TLS extension'
	}),
	row(SECBASE, -9856, 'errSSLUnexpectedMessage', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'peer rejected unexpected message'
	}),
	row(SECBASE, -9857, 'errSSLDecompressFail', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decompression failed'
	}),
	row(SECBASE, -9858, 'errSSLHandshakeFail', { diagnosis: 'no-shared-cipher', also: ['protocol-version'], text: 'handshake failed' }),
	row(SECBASE, -9859, 'errSSLDecodeError', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'decode failed'
	}),
	row(SECBASE, -9860, 'errSSLInappropriateFallback', { diagnosis: 'protocol-version', text: 'inappropriate fallback' }),
	row(SECBASE, -9861, 'errSSLMissingExtension', {
		unmapped: 'a broken or hostile peer, or the network corrupting records; names nothing a person configures',
		text: 'missing extension'
	}),
	row(SECBASE, -9862, 'errSSLBadCertificateStatusResponse', { diagnosis: 'ocsp-failure', text: 'bad OCSP response' }),
	row(SECBASE, -9863, 'errSSLCertificateRequired', { diagnosis: 'client-cert-required', text: 'certificate required' }),
	row(SECBASE, -9864, 'errSSLUnknownPSKIdentity', {
		unmapped: 'a TLS alert MongoDB servers do not send for a certificate or configuration problem',
		text: 'unknown PSK identity'
	}),
	row(SECBASE, -9865, 'errSSLUnrecognizedName', {
		diagnosis: 'hostname-mismatch',
		note: 'the server does not serve the name asked for (SNI)',
		text: 'unknown or unrecognized name'
	}),
	row(SECBASE, -9880, 'errSSLATSViolation', {
		unmapped: 'App Transport Security refused the connection without saying which rule; the ATS codes beside it say which',
		text: 'ATS violation'
	}),
	row(SECBASE, -9881, 'errSSLATSMinimumVersionViolation', {
		diagnosis: 'protocol-version',
		text: 'ATS violation: minimum protocol version is not ATS compliant'
	}),
	row(SECBASE, -9882, 'errSSLATSCiphersuiteViolation', {
		diagnosis: 'no-shared-cipher',
		text: 'ATS violation: selected ciphersuite is not ATS compliant'
	}),
	row(SECBASE, -9883, 'errSSLATSMinimumKeySizeViolation', {
		diagnosis: 'weak-key',
		text: 'ATS violation: peer key size is not ATS compliant'
	}),
	row(SECBASE, -9884, 'errSSLATSLeafCertificateHashAlgorithmViolation', {
		diagnosis: 'weak-signature',
		text: 'ATS violation: peer leaf certificate hash algorithm is not ATS compliant'
	}),
	row(SECBASE, -9885, 'errSSLATSCertificateHashAlgorithmViolation', {
		diagnosis: 'weak-signature',
		text: 'ATS violation: peer certificate hash algorithm is not ATS compliant'
	}),
	row(SECBASE, -9886, 'errSSLATSCertificateTrustViolation', {
		diagnosis: 'untrusted-ca',
		text: 'ATS violation: peer certificate is not issued by trusted peer'
	}),
	row(SECBASE, -9890, 'errSSLEarlyDataRejected', {
		unmapped: 'TLS 1.3 early data, which MongoDB clients do not send',
		text: 'Early application data rejected by peer'
	}),
	// Trust results (SecBase.h errSec*).
	row(SECBASE, -67602, 'errSecHostNameMismatch', {
		diagnosis: 'hostname-mismatch',
		also: ['ip-mismatch'],
		text: 'A host name mismatch has occurred.'
	}),
	row(SECBASE, -67603, 'errSecUnknownCriticalExtensionFlag', {
		unmapped: 'a critical extension the platform does not know; the issuer must reissue the certificate',
		text: 'There is an unknown critical extension flag.'
	}),
	row(SECBASE, -67604, 'errSecNoBasicConstraints', { diagnosis: 'untrusted-ca', text: 'No basic constraints were found.' }),
	row(SECBASE, -67605, 'errSecNoBasicConstraintsCA', { diagnosis: 'untrusted-ca', text: 'No basic CA constraints were found.' }),
	row(SECBASE, -67606, 'errSecInvalidAuthorityKeyID', {
		unmapped: 'a malformed certificate (key identifier); the issuer must reissue it',
		text: 'The authority key ID is not valid.'
	}),
	row(SECBASE, -67607, 'errSecInvalidSubjectKeyID', {
		unmapped: 'a malformed certificate (key identifier); the issuer must reissue it',
		text: 'The subject key ID is not valid.'
	}),
	row(SECBASE, -67608, 'errSecInvalidKeyUsageForPolicy', {
		diagnosis: 'wrong-purpose',
		text: 'The key usage is not valid for the specified policy.'
	}),
	row(SECBASE, -67609, 'errSecInvalidExtendedKeyUsage', { diagnosis: 'wrong-purpose', text: 'The extended key usage is not valid.' }),
	row(SECBASE, -67610, 'errSecInvalidIDLinkage', {
		unmapped: 'a malformed chain (identifier linkage); the issuer must reissue it',
		text: 'The ID linkage is not valid.'
	}),
	row(SECBASE, -67611, 'errSecPathLengthConstraintExceeded', {
		diagnosis: 'untrusted-ca',
		text: 'The path length constraint was exceeded.'
	}),
	row(SECBASE, -67612, 'errSecInvalidRoot', {
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root',
		text: 'The root or anchor certificate is not valid.'
	}),
	row(SECBASE, -67613, 'errSecCRLExpired', { diagnosis: 'crl-problem', text: 'The CRL has expired.' }),
	row(SECBASE, -67614, 'errSecCRLNotValidYet', { diagnosis: 'crl-problem', text: 'The CRL is not yet valid.' }),
	row(SECBASE, -67615, 'errSecCRLNotFound', { diagnosis: 'crl-problem', text: 'The CRL was not found.' }),
	row(SECBASE, -67616, 'errSecCRLServerDown', { diagnosis: 'crl-problem', also: ['ocsp-failure'], text: 'The CRL server is down.' }),
	row(SECBASE, -67617, 'errSecCRLBadURI', { diagnosis: 'crl-problem', text: 'The CRL has a bad Uniform Resource Identifier.' }),
	row(SECBASE, -67618, 'errSecUnknownCertExtension', {
		unmapped: 'an extension the platform does not know; the issuer must reissue the certificate',
		text: 'An unknown certificate extension was encountered.'
	}),
	row(SECBASE, -67619, 'errSecUnknownCRLExtension', {
		unmapped: 'a CRL extension the platform does not know; names no client setting',
		text: 'An unknown CRL extension was encountered.'
	}),
	row(SECBASE, -67620, 'errSecCRLNotTrusted', { diagnosis: 'crl-problem', text: 'The CRL is not trusted.' }),
	row(SECBASE, -67621, 'errSecCRLPolicyFailed', { diagnosis: 'crl-problem', text: 'The CRL policy failed.' }),
	row(SECBASE, -67622, 'errSecIDPFailure', {
		unmapped: 'an issuing-distribution-point fault in a CRL the CA publishes',
		text: 'The issuing distribution point was not valid.'
	}),
	row(SECBASE, -67623, 'errSecSMIMEEmailAddressesNotFound', {
		unmapped: 'an S/MIME e-mail check, not TLS',
		text: 'An email address mismatch was encountered.'
	}),
	row(SECBASE, -67624, 'errSecSMIMEBadExtendedKeyUsage', {
		unmapped: 'an S/MIME e-mail check, not TLS',
		text: 'The appropriate extended key usage for SMIME was not found.'
	}),
	row(SECBASE, -67625, 'errSecSMIMEBadKeyUsage', {
		unmapped: 'an S/MIME e-mail check, not TLS',
		text: 'The key usage is not compatible with SMIME.'
	}),
	row(SECBASE, -67626, 'errSecSMIMEKeyUsageNotCritical', {
		unmapped: 'an S/MIME e-mail check, not TLS',
		text: 'The key usage extension is not marked as critical.'
	}),
	row(SECBASE, -67627, 'errSecSMIMENoEmailAddress', {
		unmapped: 'an S/MIME e-mail check, not TLS',
		text: 'No email address was found in the certificate.'
	}),
	row(SECBASE, -67628, 'errSecSMIMESubjAltNameNotCritical', {
		unmapped: 'an S/MIME e-mail check, not TLS',
		text: 'The subject alternative name extension is not marked as critical.'
	}),
	row(SECBASE, -67629, 'errSecSSLBadExtendedKeyUsage', {
		diagnosis: 'wrong-purpose',
		note: 'the certificate’s extended key usage lacks serverAuth (or clientAuth)',
		text: 'The appropriate extended key usage for SSL was not found.'
	}),
	row(SECBASE, -67630, 'errSecOCSPBadResponse', {
		diagnosis: 'ocsp-failure',
		text: 'The OCSP response was incorrect or could not be parsed.'
	}),
	row(SECBASE, -67631, 'errSecOCSPBadRequest', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'The OCSP request was incorrect or could not be parsed.'
	}),
	row(SECBASE, -67632, 'errSecOCSPUnavailable', { diagnosis: 'ocsp-failure', text: 'OCSP service is unavailable.' }),
	row(SECBASE, -67633, 'errSecOCSPStatusUnrecognized', {
		diagnosis: 'ocsp-failure',
		text: 'The OCSP server did not recognize this certificate.'
	}),
	row(SECBASE, -67634, 'errSecEndOfData', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'An end-of-data was detected.'
	}),
	row(SECBASE, -67635, 'errSecIncompleteCertRevocationCheck', {
		diagnosis: 'crl-problem',
		also: ['ocsp-failure'],
		text: 'An incomplete certificate revocation check occurred.'
	}),
	row(SECBASE, -67636, 'errSecNetworkFailure', {
		unmapped: 'a network fault reaching a CRL or OCSP server; the code beside it says which',
		text: 'A network failure occurred.'
	}),
	row(SECBASE, -67637, 'errSecOCSPNotTrustedToAnchor', {
		diagnosis: 'ocsp-failure',
		text: 'The OCSP response was not trusted to a root or anchor certificate.'
	}),
	row(SECBASE, -67638, 'errSecRecordModified', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'The record was modified.'
	}),
	row(SECBASE, -67639, 'errSecOCSPSignatureError', { diagnosis: 'ocsp-failure', text: 'The OCSP response had an invalid signature.' }),
	row(SECBASE, -67640, 'errSecOCSPNoSigner', { diagnosis: 'ocsp-failure', text: 'The OCSP response had no signer.' }),
	row(SECBASE, -67641, 'errSecOCSPResponderMalformedReq', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'The OCSP responder was given a malformed request.'
	}),
	row(SECBASE, -67642, 'errSecOCSPResponderInternalError', {
		diagnosis: 'ocsp-failure',
		text: 'The OCSP responder encountered an internal error.'
	}),
	row(SECBASE, -67643, 'errSecOCSPResponderTryLater', { diagnosis: 'ocsp-failure', text: 'The OCSP responder is busy, try again later.' }),
	row(SECBASE, -67644, 'errSecOCSPResponderSignatureRequired', {
		unmapped: 'the responder wants signed OCSP requests, which no client sends',
		text: 'The OCSP responder requires a signature.'
	}),
	row(SECBASE, -67645, 'errSecOCSPResponderUnauthorized', {
		unmapped: 'the responder refuses to answer for this CA; the CA’s OCSP setup is wrong',
		text: 'The OCSP responder rejected this request as unauthorized.'
	}),
	row(SECBASE, -67646, 'errSecOCSPResponseNonceMismatch', {
		unmapped: 'a replayed or broken OCSP answer; names no client setting',
		text: 'The OCSP response nonce did not match the request.'
	}),
	row(SECBASE, -67647, 'errSecCodeSigningBadCertChainLength', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Code signing encountered an incorrect certificate chain length.'
	}),
	row(SECBASE, -67648, 'errSecCodeSigningNoBasicConstraints', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Code signing found no basic constraints.'
	}),
	row(SECBASE, -67649, 'errSecCodeSigningBadPathLengthConstraint', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Code signing encountered an incorrect path length constraint.'
	}),
	row(SECBASE, -67650, 'errSecCodeSigningNoExtendedKeyUsage', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Code signing found no extended key usage.'
	}),
	row(SECBASE, -67651, 'errSecCodeSigningDevelopment', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Code signing indicated use of a development-only certificate.'
	}),
	row(SECBASE, -67652, 'errSecResourceSignBadCertChainLength', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Resource signing has encountered an incorrect certificate chain length.'
	}),
	row(SECBASE, -67653, 'errSecResourceSignBadExtKeyUsage', {
		unmapped: 'a code-signing check, not TLS',
		text: 'Resource signing has encountered an error in the extended key usage.'
	}),
	row(SECBASE, -67654, 'errSecTrustSettingDeny', {
		diagnosis: 'untrusted-ca',
		note: 'the trust settings deny this certificate (Keychain Access: Never Trust)',
		text: 'The trust setting for this policy was set to Deny.'
	}),
	row(SECBASE, -67655, 'errSecInvalidSubjectName', {
		unmapped: 'a malformed subject name; the issuer must reissue the certificate',
		text: 'An invalid certificate subject name was encountered.'
	}),
	row(SECBASE, -67656, 'errSecUnknownQualifiedCertStatement', {
		unmapped: 'qualified-certificate statements (EU eIDAS), not used for MongoDB',
		text: 'An unknown qualified certificate statement was encountered.'
	}),
	row(SECBASE, -67816, 'errSecInvalidCRLGroup', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'An invalid CRL group was detected.'
	}),
	row(SECBASE, -67817, 'errSecCertificateCannotOperate', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'The certificate cannot operate.'
	}),
	row(SECBASE, -67818, 'errSecCertificateExpired', { diagnosis: 'cert-expired', text: 'An expired certificate was detected.' }),
	row(SECBASE, -67819, 'errSecCertificateNotValidYet', { diagnosis: 'cert-not-yet-valid', text: 'The certificate is not yet valid.' }),
	row(SECBASE, -67820, 'errSecCertificateRevoked', { diagnosis: 'revoked', text: 'The certificate was revoked.' }),
	row(SECBASE, -67821, 'errSecCertificateSuspended', {
		unmapped: 'a certificate on hold; only CAs that publish holds produce it, and MongoDB deployments’ CAs do not',
		text: 'The certificate was suspended.'
	}),
	row(SECBASE, -67822, 'errSecInsufficientCredentials', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'Insufficient credentials were detected.'
	}),
	row(SECBASE, -67823, 'errSecInvalidAction', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'The action was not valid.'
	}),
	row(SECBASE, -67824, 'errSecInvalidAuthority', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change',
		text: 'The authority was not valid.'
	}),
	row(SECBASE, -67825, 'errSecVerifyActionFailed', {
		diagnosis: 'untrusted-ca',
		reading: 'chain-invalid',
		note: 'the policy check failed; the other codes say which',
		text: 'A verify action has failed.'
	}),
	row(SECBASE, -67826, 'errSecInvalidCertAuthority', { diagnosis: 'untrusted-ca', text: 'The certificate authority was not valid.' }),
	row(SECBASE, -67827, 'errSecInvaldCRLAuthority', { diagnosis: 'crl-problem', text: 'The CRL authority was not valid.' }),
	row(SECBASE, -67828, 'errSecInvalidCRLEncoding', { diagnosis: 'crl-problem', text: 'The CRL encoding was not valid.' }),
	row(SECBASE, -67829, 'errSecInvalidCRLType', { diagnosis: 'crl-problem', text: 'The CRL type was not valid.' }),
	row(SECBASE, -67830, 'errSecInvalidCRL', { diagnosis: 'crl-problem', text: 'The CRL was not valid.' }),
	row(SECBASE, -67843, 'errSecNotTrusted', {
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root',
		note: 'the chain did not reach a root the system or the app trusts',
		text: 'The certificate was not trusted.'
	}),
	row(SECBASE, -67899, 'errSecCertificatePolicyNotAllowed', {
		unmapped: 'a policy restriction of a managed (MDM) trust setting',
		text: 'The requested policy is not allowed for this certificate.'
	}),
	row(SECBASE, -67900, 'errSecCertificateNameNotAllowed', {
		unmapped: 'a name restriction of a managed (MDM) trust setting',
		text: 'The requested name is not allowed for this certificate.'
	}),
	row(SECBASE, -67901, 'errSecCertificateValidityPeriodTooLong', {
		diagnosis: 'wrong-purpose',
		note: 'Apple refuses TLS server certificates valid for more than 825 days (398 for public CAs since 2020)',
		text: 'The validity period in the certificate exceeds the maximum allowed.'
	}),
	row(SECBASE, -67902, 'errSecCertificateIsCA', {
		diagnosis: 'wrong-purpose',
		note: 'a CA certificate presented as the server’s own',
		text: 'The verified certificate is a CA rather than an end-entity'
	}),
	// CSSM trust policy results (cssmerr.h), which older macOS and its tools print.
	row(CSSMERR, -2147409919, 'CSSMERR_TP_INTERNAL_ERROR', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409918, 'CSSMERR_TP_MEMORY_ERROR', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409917, 'CSSMERR_TP_MDS_ERROR', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409916, 'CSSMERR_TP_INVALID_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409915, 'CSSMERR_TP_INVALID_INPUT_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409914, 'CSSMERR_TP_INVALID_OUTPUT_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409913, 'CSSMERR_TP_FUNCTION_NOT_IMPLEMENTED', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409912, 'CSSMERR_TP_SELF_CHECK_FAILED', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409911, 'CSSMERR_TP_OS_ACCESS_DENIED', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409910, 'CSSMERR_TP_FUNCTION_FAILED', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409856, 'CSSMERR_TP_INVALID_CONTEXT_HANDLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409850, 'CSSMERR_TP_INVALID_DATA', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409844, 'CSSMERR_TP_INVALID_DB_LIST', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409854, 'CSSMERR_TP_INVALID_CERTGROUP_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409853, 'CSSMERR_TP_INVALID_CERT_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409852, 'CSSMERR_TP_INVALID_CRL_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409851, 'CSSMERR_TP_INVALID_FIELD_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409833, 'CSSMERR_TP_INVALID_NETWORK_ADDR', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409849, 'CSSMERR_TP_CRL_ALREADY_SIGNED', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409848, 'CSSMERR_TP_INVALID_NUMBER_OF_FIELDS', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409847, 'CSSMERR_TP_VERIFICATION_FAILURE', { unmapped: 'names no cause; the other codes of the same failure say why' }),
	row(CSSMERR, -2147409846, 'CSSMERR_TP_INVALID_DB_HANDLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409842, 'CSSMERR_TP_UNKNOWN_FORMAT', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409841, 'CSSMERR_TP_UNKNOWN_TAG', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409834, 'CSSMERR_TP_INVALID_PASSTHROUGH_ID', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409840, 'CSSMERR_TP_INVALID_CSP_HANDLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409839, 'CSSMERR_TP_INVALID_DL_HANDLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409838, 'CSSMERR_TP_INVALID_CL_HANDLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409843, 'CSSMERR_TP_INVALID_DB_LIST_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409663, 'CSSMERR_TP_INVALID_CALLERAUTH_CONTEXT_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409662, 'CSSMERR_TP_INVALID_IDENTIFIER_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409661, 'CSSMERR_TP_INVALID_KEYCACHE_HANDLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409660, 'CSSMERR_TP_INVALID_CERTGROUP', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409659, 'CSSMERR_TP_INVALID_CRLGROUP', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409658, 'CSSMERR_TP_INVALID_CRLGROUP_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409657, 'CSSMERR_TP_AUTHENTICATION_FAILED', { unmapped: 'a CSSM TP authentication call, not a certificate check' }),
	row(CSSMERR, -2147409656, 'CSSMERR_TP_CERTGROUP_INCOMPLETE', { diagnosis: 'missing-intermediate', reading: 'partial-chain' }),
	row(CSSMERR, -2147409655, 'CSSMERR_TP_CERTIFICATE_CANT_OPERATE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409654, 'CSSMERR_TP_CERT_EXPIRED', { diagnosis: 'cert-expired' }),
	row(CSSMERR, -2147409653, 'CSSMERR_TP_CERT_NOT_VALID_YET', { diagnosis: 'cert-not-yet-valid' }),
	row(CSSMERR, -2147409652, 'CSSMERR_TP_CERT_REVOKED', { diagnosis: 'revoked' }),
	row(CSSMERR, -2147409651, 'CSSMERR_TP_CERT_SUSPENDED', {
		unmapped: 'a certificate on hold; only CAs that publish holds produce it, and MongoDB deployments’ CAs do not'
	}),
	row(CSSMERR, -2147409650, 'CSSMERR_TP_INSUFFICIENT_CREDENTIALS', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409649, 'CSSMERR_TP_INVALID_ACTION', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409648, 'CSSMERR_TP_INVALID_ACTION_DATA', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409646, 'CSSMERR_TP_INVALID_ANCHOR_CERT', {
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root',
		note: 'the chain ends at a root that is not a trusted anchor'
	}),
	row(CSSMERR, -2147409645, 'CSSMERR_TP_INVALID_AUTHORITY', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409644, 'CSSMERR_TP_VERIFY_ACTION_FAILED', {
		diagnosis: 'untrusted-ca',
		reading: 'chain-invalid',
		note: 'the policy check failed; the other codes say which'
	}),
	row(CSSMERR, -2147409643, 'CSSMERR_TP_INVALID_CERTIFICATE', {
		unmapped: 'names no cause: a certificate the TP could not use; the other codes say why'
	}),
	row(CSSMERR, -2147409642, 'CSSMERR_TP_INVALID_CERT_AUTHORITY', { diagnosis: 'untrusted-ca' }),
	row(CSSMERR, -2147409641, 'CSSMERR_TP_INVALID_CRL_AUTHORITY', { diagnosis: 'crl-problem' }),
	row(CSSMERR, -2147409640, 'CSSMERR_TP_INVALID_CRL_ENCODING', { diagnosis: 'crl-problem' }),
	row(CSSMERR, -2147409639, 'CSSMERR_TP_INVALID_CRL_TYPE', { diagnosis: 'crl-problem' }),
	row(CSSMERR, -2147409638, 'CSSMERR_TP_INVALID_CRL', { diagnosis: 'crl-problem' }),
	row(CSSMERR, -2147409637, 'CSSMERR_TP_INVALID_FORM_TYPE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409636, 'CSSMERR_TP_INVALID_ID', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409635, 'CSSMERR_TP_INVALID_IDENTIFIER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409634, 'CSSMERR_TP_INVALID_INDEX', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409633, 'CSSMERR_TP_INVALID_NAME', { unmapped: 'names no cause beside the TP result that names it' }),
	row(CSSMERR, -2147409632, 'CSSMERR_TP_INVALID_POLICY_IDENTIFIERS', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409631, 'CSSMERR_TP_INVALID_TIMESTRING', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409630, 'CSSMERR_TP_INVALID_REASON', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409629, 'CSSMERR_TP_INVALID_REQUEST_INPUTS', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409628, 'CSSMERR_TP_INVALID_RESPONSE_VECTOR', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409627, 'CSSMERR_TP_INVALID_SIGNATURE', { unmapped: 'names no cause beside the TP result that names it' }),
	row(CSSMERR, -2147409626, 'CSSMERR_TP_INVALID_STOP_ON_POLICY', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409625, 'CSSMERR_TP_INVALID_CALLBACK', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409624, 'CSSMERR_TP_INVALID_TUPLE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409623, 'CSSMERR_TP_NOT_SIGNER', {
		diagnosis: 'untrusted-ca',
		note: 'a certificate was not signed by the CA named as its issuer'
	}),
	row(CSSMERR, -2147409622, 'CSSMERR_TP_NOT_TRUSTED', { diagnosis: 'untrusted-ca', reading: 'untrusted-root' }),
	row(CSSMERR, -2147409621, 'CSSMERR_TP_NO_DEFAULT_AUTHORITY', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409620, 'CSSMERR_TP_REJECTED_FORM', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409619, 'CSSMERR_TP_REQUEST_LOST', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409618, 'CSSMERR_TP_REQUEST_REJECTED', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409617, 'CSSMERR_TP_UNSUPPORTED_ADDR_TYPE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409616, 'CSSMERR_TP_UNSUPPORTED_SERVICE', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409615, 'CSSMERR_TP_INVALID_TUPLEGROUP_POINTER', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	}),
	row(CSSMERR, -2147409614, 'CSSMERR_TP_INVALID_TUPLEGROUP', {
		unmapped: 'a CSSM/keychain API misuse or internal fault of the caller, not a certificate or connection a person can change'
	})
];

/** The CSSM numbers as unsigned hex, as some tools print an OSStatus of that size. */
export const cssmHex = (status: number) => `0x${(status >>> 0).toString(16).toUpperCase()}`;
