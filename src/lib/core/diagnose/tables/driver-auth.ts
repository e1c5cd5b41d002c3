/**
 * Issue 16: what each driver and tool prints when the login fails after TLS worked. A refused login
 * means the server answered: the certificates and the network are fine, and a TLS tool should say
 * so instead of "not enough to go on". One row per message, as its source writes it (the list is
 * tests/fixtures/vocabulary/driver-auth-messages.tsv, its README section names each file and
 * commit), with the diagnosis it supports or why it has none. driver-auth-signatures.ts turns the
 * rows into signatures.
 */

import type { DiagnoseFacts } from '../facts';
import type { DiagnosisId } from '../vocabulary';

export interface AuthMessage {
	key: string;
	/** Who prints it. */
	driver: string;
	/** The words as the source writes them, `{name}` marking a value. */
	text: string;
	/** The fixed words, as a pattern; every top-level alternative carries a literal of 4+ characters. */
	pattern: RegExp;
	citation: string;
	meaning: { diagnosis: DiagnosisId; also?: DiagnosisId[] } | { unmapped: string };
	/**
	 * A driver's wrapper around the server's answer: read at medium confidence, so the cause it
	 * carries (a missing X.509 user in $external, say) ranks above it when a signature reads that.
	 */
	wrapper?: true;
	/** Why, given the facts of the text (an Atlas host changes what to check). */
	reading?: (facts: DiagnoseFacts) => string;
	/** Test texts captured here: the file under tests/fixtures/vocabulary/auth-captured/ and its text (the test compares them). */
	captured?: { file: string; text: string }[];
	/** Test texts BUILT from the format string, where no client here prints the message without a server. */
	built?: string[];
}

const REFUSED = 'the server answered and refused the login, so TLS and the network are fine';

/** A refused password login: on Atlas the user is a database user, not the Atlas account. */
const refused = (facts: DiagnoseFacts): string =>
	facts.atlas
		? `${REFUSED}; on Atlas the user is a database user (Database Access), not your Atlas login, and "bad auth" means the user name or password is wrong`
		: `${REFUSED}; check the user name, the password (percent-encoded in a URI) and authSource, the database the user was created in`;

