/**
 * Issue 16: the errors a driver raises about its own TLS options and the connection string, one
 * row per message as its source writes it (<n> where the source puts a value). They fail before any
 * packet is sent, so the reading is certain: a misspelt or unknown option, two options that
 * contradict each other, or a string that is not a MongoDB URI.
 *
 * Sources read here: the Node driver 7.9.0 as installed (node_modules/mongodb/lib/connection_string.js
 * and mongodb-connection-string-url/lib/index.js; extract in
 * tests/fixtures/vocabulary/node-connection-string-messages.txt, rebuilt by
 * scripts/vocabulary/extract-driver-options.mjs) and PyMongo 3.11.0 as Debian ships it
 * (/usr/lib/python3/dist-packages/pymongo/common.py, uri_parser.py, client_options.py).
 */

import type { DiagnosisId } from '../vocabulary';

export type OptionsDriver = 'node' | 'pymongo';

export interface DriverOptionRow {
	driver: OptionsDriver;
	/** The message as the source writes it, each value as <n>. */
	message: string;
	citation: string;
	diagnosis?: DiagnosisId;
	/** Why a row is left unmapped: never TLS, never the connection string's shape. */
	unmapped?: string;
	/** Which <n> holds an option name the person wrote, when one does. */
	option?: number;
	/** The message's other wordings, where the source builds it from parts ("option X is" / "options X, Y are"). */
	renderings?: string[];
}

const NODE_CS = 'node-mongodb-native 7.9.0 src/connection_string.ts';
const NODE_URL = 'mongodb-connection-string-url lib/index.ts (used by node-mongodb-native 7.9.0)';
const PY = (file: string, fn: string) => `mongo-python-driver 3.11.0 (Debian python3-pymongo) pymongo/${file} ${fn}`;

const node = (message: string, fn: string, rest: Partial<DriverOptionRow>): DriverOptionRow => ({
	driver: 'node',
	message,
	citation: `${NODE_CS} ${fn}`,
	...rest
});
const url = (message: string, rest: Partial<DriverOptionRow>): DriverOptionRow => ({
	driver: 'node',
	message,
	citation: `${NODE_URL} ConnectionString constructor`,
	...rest
});

const NOT_TLS =
	'an option of the driver’s own (auth, write concern, logging, compression, …) that has nothing to do with TLS or the URI’s shape';
const NOT_URI = 'passed to the client in code, never read from the connection string';
const SRV_TXT = 'the SRV record’s TXT options, a DNS record the person does not write in the string';

const nodeUnmapped = (reason: string, fn: string, ...messages: string[]) => messages.map((m) => node(m, fn, { unmapped: reason }));

