/**
 * The Go driver: Go's own crypto/tls and crypto/x509 messages, which do not come from OpenSSL.
 * Go does not say whether an unknown authority was a missing root, a private CA or a missing
 * intermediate, so those rank as the host suggests. Sources: Go src/crypto/x509/verify.go
 * (UnknownAuthorityError, HostnameError, CertificateInvalidError), src/crypto/tls/alert.go and
 * handshake_client.go; the driver's x/mongo/driver/topology.
 */

import type { ErrorSignature } from '../signature';
import { ASK_TLS_WORKS, closedAfterConnect, handshakeClosed, unknownIssuer } from './ranking';

export const GO_SIGNATURES: ErrorSignature[] = [
	{
		id: 'go.unknown-authority',
		family: 'go',
		pattern: /x509: certificate signed by unknown authority(?! \(possibly because of "x509: cannot verify signature: insecure algorithm)/,
		citation: 'Go crypto/x509 UnknownAuthorityError',
		diagnose: (facts) => unknownIssuer(facts),
		examples: [
			{
				text: '2026/11/22 00:07:19 server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: localhost:28108, Type: Unknown, Last error: connection() error occured during connection handshake: x509: certificate signed by unknown authority }, ] }',
				top: 'untrusted-ca'
			}
		]
	},
	{
		id: 'go.insecure-algorithm',
		family: 'go',
		pattern: /x509: cannot verify signature: insecure algorithm|insecure algorithm (?:SHA1|MD5)-RSA/,
		citation: 'Go crypto/x509 InsecureAlgorithmError (SHA-1 signatures rejected since Go 1.18)',
		diagnose: () => [{ id: 'weak-signature', confidence: 'high' }],
		examples: [
			{
				text: 'x509: certificate signed by unknown authority (possibly because of "x509: cannot verify signature: insecure algorithm SHA1-RSA (temporarily override with GODEBUG=x509sha1=1)" while trying to verify candidate authority certificate "Test Intermediate CA")',
				top: 'weak-signature'
			}
		]
	},
	{
		id: 'go.hostname',
		family: 'go',
		pattern:
			/x509: certificate is valid for (?:[^,\n]{1,255}, ){1,100}?not ([^\s},]+)|x509: certificate is not valid for any names, but wanted to match ([^\s}]+)|x509: certificate relies on legacy Common Name field/,
		citation: 'Go crypto/x509 HostnameError',
		diagnose: (_facts, m) => {
			const wanted = m[1] ?? m[2] ?? '';
			return [{ id: /^[\d.]+$|:/.test(wanted) ? 'ip-mismatch' : 'hostname-mismatch', confidence: 'high' }];
		},
		examples: [{ text: 'x509: certificate is valid for db.example.com, not localhost', top: 'hostname-mismatch' }]
	},
	{
		id: 'go.no-ip-sans',
		family: 'go',
		pattern: /x509: cannot validate certificate for [0-9a-f.:]+ because it doesn't contain any IP SANs/,
		citation: 'Go crypto/x509 HostnameError for an IP address',
		diagnose: () => [{ id: 'ip-mismatch', confidence: 'high' }],
		examples: [{ text: "x509: cannot validate certificate for 127.0.0.1 because it doesn't contain any IP SANs", top: 'ip-mismatch' }]
	},
	{
		id: 'go.expired-or-not-yet-valid',
		family: 'go',
		pattern: /x509: certificate has expired or is not yet valid(?:: current time \S+ is (after|before) \S+)?/,
		citation: 'Go crypto/x509 CertificateInvalidError (Expired): "is after" means expired, "is before" not yet valid',
		diagnose: (_facts, m) =>
			m[1] === 'before'
				? [{ id: 'cert-not-yet-valid', confidence: 'high' }]
				: m[1] === 'after'
					? [{ id: 'cert-expired', confidence: 'high' }]
					: [
							{ id: 'cert-expired', confidence: 'medium' },
							{ id: 'cert-not-yet-valid', confidence: 'medium' }
						],
		examples: [
			{
				text: 'x509: certificate has expired or is not yet valid: current time 2026-11-22T00:07:49Z is after 2021-01-01T00:00:00Z',
				top: 'cert-expired'
			},
			{
				text: 'x509: certificate has expired or is not yet valid: current time 2026-11-22T00:07:56Z is before 2090-01-01T00:00:00Z',
				top: 'cert-not-yet-valid'
			}
		]
	},
	{
		id: 'go.incompatible-key-usage',
		family: 'go',
		pattern: /x509: certificate specifies an incompatible key usage/,
		citation: 'Go crypto/x509 CertificateInvalidError (IncompatibleUsage)',
		diagnose: () => [{ id: 'wrong-purpose', confidence: 'high' }],
		examples: [{ text: 'x509: certificate specifies an incompatible key usage', top: 'wrong-purpose' }]
	},
	{
		id: 'go.not-tls',
		family: 'go',
		pattern: /tls: first record does not look like a TLS handshake|tls: oversized record received/,
		citation: 'Go crypto/tls conn.go: the reply to the hello is not a TLS record',
		diagnose: () => [{ id: 'tls-to-plain-server', confidence: 'high' }],
		examples: [
			{
				text: 'connection() error occured during connection handshake: tls: first record does not look like a TLS handshake',
				top: 'tls-to-plain-server'
			}
		]
	},
	{
		id: 'go.protocol-version',
		family: 'go',
		pattern: /tls: server selected unsupported protocol version|tls: no supported versions satisfy MinVersion and MaxVersion/,
		citation: 'Go crypto/tls alert protocol_version (70); handshake_client.go unsupported version',
		diagnose: () => [{ id: 'protocol-version', confidence: 'high' }],
		examples: [{ text: 'remote error: tls: protocol version not supported', top: 'protocol-version' }]
	},
	{
		id: 'go.handshake-eof',
		family: 'go',
		pattern: /error occurr?ed during connection handshake: EOF\b/,
		citation: 'Go driver topology/connection.go: the TLS handshake ended with io.EOF (the server closed the connection)',
		diagnose: handshakeClosed,
		examples: [{ text: 'Last error: connection() error occured during connection handshake: EOF }, ] }', top: 'tls-to-plain-server' }]
	},
	{
		id: 'go.socket-closed',
		family: 'go',
		pattern: /socket was unexpectedly closed: EOF|incomplete read of message header: EOF/,
		citation:
			'Go driver x/mongo/driver/topology/connection.go: the server closed the connection while the driver waited for the hello reply',
		diagnose: (facts, m) => closedAfterConnect(facts, { tlsInUse: /tls=true|ssl=true/i.test(m.input) }),
		examples: [
			{
				text: 'connection() error occured during connection handshake: connection(localhost:28428[-5]) socket was unexpectedly closed: EOF',
				top: 'plain-to-tls-server'
			}
		]
	},
	{
		id: 'go.context-deadline',
		family: 'go',
		pattern: /error occurr?ed during connection handshake: context deadline exceeded|i\/o timeout/,
		citation: 'Go driver: the connection handshake (TLS, then hello) did not finish before the connect timeout',
		diagnose: () => [
			{ id: 'handshake-timeout', confidence: 'medium', because: 'the connection opened but the handshake did not finish in time' }
		],
		examples: [
			{
				text: 'Last error: connection() error occured during connection handshake: context deadline exceeded }, ] }',
				top: 'handshake-timeout'
			}
		]
	},
	{
		id: 'go.server-selection-timeout',
		family: 'go',
		pattern: /server selection error: (?:server selection timeout|context deadline exceeded), current topology: \{/,
		citation: 'Go driver mongo/errors.go ServerSelectionError: the topology lists each server with its last error',
		diagnose: () => [
			{
				id: 'server-selection-timeout',
				confidence: 'medium',
				because: 'no server reported an error: the TLS handshake may have succeeded and the server never answered',
				next: [ASK_TLS_WORKS]
			},
			{ id: 'handshake-timeout', confidence: 'low' }
		],
		examples: [
			{
				text: '2026/11/22 00:10:54 server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: localhost:28464, Type: Unknown }, ] }',
				top: 'server-selection-timeout'
			}
		]
	},
	{
		id: 'go.key-does-not-match',
		family: 'go',
		pattern: /private key does not match (?:the )?(?:public key|certificate)/,
		citation: 'Go crypto/tls X509KeyPair: "tls: private key does not match public key"',
		diagnose: () => [{ id: 'key-mismatch', confidence: 'high' }],
		examples: [{ text: '2026/11/22 00:09:30 tls: private key does not match public key', top: 'key-mismatch' }]
	},
	{
		id: 'go.key-password',
		family: 'go',
		pattern: /no password provided to decrypt private key|decryption password incorrect/,
		citation:
			'mongo-go-driver addClientCertFromBytes: "no password provided to decrypt private key" (tlsCertificateKeyFilePassword unset); Go crypto/x509 IncorrectPasswordError "x509: decryption password incorrect"',
		diagnose: () => [{ id: 'key-encrypted', confidence: 'high' }],
		examples: [{ text: '2026/11/22 00:09:33 no password provided to decrypt private key', top: 'key-encrypted' }]
	}
];
