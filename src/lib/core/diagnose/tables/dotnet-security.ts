/**
 * Table 2 (issue 15), .NET part: how SslStream (System.Net.Security) words a failed handshake,
 * the SslPolicyErrors it names, every X509ChainStatusFlags member, and the diagnosis each means
 * for a MongoDB client (the C# driver), or why it has none.
 *
 * Sources (extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * - messages: dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx @ f72a1f67;
 * - which message: SslStream.Protocol.cs CompleteHandshake: the chain flags when the chain alone
 *   failed ("… errors in the certificate chain: {flags}"), the policy errors otherwise
 *   ("… according to the validation procedure: {errors}"); .NET Framework printed the sentence alone;
 * - SslPolicyErrors: dotnet/runtime SslPolicyErrors.cs; X509ChainStatusFlags:
 *   System.Security.Cryptography.X509Certificates/…/X509ChainStatusFlags.cs @ f3ebd6a0;
 * - on Linux each flag comes from an OpenSSL result (OpenSslX509ChainProcessor.cs
 *   MapVerifyErrorToChainStatus @ 14337607) and StatusInformation is OpenSSL's text; on Windows from
 *   a CERT_TRUST_* bit with CryptoAPI's text (ChainPal.Windows.GetChainStatusInformation.cs @ 3c2a1719);
 * - TLS alerts: TlsAlertMessage.cs (src/libraries/Common/src/System/Net/Security) @ 4cc76fa7.
 *
 * The C# driver (mongo-csharp-driver SslStreamFactory.cs) passes SslStream's exception on as the
 * inner exception of MongoConnectionException ("An exception occurred while opening a connection
 * to the server. ---> System.Security.Authentication.AuthenticationException: …"); it words no
 * certificate error of its own.
 */

import type { DiagnosisId } from '../vocabulary';

/** How the facts or the text decide the candidates (dotnet-signatures.ts). */
export type DotnetReading = 'untrusted-root' | 'partial-chain' | 'chain-errors' | 'handshake-closed' | 'alert';

interface Meaning {
	diagnosis?: DiagnosisId;
	/** Other diagnoses the same entry supports, ranked below the first. */
	also?: readonly DiagnosisId[];
	reading?: DotnetReading;
	note?: string;
	unmapped?: string;
}

export interface ChainStatusRow extends Meaning {
	name: string;
	value: number;
	/** The OpenSSL X509_V_ERR_* results (without the prefix) .NET on Linux reports as this flag. */
	openssl: readonly string[];
	/** The HRESULT whose text .NET on Windows gives as StatusInformation. */
	windows?: string;
	citation: string;
}

export interface PolicyErrorRow extends Meaning {
	name: string;
	value: number;
	citation: string;
}

export interface SslStreamMessage extends Meaning {
	/** The resource name in Strings.resx. */
	resource: string;
	/** The resource's value; {0} is what the code fills in. */
	text: string;
	citation: string;
}

const CHAIN_SRC = 'dotnet/runtime X509ChainStatusFlags.cs; OpenSslX509ChainProcessor.MapVerifyErrorToChainStatus; ChainPal.Windows';
const CTL = 'certificate trust lists are a Windows store feature; a TLS server check does not use them';
const NAME_CONSTRAINT = 'a name constraint in the CA forbids or cannot be checked; the CA must be reissued, no client setting changes it';
const POLICY = 'certificate policy checking is asked for only by applications that set policies; MongoDB clients do not';

function flag(name: string, value: number, openssl: string[], windows: string | undefined, meaning: Meaning): ChainStatusRow {
	return { name, value, openssl, ...(windows ? { windows } : {}), ...meaning, citation: `${CHAIN_SRC}: X509ChainStatusFlags.${name}` };
}

