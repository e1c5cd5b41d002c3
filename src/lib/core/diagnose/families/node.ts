/**
 * The Node.js driver, Mongoose, mongosh and Compass. Node reports OpenSSL verify failures by
 * their bare text ("unable to get local issuer certificate") or code (SELF_SIGNED_CERT_IN_CHAIN),
 * which the OpenSSL family reads; Node's own TLS, socket and file errors are the table's
 * (tables/node.ts), and so are the driver's network errors; what is below is its host-name check,
 * the driver's server selection timeout and mongosh's hints.
 * Sources: Node's lib/_tls_wrap.js and lib/tls.js (checkServerIdentity), the driver's
 * src/error.ts and src/connection_string.ts, mongosh's errors.
 */

import type { ErrorSignature } from '../signature';

export const NODE_SIGNATURES: ErrorSignature[] = [
	{
		id: 'node.altname-host',
		family: 'node',
		// Any reason but an IP's (tables/x509-verify.ts NODE_ALTNAME): "Host: h. is not in the cert's
		// altnames", "Host: h. is not cert's CN", "Cert does not contain a DNS name" ("Cert is empty" before).
		pattern: /Hostname\/IP does(?: not|n't) match certificate's altnames: (?!IP: )|ERR_TLS_CERT_ALTNAME_INVALID(?![\s\S]{0,300}IP: )/,
		citation: 'Node.js tls.checkServerIdentity: ERR_TLS_CERT_ALTNAME_INVALID, "Host: … is not in the cert\'s altnames"',
		diagnose: () => [{ id: 'hostname-mismatch', confidence: 'high' }],
		examples: [
			{
				text: "MongoServerSelectionError: Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:db.example.com",
				top: 'hostname-mismatch'
			}
		]
	},
	{
		id: 'node.altname-ip',
		family: 'node',
		pattern: /Hostname\/IP does not match certificate's altnames: IP: [0-9a-f.:]+ is not in the cert's list/i,
		citation: 'Node.js tls.checkServerIdentity: "IP: … is not in the cert\'s list" (an IP needs an IP Address subjectAltName)',
		diagnose: () => [{ id: 'ip-mismatch', confidence: 'high' }],
		examples: [
			{
				text: "MongoServerSelectionError: Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: ",
				top: 'ip-mismatch'
			}
		]
	},
	{
		id: 'node.server-selection-timeout',
		family: 'node',
		pattern: /(?:MongoServerSelectionError|MongooseServerSelectionError): Server selection timed out after \d+ ms/,
		citation: 'MongoDB Node.js driver src/sdam/topology.ts: MongoServerSelectionError with no server error recorded',
		diagnose: () => [
			{
				id: 'server-selection-timeout',
				confidence: 'medium',
				because:
					'the driver recorded no error of its own for any server: the TLS or MongoDB handshake started and never finished, or a failure was swallowed',
				next: [
					{
						ask: 'Run the same connection with the driver’s own diagnostics, or with mongosh, and paste the output',
						command: 'mongosh "mongodb://HOST:PORT/?tls=true&serverSelectionTimeoutMS=5000" --eval "db.runCommand({ping:1})"'
					},
					{ ask: 'Paste what the server presents', command: 'openssl s_client -connect HOST:PORT -showcerts </dev/null' }
				]
			},
			{
				id: 'handshake-timeout',
				confidence: 'medium',
				because: 'a server that accepts the connection and never answers the TLS hello leaves the same trace'
			}
		],
		examples: [{ text: 'MongoServerSelectionError: Server selection timed out after 2000 ms', top: 'server-selection-timeout' }]
	},
	{
		id: 'node.mongosh-atlas-hint',
		family: 'node',
		pattern:
			/It looks like this is a MongoDB Atlas cluster\. Please ensure that your (?:Network Access List|IP whitelist|IP access list) allows connections from your IP/,
		citation: 'mongosh: the hint it adds when an Atlas connection fails before the handshake completes',
		diagnose: () => [{ id: 'atlas-ip-access-list', confidence: 'high' }],
		examples: [
			{
				text: 'MongoServerSelectionError: 80BC0BEEC07F0000:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error. It looks like this is a MongoDB Atlas cluster. Please ensure that your Network Access List allows connections from your IP.',
				top: 'atlas-ip-access-list'
			}
		]
	},
	{
		id: 'node.key-password-empty',
		family: 'node',
		pattern: /URI option "tlsCertificateKeyFilePassword" cannot be specified with no value/,
		citation:
			'MongoDB Node.js driver src/connection_string.ts; mongosh asks for the key passphrase when tlsCertificateKeyFile holds an encrypted key, and gets none without a terminal',
		diagnose: () => [
			{
				id: 'key-encrypted',
				confidence: 'medium',
				because: 'mongosh asked for the key’s passphrase because the key is encrypted, and none was given'
			}
		],
		examples: [
			{ text: 'MongoAPIError: URI option "tlsCertificateKeyFilePassword" cannot be specified with no value', top: 'key-encrypted' }
		]
	}
];
