/**
 * PyMongo's and Motor's own messages: the ServerSelectionTimeoutError wrapper, configuration and
 * URI errors, SRV resolution. Wording from mongo-python-driver pymongo/uri_parser.py,
 * ssl_support.py, srv_resolver.py and topology.py (3.x as shipped by Debian, and 4.x).
 */

import type { ErrorSignature } from '../signature';
import { CERTIFICATE_OUTCOMES } from './ranking';
import { ASK_TLS_WORKS, closedAfterConnect, tlsInUse } from './ranking';

const DNSPYTHON_NEXT = {
	ask: 'Install dnspython in the same environment as PyMongo, then retry',
	command: 'python3 -m pip install dnspython'
};

export const PYMONGO_SIGNATURES: ErrorSignature[] = [
	{
		id: 'pymongo.no-servers-found',
		family: 'pymongo',
		pattern:
			/No servers found yet|No replica set members found yet|No primary available for writes|No servers available for writes|No replica set members match selector|ServerSelectionTimeoutError: [^\n]{0,2000}\btimed out, Timeout:/,
		// topology.py's own sentences stand alone: apps re-raise them in their own errors (a logging
		// handler's ValueError, a framework's wrapper) without PyMongo's class name.
		citation:
			'mongo-python-driver pymongo/topology.py Topology._error_message ("No replica set members match selector "%s"", "No %s available for writes", "No %s found yet"): ServerSelectionTimeoutError, with no server error recorded',
		diagnose: () => [
			{
				id: 'server-selection-timeout',
				confidence: 'medium',
				because: 'no server answered in time, and PyMongo recorded no TLS or network error for any of them',
				next: [ASK_TLS_WORKS]
			},
			{
				id: 'handshake-timeout',
				confidence: 'medium',
				because: 'a server that accepts the connection and never answers the TLS hello leaves the same trace'
			}
		],
		examples: [
			{
				text: "pymongo.errors.ServerSelectionTimeoutError: No servers found yet, Timeout: 1.5s, Topology Description: <TopologyDescription id: 6b023305099528d119639278, topology_type: Single, servers: [<ServerDescription ('localhost', 28456) server_type: Unknown, rtt: None>]>",
				top: 'server-selection-timeout'
			},
			{
				text: 'celery.exceptions.ImproperlyConfigured: result backend unreachable: No replica set members match selector "Primary()", Timeout: 30s, Topology Description: <TopologyDescription id: 1, topology_type: ReplicaSetNoPrimary, servers: []>',
				top: 'server-selection-timeout'
			}
		]
	},
	{
		id: 'pymongo.connection-closed',
		family: 'pymongo',
		pattern: /AutoReconnect\(['"](?:[^'"\n]*: )?connection closed['"]\)|ServerSelectionTimeoutError: (?:[^\s,]+: )?connection closed/,
		citation: 'mongo-python-driver pymongo/network.py: AutoReconnect("connection closed") when the peer closes the socket',
		diagnose: (facts, m) => closedAfterConnect(facts, { tlsInUse: tlsInUse(m.input, facts) }),
		examples: [
			{
				text: "pymongo.errors.ServerSelectionTimeoutError: connection closed, Timeout: 1.5s, Topology Description: <TopologyDescription id: 6b0232e2258a5a6c081172c2, topology_type: Single, servers: [<ServerDescription ('localhost', 28420) server_type: Unknown, rtt: None, error=AutoReconnect('connection closed')>]>",
				top: 'plain-to-tls-server'
			}
		]
	},
	{
		id: 'pymongo.private-key-mismatch',
		family: 'pymongo',
		pattern: /Private key doesn't match certificate/,
		citation:
			'mongo-python-driver pymongo/ssl_support.py: every load_cert_chain failure is reported as "Private key doesn\'t match certificate: <reason>"',
		diagnose: () => [
			{
				id: 'key-mismatch',
				confidence: 'medium',
				because: 'PyMongo uses this wording for any failure to load tlsCertificateKeyFile; the reason after the colon tells which'
			},
			{ id: 'key-missing', confidence: 'low' },
			{ id: 'key-encrypted', confidence: 'low' }
		],
		examples: [{ text: "pymongo.errors.ConfigurationError: Private key doesn't match certificate: ", top: 'key-mismatch' }]
	},
	{
		id: 'pymongo.conflicting-options',
		family: 'pymongo',
		pattern:
			/URI options? [\w=]+ and [\w=]+ cannot be specified simultaneously|Can not specify conflicting values for URI options|cannot be specified when CRL checking is enabled|ssl_crlfile cannot be used with PyOpenSSL|tlsCRLFile cannot be used with PyOpenSSL/,
		citation:
			'mongo-python-driver pymongo/uri_parser.py _handle_security_options (tlsInsecure exclusions, ssl vs tls, CRL vs OCSP: seed 000 "CRL and OCSP cannot be used together")',
		diagnose: () => [{ id: 'config-conflict', confidence: 'high' }],
		examples: [
			{
				text: 'pymongo.errors.InvalidURI: URI options tlsInsecure and tlsAllowInvalidCertificates cannot be specified simultaneously.',
				top: 'config-conflict'
			},
			{ text: 'pymongo.errors.InvalidURI: Can not specify conflicting values for URI options ssl and tls.', top: 'config-conflict' }
		]
	},
	{
		id: 'pymongo.unknown-option',
		family: 'pymongo',
		pattern: /Unknown option (\w+)|ConfigurationError: Unknown option/,
		citation:
			'mongo-python-driver pymongo/common.py validate_options / get_validated_options: "Unknown option %s" (a warning in URIs, an error as keyword)',
		diagnose: (facts, m) => {
			const tlsName = /^(?:tls|ssl)/i.test(m[1] ?? '');
			return [
				{
					id: 'unknown-option',
					confidence: 'high',
					// A TLS option that never took effect is why the certificate check then failed.
					explains: /^(?:tls|ssl)/i.test(m[1] ?? '') ? CERTIFICATE_OUTCOMES : [],
					because: tlsName
						? `"${m[1]}" is not an option PyMongo knows, so that TLS setting never took effect`
						: 'the driver ignores or rejects an option it does not know'
				}
			];
		},
		examples: [{ text: 'UserWarning: Unknown option tlsCAFil', top: 'unknown-option' }]
	},
	{
		id: 'pymongo.invalid-uri',
		family: 'pymongo',
		pattern:
			/Username and password must be escaped according to RFC 3986|InvalidURI: (?:Invalid URI scheme|Must provide at least one hostname|A '\/' is required between|Reserved characters such as ':' must be escaped|Port must be an integer|MongoDB URI options are key=value pairs|Bad database name)|must not (?:include|contain) a port number|Port number must be an integer/,
		citation: 'mongo-python-driver pymongo/uri_parser.py parse_uri / parse_userinfo / parse_host',
		diagnose: () => [{ id: 'invalid-uri', confidence: 'high' }],
		examples: [
			{
				text: 'pymongo.errors.InvalidURI: Username and password must be escaped according to RFC 3986, use urllib.parse.quote_plus',
				top: 'invalid-uri'
			}
		]
	},
	{
		id: 'pymongo.dnspython-missing',
		family: 'pymongo',
		pattern: /The "dnspython" module must be installed to use mongodb\+srv:\/\/ URIs/,
		citation:
			'mongo-python-driver pymongo/uri_parser.py parse_uri: SRV resolution needs dnspython (bundled as a dependency from PyMongo 4)',
		diagnose: () => [
			{
				id: 'dns-srv',
				confidence: 'high',
				because: 'PyMongo cannot look up mongodb+srv records without the dnspython module',
				next: [DNSPYTHON_NEXT]
			}
		],
		examples: [
			{ text: 'pymongo.errors.ConfigurationError: The "dnspython" module must be installed to use mongodb+srv:// URIs', top: 'dns-srv' }
		]
	},
	{
		id: 'pymongo.srv-resolution',
		family: 'pymongo',
		// A DNS name is at most 253 characters: unbounded, every "_mongodb._tcp." rescans the rest of a line without spaces.
		pattern:
			/The DNS query name does not exist: _mongodb\._tcp\.|The DNS operation timed out|All nameservers failed to answer the query|The resolution lifetime expired|None of DNS query names exist|The DNS response does not contain an answer to the question: _mongodb|_mongodb\._tcp\.[^\s]{1,253} (?:does not exist|failed)|No answer for _mongodb/,
		citation: 'mongo-python-driver pymongo/srv_resolver.py: dnspython errors re-raised as ConfigurationError',
		diagnose: () => [{ id: 'dns-srv', confidence: 'high' }],
		examples: [
			{
				text: 'pymongo.errors.ConfigurationError: The DNS query name does not exist: _mongodb._tcp.cluster0.abcde.mongodb.net.',
				top: 'dns-srv'
			}
		]
	},
	{
		id: 'pymongo.no-system-ca',
		family: 'pymongo',
		pattern: /no system CA certificates could be loaded/,
		citation: 'mongo-python-driver pymongo/ssl_support.py get_ssl_context (PyMongo 3.x)',
		diagnose: () => [{ id: 'missing-system-roots', confidence: 'high' }],
		examples: [
			{
				text: 'ConfigurationError: `ssl_cert_reqs` is not ssl.CERT_NONE and no system CA certificates could be loaded. `ssl_ca_certs` is required.',
				top: 'missing-system-roots'
			}
		]
	}
];