export const X509_CHAIN_STATUS: readonly ChainStatusRow[] = [
	flag('NoError', 0x0, [], undefined, { unmapped: 'success, not an error' }),
	flag(
		'NotTimeValid',
		0x1,
		['CERT_NOT_YET_VALID', 'CERT_HAS_EXPIRED', 'ERROR_IN_CERT_NOT_BEFORE_FIELD', 'ERROR_IN_CERT_NOT_AFTER_FIELD'],
		'CERT_E_EXPIRED',
		{
			diagnosis: 'cert-expired',
			also: ['cert-not-yet-valid'],
			note: 'outside its validity period: usually expired, or the clock is wrong'
		}
	),
	flag('NotTimeNested', 0x2, [], 'CERT_E_VALIDITYPERIODNESTING', {
		unmapped: 'a certificate outlives its issuer; Windows reports it but no shared diagnosis names it'
	}),
	flag('Revoked', 0x4, ['CERT_REVOKED'], 'CRYPT_E_REVOKED', { diagnosis: 'revoked' }),
	// The signature does not verify with the issuer's key: the CA the client has is not the one that signed.
	flag('NotSignatureValid', 0x8, ['UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 'CERT_SIGNATURE_FAILURE'], 'TRUST_E_CERT_SIGNATURE', {
		diagnosis: 'untrusted-ca'
	}),
	flag('NotValidForUsage', 0x10, ['INVALID_PURPOSE'], 'CERT_E_WRONG_USAGE', { diagnosis: 'wrong-purpose' }),
	flag('UntrustedRoot', 0x20, ['CERT_UNTRUSTED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN'], 'CERT_E_UNTRUSTEDROOT', {
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root'
	}),
	flag(
		'RevocationStatusUnknown',
		0x40,
		[
			'CRL_HAS_EXPIRED',
			'CRL_NOT_YET_VALID',
			'CRL_SIGNATURE_FAILURE',
			'ERROR_IN_CRL_LAST_UPDATE_FIELD',
			'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
			'KEYUSAGE_NO_CRL_SIGN',
			'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
			'UNABLE_TO_GET_CRL',
			'UNABLE_TO_GET_CRL_ISSUER',
			'UNHANDLED_CRITICAL_CRL_EXTENSION'
		],
		'CRYPT_E_NO_REVOCATION_CHECK',
		{ diagnosis: 'crl-problem', also: ['ocsp-failure'] }
	),
	flag('Cyclic', 0x80, [], undefined, { unmapped: 'a chain that loops back on itself; neither platform maps a result to it' }),
	flag('InvalidExtension', 0x100, ['INVALID_EXTENSION'], undefined, {
		unmapped: 'a malformed extension in a certificate; no shared diagnosis names it (the issuer must reissue)'
	}),
	flag('InvalidPolicyConstraints', 0x200, ['INVALID_POLICY_EXTENSION', 'NO_EXPLICIT_POLICY'], 'CERT_E_INVALID_POLICY', {
		unmapped: POLICY
	}),
	// A CA certificate without CA:TRUE or keyCertSign, or past its path length.
	flag(
		'InvalidBasicConstraints',
		0x400,
		['INVALID_NON_CA', 'PATH_LENGTH_EXCEEDED', 'KEYUSAGE_NO_CERTSIGN', 'KEYUSAGE_NO_DIGITAL_SIGNATURE', 'INVALID_CA'],
		'TRUST_E_BASIC_CONSTRAINTS',
		{ diagnosis: 'untrusted-ca' }
	),
	flag('InvalidNameConstraints', 0x800, ['UNSUPPORTED_NAME_SYNTAX'], 'CERT_E_INVALID_NAME', { unmapped: NAME_CONSTRAINT }),
	flag('HasNotSupportedNameConstraint', 0x1000, ['SUBTREE_MINMAX'], 'CERT_E_INVALID_NAME', { unmapped: NAME_CONSTRAINT }),
	flag('HasNotDefinedNameConstraint', 0x2000, [], 'CERT_E_INVALID_NAME', { unmapped: NAME_CONSTRAINT }),
	flag('HasNotPermittedNameConstraint', 0x4000, ['PERMITTED_VIOLATION'], 'CERT_E_INVALID_NAME', { unmapped: NAME_CONSTRAINT }),
	flag('HasExcludedNameConstraint', 0x8000, ['EXCLUDED_VIOLATION'], 'CERT_E_INVALID_NAME', { unmapped: NAME_CONSTRAINT }),
	flag(
		'PartialChain',
		0x10000,
		['UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
		'CERT_E_CHAINING',
		{ diagnosis: 'missing-intermediate', reading: 'partial-chain' }
	),
	flag('CtlNotTimeValid', 0x20000, [], 'CERT_E_EXPIRED', { unmapped: CTL }),
	flag('CtlNotSignatureValid', 0x40000, [], 'TRUST_E_CERT_SIGNATURE', { unmapped: CTL }),
	flag('CtlNotValidForUsage', 0x80000, [], 'CERT_E_WRONG_USAGE', { unmapped: CTL }),
	flag('OfflineRevocation', 0x1000000, [], 'CRYPT_E_REVOCATION_OFFLINE', { diagnosis: 'crl-problem', also: ['ocsp-failure'] }),
	flag('NoIssuanceChainPolicy', 0x2000000, [], 'CERT_E_INVALID_POLICY', { unmapped: POLICY }),
	// In the Untrusted Certificates store (Windows), or rejected by the trust settings (Linux).
	flag('ExplicitDistrust', 0x4000000, ['CERT_REJECTED'], 'TRUST_E_EXPLICIT_DISTRUST', { diagnosis: 'untrusted-ca' }),
	flag('HasNotSupportedCriticalExtension', 0x8000000, ['UNHANDLED_CRITICAL_EXTENSION'], 'CERT_E_CRITICAL', {
		unmapped: 'the certificate carries a critical extension the platform does not know; the issuer must reissue it'
	}),
	flag('HasWeakSignature', 0x100000, [], 'CERTSRV_E_WEAK_SIGNATURE_OR_KEY', { diagnosis: 'weak-signature', also: ['weak-key'] })
];

const POLICY_SRC = 'dotnet/runtime System.Net.Security SslPolicyErrors';

export const SSL_POLICY_ERRORS: readonly PolicyErrorRow[] = [
	{ name: 'None', value: 0x0, unmapped: 'success, not an error', citation: `${POLICY_SRC}.None` },
	{
		name: 'RemoteCertificateNotAvailable',
		value: 0x1,
		unmapped: 'the server sent no certificate; a MongoDB server always sends one, so the text names no cause a person meets',
		citation: `${POLICY_SRC}.RemoteCertificateNotAvailable`
	},
	{
		name: 'RemoteCertificateNameMismatch',
		value: 0x2,
		diagnosis: 'hostname-mismatch',
		also: ['ip-mismatch'],
		citation: `${POLICY_SRC}.RemoteCertificateNameMismatch`
	},
	{
		name: 'RemoteCertificateChainErrors',
		value: 0x4,
		diagnosis: 'untrusted-ca',
		reading: 'chain-errors',
		note: 'every chain problem reads so; .NET 5+ names the chain flags instead when the chain alone failed',
		citation: `${POLICY_SRC}.RemoteCertificateChainErrors`
	}
];

const RESX = 'dotnet/runtime System.Net.Security Strings.resx';
const OPENSSL_INSIDE = 'a wrapper: the OpenSSL error it carries names the cause, and the OpenSSL signatures read that';

function message(resource: string, text: string, meaning: Meaning): SslStreamMessage {
	return { resource, text, ...meaning, citation: `${RESX}: ${resource}` };
}

export const SSLSTREAM_MESSAGES: readonly SslStreamMessage[] = [
	message('net_io_connectionclosed', 'The connection was closed', {
		unmapped: 'said of any stream closed under a read, not only a handshake; too plain to name a TLS cause'
	}),
	message('net_io_eof', ' Received an unexpected EOF or 0 bytes from the transport stream.', {
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed'
	}),
	// The server's answer is not a TLS record: it does not speak TLS on that port.
	message('net_ssl_io_frame', 'The handshake failed due to an unexpected packet format.', {
		diagnosis: 'tls-to-plain-server',
		also: ['protocol-version']
	}),
	message('net_ssl_io_renego', 'The remote party requested renegotiation when AllowRenegotiation was set to false.', {
		unmapped: 'MongoDB servers do not renegotiate; the C# driver turns renegotiation off, so only a middlebox asks'
	}),
	message('net_ssl_io_cert_validation', 'The remote certificate is invalid according to the validation procedure: {0}', {
		diagnosis: 'untrusted-ca',
		reading: 'chain-errors',
		note: 'the SslPolicyErrors after the colon say which check failed (read by their own rows)'
	}),
	message('net_ssl_io_cert_chain_validation', 'The remote certificate is invalid because of errors in the certificate chain: {0}', {
		diagnosis: 'untrusted-ca',
		reading: 'chain-errors',
		note: 'the X509ChainStatusFlags after the colon say which (read by their own rows)'
	}),
	message('net_ssl_io_cert_custom_validation', 'The remote certificate was rejected by the provided RemoteCertificateValidationCallback.', {
		unmapped: "the application's own callback refused the certificate; only its code says why"
	}),
	message('net_ssl_io_no_server_cert', 'The server mode SSL must use a certificate with the associated private key.', {
		unmapped: 'a server-side .NET setup error, not a MongoDB client'
	}),
	message('net_ssl_io_already_shutdown', 'Write operations are not allowed after the channel was shutdown.', {
		unmapped: 'an API misuse after the TLS session ended'
	}),
	message('net_auth_SSPI', 'Authentication failed, see inner exception.', {
		unmapped: 'a wrapper: the inner exception names the cause, and other rows read it'
	}),
	message('net_auth_eof', 'Authentication failed because the remote party has closed the transport stream.', {
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed'
	}),
	message('net_auth_tls_alert', "Authentication failed because the remote party sent a TLS alert: '{0}'.", {
		diagnosis: 'client-cert-untrusted',
		reading: 'alert',
		note: 'the alert named (TlsAlertMessage) means what the TLS alert table says'
	}),
	message(
		'net_auth_alert',
		'Authentication failed on the remote side (the stream might still be available for additional authentication attempts).',
		{ unmapped: 'said on the server side of SslStream; a MongoDB client is the other side' }
	),
	message('net_frame_read_io', 'Received incomplete authentication message. Remote party has probably closed the connection.', {
		unmapped: 'NegotiateStream (Kerberos/NTLM framing), not TLS'
	}),
	message('net_frame_read_size', 'Cannot determine the frame size or a corrupted frame was received.', {
		diagnosis: 'tls-to-plain-server',
		also: ['protocol-version'],
		note: 'the first bytes back are not a TLS record header'
	}),
	message('net_allocate_ssl_context_failed', 'Failed to allocate SSL/TLS context, OpenSSL error - {0}.', { unmapped: OPENSSL_INSIDE }),
	message('net_ssl_check_private_key_failed', 'SSL certificate private key check failed with OpenSSL error - {0}.', {
		diagnosis: 'key-mismatch'
	}),
	message('net_ssl_handshake_failed_error', 'SSL Handshake failed with OpenSSL error - {0}.', { unmapped: OPENSSL_INSIDE }),
	message('net_ssl_use_cert_failed', 'Using SSL certificate failed with OpenSSL error - {0}.', { unmapped: OPENSSL_INSIDE }),
	message('net_ssl_use_private_key_failed', 'Using SSL certificate private key failed with OpenSSL error - {0}.', {
		unmapped: OPENSSL_INSIDE
	}),
	message('net_ssl_invalid_certificate', 'SSL certificate returned is invalid, OpenSSL error - {0}.', { unmapped: OPENSSL_INSIDE }),
	message('net_ssl_encryptionpolicy_notsupported', "The '{0}' encryption policy is not supported by this installation of OpenSSL.", {
		unmapped: 'EncryptionPolicy.NoEncryption asked of OpenSSL; the C# driver never sets it'
	}),
	message(
		'net_security_sslprotocol_contiguous',
		'The requested combination of SslProtocols ({0}) is not valid for this platform because it skips intermediate versions.',
		{ diagnosis: 'config-conflict', note: 'SslSettings.EnabledSslProtocols lists TLS versions with a gap' }
	),
	message('net_security_sslprotocol_notsupported', 'The requested SslProtocols ({0}) are not supported on this platform.', {
		diagnosis: 'protocol-version'
	}),
	message('net_alpn_failed', 'No common application protocol exists between the client and the server. Application negotiation failed.', {
		unmapped: 'ALPN, which MongoDB clients do not use'
	})
];

/** .NET's TlsAlertMessage names with their alert numbers (TlsAlertMessage.cs): "sent a TLS alert: 'UnknownCA'". */
export const TLS_ALERT_MESSAGE: Readonly<Record<string, number>> = {
	CloseNotify: 0,
	UnexpectedMessage: 10,
	BadRecordMac: 20,
	DecryptionFailed: 21,
	RecordOverflow: 22,
	DecompressionFail: 30,
	HandshakeFailure: 40,
	NoCertificate: 41,
	BadCertificate: 42,
	UnsupportedCert: 43,
	CertificateRevoked: 44,
	CertificateExpired: 45,
	CertificateUnknown: 46,
	IllegalParameter: 47,
	UnknownCA: 48,
	AccessDenied: 49,
	DecodeError: 50,
	DecryptError: 51,
	TooManyCidsRequested: 52,
	ExportRestriction: 60,
	ProtocolVersion: 70,
	InsufficientSecurity: 71,
	InternalError: 80,
	InappropriateFallback: 86,
	UserCanceled: 90,
	NoRenegotiation: 100,
	MissingExtension: 109,
	UnsupportedExtension: 110,
	CertificateUnobtainable: 111,
	UnrecognizedName: 112,
	BadCertificateStatusResponse: 113,
	BadCertificateHashValue: 114,
	UnknownPskIdentity: 115,
	CertificateRequired: 116,
	GeneralError: 117,
	NoApplicationProtocol: 120,
	EchRequired: 121
};

/** TlsAlertMessage names the TLS alert table (RFC 8446, RFC 5246) has no row for, and why none is needed. */
export const TLS_ALERT_MESSAGE_UNMAPPED: Readonly<Record<string, string>> = {
	TooManyCidsRequested: 'a DTLS connection-ID alert (RFC 9146); MongoDB connections are TLS over TCP',
	GeneralError: 'newer than RFC 8446 and names no cause by design',
	EchRequired: 'Encrypted Client Hello, which MongoDB clients do not use'
};