export const DRIVER_OPTION_ROWS: readonly DriverOptionRow[] = [
	// Node: unknown options.
	node('<1> <2> <3> not supported', 'parseOptions (unsupportedOptions)', {
		diagnosis: 'unknown-option',
		option: 2,
		renderings: ['option <1> is not supported', 'options <1> are not supported']
	}),
	// Node: options that contradict each other.
	node("The '<1>' option cannot be used with the '<2>' option", 'checkTLSOptions', { diagnosis: 'config-conflict', option: 1 }),
	node('All values of tls/ssl must be the same.', 'parseOptions', { diagnosis: 'config-conflict' }),
	node('URI option "<1>" cannot appear more than once in the connection string', 'parseOptions', {
		diagnosis: 'config-conflict',
		option: 1
	}),
	node('Cannot use <1> with a non-srv connection string', 'parseOptions', { diagnosis: 'config-conflict', option: 1 }),
	node('SRV URI does not support directConnection', 'parseOptions', { diagnosis: 'config-conflict' }),
	node('directConnection option requires exactly one host', 'parseOptions', { diagnosis: 'config-conflict' }),
	node('Cannot combine replicaSet option with srvMaxHosts', 'parseOptions', { diagnosis: 'config-conflict' }),
	node('Cannot use srvMaxHosts option with replicaSet', 'parseOptions', { diagnosis: 'config-conflict' }),
	node('loadBalanced is only a valid option in the URI', 'parseOptions', { diagnosis: 'config-conflict' }),
	node('Cannot limit srv hosts with loadBalanced enabled', 'validateLoadBalancedOptions', { diagnosis: 'config-conflict' }),
	// Node: a value the option cannot take, or a string that is not a URI.
	node('<1> must be either "true" or "false"', 'getBoolean', { diagnosis: 'invalid-uri', option: 1 }),
	node('URI option "<1>" cannot be specified with no value', 'parseOptions', { diagnosis: 'invalid-uri', option: 1 }),
	node('Cannot have undefined values in key value pairs', 'toRecord', { diagnosis: 'invalid-uri' }),
	url('Invalid scheme, expected connection string to start with "mongodb://" or "mongodb+srv://"', { diagnosis: 'invalid-uri' }),
	url('Invalid connection string', { diagnosis: 'invalid-uri' }),
	url('Protocol and host list are required in the uri', { diagnosis: 'invalid-uri' }),
	url('Username contains unescaped characters <1>', { diagnosis: 'invalid-uri' }),
	url('URI contained empty userinfo section', { diagnosis: 'invalid-uri' }),
	url('Password contains unescaped characters', { diagnosis: 'invalid-uri' }),
	url('mongodb+srv URI cannot have multiple service names', { diagnosis: 'invalid-uri' }),
	url('mongodb+srv URI cannot have port number', { diagnosis: 'invalid-uri' }),
	node('Option "srvHost" must not be empty', 'resolveSRVRecord', { diagnosis: 'invalid-uri' }),
	node('No addresses found at host', 'resolveSRVRecord', { diagnosis: 'dns-srv' }),
	...nodeUnmapped(
		SRV_TXT,
		'resolveSRVRecord',
		'Multiple text records not allowed',
		'Text record may only set any of: <1>',
		'Cannot have empty URI params in DNS TXT Record'
	),
	...nodeUnmapped(
		NOT_URI,
		'parseOptions',
		'URI cannot contain `serverApi`, it can only be passed to the client',
		'URI cannot contain `srvHostValidator`, it can only be passed to the client',
		'Cannot use srvAllowedHostsSuffix together with srvHostValidator',
		'srvHostValidator must be a function',
		'srvHostValidator must return a boolean, received <1>',
		'srvHostValidator threw an error',
		'srvAllowedHostsSuffix must be a string',
		'srvAllowedHostsSuffix must contain at least one domain label',
		'srvAllowedHostsSuffix "<1>" is not a valid domain name',
		'srvAllowedHostsSuffix "<1>" must contain at least two domain labels, or be one of: <2>',
		'Descriptors missing a type must define a transform',
		'Option pkFactory must be an object with a createPk function, got <1>',
		'Must request either bigint or Long for int64 deserialization',
		"Option 'mongodbLogComponentSeverities' does not support <1> as a value for <2>",
		"Option 'mongodbLogComponentSeverities' must be a non-null object",
		"Option 'mongodbLogPath' must be of type 'stderr' | 'stdout' | MongoDBLogWritable",
		"User input for option 'mongodbLogComponentSeverities' contains invalid key: <1>",
		"User input for option 'mongodbLogComponentSeverities' object cannot include a non-string key or value",
		'<1> must be an object',
		"<1> must be an object with 'username' and 'password' properties"
	),
	...nodeUnmapped(
		NOT_TLS,
		'OPTIONS',
		'<1> can only be a positive int value, got: <2>',
		'<1> is not a valid compression mechanism. Must be one of: <2>.',
		'AWS_SESSION_TOKEN cannot be provided when using MONGODB-AWS. Credentials must be provided in a manner that can be read by the AWS SDK.',
		'username and password cannot be provided when using MONGODB-AWS. Credentials must be provided in a manner that can be read by the AWS SDK.',
		'Auth mechanism property ALLOWED_HOSTS is not allowed in the connection string.',
		'AuthMechanismProperties must be an object',
		"authMechanism <1> requires an authSource of '$external'",
		'authMechanism one of <1>, got <2>',
		'Can only specify both of proxy username/password or neither',
		'Must specify proxyHost if other proxy options are passed',
		'Proxy options cannot be specified multiple times in the connection string',
		'Cannot make WriteConcern from wtimeout',
		'Invalid WriteConcern cannot parse: <1>',
		'Unable to make a writeConcern from fsync=<1>',
		'Unable to make a writeConcern from journal=<1>',
		'Cannot make read preference from <1>',
		'Unknown ReadPreference value: <1>',
		'ReadConcern must be an object, got <1>',
		'Expected <1> to be stringified int value, got: <2>',
		'Invalid `serverApi` property; must specify a version from the following enum: ["<1>"]',
		'Invalid server API version=<1>; must be in the following enum: ["<2>"]',
		"Option 'family' must be 4 or 6 got <1>.",
		'compressors must be an array or a comma-delimited list of strings',
		'maxConnecting must be > 0 if specified',
		'serverMonitoringMode must be one of `auto`, `poll`, or `stream`'
	),

	// PyMongo 3.11.
	{
		driver: 'pymongo',
		message: 'Unknown option <1>',
		citation: PY(
			'common.py',
			'raise_config_error: "Unknown option %s" (a keyword argument; from a URI, validate_options warns "Unknown option" without the name)'
		),
		diagnosis: 'unknown-option',
		option: 1
	},
	{
		driver: 'pymongo',
		message: 'URI options <1> and <2> cannot be specified simultaneously.',
		citation: PY(
			'uri_parser.py',
			'_handle_security_options (tlsInsecure with tlsAllowInvalidCertificates / tlsAllowInvalidHostnames / tlsDisableOCSPEndpointCheck)'
		),
		diagnosis: 'config-conflict',
		option: 1
	},
	{
		driver: 'pymongo',
		message: 'URI option <1>=True cannot be specified when CRL checking is enabled.',
		citation: PY('uri_parser.py', '_handle_security_options (tlsCRLFile)'),
		diagnosis: 'config-conflict',
		option: 1
	},
	{
		driver: 'pymongo',
		message: 'Can not specify conflicting values for URI options <1> and <2>.',
		citation: PY('uri_parser.py', '_handle_security_options (ssl vs tls)'),
		diagnosis: 'config-conflict',
		option: 1
	},
	{
		driver: 'pymongo',
		message: 'ssl has not been enabled but the following ssl parameters have been set: <1>. Please set `ssl=True` or remove.',
		citation: PY('client_options.py', '_parse_ssl_options'),
		diagnosis: 'config-conflict',
		option: 1
	},
	{
		driver: 'pymongo',
		message: 'The <1> file is not readable',
		citation: PY('common.py', 'validate_options (an OSError from a file option, path left out)'),
		diagnosis: 'pem-file-invalid',
		option: 1
	},
	{
		driver: 'pymongo',
		message: "Invalid URI scheme: URI must begin with 'mongodb://' or 'mongodb+srv://'",
		citation: PY('uri_parser.py', 'parse_uri'),
		diagnosis: 'invalid-uri'
	},
	{
		driver: 'pymongo',
		message: 'Username and password must be escaped according to RFC 3986, use urllib.parse.quote_plus().',
		citation: PY('uri_parser.py', 'parse_userinfo'),
		diagnosis: 'invalid-uri'
	},
	{
		driver: 'pymongo',
		message: 'mongodb+srv:// URIs must include one, and only one, hostname',
		citation: PY('uri_parser.py', 'parse_uri'),
		diagnosis: 'invalid-uri'
	},
	{
		driver: 'pymongo',
		message: 'mongodb+srv:// URIs must not include a port number',
		citation: PY('uri_parser.py', 'parse_uri'),
		diagnosis: 'invalid-uri'
	},
	{
		driver: 'pymongo',
		message: 'Cannot specify directConnection=true with mongodb+srv:// URIs',
		citation: PY('uri_parser.py', 'parse_uri'),
		diagnosis: 'config-conflict'
	},
	{
		driver: 'pymongo',
		message: 'Must provide at least one hostname or IP.',
		citation: PY('uri_parser.py', 'parse_uri'),
		diagnosis: 'invalid-uri'
	}
];
