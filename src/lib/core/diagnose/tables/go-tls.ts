/**
 * Table 3 (issue 15), Go part: every "tls: …" message Go's crypto/tls can return to a client
 * during the handshake and on the record layer, with the diagnosis it means or why it has none.
 * Alerts ("remote error: tls: …") are the alert table's (tls-alerts.ts); key files are go-keys.ts.
 *
 * Sources (extract: tests/fixtures/vocabulary/go-tls.tsv, rebuilt by scripts/vocabulary/extract-go.sh):
 * golang/go src/crypto/tls/{handshake_client,handshake_client_tls13,conn,common,key_agreement,auth,
 * handshake_messages,key_schedule}.go at go1.19.8; the server's handshake files are left out. The
 * wrapper Go 1.20 added, CertificateVerificationError, from crypto/tls/common.go @ f4967a86513a.
 */

import { rowsOf, type GoMessageRow } from './go-messages';

const client = rowsOf('go1.19.8', 'crypto/tls/handshake_client.go');
const client13 = rowsOf('go1.19.8', 'crypto/tls/handshake_client_tls13.go');
const conn = rowsOf('go1.19.8', 'crypto/tls/conn.go');
const common = rowsOf('go1.19.8', 'crypto/tls/common.go');
const kex = rowsOf('go1.19.8', 'crypto/tls/key_agreement.go');
const auth = rowsOf('go1.19.8', 'crypto/tls/auth.go');

const VIOLATION =
	'the server (or a middlebox) broke the TLS protocol; no client setting causes it, and no shared diagnosis names a broken server';
const CONFIG = 'an application’s own tls.Config is wrong; the Go driver builds its tls.Config itself';
const INTERNAL = 'an internal error of crypto/tls, not a connection problem';
const SERVER_SIDE = 'returned by a Go TLS server about its client, never to a MongoDB client';
const API = 'a call made out of order by the application, not a connection problem';

