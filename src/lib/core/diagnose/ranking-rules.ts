/**
 * How diagnoses are ranked, as data. Read this file top to bottom and you can predict the top
 * diagnosis of any text.
 *
 * THE SORT KEY. Every signature whose pattern matches reads the facts and proposes candidates, each
 * with a confidence (families/*.ts). The rules below then act on those candidates, and the
 * diagnoses are sorted by ONE key, the tuple (tier, place, position), compared left to right:
 * tier (higher first) is the candidate's confidence, high = 6, medium = 4, low = 2, minus 1 when a
 * `demote` rule names it; place (lower first) is how specific the evidence is: the candidate's
 * index in the list its signature returned (0 = the signature's own first reading), the lowest
 * over every signature that proposed it; position (lower first) is the offset in the paste of the
 * first evidence span. A `silence` rule removes a signature's candidates before sorting; a
 * `cause-first` rule gives a cause the key of the best diagnosis it explains, half a place ahead.
 *
 * WORKED EXAMPLE. "pymongo.errors.ServerSelectionTimeoutError: db.internal:27017: [SSL:
 * CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate
 * (_ssl.c:992), Timeout: 30s" matches two signatures. Rule `wrappers-speak-last` silences the
 * wrapper openssl.certificate-verify-failed. Left is openssl.unable-to-get-local-issuer, whose reading
 * (families/ranking.ts, the unknown-issuer table: the first rule that holds is
 * unknown-issuer.private-host, a private host and no tlsCAFile) proposes untrusted-ca high,
 * missing-intermediate low, ca-file-incomplete low. Keys: untrusted-ca (6, 0, 123),
 * missing-intermediate (2, 1, 123), ca-file-incomplete (2, 2, 123). No network-only cause was found,
 * so no demotion; no cause-first. The top is untrusted-ca. With "cluster0.abcde.mongodb.net" in
 * place of db.internal the same reading gives missing-system-roots high, and that is the top.
 */

import type { DiagnoseFacts } from './facts';
import { CERTIFICATE_OUTCOMES } from './families/ranking';
import { SERVER_SELECTION_SIGNATURE_IDS } from './tables/server-selection';
import type { DiagnosisId } from './vocabulary';
import { KEY_FILE_REASON_SIGNATURES } from './tables/openssl-reasons-signatures';

/** What a rule may look at: the facts of the text, and what the signatures made of it. */
export interface RuleFacts {
	facts: DiagnoseFacts;
	/** Ids of the signatures whose pattern matched the text. */
	matched: ReadonlySet<string>;
	/** Diagnoses proposed for the paste (evaluated after every text was read). */
	found: ReadonlySet<DiagnosisId>;
	/** For each diagnosis, the diagnoses it said it causes (Candidate.explains). */
	explains: ReadonlyMap<DiagnosisId, ReadonlySet<DiagnosisId>>;
}

export type RuleEffect =
	/** The signatures in `silences` propose nothing for this text. */
	| 'silence'
	/** `candidates` drop one tier. */
	| 'demote'
	/** A cause among `candidates` sorts just ahead of the best diagnosis it explains. */
	| 'cause-first';

export interface RankingRule {
	id: string;
	effect: RuleEffect;
	when(f: RuleFacts): boolean;
	/** The diagnoses the rule promotes, demotes or (for silence) takes away. */
	candidates: readonly DiagnosisId[];
	/** silence: the general signatures that stay quiet. */
	silences?: readonly string[];
	/** silence: the specific signatures whose match silences them. */
	by?: readonly string[];
	because: string;
	citation: string;
	/** Texts the rule is for; the tests assert the rule fires on each. */
	examples: readonly string[];
}

export const TIER = { high: 6, medium: 4, low: 2 } as const;

const anyMatched = (ids: readonly string[]) => (f: RuleFacts) => ids.some((id) => f.matched.has(id));

/** A general signature steps aside when a more specific reading of the same event matched. */
function yields(
	id: string,
	silences: string,
	by: readonly string[],
	candidates: readonly DiagnosisId[],
	because: string,
	citation: string,
	example: string
): RankingRule {
	return { id, effect: 'silence', silences: [silences], by, when: anyMatched(by), candidates, because, citation, examples: [example] };
}

/** Signatures that name a wrapper, not a cause: they speak only when nothing else matched. */
/** Wrappers that still say the certificate check failed, only not why. */
const VERIFY_WRAPPERS: readonly string[] = [
	'openssl.certificate-verify-failed',
	'dotnet.ssl-io-cert-validation',
	'dotnet.ssl-io-cert-chain-validation'
];

export const WRAPPERS: readonly string[] = [
	...VERIFY_WRAPPERS,
	// Every driver's server-selection error (tables/server-selection.ts).
	...SERVER_SELECTION_SIGNATURE_IDS
];

