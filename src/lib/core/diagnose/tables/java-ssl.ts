/**
 * Table 3, Java part (issue 15): the handshake and transport failures the JDK's TLS stack
 * (sun.security.ssl) reports to a client, and what each means for a MongoDB client. A received
 * alert ("Received fatal alert: …") is the alert table's (tls-alerts.ts), not this one's.
 *
 * Sources (openjdk/jdk src/java.base/share/classes/sun/security/ssl/; extracts and commands:
 * tests/fixtures/vocabulary/README.md): SSLSocketInputRecord.java @ a0f806f50104 and
 * SSLEngineInputRecord.java (handleUnknownRecord, bytesInCompletePacket), SSLSocketImpl.java @
 * b1e645b17bcb (handleEOF), HandshakeContext.java @ a40d0a0ee1d6 (getActiveProtocols),
 * ServerHello.java @ b97d0a7a9b21 and ClientHello.java @ dc3c7b480d21 (version negotiation, cipher
 * choice), DHServerKeyExchange.java @ 833627bc3c7f, DHClientKeyExchange.java @ 776ef6a07176,
 * SSLCipher.java @ 962e755c3ac6; JDK 8's words from its sun/security/ssl/InputRecord.java,
 * SSLSocketImpl.java, ClientHandshaker.java and ServerHandshaker.java (checked in stored copies). JDK 17.0.15's own output for the main rows: tests/fixtures/errors/captured/jsse/.
 */

import type { JavaRow } from './java-row';

const P = 'openjdk/jdk src/java.base/share/classes/sun/security/ssl/';

function row(id: string, file: string, format: string, extra: Omit<JavaRow, 'id' | 'source' | 'format' | 'citation'>): JavaRow {
	return { id, source: `sun.security.ssl.${file}`, format, ...extra, citation: `${P}${file}.java: "${format}"` };
}

export const JAVA_SSL: readonly JavaRow[] = [
	// The first bytes back are not a TLS record: the port speaks plain MongoDB, HTTP or something else.
	row('unrecognized-ssl-message', 'SSLSocketInputRecord', 'Unsupported or unrecognized SSL message', {
		// JDK 8 (InputRecord.java), and JDK 11+ SSLEngineInputRecord for a record of no known type.
		older: ['Unrecognized SSL message, plaintext connection?'],
		diagnosis: 'tls-to-plain-server'
	}),
	row('sslv2-server', 'SSLSocketInputRecord', 'SSL V2.0 servers are not supported.', {
		diagnosis: 'protocol-version',
		note: 'the server answered in SSL 2.0, which no JDK speaks'
	}),
	// The server closed the connection during the handshake: a plain server, or one that refused
	// the hello (an Atlas access list, a protocol floor). The hand-written signature reads the facts.
	row('remote-host-terminated', 'SSLSocketImpl', 'Remote host terminated the handshake', {
		older: ['Remote host closed connection during handshake'],
		diagnosis: 'tls-to-plain-server',
		signature: 'java.peer-shut-down'
	}),
	row('peer-shut-down', 'SSLSocketInputRecord', 'SSL peer shut down incorrectly', {
		diagnosis: 'tls-to-plain-server',
		signature: 'java.peer-shut-down'
	}),
	// Before a byte is sent: jdk.tls.disabledAlgorithms or jdk.tls.client.protocols left no version.
	row('no-appropriate-protocol', 'HandshakeContext', 'No appropriate protocol (protocol is disabled or cipher suites are inappropriate)', {
		diagnosis: 'protocol-version',
		note: 'the JVM may use none of the versions (or, for them, none of the cipher suites) it was configured with: TLS 1.0/1.1 disabled in java.security, or jdk.tls.client.protocols'
	}),
	row('server-version-not-accepted', 'ServerHello', 'The server selected protocol version %s is not accepted by client preferences %*', {
		// JDK 8's ClientHandshaker.
		older: ['Server chose %s, but that protocol version is not enabled or not supported by the client.'],
		diagnosis: 'protocol-version'
	}),
	// A Java server's side of the same mismatch.
	row('client-version-not-enabled', 'ClientHello', 'Client requested protocol %s is not enabled or supported in server context', {
		// JDK 8's ServerHandshaker.
		older: ['Client requested protocol %s not enabled or not supported'],
		diagnosis: 'protocol-version'
	}),
	row('no-cipher-in-common', 'ServerHello', 'no cipher suites in common', {
		// rustls has the same words; Java's come after its exception class.
		frame: 'SSLHandshakeException',
		diagnosis: 'no-shared-cipher',
		note: 'a Java server found none of its cipher suites in the client’s hello'
	}),
	// jdk.tls.disabledAlgorithms "DH keySize < 1024" (2048 in many distributions' own settings).
	row('dh-server-key-exchange', 'DHServerKeyExchange', 'DH ServerKeyExchange does not comply to algorithm constraints', {
		diagnosis: 'dh-key-too-small'
	}),
	row('dh-public-key', 'DHClientKeyExchange', 'DHPublicKey does not comply to algorithm constraints', { diagnosis: 'dh-key-too-small' }),
	row('aead-fragment', 'SSLCipher', 'Insufficient buffer remaining for AEAD cipher fragment (%s). %*', {
		unmapped:
			'a TLS record cut short: a JDK 11 TLS 1.3 bug (JDK-8221218) or a peer or middlebox that closed mid-record; no MongoDB setting causes it'
	})
];