export const GO_TLS: readonly GoMessageRow[] = [
	client('tls: either ServerName or InsecureSkipVerify must be specified in the tls.Config', {
		unmapped: 'the Go driver sets ServerName from the host it dials; only a hand-made tls.Config without one meets it'
	}),
	client('tls: invalid NextProtos value', { unmapped: CONFIG }),
	client('tls: NextProtos values too large', { unmapped: CONFIG }),
	client('tls: no supported versions satisfy MinVersion and MaxVersion', {
		diagnosis: 'protocol-version',
		note: 'the configured range is empty (a MinVersion above the MaxVersion)'
	}),
	client('tls: short read from Rand: ', { unmapped: 'the random source failed; not a TLS setting' }),
	client('tls: CurvePreferences includes unsupported curve', { unmapped: CONFIG }),
	client('tls: downgrade attempt detected, possibly due to a MitM attack or a broken middlebox', {
		diagnosis: 'tls-interception-proxy',
		note: 'the TLS 1.3 downgrade sentinel (RFC 8446 §4.1.3): something in the path rewrote the handshake'
	}),
	client('tls: server selected unsupported protocol version %x', {
		diagnosis: 'protocol-version',
		note: 'the server chose a version the client does not allow (301 = TLS 1.0, 302 = TLS 1.1 since Go 1.18 requires 1.2 by default)'
	}),
	client('tls: server chose an unconfigured cipher suite', { unmapped: VIOLATION }),
	client('tls: received unexpected CertificateStatus message', { unmapped: VIOLATION }),
	client("tls: server's identity changed during renegotiation", { unmapped: 'the Go driver never allows renegotiation' }),
	client('tls: client certificate private key of type %T does not implement crypto.Signer', { unmapped: CONFIG }),
	client('tls: failed to write to key log: ', { unmapped: 'writing SSLKEYLOGFILE-style debug output failed; not a TLS problem' }),
	client('tls: server selected unsupported compression format', { unmapped: VIOLATION }),
	client('tls: initial handshake had non-empty renegotiation extension', { unmapped: VIOLATION }),
	client('tls: incorrect renegotiation extension contents', { unmapped: VIOLATION }),
	client('tls: server resumed a session with a different version', { unmapped: VIOLATION }),
	client('tls: server resumed a session with a different cipher suite', { unmapped: VIOLATION }),
	client('tls: server advertised unrequested ALPN extension', { unmapped: VIOLATION }),
	client('tls: server selected unadvertised ALPN protocol', { unmapped: VIOLATION }),
	client("tls: server's Finished message was incorrect", { unmapped: VIOLATION }),
	client('tls: failed to parse certificate from server: ', {
		unmapped:
			'the server’s certificate is one Go cannot parse (the x509 reason after it says what); it must be reissued, and no shared diagnosis names that'
	}),
	client("tls: server's certificate contains an unsupported type of public key: %T", {
		unmapped: 'a server certificate with a key Go does not accept (DSA); the server needs an RSA, ECDSA or Ed25519 certificate'
	}),
	client13('tls: internal error: TLS 1.3 reached in FIPS mode', { unmapped: INTERNAL }),
	client13('tls: server selected TLS 1.3 in a renegotiation', { unmapped: VIOLATION }),
	client13('tls: server selected TLS 1.3 using the legacy version field', { unmapped: VIOLATION }),
	client13('tls: server selected an invalid version after a HelloRetryRequest', { unmapped: VIOLATION }),
	client13('tls: server sent an incorrect legacy version', { unmapped: VIOLATION }),
	client13('tls: server sent a ServerHello extension forbidden in TLS 1.3', { unmapped: VIOLATION }),
	client13('tls: server did not echo the legacy session ID', { unmapped: VIOLATION }),
	client13('tls: server changed cipher suite after a HelloRetryRequest', { unmapped: VIOLATION }),
	client13('tls: server sent an unnecessary HelloRetryRequest message', { unmapped: VIOLATION }),
	client13('tls: received malformed key_share extension', { unmapped: VIOLATION }),
	client13('tls: server selected unsupported group', { unmapped: VIOLATION }),
	client13('tls: server sent an unnecessary HelloRetryRequest key_share', { unmapped: VIOLATION }),
	client13('tls: server sent two HelloRetryRequest messages', { unmapped: VIOLATION }),
	client13('tls: server sent a cookie in a normal ServerHello', { unmapped: VIOLATION }),
	client13('tls: malformed key_share extension', { unmapped: VIOLATION }),
	client13('tls: server did not send a key share', { unmapped: VIOLATION }),
	client13('tls: server selected an invalid PSK', { unmapped: VIOLATION }),
	client13('tls: server selected an invalid PSK and cipher suite pair', { unmapped: VIOLATION }),
	client13('tls: invalid server key share', { unmapped: VIOLATION }),
	client13('tls: received empty certificates message', { unmapped: VIOLATION }),
	client13('tls: certificate used with invalid signature algorithm', { unmapped: VIOLATION }),
	client13('tls: invalid signature by the server certificate: ', {
		unmapped:
			'the server’s key does not match the certificate it sent, or the handshake was altered; no shared diagnosis names a server key mismatch'
	}),
	client13('tls: invalid server finished hash', { unmapped: VIOLATION }),
	client13('tls: failed to sign handshake: ', {
		unmapped: 'the client certificate’s key could not sign (a hardware or custom signer failed); its own error follows'
	}),
	client13('tls: received new session ticket from a client', { unmapped: SERVER_SIDE }),
	client13('tls: received a session ticket with invalid lifetime', { unmapped: VIOLATION }),
	conn('tls: internal error: attempted to read record with pending application data', { unmapped: INTERNAL }),
	conn('tls: too many ignored records', { unmapped: VIOLATION }),
	conn('tls: handshake message of length %d bytes exceeds maximum of %d bytes', {
		unmapped: 'a handshake message over 64 KB (a huge certificate chain) or a peer that is not speaking TLS; no single cause'
	}),
	conn('tls: protocol is shutdown', { unmapped: API }),
	conn('tls: internal error: unexpected renegotiation', { unmapped: INTERNAL }),
	conn('tls: unknown Renegotiation value', { unmapped: CONFIG }),
	conn('tls: too many non-advancing records', { unmapped: VIOLATION }),
	conn('tls: received unexpected handshake message of type %T', {
		unmapped: 'a renegotiation request or an out-of-place message from the server; the Go driver refuses renegotiation'
	}),
	conn('tls: failed to send closeNotify alert (but connection was closed anyway): %w', {
		diagnosis: 'benign-message',
		note: 'Close could not say goodbye on a connection already gone; the connection was closed anyway'
	}),
	conn('tls: CloseWrite called before handshake complete', { unmapped: API }),
	conn('tls: internal error: handshake should have had a result', { unmapped: INTERNAL }),
	conn('tls: internal error: handshake returned an error but is marked successful', { unmapped: INTERNAL }),
	conn('tls: VerifyHostname called on TLS server connection', { unmapped: API }),
	conn('tls: handshake has not yet been performed', { unmapped: API }),
	conn('tls: handshake did not verify certificate chain', { unmapped: API }),
	common('tls: unable to generate random session ticket key: %v', { unmapped: SERVER_SIDE }),
	common('tls: keys must have at least one key', { unmapped: SERVER_SIDE }),
	common('tls: no certificates configured', { unmapped: SERVER_SIDE }),
	common('tls: received unexpected handshake message of type %T when waiting for %T', { unmapped: VIOLATION }),
	kex('tls: invalid ClientKeyExchange message', { unmapped: SERVER_SIDE }),
	kex('tls: invalid ServerKeyExchange message', { unmapped: VIOLATION }),
	kex('tls: certificate private key does not implement crypto.Decrypter', { unmapped: SERVER_SIDE }),
	kex('tls: unexpected ServerKeyExchange', { unmapped: VIOLATION }),
	kex('tls: server certificate contains incorrect key type for selected ciphersuite', { unmapped: VIOLATION }),
	kex('tls: no supported elliptic curves offered', { unmapped: SERVER_SIDE }),
	kex('tls: certificate private key of type %T does not implement crypto.Signer', { unmapped: SERVER_SIDE }),
	kex('tls: certificate cannot be used with the selected cipher suite', { unmapped: SERVER_SIDE }),
	kex('tls: failed to sign ECDHE parameters: ', { unmapped: SERVER_SIDE }),
	kex('tls: server selected unsupported curve', { unmapped: VIOLATION }),
	kex('tls: missing ServerKeyExchange message', { unmapped: VIOLATION }),
	auth('tls: Ed25519 public keys are not supported before TLS 1.2', {
		diagnosis: 'protocol-version',
		note: 'an Ed25519 client certificate with a server limited to TLS 1.0/1.1'
	}),
	auth('tls: unsupported public key: %T', { unmapped: INTERNAL }),
	auth("tls: peer doesn't support any of the certificate's signature algorithms", {
		diagnosis: 'no-shared-cipher',
		note: 'the client certificate’s key cannot make any signature the server accepts (its CertificateRequest list)'
	}),
	auth('tls: unsupported certificate: private key is %T, expected *%T', { unmapped: CONFIG }),
	auth('tls: unsupported certificate: private key is *ed25519.PrivateKey, expected ed25519.PrivateKey', { unmapped: CONFIG }),
	auth('tls: certificate private key (%T) does not implement crypto.Signer', { unmapped: CONFIG }),
	auth('tls: unsupported certificate curve (%s)', {
		diagnosis: 'weak-key',
		note: 'an ECDSA certificate on a curve TLS cannot use here (P-224): reissue it on P-256 or P-384'
	}),
	auth('tls: certificate RSA key size too small for supported signature algorithms', {
		diagnosis: 'weak-key',
		note: 'an RSA key too short for RSA-PSS with the peer’s hashes (512 bits and less)'
	}),
	auth('tls: unsupported certificate key (%T)', { unmapped: CONFIG }),
	auth("tls: peer doesn't support the certificate custom signature algorithms", {
		diagnosis: 'no-shared-cipher',
		note: 'the certificate is limited to signature algorithms the peer does not accept'
	}),
	auth('tls: internal error: unsupported key (%T)', { unmapped: INTERNAL }),
	rowsOf('go1.19.8', 'crypto/tls/handshake_messages.go')('tls: internal error: pskBinders length mismatch', { unmapped: INTERNAL }),
	rowsOf('go1.19.8', 'crypto/tls/handshake_messages.go')('tls: internal error: failed to update binders', { unmapped: INTERNAL }),
	rowsOf('go1.19.8', 'crypto/tls/key_schedule.go')('tls: HKDF-Expand-Label invocation failed unexpectedly', { unmapped: INTERNAL }),
	rowsOf('go1.19.8', 'crypto/tls/key_schedule.go')('tls: internal error: unsupported curve', { unmapped: INTERNAL }),
	conn('tls: first record does not look like a TLS handshake', {
		diagnosis: 'tls-to-plain-server',
		note: 'the reply to the ClientHello is not a TLS record: the port speaks something else (HTTP, a plain server)'
	}),
	conn('tls: unsupported SSLv2 handshake received', { unmapped: SERVER_SIDE }),
	conn('tls: oversized record received with length %d', {
		diagnosis: 'tls-to-plain-server',
		note: 'the reply’s first bytes read as a record longer than TLS allows: not TLS'
	}),
	conn('tls: received record with version %x when expecting version %x', { unmapped: VIOLATION }),
	rowsOf('golang/go@f4967a86', 'crypto/tls/common.go')('tls: failed to verify certificate: %s', {
		unmapped: 'CertificateVerificationError (Go 1.20+): a frame, the x509 error after it is read by its own row'
	})
];
