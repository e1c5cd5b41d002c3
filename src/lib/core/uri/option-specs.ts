/**
 * Every connection-string option the doctor knows, and which clients accept it as a URI option.
 * The PyMongo 3 column is checked against Debian's python3-pymongo 3.11
 * (pymongo.common.URI_OPTIONS_VALIDATOR_MAP) and the Node column against the mongodb 7 driver's
 * OPTIONS table by tests/unit/uri/option-specs.test.ts. The PyMongo 4 column follows
 * mongo-python-driver pymongo/common.py (URI_OPTIONS_VALIDATOR_MAP, NONSPEC_OPTIONS_VALIDATOR_MAP),
 * which dropped the ssl_* names, j and wtimeout.
 */

import type { ClientId } from '../model/connection';

export type OptionType = 'boolean' | 'string' | 'path' | 'secret' | 'integer' | 'list';

export interface OptionSpec {
	/** Canonical spelling (drivers compare names case-insensitively). */
	name: string;
	type: OptionType;
	/** Part of the TLS configuration. */
	tls?: boolean;
	/** Clients that accept it in a connection string. */
	clients: readonly ClientId[];
	/** The option it is an old name for, when it is one. */
	aliasOf?: string;
}

const ALL: readonly ClientId[] = ['pymongo-3', 'pymongo-4', 'node'];
const PYMONGO: readonly ClientId[] = ['pymongo-3', 'pymongo-4'];
const P3: readonly ClientId[] = ['pymongo-3'];
const P4_NODE: readonly ClientId[] = ['pymongo-4', 'node'];
const P3_NODE: readonly ClientId[] = ['pymongo-3', 'node'];
const NODE: readonly ClientId[] = ['node'];

