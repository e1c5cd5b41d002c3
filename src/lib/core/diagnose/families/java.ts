/**
 * The Java driver (and Spring Data, Quarkus, Kafka connectors on top of it): JSSE's exceptions.
 * "PKIX path building failed" does not say whether the root is unknown or an intermediate is
 * missing, so it ranks as the host suggests. Sources: OpenJDK sun.security.validator
 * (PKIXValidator), sun.security.util.HostnameChecker, sun.security.ssl.Alert / SSLSocketImpl.
 */

import type { ErrorSignature } from '../signature';
import { ASK_TLS_WORKS } from './ranking';
import { handshakeClosed, unknownIssuer } from './ranking';

export const JAVA_SIGNATURES: ErrorSignature[] = [
	{
		id: 'java.pkix-path-building',
		family: 'java',
		pattern: /PKIX path building failed|unable to find valid certification path to requested target/,
		citation:
			'OpenJDK sun.security.validator.PKIXValidator: SunCertPathBuilderException, no path from the server certificate to a trusted anchor',
		diagnose: (facts) => unknownIssuer(facts),
		examples: [
			{
				text: 'Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
				top: 'untrusted-ca'
			}
		]
	},
	{
		id: 'java.expired',
		family: 'java',
		pattern: /CertificateExpiredException: NotAfter/,
		citation: 'java.security.cert.CertificateExpiredException',
		diagnose: () => [{ id: 'cert-expired', confidence: 'high' }],
		examples: [
			{ text: 'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Fri Jan 01 00:00:00 UTC 2021', top: 'cert-expired' }
		]
	},
	{
		id: 'java.not-yet-valid',
		family: 'java',
		pattern: /CertificateNotYetValidException: NotBefore/,
		citation: 'java.security.cert.CertificateNotYetValidException',
		diagnose: () => [{ id: 'cert-not-yet-valid', confidence: 'high' }],
		examples: [
			{
				text: 'Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: Sun Jan 01 00:00:00 UTC 2090',
				top: 'cert-not-yet-valid'
			}
		]
	},
	{
		id: 'java.validity-check-failed',
		family: 'java',
		pattern: /PKIX path validation failed: java\.security\.cert\.CertPathValidatorException: validity check failed/,
		citation: 'OpenJDK PKIXCertPathValidator: a certificate outside its validity period (the cause line says which way)',
		diagnose: () => [
			{ id: 'cert-expired', confidence: 'medium' },
			{ id: 'cert-not-yet-valid', confidence: 'medium' }
		],
		examples: [
			{ text: 'PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed', top: 'cert-expired' }
		]
	},
	{
		id: 'java.no-san-dns',
		family: 'java',
		pattern: /No subject alternative DNS name matching \S+ found|No name matching \S+ found/,
		citation: 'OpenJDK sun.security.util.HostnameChecker.matchDNS',
		diagnose: () => [{ id: 'hostname-mismatch', confidence: 'high' }],
		examples: [
			{
				text: 'Caused by: java.security.cert.CertificateException: No subject alternative DNS name matching localhost found.',
				top: 'hostname-mismatch'
			}
		]
	},
	{
		id: 'java.no-san-ip',
		family: 'java',
		pattern: /No subject alternative names matching IP address \S+ found|No subject alternative names present/,
		citation:
			'OpenJDK sun.security.util.HostnameChecker.matchIP (an IP needs an IP Address subjectAltName; "No subject alternative names present" when there is none at all)',
		diagnose: (_facts, m) =>
			/present/.test(m[0])
				? [
						{ id: 'ip-mismatch', confidence: 'medium' },
						{ id: 'hostname-mismatch', confidence: 'medium' }
					]
				: [{ id: 'ip-mismatch', confidence: 'high' }],
		examples: [
			{
				text: 'Caused by: java.security.cert.CertificateException: No subject alternative names matching IP address 127.0.0.1 found',
				top: 'ip-mismatch'
			}
		]
	},
	{
		id: 'java.extended-key-usage',
		family: 'java',
		pattern: /Extended key usage does not permit use for TLS (?:server|client) authentication|KeyUsage does not allow/,
		citation: 'OpenJDK sun.security.validator.EndEntityChecker',
		diagnose: () => [{ id: 'wrong-purpose', confidence: 'high' }],
		examples: [
			{
				text: 'Caused by: sun.security.validator.ValidatorException: Extended key usage does not permit use for TLS server authentication',
				top: 'wrong-purpose'
			}
		]
	},
	{
		id: 'java.unrecognized-ssl-message',
		family: 'java',
		pattern: /Unsupported or unrecognized SSL message|Unrecognized SSL message, plaintext connection\?/,
		citation: 'OpenJDK SSLSocketInputRecord.handleUnknownRecord: the reply is not TLS',
		diagnose: () => [{ id: 'tls-to-plain-server', confidence: 'high' }],
		examples: [{ text: 'caused by {javax.net.ssl.SSLException: Unsupported or unrecognized SSL message}', top: 'tls-to-plain-server' }]
	},
	{
		id: 'java.peer-shut-down',
		family: 'java',
		pattern: /Remote host terminated the handshake|SSL peer shut down incorrectly|Remote host closed connection during handshake/,
		citation: 'OpenJDK SSLSocketImpl.handleEOF: the server closed the connection during the handshake',
		diagnose: handshakeClosed,
		examples: [{ text: 'Caused by: javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake', top: 'tls-to-plain-server' }]
	},
	{
		id: 'java.protocol',
		family: 'java',
		pattern:
			/No appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|The server selected protocol version TLS1[01]? is not accepted by client preferences|Client requested protocol \S+ is not enabled or supported/,
		citation: 'OpenJDK: TLS 1.0/1.1 disabled by jdk.tls.disabledAlgorithms (ClientHello / ServerHello version checks)',
		diagnose: () => [{ id: 'protocol-version', confidence: 'high' }],
		examples: [
			{
				text: 'javax.net.ssl.SSLHandshakeException: The server selected protocol version TLS10 is not accepted by client preferences [TLS13, TLS12]',
				top: 'protocol-version'
			}
		]
	},
	{
		id: 'java.algorithm-constraints',
		family: 'java',
		pattern:
			/Algorithm constraints check failed on (?:keysize limits|signature algorithm|disabled algorithm)[^\n]*|DH ServerKeyExchange does not comply to algorithm constraints/,
		citation: 'OpenJDK jdk.certpath.disabledAlgorithms / jdk.tls.disabledAlgorithms',
		diagnose: (_facts, m) =>
			/signature algorithm|SHA1|MD5/i.test(m[0])
				? [{ id: 'weak-signature', confidence: 'high' }]
				: /DH ServerKeyExchange/.test(m[0])
					? [{ id: 'dh-key-too-small', confidence: 'high' }]
					: [{ id: 'weak-key', confidence: 'high' }],
		examples: [
			{
				text: 'java.security.cert.CertPathValidatorException: Algorithm constraints check failed on keysize limits. RSA 1024bit key used with certificate',
				top: 'weak-key'
			}
		]
	},
	{
		id: 'java.revoked',
		family: 'java',
		pattern: /Certificate has been revoked, reason:/,
		citation: 'OpenJDK RevocationChecker: CertificateRevokedException',
		diagnose: () => [{ id: 'revoked', confidence: 'high' }],
		examples: [
			{ text: 'java.security.cert.CertPathValidatorException: Certificate has been revoked, reason: KEY_COMPROMISE', top: 'revoked' }
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
