/**
 * The Java driver (and Spring Data, Quarkus, Kafka connectors on top of it): the JDK's messages
 * whose reading depends on the facts. Every other JSSE, certificate path and key store message is
 * read from the tables (tables/java-*.ts, as tables/java-signatures.ts); the patterns here are
 * built from the table rows that name these signatures, so no message is written twice.
 * "PKIX path building failed" does not say whether the root is unknown or an intermediate is
 * missing, so it ranks as the host suggests.
 */

import type { ErrorSignature } from '../signature';
import { javaRowsPattern } from '../tables/java-signatures';
import { ASK_TLS_WORKS } from './ranking';
import { handshakeClosed, unknownIssuer } from './ranking';

// A hash the JDK disables names the certificate's signature; anything else (a curve, a key type) its key.
const SIGNATURE_HASH = /\b(?:MD2|MD5|SHA1|SHA-1)(?:with|\b)/i;

export const JAVA_SIGNATURES: ErrorSignature[] = [
	{
		id: 'java.pkix-path-building',
		family: 'java',
		pattern: javaRowsPattern('java.pkix-path-building'),
		citation:
			'OpenJDK sun.security.validator.PKIXValidator, SunCertPathBuilder, PKIXCertPathValidator (tables/java-certpath.ts): no path from the server certificate to a trusted anchor',
		diagnose: (facts) => unknownIssuer(facts),
		examples: [
			{
				text: 'Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
				top: 'untrusted-ca'
			}
		]
	},
	{
		id: 'java.peer-shut-down',
		family: 'java',
		pattern: javaRowsPattern('java.peer-shut-down'),
		citation:
			'OpenJDK SSLSocketImpl.handleEOF, SSLSocketInputRecord (tables/java-ssl.ts): the server closed the connection during the handshake',
		diagnose: handshakeClosed,
		examples: [{ text: 'Caused by: javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake', top: 'tls-to-plain-server' }]
	},
	{
		id: 'java.algorithm-constraints',
		family: 'java',
		// The row's pattern stops where the algorithm's name starts; the rest of the line is read for it.
		pattern: new RegExp(`(?:${javaRowsPattern('java.algorithm-constraints').source})[^\\n]{0,200}`),
		citation:
			'OpenJDK DisabledAlgorithmConstraints (tables/java-certpath.ts): jdk.certpath.disabledAlgorithms names the algorithm it refused',
		diagnose: (_facts, m) =>
			SIGNATURE_HASH.test(m[0]) ? [{ id: 'weak-signature', confidence: 'high' }] : [{ id: 'weak-key', confidence: 'high' }],
		examples: [
			{
				text: 'java.security.cert.CertPathValidatorException: Algorithm constraints check failed on disabled algorithm: SHA1 used with certificate: CN=db.example.net',
				top: 'weak-signature'
			},
			{
				text: 'java.security.cert.CertPathValidatorException: Algorithm constraints check failed on disabled algorithm: secp112r1',
				top: 'weak-key'
			}
		]
	},
	{
		id: 'java.timeout-no-exception',
		family: 'java',
		// A wrapper: ranking-rules.ts lets it speak only when no exception in the cluster view was recognised.
		pattern: /MongoTimeoutException: Timed out after \d+ ms while waiting (?:to connect|for a server that matches)/,
		citation: 'Java driver BaseCluster: server selection timed out and the cluster view shows no exception for any server',
		diagnose: () => [
			{
				id: 'server-selection-timeout',
				confidence: 'medium',
				because: 'the driver recorded no error for the server: the TLS or the MongoDB handshake started and never finished',
				next: [ASK_TLS_WORKS]
			},
			{
				id: 'handshake-timeout',
				confidence: 'medium',
				because: 'a server that never answers the TLS hello leaves the same trace',
				next: [ASK_TLS_WORKS]
			}
		],
		examples: [
			{
				text: 'Exception in thread "main" com.mongodb.MongoTimeoutException: Timed out after 1500 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=localhost:28450, type=UNKNOWN, state=CONNECTING}]',
				top: 'server-selection-timeout'
			}
		]
	}
];
