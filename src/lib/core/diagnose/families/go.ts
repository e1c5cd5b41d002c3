/**
 * The Go driver: the readings of Go's messages that depend on the facts or on a value in the
 * message, and the driver's own wrappers. Every other crypto/x509, crypto/tls and key-file message
 * is read from the tables (tables/go-*.ts, tables/go-signatures.ts), which name these signatures
 * in their rows. Go does not say whether an unknown authority was a missing root, a private CA or
 * a missing intermediate, so those rank as the host suggests. Sources: Go src/crypto/x509/verify.go
 * (UnknownAuthorityError, HostnameError, CertificateInvalidError); the driver's x/mongo/driver/topology.
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
		id: 'go.hostname',
		family: 'go',
		pattern:
			/x509: certificate is valid for (?:[^,\n]{1,255}, ){1,100}?not ([^\s},]+)|x509: certificate is not valid for any names, but wanted to match ([^\s}]+)/,
		citation: 'Go crypto/x509 HostnameError: the name wanted tells a host name from an IP address',
		diagnose: (_facts, m) => {
			const wanted = m[1] ?? m[2] ?? '';
			return [{ id: /^[\d.]+$|:/.test(wanted) ? 'ip-mismatch' : 'hostname-mismatch', confidence: 'high' }];
		},
		examples: [{ text: 'x509: certificate is valid for db.example.com, not localhost', top: 'hostname-mismatch' }]
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
	}
];