export const AUTH_MESSAGES: readonly AuthMessage[] = [
	// The server's own words, which every driver quotes.
	{
		key: 'server-authentication-failed',
		driver: 'mongod/mongos (every driver and shell quotes it)',
		text: 'Authentication failed.',
		pattern: /\bAuthentication failed\.|\(AuthenticationFailed\)|codeName['"]?:\s*['"]AuthenticationFailed/,
		citation:
			'mongodb/mongo src/mongo/base/error_codes.yml (18 AuthenticationFailed); the drivers quote it as "(AuthenticationFailed) Authentication failed." (mongo-go-driver x/mongo/driver/auth tests), "Command failed with error 18 (AuthenticationFailed): \'Authentication failed.\'" (Java), "Authentication failed., full error:" (PyMongo)',
		meaning: { diagnosis: 'unauthorized' },
		reading: refused,
		built: [
			"pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}",
			'MongoServerError: Authentication failed.',
			'com.mongodb.MongoCommandException: Command failed with error 18 (AuthenticationFailed): \'Authentication failed.\' on server db.example.com:27017. The full response is {"ok": 0.0, "errmsg": "Authentication failed.", "code": 18, "codeName": "AuthenticationFailed"}',
			'Error: Authentication failed.'
		]
	},
	{
		key: 'server-mechanism-unavailable',
		driver: 'mongod/mongos',
		text: 'Unable to use {mechanism} based authentication for user without any {mechanism} credentials registered',
		pattern: /based authentication for user without any [\w-]+ credentials registered/,
		citation:
			'mongodb/mongo src/mongo/db/auth/sasl_scram_server_conversation.cpp (MechanismUnavailable 334), quoted by mongo-go-driver x/mongo/driver/auth tests',
		meaning: { diagnosis: 'unauthorized' },
		reading: () =>
			`${REFUSED}; the user has no credentials for the mechanism asked for: drop authMechanism (the driver then negotiates one) or give the user that mechanism`,
		built: [
			'connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-256": (MechanismUnavailable) Unable to use SCRAM-SHA-256 based authentication for user without any SCRAM-SHA-256 credentials registered'
		]
	},
	{
		key: 'server-user-not-found',
		driver: 'mongod/mongos (every driver and shell quotes it)',
		text: 'Could not find user "{user}" for db "{db}"',
		pattern: /Could not find user "[^"\n]{0,300}" for db "(?!\$external")[^"\n]{0,300}"/,
		citation:
			'mongodb/mongo src/mongo/db/auth/authz_manager_external_state_local.cpp (UserNotFound 11); the $external form is the X.509 case families/mongod.ts reads',
		meaning: { diagnosis: 'unauthorized' },
		reading: () => `${REFUSED}; no such user in that database: authSource must name the database the user was created in (often admin)`,
		built: [
			"pymongo.errors.OperationFailure: Could not find user \"app\" for db \"shop\", full error: {'ok': 0.0, 'errmsg': 'Could not find user \"app\" for db \"shop\"', 'code': 11, 'codeName': 'UserNotFound'}"
		]
	},
	{
		key: 'atlas-bad-auth',
		driver: 'MongoDB Atlas proxy (code 8000, AtlasError)',
		text: 'bad auth : Authentication failed.',
		pattern: /\bbad auth ?: ?(?:Authentication failed|authentication failed)|codeName['"]?:\s*['"]AtlasError/,
		citation:
			'not open source: the wording as public reports quote it (search tool, code corpus: "MongoServerError: bad auth : Authentication failed." with code 8000, AtlasError)',
		meaning: { diagnosis: 'unauthorized' },
		reading: (facts) => refused({ ...facts, atlas: true }),
		built: [
			'MongoServerError: bad auth : Authentication failed.',
			"pymongo.errors.OperationFailure: bad auth : Authentication failed., full error: {'ok': 0, 'errmsg': 'bad auth : Authentication failed.', 'code': 8000, 'codeName': 'AtlasError'}"
		]
	},
	// Wrappers: the driver's words around the server's refusal.
	{
		key: 'java-security-exception',
		wrapper: true,
		driver: 'Java driver (and Spring Data MongoDB, which passes it on)',
		text: 'Exception authenticating {credential}',
		pattern: /MongoSecurityException: Exception authenticating|Exception authenticating MongoCredential\{/,
		citation:
			'mongodb/mongo-java-driver driver-core com/mongodb/internal/connection/SaslAuthenticator.java: new MongoSecurityException(getMongoCredential(), "Exception authenticating", e); MongoCredential.toString',
		meaning: { diagnosis: 'unauthorized' },
		reading: refused,
		built: [
			"com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='appuser', source='admin', password=<hidden>, mechanismProperties=<hidden>}\n\tat com.mongodb.internal.connection.SaslAuthenticator.wrapException(SaslAuthenticator.java:273)\nCaused by: com.mongodb.MongoCommandException: Command failed with error 18 (AuthenticationFailed): 'Authentication failed.' on server db.example.com:27017."
		]
	},
	{
		key: 'go-auth-error',
		wrapper: true,
		driver: 'Go driver (and mongodump, mongorestore, the other Go tools)',
		text: 'unable to authenticate using mechanism "{mechanism}"',
		pattern: /unable to authenticate using mechanism "[\w-]+"/,
		citation:
			'mongodb/mongo-go-driver x/mongo/driver/auth/auth.go @ 032f201a8c8aa93426f5492a9e6e49ca35595f23 newError, wrapped by newAuthError("auth error", …)',
		meaning: { diagnosis: 'unauthorized' },
		reading: refused,
		built: [
			'connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-256": (AuthenticationFailed) Authentication failed.',
			'Failed: can\'t create session: could not connect to server: connection() error occurred during connection handshake: auth error: unable to authenticate using mechanism "SCRAM-SHA-1": (AuthenticationFailed) Authentication failed.'
		]
	},
	{
		key: 'go-unknown-authenticator',
		driver: 'Go driver',
		text: 'unknown authenticator: {name}',
		pattern: /unknown authenticator: /,
		citation: 'mongodb/mongo-go-driver x/mongo/driver/auth/auth.go @ 032f201a8c8aa93426f5492a9e6e49ca35595f23 CreateAuthenticator',
		meaning: { diagnosis: 'unknown-option', also: ['config-conflict'] },
		built: ['auth error: unknown authenticator: SCRAM-SHA-512']
	},
	{
		key: 'dotnet-sasl',
		wrapper: true,
		driver: 'C# driver',
		text: 'Unable to authenticate using sasl protocol mechanism {mechanism}.',
		pattern: /Unable to authenticate using sasl protocol mechanism/,
		citation:
			'mongodb/mongo-csharp-driver src/MongoDB.Driver/Core/Authentication/SaslAuthenticator.cs CreateException (MongoAuthenticationException)',
		meaning: { diagnosis: 'unauthorized' },
		reading: refused,
		built: [
			'MongoDB.Driver.MongoAuthenticationException: Unable to authenticate using sasl protocol mechanism SCRAM-SHA-1. ---> MongoDB.Driver.MongoCommandException: Command saslContinue failed: Authentication failed..'
		]
	},
	{
		key: 'ruby-unauthorized',
		wrapper: true,
		driver: 'Ruby driver (and Mongoid)',
		text: 'User {user}{mechanism} is not authorized to access {database} (auth source: {source}){used}',
		pattern: /\bMongo::Auth::Unauthorized\b|\bis not authorized to access \S+ \((?:auth source|used mechanism|used server): /,
		citation:
			'mongodb/mongo-ruby-driver lib/mongo/auth/unauthorized.rb (2.0: "User #{user.name} is not authorized to access #{user.database}."; later with " (mechanism: …)", " (auth source: …)", " (used mechanism: …, used server: …)" and ": #{message}"), its spec asserts "User foo (mechanism: scram) is not authorized to access admin (used mechanism: SCRAM-SHA-1)"',
		meaning: { diagnosis: 'unauthorized' },
		reading: refused,
		built: [
			'Mongo::Auth::Unauthorized: User appuser (mechanism: scram256) is not authorized to access admin (auth source: admin, used mechanism: SCRAM-SHA-256, used server: db.example.com:27017 (STANDALONE)): Authentication failed. (18: AuthenticationFailed)',
			'User foo (mechanism: scram) is not authorized to access admin (used mechanism: SCRAM-SHA-1)'
		]
	},
	{
		key: 'rust-command-failed',
		driver: 'Rust driver (and Prisma, which uses it)',
		text: 'Command failed: Error code {code} ({codeName}): {message}',
		pattern: /Command failed: Error code 18 \(AuthenticationFailed\)/,
		citation:
			'mongodb/mongo-rust-driver src/error.rs ErrorKind::Command Display ("Command failed: {}"), CommandError Display "Error code {code} ({code_name}): {message}"; the wording as users’ code parses it (search tool, code corpus: "Kind: Command failed: Error code N (CodeName): …, labels: …")',
		meaning: { diagnosis: 'unauthorized' },
		reading: refused,
		built: ['Error: Kind: Command failed: Error code 18 (AuthenticationFailed): Authentication failed., labels: {}']
	},
	{
		key: 'libmongoc-saslstart',
		driver: 'libmongoc (C, C++, PHP, Ruby’s C binding, R, Julia)',
		text: 'Failed to send "saslStart" command with database "{db}": {error}',
		pattern: /Failed to send "saslStart" command with database/,
		citation: 'mongodb/mongo-c-driver src/libmongoc/src/mongoc/mongoc-cluster-sasl.c, asserted by tests/test-mongoc-cluster.c',
		meaning: {
			unmapped:
				'a wrapper: the error after the colon says why (a refused login, which the server-message row reads, or a socket error or timeout, which the network signatures read)'
		}
	},
	// Options and credentials the client refuses before it connects.
	{
		key: 'pymongo-password-required',
		driver: 'PyMongo 3.x and 4.x',
		text: 'A password is required.',
		pattern: /ConfigurationError: A password is required/,
		citation: 'mongodb/mongo-python-driver pymongo/auth.py @ 0092b0af79378abf35b6db73a082ecb91af1d973 _build_credentials_tuple',
		meaning: { diagnosis: 'config-conflict', also: ['invalid-uri'] },
		captured: [{ file: 'pymongo-no-password', text: 'pymongo.errors.ConfigurationError: A password is required.' }]
	},
	{
		key: 'pymongo-username-required',
		driver: 'PyMongo 3.x and 4.x',
		text: '{mechanism} requires a username.',
		pattern: /ConfigurationError: [\w-]+ requires a username/,
		citation: 'mongodb/mongo-python-driver pymongo/auth.py @ 0092b0af79378abf35b6db73a082ecb91af1d973 _build_credentials_tuple',
		meaning: { diagnosis: 'config-conflict', also: ['invalid-uri'] },
		captured: [{ file: 'pymongo-no-user', text: 'pymongo.errors.ConfigurationError: SCRAM-SHA-1 requires a username.' }]
	},
	{
		key: 'pymongo-x509-password',
		driver: 'PyMongo 3.x and 4.x',
		text: 'Passwords are not supported by MONGODB-X509',
		pattern: /Passwords are not supported by MONGODB-X509/,
		citation: 'mongodb/mongo-python-driver pymongo/auth.py @ 0092b0af79378abf35b6db73a082ecb91af1d973 _build_credentials_tuple',
		meaning: { diagnosis: 'config-conflict' },
		captured: [{ file: 'pymongo-x509-password', text: 'pymongo.errors.ConfigurationError: Passwords are not supported by MONGODB-X509' }]
	},
	{
		key: 'pymongo-x509-source',
		driver: 'PyMongo 3.x and 4.x',
		text: 'authentication source must be $external or None for {mechanism}',
		pattern: /authentication source must be \$external or None for/,
		citation: 'mongodb/mongo-python-driver pymongo/auth.py @ 0092b0af79378abf35b6db73a082ecb91af1d973 _build_credentials_tuple',
		meaning: { diagnosis: 'config-conflict' },
		captured: [
			{ file: 'pymongo-x509-source', text: 'builtins.ValueError: authentication source must be $external or None for MONGODB-X509' }
		]
	},
	{
		key: 'node-username-required',
		driver: 'Node.js driver (and mongosh, Mongoose)',
		text: "Username required for mechanism '{mechanism}'",
		pattern: /Username required for mechanism '/,
		citation: 'mongodb/node-mongodb-native src/cmap/auth/mongo_credentials.ts validate (MongoMissingCredentialsError), npm mongodb 7.9',
		meaning: { diagnosis: 'config-conflict', also: ['invalid-uri'] },
		captured: [{ file: 'node-no-user', text: "MongoMissingCredentialsError: Username required for mechanism 'SCRAM-SHA-1'" }]
	},
	{
		key: 'node-x509-password',
		driver: 'Node.js driver (and mongosh, Mongoose)',
		text: 'Password not allowed for mechanism MONGODB-X509',
		pattern: /Password not allowed for mechanism MONGODB-X509/,
		citation: 'mongodb/node-mongodb-native src/cmap/auth/mongo_credentials.ts validate (MongoAPIError), npm mongodb 7.9',
		meaning: { diagnosis: 'config-conflict' },
		captured: [{ file: 'node-x509-password', text: 'MongoAPIError: Password not allowed for mechanism MONGODB-X509' }]
	},
	{
		key: 'node-x509-source',
		driver: 'Node.js driver (and mongosh, Mongoose)',
		text: "authMechanism {mechanism} requires an authSource of '$external'",
		pattern: /requires an authSource of '\$external'/,
		citation: 'mongodb/node-mongodb-native src/connection_string.ts (MongoParseError), npm mongodb 7.9',
		meaning: { diagnosis: 'config-conflict' },
		captured: [{ file: 'node-x509-source', text: "MongoParseError: authMechanism MONGODB-X509 requires an authSource of '$external'" }]
	},
	{
		key: 'node-auth-mechanism',
		driver: 'Node.js driver (and mongosh, Mongoose)',
		text: 'authMechanism one of {mechanisms}, got {value}',
		pattern: /authMechanism one of [\w,-]+, got /,
		citation: 'mongodb/node-mongodb-native src/connection_string.ts OPTIONS.authMechanism (MongoParseError), npm mongodb 7.9',
		meaning: { diagnosis: 'unknown-option', also: ['config-conflict', 'invalid-uri'] },
		captured: [
			{
				file: 'node-bad-mechanism',
				text: 'MongoParseError: authMechanism one of MONGODB-AWS,DEFAULT,GSSAPI,PLAIN,SCRAM-SHA-1,SCRAM-SHA-256,MONGODB-X509,MONGODB-OIDC, got SCRAM-SHA-512'
			}
		]
	}
];
