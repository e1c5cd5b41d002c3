/**
 * Table 1: every TLS alert description (RFC 8446 §6.2, RFC 5246 §7.2), with the words each stack
 * prints for it and what it means for a MongoDB client that received it from the server. Data
 * only; tls-alerts-signatures.ts turns the rows into error signatures.
 *
 * Sources (extracts and the commands that made them: tests/fixtures/vocabulary/tls-alerts/):
 * - OpenSSL reason names: google/boringssl crypto/err/ssl.errordata @ a0689af2 (the SSL_R_*ALERT*
 *   names BoringSSL kept from OpenSSL), plus OpenSSL's own spellings that BoringSSL lists as
 *   aliases in include/openssl/ssl.h (TLSV1_UNRECOGNIZED_NAME, …) and TLSV13_ALERT_* (OpenSSL
 *   1.1.1+ ssl/ssl_err.c). The text OpenSSL prints is the name in lower case, "_" read as " ".
 * - "SSL alert number N": OpenSSL ssl/record/rec_layer_s3.c adds it as error data, N the RFC code;
 *   openssl/openssl ssl/ssl_stat.c @ 0223dfcf SSL_alert_desc_string_long.
 * - Go: golang/go src/crypto/tls/alert.go @ 09678f41 (alertText), and the entries later releases
 *   added (go-alert-newer.txt); conn.go wraps a received alert
 *   as "remote error: tls: …" and one it sends as "local error: tls: …".
 * - Java: openjdk/jdk sun/security/ssl/Alert.java @ 0195e41f ("Received fatal alert: " + description).
 * - rustls: rustls/rustls v/0.23.43 rustls/src/enums.rs AlertDescription, error.rs
 *   "received fatal alert: {alert:?}" (the Debug name).
 */

import type { DiagnosisId } from '../vocabulary';

/** What a received alert means for the client, or why the table leaves it to other signatures. */
export type AlertMeaning =
	| {
			/** Which reading of the event decides the candidates (tls-alerts-signatures.ts). */
			reading:
				| 'client-cert-rejected'
				| 'client-cert-expired'
				| 'client-cert-revoked'
				| 'client-cert-purpose'
				| 'certificate-required'
				| 'handshake-failure'
				| 'internal-error'
				| 'protocol-version'
				| 'no-shared-cipher'
				| 'unrecognized-name'
				| 'ocsp-status';
			/** Every diagnosis that may rank first on this alert alone (the tests accept any of them). */
			tops: readonly DiagnosisId[];
	  }
	| { unmapped: string };

export interface TlsAlert {
	/** RFC name and code. */
	name: string;
	code: number;
	rfc: string;
	/** OpenSSL/BoringSSL reason names (SSL_R_ without the prefix); Python, Node and Electron print them. */
	openssl: readonly string[];
	/** Go alertText; older Go releases lack 60 and 111–116 and print "alert(N)" for them. */
	go?: string;
	/** JSSE Alert description. */
	java: string;
	/** rustls AlertDescription variant (Debug name). */
	rustls: string;
	meaning: AlertMeaning;
}

const RFC8446 = 'RFC 8446 §6.2';
const RFC5246 = 'RFC 5246 §7.2.2';
const BENIGN =
	'says nothing about certificates or configuration a person can change: a broken or hostile peer, or the network corrupting records';