/** The client-side readings of OpenSSL's verify results, which a server log's own peer check replaces. */
const OPENSSL_VERIFY_READINGS = [
	'openssl.unable-to-get-local-issuer',
	'openssl.unable-to-get-issuer',
	'openssl.unable-to-verify-leaf',
	'openssl.self-signed-in-chain',
	'openssl.self-signed-leaf',
	'openssl.cert-expired',
	'openssl.verify-result',
	'openssl.certificate-verify-failed'
];

/** Causes that say only that the network path failed. */
export const NETWORK_ONLY: readonly DiagnosisId[] = [
	'server-selection-timeout',
	'connection-refused',
	'connection-reset',
	'handshake-timeout',
	'benign-message'
];

/** The rules, in the order a reader should read them. */
export const RANKING_RULES: readonly RankingRule[] = [
	{
		id: 'wrappers-speak-last',
		effect: 'silence',
		silences: WRAPPERS,
		when: (f) => [...f.matched].some((id) => !WRAPPERS.includes(id)),
		candidates: ['server-selection-timeout', 'untrusted-ca', 'missing-system-roots'],
		because:
			'a server-selection timeout or a bare "certificate verify failed" only wraps the error that caused it, so the wrapped error decides',
		citation: 'MongoDB Server Selection spec (the selection error carries the last server error); PyMongo TLS troubleshooting (seed 002)',
		examples: [
			'pymongo.errors.ServerSelectionTimeoutError: localhost:28100: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992), Timeout: 1.5s'
		]
	},
	{
		id: 'verify-failure-inside-selection',
		effect: 'silence',
		silences: SERVER_SELECTION_SIGNATURE_IDS,
		by: VERIFY_WRAPPERS,
		when: anyMatched(VERIFY_WRAPPERS),
		candidates: ['server-selection-timeout', 'handshake-timeout'],
		because:
			'a bare "certificate verify failed" inside a server-selection error is still the reason selection failed: the certificate check is the inner error, and the selection timeout only reports it',
		citation:
			'MongoDB Server Selection spec (the selection error carries the last server error); libmongoc mongoc-stream-tls-openssl.c prints "TLS handshake failed: " with OpenSSL’s reason and no verify result',
		examples: [
			"Error: No suitable servers found (`serverSelectionTryOnce` set): [TLS handshake failed: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed calling ismaster on 'db.example.com:27017']"
		]
	},
	yields(
		'leaf-alone-over-local-issuer',
		'openssl.unable-to-get-local-issuer',
		['openssl.unable-to-verify-leaf'],
		['untrusted-ca', 'missing-system-roots'],
		's_client prints verify error 20 and then 21 for a server that sends its leaf alone, and 21 is the precise one',
		'OpenSSL verify(1): X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20), X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE (21)',
		'depth=0 CN = db.internal\nverify error:num=20:unable to get local issuer certificate\nverify error:num=21:unable to verify the first certificate'
	),
	yields(
		'go-validity-over-openssl-expired',
		'openssl.cert-expired',
		['go.expired-or-not-yet-valid'],
		['cert-expired'],
		'Go’s message says whether the certificate expired or is not valid yet, which the shared words do not',
		'Go crypto/x509 CertificateInvalidError (Expired)',
		'x509: certificate has expired or is not yet valid: current time 2026-01-01T00:00:00Z is after 2025-01-01T00:00:00Z'
	),
	yields(
		'key-reason-over-pymongo-mismatch',
		'pymongo.private-key-mismatch',
		[...KEY_FILE_REASON_SIGNATURES, 'openssl.key-passphrase-prompt', 'python.key-passphrase-prompt-failed'],
		['key-mismatch'],
		'PyMongo wraps every key load failure in "Private key doesn’t match certificate"; the OpenSSL reason inside says what really failed',
		'PyMongo pymongo/pyopenssl_context.py load_cert_chain; OpenSSL PEM/X509 reason codes',
		"pymongo.errors.ConfigurationError: Private key doesn't match certificate: [('PEM routines', '', 'bad decrypt')]"
	),
	yields(
		'java-expiry-over-validity',
		'java.validity-check-failed',
		['java.expired', 'java.not-yet-valid'],
		['cert-expired'],
		'Java names CertificateExpiredException or CertificateNotYetValidException under the generic validity failure',
		'Java PKIX CertPathValidatorException (BasicReason.EXPIRED / NOT_YET_VALID)',
		'PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed\nCaused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Jan 01 00:00:00 UTC 2025'
	),
	{
		id: 'server-log-reads-its-own-peer-check',
		effect: 'silence',
		silences: OPENSSL_VERIFY_READINGS,
		by: ['mongod.peer-certificate-invalid'],
		// Only a server's log: the mongo shell prints the same words about the server's certificate.
		when: (f) => anyMatched(['mongod.peer-certificate-invalid'])(f) && f.facts.vantage?.writer === 'server',
		candidates: ['cert-expired', 'untrusted-ca', 'missing-system-roots', 'missing-intermediate'],
		because:
			'in a mongod log the verify error is the server’s verdict on the certificate its peer presented (a client’s, on an incoming connection); the client-side readings of the same words would point at the server’s own certificate',
		citation: 'MongoDB server ssl_manager_openssl.cpp parseAndValidatePeerCertificate (log ids 23256, 23235)',
		examples: [
			'2019-11-05T10:20:01.554+0000 E  NETWORK  [conn13] SSL peer certificate validation failed: certificate has expired',
			'{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"E",  "c":"NETWORK",  "id":23256,   "ctx":"conn15","msg":"SSL peer certificate validation failed","attr":{"error":"SSL peer certificate validation failed: unable to get local issuer certificate"}}'
		]
	},
	yields(
		'mongod-rejection-over-warning',
		'mongod.no-client-certificate-warning',
		['mongod.no-client-certificate-rejected'],
		['client-cert-required'],
		'when the same log shows the connection rejected, the warning about a missing client certificate is not the story',
		'MongoDB server log messages for net.tls.allowConnectionsWithoutCertificates',
		'2016-01-01T00:00:00.500-0700 W NETWORK  [conn9999] no SSL certificate provided by peer\n2016-01-01T00:00:00.500-0700 E NETWORK  [conn9999] no SSL certificate provided by peer; connection rejected'
	),
	yields(
		'dotnet-partial-chain-over-local-issuer',
		'dotnet.chain-partial-chain',
		['openssl.unable-to-get-local-issuer'],
		['missing-intermediate'],
		'"unable to get local issuer certificate" is OpenSSL’s verify error 20, which .NET on Linux prints too; OpenSSL’s signature reads it with the facts (which host, which CA file), the .NET one cannot',
		'.NET System.Net.Security on Linux (OpenSSL backend); OpenSSL verify code 20',
		'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: PartialChain\n ---> Interop+Crypto+OpenSslCryptographicException: error:0A000086:SSL routines::certificate verify failed: unable to get local issuer certificate'
	),
	yields(
		'srv-lookup-over-refused',
		'network.connection-refused',
		['network.srv-lookup'],
		['connection-refused'],
		'when the refused connection was the SRV lookup’s (the DNS resolver refused it), the failure is DNS, not a database server refusing the connection',
		'Go net.DNSError for a _mongodb._tcp SRV lookup; MongoDB SRV connection format',
		'error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net on 127.0.0.1:53: read udp 127.0.0.1:41367->127.0.0.1:53: read: connection refused'
	),
	yields(
		'socket-disconnected-over-reset',
		'network.connection-reset',
		['node.socket-disconnected'],
		['connection-reset'],
		'Node’s "socket disconnected before secure TLS connection" says the reset came during the TLS handshake, which means more than a bare ECONNRESET',
		'Node lib/_tls_wrap.js onSocketClose (ECONNRESET during handshake)',
		"MongoServerSelectionError: Client network socket disconnected before secure TLS connection was established\n    at connectionFailureError (node_modules/mongodb/lib/cmap/connect.js:383:20) {\n  code: 'ECONNRESET',"
	),
	yields(
		'srv-or-uri-over-host-not-found',
		'network.host-not-found',
		['network.srv-lookup', 'config.invalid-uri'],
		['host-not-found'],
		'an SRV name that does not resolve, or a URI that was misparsed into a host name, explains the ENOTFOUND',
		'Go net.DNSError ("no such host"); MongoDB connection string spec',
		'server selection error: error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net: no such host'
	),
	{
		id: 'network-causes-after-tls-causes',
		effect: 'demote',
		when: (f) => [...f.found].some((id) => !NETWORK_ONLY.includes(id)) && [...f.found].some((id) => NETWORK_ONLY.includes(id)),
		candidates: NETWORK_ONLY,
		because: 'a timeout, refusal or reset only says the path failed; at the same confidence a TLS cause in the same paste says why',
		citation: 'MongoDB Server Selection spec (a topology error lists each server’s own error)',
		examples: ['MongoServerSelectionError: Client network socket disconnected before secure TLS connection was established']
	},
	{
		id: 'misspelled-tls-option-before-its-outcome',
		effect: 'cause-first',
		when: (f) => [...(f.explains.get('unknown-option') ?? [])].some((id) => f.found.has(id)),
		candidates: ['unknown-option', ...CERTIFICATE_OUTCOMES],
		because: 'a misspelled TLS option (tlsCAFiles=…) is ignored, so the certificate error that follows is its consequence, not the cause',
		citation: 'MongoDB connection string spec: unknown options are warned about and ignored',
		examples: [
			'UserWarning: Unknown option tlsCAFiles\npymongo.errors.ServerSelectionTimeoutError: localhost:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992), Timeout: 1.5s',
			'pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992), Timeout: 1.5s\n/app/main.py:3: UserWarning: Unknown option tlsCAFiles'
		]
	}
];
