/**
 * Connection-string and file errors, as each driver words them. They fail before any packet is
 * sent, so the cause is certain: the option, the URI or the file. Sources: the Node driver's
 * src/connection_string.ts, the Go driver's x/mongo/driver/connstring, libmongoc's mongoc-uri.c
 * and mongoc-openssl.c, Node's fs errors.
 */

import type { ErrorSignature } from '../signature';
import { shellWord } from '../../syntax/quote';
import { CERTIFICATE_OUTCOMES } from './ranking';

export const CONFIG_SIGNATURES: ErrorSignature[] = [
	{
		id: 'config.conflicting-tls-options',
		family: 'config',
		pattern:
			/tls and ssl options, when both specified, must be equivalent|tlsinsecure may not be specified with|Deprecated option '[^']+' conflicts with canonical name '[^']+'|tlsInsecure and tlsAllowInvalid\w+ cannot|cannot be used together|conflicting TLS options/i,
		citation: 'Go driver connstring ("must be equivalent"); libmongoc mongoc-uri.c ("may not be specified with")',
		diagnose: () => [{ id: 'config-conflict', confidence: 'high' }],
		examples: [
			{ text: 'error parsing uri: tls and ssl options, when both specified, must be equivalent', top: 'config-conflict' },
			{
				text: 'tlsinsecure may not be specified with tlsallowinvalidcertificates, tlsallowinvalidhostnames, tlsdisableocspendpointcheck, or tlsdisablecertificaterevocationcheck',
				top: 'config-conflict'
			}
		]
	},
	{
		id: 'config.unknown-option',
		family: 'config',
		pattern: /Unsupported URI option "(\w+)"|unknown option (\w+)|Unrecognized (?:URI )?option:? '?(\w+)/,
		citation:
			"libmongoc mongoc-uri.c (\"Unsupported URI option\"); the Node driver's and PyMongo's own wordings are the driver-options table's (tables/driver-options.ts)",
		diagnose: (_facts, m) => {
			const name = m[1] ?? m[2] ?? m[3] ?? '';
			return [
				{
					id: 'unknown-option',
					confidence: 'high',
					// A TLS option that never took effect is why the certificate check then failed.
					explains: /^(?:tls|ssl)/i.test(name) ? CERTIFICATE_OUTCOMES : [],
					because: /^(?:tls|ssl)/i.test(name)
						? `"${name}" is not an option the driver knows, so that TLS setting never took effect`
						: 'the driver does not know this option'
				}
			];
		},
		examples: [{ text: 'WARNING:       mongoc: Unsupported URI option "tlscafil"', top: 'unknown-option' }]
	},
	{
		id: 'config.invalid-uri',
		family: 'config',
		// Up to the first "@" only: a run of "@" would otherwise be split every way before failing.
		pattern:
			/MongoParseError: (?:URI must include hostname, domain name, and tld|Ports not accepted with `mongodb\+srv` URIs)|error parsing uri: (?:unescaped|must have at least|scheme must be|invalid port|a port cannot be specified|username required)|Failed to resolve '[^'\s@]*@[^'\s]*'|Invalid URI Schema|Invalid host string in URI/,
		citation:
			"Older Node drivers src/connection_string.ts (the 7.9 wordings are the driver-options table's); Go driver connstring; libmongoc mongoc-uri.c (an unescaped @ makes the rest of the password part of the host)",
		diagnose: () => [{ id: 'invalid-uri', confidence: 'high' }],
		examples: [
			{ text: 'error parsing uri: unescaped @ sign in user info', top: 'invalid-uri' },
			{ text: "No suitable servers found (`serverSelectionTryOnce` set): [Failed to resolve 'ss@localhost']", top: 'invalid-uri' }
		]
	},
	{
		id: 'config.file-missing',
		family: 'config',
		pattern: /Cannot load Certificate Authorities from '[^']+'|The system cannot find the (?:file|path) specified/,
		// Node's fs errors (ENOENT, EACCES, …) are the Node table's (tables/node.ts); Go's "open PATH:
		// no such file or directory" is the Go key-file table's (tables/go-keys.ts).
		citation: 'libmongoc mongoc-openssl.c "Cannot load Certificate Authorities from"; Windows ERROR_FILE_NOT_FOUND / ERROR_PATH_NOT_FOUND',
		diagnose: () => [
			{ id: 'pem-file-invalid', confidence: 'high', because: 'the CA or key file named in the options is missing or could not be read' }
		],
		examples: [
			{ text: '2026/11/22 00:09:41 open /tmp/tls-doctor-corpus/pki/no-such-ca.pem: no such file or directory', top: 'pem-file-invalid' },
			{
				text: "mongoc: Cannot load Certificate Authorities from '/tmp/tls-doctor-corpus/pki/root.der' and '(null)'",
				top: 'pem-file-invalid'
			}
		]
	},
	{
		id: 'config.key-not-found',
		family: 'config',
		pattern: /Cannot find private key in: '[^']+'|no private key (?:found|in)/i,
		// The Go driver's "failed to find PRIVATE KEY" and tls.X509KeyPair's are the Go key-file table's (tables/go-keys.ts).
		citation:
			'libmongoc mongoc-openssl.c "Cannot find private key in" (also printed when the key does not match the certificate, or cannot be decrypted)',
		diagnose: (_facts, m) => {
			if (!/Cannot find private key/i.test(m[0])) return [{ id: 'key-missing', confidence: 'high' }];
			// The path comes from the pasted text: one quoted word in the (bash) command, never raw.
			const file = shellWord('bash', /'([^']+)'/.exec(m[0])?.[1] ?? 'FILE.pem');
			const tellApart = {
				ask: 'Count the keys in the file, then compare the key with the certificate: no "PRIVATE KEY" line means the key is missing; two different hashes mean the key belongs to another certificate',
				command: `grep -c -- 'PRIVATE KEY' ${file}; openssl x509 -in ${file} -noout -pubkey | openssl sha256; openssl pkey -in ${file} -pubout | openssl sha256`
			};
			return [
				{ id: 'key-missing', confidence: 'medium', because: 'libmongoc says this when the file has no key', next: [tellApart] },
				{
					id: 'key-mismatch',
					confidence: 'medium',
					because: 'and also when the key does not belong to the certificate',
					next: [tellApart]
				},
				{ id: 'key-encrypted', confidence: 'low' }
			];
		},
		examples: [{ text: "mongoc: Cannot find private key in: '/tmp/tls-doctor-corpus/pki/client-certonly.pem'", top: 'key-missing' }]
	}
];
