/**
 * The network under TLS: refused, reset, timed out, names that do not resolve, as each runtime
 * words them (POSIX errno text, Node's error codes, Windows' WinSock messages, Java and .NET
 * exceptions, libmongoc). These outrank nothing specific: a TLS cause found in the same text
 * comes first at the same confidence.
 */

import type { ErrorSignature } from '../signature';
import { ASK_TLS_WORKS, handshakeClosed, hostKinds } from './ranking';

export const NETWORK_SIGNATURES: ErrorSignature[] = [
	{
		id: 'network.connection-refused',
		family: 'network',
		pattern:
			/\bECONNREFUSED\b(?! _mongodb)|Connection refused|\[Errno (?:111|61)\]|WinError 10061|actively refused it|connection closed calling (?:hello|ismaster) on/i,
		citation:
			'POSIX ECONNREFUSED (111 Linux, 61 macOS), WSAECONNREFUSED 10061, Node "connect ECONNREFUSED", Java ConnectException; libmongoc reports a refused connect as "connection closed calling hello"',
		diagnose: () => [
			{
				id: 'connection-refused',
				confidence: 'high',
				because: 'nothing accepted the TCP connection, so TLS never started',
				next: [
					{
						ask: 'Check that mongod listens on that address and port (net.bindIp, net.port) and that no firewall rejects it',
						command: 'nc -vz HOST PORT'
					}
				]
			}
		],
		examples: [
			{
				text: 'MongoServerSelectionError: connect ECONNREFUSED ::1:28470, connect ECONNREFUSED 127.0.0.1:28470',
				top: 'connection-refused'
			},
			{
				text: 'pymongo.errors.ServerSelectionTimeoutError: localhost:28468: [Errno 111] Connection refused, Timeout: 1.5s',
				top: 'connection-refused'
			}
		]
	},
	{
		id: 'network.connection-reset',
		family: 'network',
		pattern:
			/\bECONNRESET\b|Connection reset by peer|\[Errno (?:104|54)\]|WinError 10054|forcibly closed by the remote host|java\.net\.SocketException: Connection reset/i,
		citation:
			'POSIX ECONNRESET (104 Linux, 54 macOS), WSAECONNRESET 10054, Node "read ECONNRESET", Java SocketException "Connection reset"',
		diagnose: (facts) => [
			...(hostKinds(facts).has('atlas')
				? [
						{
							id: 'atlas-ip-access-list' as const,
							confidence: 'medium' as const,
							because: 'Atlas resets connections from addresses not on the IP access list'
						}
					]
				: []),
			{ id: 'connection-reset', confidence: 'high', because: 'the server or something on the path reset the connection' }
		],
		examples: [
			{ text: 'MongoServerSelectionError: read ECONNRESET', top: 'connection-reset' },
			{ text: 'SSL handshake failed: localhost:28432: [Errno 104] Connection reset by peer', top: 'connection-reset' }
		]
	},
	{
		id: 'network.srv-lookup',
		family: 'network',
		// A DNS name is at most 253 characters: unbounded, every "_mongodb._tcp." rescans the rest of a line without spaces.
		pattern:
			/querySrv E[A-Z]+ _mongodb\._tcp\.|queryTxt E[A-Z]+|lookup _mongodb\._tcp\.[^\s]{1,253}(?: on [^\s]{1,300})?: |Failed to look up SRV record "_mongodb\._tcp\.|Failed to look up TXT record|DnsClient\.DnsResponseException|_mongodb\._tcp\.[^\s:]{1,253}: (?:no such host|server misbehaving)/,
		citation:
			'Node dns.resolveSrv (querySrv ENOTFOUND / ECONNREFUSED / ETIMEOUT / ESERVFAIL); Go net.LookupSRV; libmongoc mongoc-client.c "Failed to look up SRV record"',
		diagnose: (_facts, m) => [
			{
				id: 'dns-srv',
				confidence: 'high',
				because: /ENOTFOUND|no such host/.test(m[0])
					? 'the DNS answered that no such SRV record exists: check the cluster name'
					: 'the DNS server could not be reached or refused SRV queries'
			}
		],
		examples: [
			{ text: 'Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net', top: 'dns-srv' },
			{
				text: 'error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net on 127.0.0.1:53: read udp 127.0.0.1:41367->127.0.0.1:53: read: connection refused',
				top: 'dns-srv'
			}
		]
	},
	{
		id: 'network.host-not-found',
		family: 'network',
		pattern:
			/getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|Name or service not known|nodename nor servname provided|\[Errno -[235]\]|getaddrinfo failed|No such host is known|UnknownHostException|no such host\b|Temporary failure in name resolution|Failed to resolve '[^'@\s]+'/,
		citation:
			'getaddrinfo errors (EAI_NONAME "Name or service not known", EAI_AGAIN), Node ENOTFOUND, Java UnknownHostException, Go "no such host", libmongoc "Failed to resolve"',
		diagnose: () => [{ id: 'host-not-found', confidence: 'high' }],
		examples: [{ text: 'MongoServerSelectionError: getaddrinfo ENOTFOUND cluster0-shard-00-00.abcde.mongodb.net', top: 'host-not-found' }]
	},
	{
		id: 'network.socket-timeout',
		family: 'network',
		pattern:
			/socket timeout calling (?:hello|ismaster|isMaster) on|TLS handshake failed: Connection timed out|Failed to receive length header from server|\bETIMEDOUT\b|\[Errno 110\]|WinError 10060|did not properly respond after a period of time|SocketTimeoutException|Read timed out/,
		citation:
			'libmongoc ("socket timeout", "TLS handshake failed: Connection timed out", "Failed to receive length header"); POSIX ETIMEDOUT; WSAETIMEDOUT 10060; Java SocketTimeoutException',
		diagnose: (facts, m) => {
			// libmongoc 1.23 prints "TLS handshake failed: Connection timed out" when the server closes
			// the connection during the handshake (seen against a port that hangs up on a TLS hello);
			// a server that stays silent gives "socket timeout" instead. Both are in the corpus.
			if (/TLS handshake failed: Connection timed out/i.test(m[0])) {
				return [...handshakeClosed(facts), { id: 'handshake-timeout', confidence: 'low' }];
			}
			if (/length header/i.test(m[0])) {
				return [
					{
						id: 'client-cert-required',
						confidence: 'medium',
						because:
							'the TLS handshake completed and the server hung up before answering hello: a TLS 1.3 server that wants a client certificate it did not get does exactly this',
						next: [
							{
								ask: 'Does the server require client certificates (net.tls.CAFile set, no allowConnectionsWithoutCertificates)? Its log names the reason for this connection'
							}
						]
					},
					{
						id: 'connection-reset',
						confidence: 'medium',
						because: 'or something closed the connection right after the TLS handshake, before hello was answered'
					}
				];
			}
			return [
				{
					id: 'handshake-timeout',
					confidence: 'medium',
					because: 'the connection opened, then nothing came back in time',
					next: [ASK_TLS_WORKS]
				},
				{
					id: 'server-selection-timeout',
					confidence: 'medium',
					because: 'or TLS completed and the MongoDB hello went unanswered: libmongoc says "socket timeout" for both'
				}
			];
		},
		examples: [
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [socket timeout calling hello on 'localhost:28454']",
				top: 'handshake-timeout'
			},
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [Failed to receive length header from server. calling hello on 'localhost:28304']",
				top: 'client-cert-required'
			},
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [TLS handshake failed: Connection timed out calling hello on 'localhost:28402']",
				top: 'tls-to-plain-server'
			}
		]
	},
	{
		id: 'network.server-closed',
		family: 'network',
		pattern: /Server closed connection\. calling|Prematurely reached end of stream|MongoSocketReadException/,
		citation:
			'libmongoc "Server closed connection."; Java driver MongoSocketReadException "Prematurely reached end of stream": the server hung up before answering hello',
		diagnose: (facts) => [
			...(hostKinds(facts).has('atlas') ? [{ id: 'atlas-ip-access-list' as const, confidence: 'medium' as const }] : []),
			{
				id: 'plain-to-tls-server',
				confidence: 'medium',
				because: 'a requireTLS server closes a connection that does not start with TLS at once',
				next: [{ ask: 'Does the connection string have tls=true (or ssl=true)? Paste the server log line for this connection' }]
			},
			{ id: 'connection-reset', confidence: 'medium' }
		],
		examples: [
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [Server closed connection. calling hello on 'localhost:28430']",
				top: 'plain-to-tls-server'
			}
		]
	},
	{
		id: 'network.libmongoc-no-suitable-servers',
		family: 'libmongoc',
		pattern: /No suitable servers found(?: \(`serverSelectionTryOnce` set\))?: \[[^\]]*\]|No suitable servers found/,
		citation: 'libmongoc mongoc-topology.c: server selection failed; the bracketed part is each server’s own error',
		diagnose: () => [
			{
				id: 'server-selection-timeout',
				confidence: 'medium',
				next: [{ ask: 'Paste what the server presents', command: 'openssl s_client -connect HOST:PORT -showcerts </dev/null' }]
			}
		],
		examples: [
			{
				text: "No suitable servers found (`serverSelectionTryOnce` set): [connection error calling hello on 'localhost:28338']",
				top: 'server-selection-timeout'
			}
		]
	}
];