export const TLS_ALERTS: readonly TlsAlert[] = [
	{
		name: 'close_notify',
		code: 0,
		rfc: RFC8446 + '.1',
		openssl: ['SSLV3_ALERT_CLOSE_NOTIFY'],
		go: 'close notify',
		java: 'close_notify',
		rustls: 'CloseNotify',
		meaning: { unmapped: 'an orderly close, not an error; the handshake-closed signatures read a close in the middle of a handshake' }
	},
	{
		name: 'unexpected_message',
		code: 10,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_UNEXPECTED_MESSAGE'],
		go: 'unexpected message',
		java: 'unexpected_message',
		rustls: 'UnexpectedMessage',
		meaning: { unmapped: BENIGN }
	},
	{
		name: 'bad_record_mac',
		code: 20,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_BAD_RECORD_MAC'],
		go: 'bad record MAC',
		java: 'bad_record_mac',
		rustls: 'BadRecordMac',
		meaning: { unmapped: BENIGN }
	},
	{
		name: 'decryption_failed',
		code: 21,
		rfc: RFC5246,
		openssl: ['TLSV1_ALERT_DECRYPTION_FAILED'],
		go: 'decryption failed',
		java: 'decryption_failed',
		rustls: 'DecryptionFailed',
		meaning: { unmapped: 'reserved since TLS 1.1; ' + BENIGN }
	},
	{
		name: 'record_overflow',
		code: 22,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_RECORD_OVERFLOW'],
		go: 'record overflow',
		java: 'record_overflow',
		rustls: 'RecordOverflow',
		meaning: { unmapped: BENIGN }
	},
	{
		name: 'decompression_failure',
		code: 30,
		rfc: RFC5246,
		openssl: ['SSLV3_ALERT_DECOMPRESSION_FAILURE'],
		go: 'decompression failure',
		java: 'decompression_failure',
		rustls: 'DecompressionFailure',
		meaning: { unmapped: 'TLS compression is off in every current stack; ' + BENIGN }
	},
	{
		name: 'handshake_failure',
		code: 40,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_HANDSHAKE_FAILURE'],
		go: 'handshake failure',
		java: 'handshake_failure',
		rustls: 'HandshakeFailure',
		meaning: {
			reading: 'handshake-failure',
			tops: ['client-cert-required', 'python310-legacy-server', 'no-shared-cipher', 'protocol-version']
		}
	},
	{
		name: 'no_certificate',
		code: 41,
		rfc: 'RFC 6101 §5.4.2 (SSL 3.0; reserved in TLS)',
		openssl: ['SSLV3_ALERT_NO_CERTIFICATE'],
		java: 'no_certificate',
		rustls: 'NoCertificate',
		meaning: { reading: 'certificate-required', tops: ['client-cert-required'] }
	},
	{
		name: 'bad_certificate',
		code: 42,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_BAD_CERTIFICATE'],
		go: 'bad certificate',
		java: 'bad_certificate',
		rustls: 'BadCertificate',
		meaning: { reading: 'client-cert-rejected', tops: ['client-cert-untrusted'] }
	},
	{
		name: 'unsupported_certificate',
		code: 43,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_UNSUPPORTED_CERTIFICATE'],
		go: 'unsupported certificate',
		java: 'unsupported_certificate',
		rustls: 'UnsupportedCertificate',
		meaning: { reading: 'client-cert-purpose', tops: ['wrong-purpose', 'client-cert-untrusted'] }
	},
	{
		name: 'certificate_revoked',
		code: 44,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_CERTIFICATE_REVOKED'],
		go: 'revoked certificate',
		java: 'certificate_revoked',
		rustls: 'CertificateRevoked',
		meaning: { reading: 'client-cert-revoked', tops: ['revoked'] }
	},
	{
		name: 'certificate_expired',
		code: 45,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_CERTIFICATE_EXPIRED'],
		go: 'expired certificate',
		java: 'certificate_expired',
		rustls: 'CertificateExpired',
		meaning: { reading: 'client-cert-expired', tops: ['cert-expired'] }
	},
	{
		name: 'certificate_unknown',
		code: 46,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_CERTIFICATE_UNKNOWN'],
		go: 'unknown certificate',
		java: 'certificate_unknown',
		rustls: 'CertificateUnknown',
		meaning: { reading: 'client-cert-rejected', tops: ['client-cert-untrusted'] }
	},
	{
		name: 'illegal_parameter',
		code: 47,
		rfc: RFC8446,
		openssl: ['SSLV3_ALERT_ILLEGAL_PARAMETER'],
		go: 'illegal parameter',
		java: 'illegal_parameter',
		rustls: 'IllegalParameter',
		meaning: { unmapped: 'a malformed or inconsistent handshake field: a bug in one of the stacks, ' + BENIGN }
	},
	{
		name: 'unknown_ca',
		code: 48,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_UNKNOWN_CA'],
		go: 'unknown certificate authority',
		java: 'unknown_ca',
		rustls: 'UnknownCA',
		meaning: { reading: 'client-cert-rejected', tops: ['client-cert-untrusted'] }
	},
	{
		name: 'access_denied',
		code: 49,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_ACCESS_DENIED'],
		go: 'access denied',
		java: 'access_denied',
		rustls: 'AccessDenied',
		meaning: { reading: 'client-cert-rejected', tops: ['client-cert-untrusted'] }
	},
	{
		name: 'decode_error',
		code: 50,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_DECODE_ERROR'],
		go: 'error decoding message',
		java: 'decode_error',
		rustls: 'DecodeError',
		meaning: { unmapped: BENIGN }
	},
	// OpenSSL's server sends decrypt_error when the client's CertificateVerify does not verify
	// with the certificate it sent; the existing openssl.alert-unknown-ca read it that way.
	{
		name: 'decrypt_error',
		code: 51,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_DECRYPT_ERROR'],
		go: 'error decrypting message',
		java: 'decrypt_error',
		rustls: 'DecryptError',
		meaning: { reading: 'client-cert-rejected', tops: ['client-cert-untrusted', 'key-mismatch'] }
	},
	{
		name: 'export_restriction',
		code: 60,
		rfc: 'RFC 4346 §7.2.2 (reserved since TLS 1.1)',
		openssl: ['TLSV1_ALERT_EXPORT_RESTRICTION'],
		go: 'export restriction',
		java: 'export_restriction',
		rustls: 'ExportRestriction',
		meaning: { unmapped: 'export cipher suites were removed from every current stack; nothing sends it' }
	},
	{
		name: 'protocol_version',
		code: 70,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_PROTOCOL_VERSION'],
		go: 'protocol version not supported',
		java: 'protocol_version',
		rustls: 'ProtocolVersion',
		meaning: { reading: 'protocol-version', tops: ['protocol-version'] }
	},
	{
		name: 'insufficient_security',
		code: 71,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_INSUFFICIENT_SECURITY'],
		go: 'insufficient security level',
		java: 'insufficient_security',
		rustls: 'InsufficientSecurity',
		meaning: { reading: 'no-shared-cipher', tops: ['no-shared-cipher'] }
	},
	{
		name: 'internal_error',
		code: 80,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_INTERNAL_ERROR'],
		go: 'internal error',
		java: 'internal_error',
		rustls: 'InternalError',
		meaning: { reading: 'internal-error', tops: ['atlas-ip-access-list', 'tls-interception-proxy'] }
	},
	{
		name: 'inappropriate_fallback',
		code: 86,
		rfc: 'RFC 7507 §2',
		openssl: ['TLSV1_ALERT_INAPPROPRIATE_FALLBACK'],
		go: 'inappropriate fallback',
		java: 'inappropriate_fallback',
		rustls: 'InappropriateFallback',
		meaning: { reading: 'protocol-version', tops: ['protocol-version'] }
	},
	{
		name: 'user_canceled',
		code: 90,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_USER_CANCELLED'],
		go: 'user canceled',
		java: 'user_canceled',
		rustls: 'UserCanceled',
		meaning: { unmapped: 'the peer gave up on purpose; it is followed by close_notify and names no cause' }
	},
	{
		name: 'no_renegotiation',
		code: 100,
		rfc: RFC5246,
		openssl: ['TLSV1_ALERT_NO_RENEGOTIATION'],
		go: 'no renegotiation',
		java: 'no_renegotiation',
		rustls: 'NoRenegotiation',
		meaning: { unmapped: 'drivers never renegotiate; the legacy-renegotiation signature reads the reason OpenSSL gives instead' }
	},
	{
		name: 'missing_extension',
		code: 109,
		rfc: RFC8446,
		openssl: ['TLSV13_ALERT_MISSING_EXTENSION'],
		go: 'missing extension',
		java: 'missing_extension',
		rustls: 'MissingExtension',
		meaning: { unmapped: 'a TLS 1.3 stack bug (a mandatory extension left out); ' + BENIGN }
	},
	{
		name: 'unsupported_extension',
		code: 110,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_UNSUPPORTED_EXTENSION', 'TLSV1_UNSUPPORTED_EXTENSION'],
		go: 'unsupported extension',
		java: 'unsupported_extension',
		rustls: 'UnsupportedExtension',
		meaning: { unmapped: 'a stack bug (an extension answered that was not offered); ' + BENIGN }
	},
	{
		name: 'certificate_unobtainable',
		code: 111,
		rfc: 'RFC 6066 §5',
		openssl: ['TLSV1_ALERT_CERTIFICATE_UNOBTAINABLE', 'TLSV1_CERTIFICATE_UNOBTAINABLE'],
		go: 'certificate unobtainable',
		java: 'certificate_unobtainable',
		rustls: 'CertificateUnobtainable',
		meaning: { unmapped: 'only for client_certificate_url (RFC 6066), which no MongoDB driver uses' }
	},
	{
		name: 'unrecognized_name',
		code: 112,
		rfc: 'RFC 6066 §3',
		openssl: ['TLSV1_ALERT_UNRECOGNIZED_NAME', 'TLSV1_UNRECOGNIZED_NAME'],
		go: 'unrecognized name',
		java: 'unrecognized_name',
		rustls: 'UnrecognisedName',
		meaning: { reading: 'unrecognized-name', tops: ['hostname-mismatch'] }
	},
	{
		name: 'bad_certificate_status_response',
		code: 113,
		rfc: 'RFC 6066 §8',
		openssl: ['TLSV1_ALERT_BAD_CERTIFICATE_STATUS_RESPONSE', 'TLSV1_BAD_CERTIFICATE_STATUS_RESPONSE'],
		go: 'bad certificate status response',
		java: 'bad_certificate_status_response',
		rustls: 'BadCertificateStatusResponse',
		meaning: { reading: 'ocsp-status', tops: ['ocsp-failure'] }
	},
	{
		name: 'bad_certificate_hash_value',
		code: 114,
		rfc: 'RFC 6066 §5',
		openssl: ['TLSV1_ALERT_BAD_CERTIFICATE_HASH_VALUE', 'TLSV1_BAD_CERTIFICATE_HASH_VALUE'],
		go: 'bad certificate hash value',
		java: 'bad_certificate_hash_value',
		rustls: 'BadCertificateHashValue',
		meaning: { unmapped: 'only for client_certificate_url (RFC 6066), which no MongoDB driver uses' }
	},
	{
		name: 'unknown_psk_identity',
		code: 115,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_UNKNOWN_PSK_IDENTITY'],
		go: 'unknown PSK identity',
		java: 'unknown_psk_identity',
		rustls: 'UnknownPSKIdentity',
		meaning: { unmapped: 'MongoDB does not use external PSKs; a resumption ticket the server forgot is retried by the client without one' }
	},
	{
		name: 'certificate_required',
		code: 116,
		rfc: RFC8446,
		openssl: ['TLSV1_ALERT_CERTIFICATE_REQUIRED', 'TLSV13_ALERT_CERTIFICATE_REQUIRED'],
		go: 'certificate required',
		java: 'certificate_required',
		rustls: 'CertificateRequired',
		meaning: { reading: 'certificate-required', tops: ['client-cert-required'] }
	},
	{
		name: 'no_application_protocol',
		code: 120,
		rfc: 'RFC 7301 §3.2',
		openssl: ['TLSV1_ALERT_NO_APPLICATION_PROTOCOL'],
		go: 'no application protocol',
		java: 'no_application_protocol',
		rustls: 'NoApplicationProtocol',
		meaning: { unmapped: 'sent only when ALPN is offered, which MongoDB drivers do not do' }
	}
];