export const OPTION_SPECS: readonly OptionSpec[] = [
	// TLS
	{ name: 'tls', type: 'boolean', tls: true, clients: ALL },
	{ name: 'ssl', type: 'boolean', tls: true, clients: ALL, aliasOf: 'tls' },
	{ name: 'tlsCAFile', type: 'path', tls: true, clients: ALL },
	{ name: 'tlsCertificateKeyFile', type: 'path', tls: true, clients: ALL },
	{ name: 'tlsCertificateKeyFilePassword', type: 'secret', tls: true, clients: ALL },
	{ name: 'tlsCRLFile', type: 'path', tls: true, clients: ALL },
	{ name: 'tlsAllowInvalidCertificates', type: 'boolean', tls: true, clients: ALL },
	{ name: 'tlsAllowInvalidHostnames', type: 'boolean', tls: true, clients: ALL },
	{ name: 'tlsInsecure', type: 'boolean', tls: true, clients: ALL },
	{ name: 'tlsDisableOCSPEndpointCheck', type: 'boolean', tls: true, clients: PYMONGO },
	// In the URI options spec, but neither PyMongo nor the Node driver implements it.
	{ name: 'tlsDisableCertificateRevocationCheck', type: 'boolean', tls: true, clients: [] },
	// PyMongo 3's names, deprecated in 3.9 and removed in 4.0.
	{ name: 'ssl_ca_certs', type: 'path', tls: true, clients: P3, aliasOf: 'tlsCAFile' },
	{ name: 'ssl_certfile', type: 'path', tls: true, clients: P3, aliasOf: 'tlsCertificateKeyFile' },
	{ name: 'ssl_keyfile', type: 'path', tls: true, clients: P3 },
	{ name: 'ssl_pem_passphrase', type: 'secret', tls: true, clients: P3, aliasOf: 'tlsCertificateKeyFilePassword' },
	{ name: 'ssl_crlfile', type: 'path', tls: true, clients: P3, aliasOf: 'tlsCRLFile' },
	{ name: 'ssl_cert_reqs', type: 'string', tls: true, clients: P3, aliasOf: 'tlsAllowInvalidCertificates' },
	{ name: 'ssl_match_hostname', type: 'boolean', tls: true, clients: P3, aliasOf: 'tlsAllowInvalidHostnames' },
	// Authentication
	{ name: 'authSource', type: 'string', clients: ALL },
	{ name: 'authMechanism', type: 'string', clients: ALL },
	{ name: 'authMechanismProperties', type: 'string', clients: ALL },
	// Topology and connection
	{ name: 'replicaSet', type: 'string', clients: ALL },
	{ name: 'directConnection', type: 'boolean', clients: ALL },
	{ name: 'loadBalanced', type: 'boolean', clients: P4_NODE },
	{ name: 'srvServiceName', type: 'string', clients: P4_NODE },
	{ name: 'srvMaxHosts', type: 'integer', clients: P4_NODE },
	{ name: 'appName', type: 'string', clients: ALL },
	{ name: 'compressors', type: 'list', clients: ALL },
	{ name: 'zlibCompressionLevel', type: 'integer', clients: ALL },
	{ name: 'connectTimeoutMS', type: 'integer', clients: ALL },
	{ name: 'socketTimeoutMS', type: 'integer', clients: ALL },
	{ name: 'serverSelectionTimeoutMS', type: 'integer', clients: ALL },
	{ name: 'heartbeatFrequencyMS', type: 'integer', clients: ALL },
	{ name: 'localThresholdMS', type: 'integer', clients: ALL },
	{ name: 'maxIdleTimeMS', type: 'integer', clients: ALL },
	{ name: 'maxPoolSize', type: 'integer', clients: ALL },
	{ name: 'minPoolSize', type: 'integer', clients: ALL },
	{ name: 'maxConnecting', type: 'integer', clients: P4_NODE },
	{ name: 'waitQueueTimeoutMS', type: 'integer', clients: ALL },
	{ name: 'timeoutMS', type: 'integer', clients: P4_NODE },
	{ name: 'serverMonitoringMode', type: 'string', clients: P4_NODE },
	{ name: 'proxyHost', type: 'string', clients: NODE },
	{ name: 'proxyPort', type: 'integer', clients: NODE },
	{ name: 'proxyUsername', type: 'string', clients: NODE },
	{ name: 'proxyPassword', type: 'secret', clients: NODE },
	// Reads and writes
	{ name: 'readPreference', type: 'string', clients: ALL },
	{ name: 'readPreferenceTags', type: 'string', clients: ALL },
	{ name: 'maxStalenessSeconds', type: 'integer', clients: ALL },
	{ name: 'readConcernLevel', type: 'string', clients: ALL },
	{ name: 'w', type: 'string', clients: ALL },
	{ name: 'wTimeoutMS', type: 'integer', clients: ALL },
	{ name: 'wtimeout', type: 'integer', clients: P3_NODE, aliasOf: 'wTimeoutMS' },
	{ name: 'journal', type: 'boolean', clients: ALL },
	{ name: 'j', type: 'boolean', clients: P3_NODE, aliasOf: 'journal' },
	{ name: 'fsync', type: 'boolean', clients: ALL },
	{ name: 'retryReads', type: 'boolean', clients: ALL },
	{ name: 'retryWrites', type: 'boolean', clients: ALL },
	// PyMongo's own URI options
	{ name: 'uuidRepresentation', type: 'string', clients: PYMONGO },
	{ name: 'connect', type: 'boolean', clients: PYMONGO },
	{ name: 'tz_aware', type: 'boolean', clients: PYMONGO },
	{ name: 'unicode_decode_error_handler', type: 'string', clients: PYMONGO },
	{ name: 'waitQueueMultiple', type: 'integer', clients: PYMONGO },
	{ name: 'socketKeepAlive', type: 'boolean', clients: P3 }
];

/** MongoClient keyword arguments that are not URI options (PyMongo 3 and 4). */
export const PYTHON_KEYWORD_ONLY: ReadonlySet<string> = new Set(
	[
		'host',
		'port',
		'document_class',
		'type_registry',
		'read_preference',
		'event_listeners',
		'tzinfo',
		'username',
		'password',
		'server_selector',
		'auto_encryption_opts',
		'server_api',
		'driver',
		'datetime_conversion',
		'io_loop'
	].map((n) => n.toLowerCase())
);

const BY_LOWER = new Map(OPTION_SPECS.map((s) => [s.name.toLowerCase(), s]));

export function lookupOption(name: string): OptionSpec | undefined {
	return BY_LOWER.get(name.toLowerCase());
}

/** Options whose values are secrets and must never be shown. */
export function isSecretOption(name: string): boolean {
	const lower = name.toLowerCase();
	return lookupOption(lower)?.type === 'secret' || lower === 'password';
}
