/**
 * Table 3 (issue 16): what mongod and mongos log about TLS, certificates and X.509
 * authentication, taken from the server's source, read from the server's side. Data only;
 * mongod-log-signatures.ts turns the mapped rows into error signatures.
 *
 * Two kinds of row:
 * - a log line: its LOGV2 id, severity, component and "msg" (the JSON format of 4.4+), and the
 *   text of the same line in the legacy format of 4.2 and older where the source gives it (the
 *   4.2 `error() << …` line, or the LOGV2 format string that kept its words);
 * - a Status: an error text the server returns or throws. It shows up inside another line's
 *   attr.error ("Error receiving request from client", id 22988; "Error during global
 *   initialization", id 20574; "Failed to authenticate", ids 20428 and 5286307), inside the
 *   legacy "Failed global initialization: BadValue: …", and in what a driver relays.
 *
 * In a server log the peer is whoever connected: a client, or another member. A certificate the
 * log calls "peer" is the client's; "server certificate" is this server's own, or, on a line of a
 * connection this server opened to another member, that member's.
 *
 * Sources (mongodb/mongo, read with the search tool at the commits below; the extract and the
 * command that rebuilds it: tests/fixtures/vocabulary/mongod-log-messages.tsv and its README section):
 */

import type { Confidence } from '../../model/report';
import type { DiagnosisId } from '../vocabulary';

export const MONGOD_SOURCES = {
	openssl: 'src/mongo/util/net/ssl_manager_openssl.cpp @ 01dc05c34f0d',
	openssl42: 'src/mongo/util/net/ssl_manager_openssl.cpp (4.2 line, error()/warning() << …), as stored by the search tool',
	windows: 'src/mongo/util/net/ssl_manager_windows.cpp (LOGV2 23279, 23276; 4.2 error() text), as stored by the search tool',
	manager: 'src/mongo/util/net/ssl_manager.cpp @ 36b8246daa26',
	expiration: 'src/mongo/util/net/private/ssl_expiration.cpp (LOGV2 23785/23786; 4.2 warning() text)',
	options: 'src/mongo/util/net/ssl_options_server.cpp @ 6b0141d15591',
	selector: 'src/mongo/util/net/ssl_options.cpp parseCertificateSelector (its texts asserted by ssl_options_test.cpp)',
	session: 'src/mongo/transport/asio/asio_session_impl.cpp @ 6b0141d15591 (4.2: transport/session_asio.h)',
	legacyPort: 'src/mongo/transport/service_state_machine.cpp / message_server_port.cpp (3.x–4.0 uassert 17132, 17189)',
	workflow: 'src/mongo/transport/session_workflow.cpp @ 5b6fc80860ca (LOGV2 22988)',
	init: 'src/mongo/db/mongod_main.cpp runGlobalInitializersOrDie (LOGV2_FATAL 20574 "Error during global initialization")',
	authSession: 'src/mongo/db/auth/authentication_session.cpp @ 5b83d4cc18cc',
	authCommands: 'src/mongo/db/commands/authentication_commands.cpp (LOGV2 20428, _authenticateX509)',
	sasl: 'src/mongo/db/auth/sasl_commands.cpp @ edfe3f3b1276 (LOGV2 20249)',
	saslX509: 'src/mongo/db/auth/sasl_x509_server_conversation.cpp (getUserName, cluster membership)',
	opCtx: 'src/mongo/db/operation_context.cpp (LOGV2 20883)',
	scram: 'src/mongo/db/auth/sasl_scram_server_conversation.cpp (AuthenticationFailed Status)',
	chainOfTrust: 'SERVER-72839 (4.4.29, 5.0.25, 6.0.14, 7.0.6+): jstests/ssl assert the start-up text'
} as const;

export type MongodSource = keyof typeof MONGOD_SOURCES;

/** How a mapped row reads: a fixed diagnosis, or one of the readings that look at the detail. */
export type MongodMeaning =
	| {
			diagnosis: DiagnosisId;
			confidence?: Confidence;
			/** Every diagnosis that may rank first on this text alone (the tests accept any of them). */
			tops?: readonly DiagnosisId[];
	  }
	| {
			/**
			 * - peer-verify: the X509_verify_cert_error_string after "SSL peer certificate validation
			 *   failed", read through the x509-verify table (families/mongod.ts peerCertificateReading);
			 * - pem-key: OpenSSL's reason for failing to read the server's own key file (bad decrypt,
			 *   no start line, no such file) decides between a password, a missing key and a bad file;
			 * - file: a file of this server's own that would not open or parse; the OS error in the
			 *   detail (no such file, permission denied) says which, for the same diagnosis.
			 */
			reading: 'peer-verify' | 'pem-key' | 'file';
			tops: readonly DiagnosisId[];
	  }
	| { unmapped: string };

export interface MongodMessage {
	/** Stable name of the row. */
	key: string;
	/**
	 * The signature the row is read through when it is not its own (mongod.<key>): rows that
	 * differ only in severity share one, which the ranking rules name.
	 */
	signature?: string;
	kind: 'log' | 'status';
	/** LOGV2 id (4.4+). */
	id?: number;
	severity?: 'I' | 'W' | 'E' | 'F' | 'D';
	component?: 'NETWORK' | 'ACCESS' | 'CONTROL' | '-';
	/** The JSON "msg" of a log line, or the text of a Status ({name} marks a value). */
	text: string;
	/** The legacy (≤ 4.2) line's text where it differs, {name} marking a value. */
	legacy?: string;
	/** Where the JSON line carries the detail. */
	attrs?: readonly string[];
	/**
	 * Where a Status shows up: in the line ending a client's connection (22988), in the start-up
	 * failure (20574, legacy "Failed global initialization"), or in a failed authentication (20428).
	 */
	surfaces?: 'connection' | 'startup' | 'auth';
	/** ErrorCodes name of a Status, or the number the 3.x–4.0 assertion printed. */
	code?: string;
	source: MongodSource;
	/** What it says, read from the server's side. */
	side: string;
	meaning: MongodMeaning;
}

const WRAPPER = 'a wrapper: the error in it is read by its own row (a Status below, or a driver- or OpenSSL-level text)';
const INNER_OPENSSL =
	'carries an OpenSSL error string in attr.error; the OpenSSL signatures read that string (no shared cipher, wrong version number, …)';

export const MONGOD_MESSAGES: readonly MongodMessage[] = [
	// Incoming connections: the handshake and the client's certificate.
	{
		key: 'tls-on-plain-server',
		kind: 'status',
		surfaces: 'connection',
		code: 'SSLHandshakeFailed (17132 before 4.2)',
		text: 'SSL handshake received but server is started without SSL support',
		source: 'session',
		side: 'a client opened TLS to this server, which runs with net.tls.mode disabled',
		meaning: { diagnosis: 'tls-to-plain-server' }
	},
	{
		key: 'disabled-protocol',
		kind: 'status',
		surfaces: 'connection',
		code: 'SSLHandshakeFailed',
		text: 'SSL handshake failed, as client requested disabled protocol',
		source: 'session',
		side: 'the client offered only TLS versions this server has disabled (net.tls.disabledProtocols, TLS 1.0 off by default)',
		meaning: { diagnosis: 'protocol-version' }
	},
	{
		key: 'plain-on-tls-server',
		kind: 'status',
		surfaces: 'connection',
		code: 'SSLHandshakeFailed (17189 before 4.2)',
		text: 'The server is configured to only allow SSL connections',
		source: 'session',
		side: 'a client connected without TLS to this server, which runs with requireTLS',
		meaning: { diagnosis: 'plain-to-tls-server' }
	},
	{
		key: 'prefer-plain-connection',
		kind: 'log',
		id: 23838,
		severity: 'I',
		component: 'NETWORK',
		// LOGV2(23838, format string, msg): the JSON line carries the msg, the values go to attr.
		text: "SSL mode is set to 'preferred' and connection to remote is not using SSL.",
		legacy: "SSL mode is set to 'preferred' and connection {id} to {remote} is not using SSL.",
		attrs: ['connectionId', 'remote'],
		source: 'session',
		side: 'with preferTLS a client connected without TLS, and this server accepted it',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'no-client-certificate-warning',
		kind: 'log',
		id: 23234,
		severity: 'W',
		component: 'NETWORK',
		text: 'No SSL certificate provided by peer',
		legacy: 'no SSL certificate provided by peer',
		source: 'openssl',
		side: 'a client sent no certificate, which this server allows (allowConnectionsWithoutCertificates): a note, not the failure',
		meaning: { diagnosis: 'benign-message', confidence: 'medium' }
	},
	{
		key: 'no-client-certificate-rejected',
		kind: 'log',
		id: 23255,
		severity: 'E',
		component: 'NETWORK',
		text: 'No SSL certificate provided by peer; connection rejected',
		legacy: 'no SSL certificate provided by peer; connection rejected',
		source: 'openssl',
		side: 'a client sent no certificate; this server has a CA file and requires one',
		meaning: { diagnosis: 'client-cert-required' }
	},
	{
		key: 'peer-certificate-invalid',
		kind: 'log',
		id: 23256,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL peer certificate validation failed',
		legacy: 'SSL peer certificate validation failed: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'this server checked the certificate the client sent (or, outgoing, the member’s) and refused it; the reason is OpenSSL’s verify text',
		meaning: {
			reading: 'peer-verify',
			tops: [
				'client-cert-untrusted',
				'untrusted-ca',
				'cert-expired',
				'cert-not-yet-valid',
				'wrong-purpose',
				'revoked',
				'crl-problem',
				'ocsp-failure',
				'weak-key',
				'weak-signature'
			]
		}
	},
	{
		key: 'peer-certificate-invalid-allowed',
		signature: 'peer-certificate-invalid',
		kind: 'log',
		id: 23235,
		severity: 'W',
		component: 'NETWORK',
		text: 'SSL peer certificate validation failed',
		legacy: 'SSL peer certificate validation failed: {reason}',
		attrs: ['reason'],
		source: 'openssl',
		side: 'the same check failed, but allowInvalidCertificates let the connection on: the certificate is still wrong for any strict peer',
		meaning: {
			reading: 'peer-verify',
			tops: [
				'client-cert-untrusted',
				'untrusted-ca',
				'cert-expired',
				'cert-not-yet-valid',
				'wrong-purpose',
				'revoked',
				'crl-problem',
				'ocsp-failure',
				'weak-key',
				'weak-signature'
			]
		}
	},
	{
		key: 'peer-certificate-invalid-windows',
		signature: 'peer-certificate-invalid',
		kind: 'log',
		id: 23279,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL peer certificate validation failed',
		legacy: 'SSL peer certificate validation failed: ({errorCode}){error}',
		attrs: ['errorCode', 'error'],
		source: 'windows',
		side: 'the same check on Windows (SChannel): the reason is a CERT_E_* / CRYPT_E_* code and its system message',
		meaning: {
			reading: 'peer-verify',
			tops: ['client-cert-untrusted', 'untrusted-ca', 'cert-expired', 'revoked', 'wrong-purpose', 'crl-problem']
		}
	},
	{
		key: 'host-name-mismatch-allowed-windows',
		kind: 'log',
		id: 23276,
		severity: 'W',
		component: 'NETWORK',
		text: 'The server certificate does not match the host name',
		attrs: ['remoteHost', 'certificateNames'],
		source: 'windows',
		side: 'on Windows, a name mismatch let through by allowInvalidHostnames',
		meaning: { diagnosis: 'benign-message', tops: ['benign-message', 'hostname-mismatch'] }
	},
	{
		key: 'no-peer-certificate-status',
		kind: 'status',
		surfaces: 'connection',
		code: 'SSLHandshakeFailed',
		text: 'no SSL certificate provided by peer; connection rejected',
		source: 'openssl',
		side: 'the Status of line 23255, as 22988 wraps it',
		meaning: { unmapped: 'the same words as the log line 23255, whose row reads them' }
	},
	{
		key: 'accepted-peer',
		kind: 'log',
		id: 23229,
		severity: 'D',
		component: 'NETWORK',
		text: 'Accepted TLS connection from peer',
		legacy: 'Accepted TLS connection from peer: {peerSubject}',
		attrs: ['peerSubject'],
		source: 'openssl',
		side: 'a client’s certificate passed this server’s check (debug level 2)',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'own-certificate-as-client',
		kind: 'log',
		id: 23236,
		severity: 'W',
		component: 'NETWORK',
		text: "Client connecting with server's own TLS certificate",
		source: 'openssl',
		side: 'a client presented this server’s own certificate; allowed, only noted',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'peer-certificate-expires-soon',
		kind: 'log',
		id: 23221,
		severity: 'W',
		component: 'NETWORK',
		text: 'Peer certificate expires soon',
		legacy: "Peer certificate '{peerSubjectName}' expires soon",
		attrs: ['peerSubjectName'],
		source: 'manager',
		side: 'a client’s certificate ends within tlsX509ExpirationWarningThresholdDays (30 by default); it still works',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'peer-certificate-expires-in',
		kind: 'log',
		id: 23222,
		severity: 'W',
		component: 'NETWORK',
		text: 'Peer certificate expiration information',
		legacy: "Peer certificate '{peerSubjectName}' expires in {days}",
		attrs: ['peerSubjectName', 'days'],
		source: 'manager',
		side: 'the same warning with the days left',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'tls-cluster-member-not-internal',
		kind: 'log',
		id: 20430,
		severity: 'W',
		component: 'ACCESS',
		text: "Client isn't a mongod or mongos, but is connecting with a certificate with cluster membership",
		source: 'authCommands',
		side: 'a client’s certificate has the O/OU/DC of this cluster’s members, so it is taken for a member',
		meaning: { diagnosis: 'x509-subject-like-cluster-member' }
	},
	{
		key: 'tls-cluster-member-not-internal-sasl',
		kind: 'log',
		id: 8209200,
		severity: 'W',
		component: 'ACCESS',
		text: "Client isn't a mongod or mongos, but is connecting with a certificate with cluster membership",
		source: 'saslX509',
		side: 'the same, logged by the MONGODB-X509 SASL mechanism',
		meaning: { diagnosis: 'x509-subject-like-cluster-member' }
	},
	// Connections this server opens (to another member): the member's certificate and name.
	{
		key: 'ip-in-dns-san',
		kind: 'log',
		id: 23237,
		severity: 'W',
		component: 'NETWORK',
		text: 'You have an IP Address in the DNS Name field on your certificate. This formulation is deprecated.',
		source: 'openssl',
		side: 'a certificate this server checked names an IP address as a DNS name; mongod still matches it, most drivers do not',
		meaning: { diagnosis: 'benign-message', tops: ['benign-message', 'ip-mismatch'] }
	},
	{
		key: 'host-name-mismatch',
		kind: 'log',
		id: 23257,
		severity: 'E',
		component: 'NETWORK',
		text: 'The server certificate does not match the remote host name',
		legacy: 'The server certificate does not match the host name. Hostname: {remoteHost} does not match {certificateNames}',
		attrs: ['remoteHost', 'certificateNames'],
		source: 'openssl',
		side: 'this server (or the shell) connected to a member whose certificate does not name the host it dialled',
		meaning: { diagnosis: 'hostname-mismatch' }
	},
	{
		key: 'host-name-mismatch-allowed',
		kind: 'log',
		id: 23238,
		severity: 'W',
		component: 'NETWORK',
		text: 'The server certificate does not match the remote host name',
		legacy: 'The server certificate does not match the host name. Hostname: {remoteHost} does not match {certificateNames}',
		attrs: ['remoteHost', 'certificateNames'],
		source: 'openssl',
		side: 'the same mismatch, let through by allowInvalidHostnames or allowInvalidCertificates',
		meaning: { diagnosis: 'benign-message', tops: ['benign-message', 'hostname-mismatch'] }
	},
	// Failures of the TLS layer itself.
	{
		key: 'ssl-timeout',
		kind: 'log',
		id: 23258,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL: possibly timed out during connect',
		legacy: 'SSL: {error}, possibly timed out during connect',
		attrs: ['error'],
		source: 'openssl',
		side: 'the peer accepted the TCP connection but did not finish the handshake in time',
		meaning: { diagnosis: 'handshake-timeout' }
	},
	{
		key: 'ssl-closed',
		kind: 'log',
		id: 23259,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL network connection closed',
		source: 'openssl',
		side: 'the peer closed the TLS session (close_notify)',
		meaning: { unmapped: 'an orderly close says nothing about why; the peer’s own log or error does' }
	},
	{
		key: 'ssl-error-syscall',
		kind: 'log',
		id: 23260,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL error',
		legacy: 'SSL: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'OpenSSL failed on a system call with an error queued',
		meaning: { unmapped: INNER_OPENSSL }
	},
	{
		key: 'ssl-eof',
		kind: 'log',
		id: 23261,
		severity: 'E',
		component: 'NETWORK',
		text: 'Unexpected EOF encountered during SSL communication',
		source: 'openssl',
		side: 'the peer dropped the connection mid-handshake without an alert (a client that gave up on this server’s certificate often does)',
		meaning: { unmapped: 'the peer hung up without saying why; its own error names the cause' }
	},
	{
		key: 'ssl-bio-io',
		kind: 'log',
		id: 23262,
		severity: 'E',
		component: 'NETWORK',
		text: 'The SSL BIO reported an I/O error',
		legacy: 'The SSL BIO reported an I/O error {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'the socket under TLS failed (errno in attr.error)',
		meaning: { unmapped: 'a socket error (reset, broken pipe), read by the network signatures' }
	},
	{
		key: 'ssl-error',
		kind: 'log',
		id: 23263,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL error',
		legacy: 'SSL: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'OpenSSL refused the handshake; the reason is its error string',
		meaning: { unmapped: INNER_OPENSSL }
	},
	{
		key: 'ssl-unrecognized',
		kind: 'log',
		id: 23264,
		severity: 'E',
		component: 'NETWORK',
		text: 'unrecognized SSL error',
		source: 'openssl',
		side: 'an SSL_get_error code mongod does not know',
		meaning: { unmapped: 'names no cause' }
	},
	// This server's own certificate, key, CA and CRL files (start-up).
	{
		key: 'cannot-read-certificate-file',
		kind: 'log',
		id: 23248,
		severity: 'E',
		component: 'NETWORK',
		text: 'Cannot read certificate file',
		legacy: 'cannot read certificate file: {keyFile} {error}',
		attrs: ['keyFile', 'error'],
		source: 'openssl',
		side: 'this server could not load the certificate chain from its own certificateKeyFile (missing, unreadable, or no PEM certificate)',
		meaning: { reading: 'file', tops: ['pem-file-invalid'] }
	},
	{
		key: 'bio-alloc',
		kind: 'log',
		id: 23249,
		severity: 'E',
		component: 'NETWORK',
		text: 'Failed to allocate BIO object',
		legacy: 'failed to allocate BIO object: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'OpenSSL could not allocate memory',
		meaning: { unmapped: 'out of memory, not a configuration a person changes' }
	},
	{
		key: 'cannot-read-pem-key-file',
		kind: 'log',
		id: 23250,
		severity: 'E',
		component: 'NETWORK',
		text: 'Cannot read PEM key file',
		legacy: 'cannot read PEM key file: {keyFile} {error}',
		attrs: ['keyFile', 'error'],
		source: 'openssl',
		side: 'this server could not open its own key file, or (4.2, same words) could not read the key in it',
		meaning: { reading: 'pem-key', tops: ['pem-file-invalid', 'key-encrypted', 'key-missing'] }
	},
	{
		key: 'cannot-read-pem-key',
		kind: 'log',
		id: 23251,
		severity: 'E',
		component: 'NETWORK',
		text: 'Cannot read PEM key',
		attrs: ['keyFile', 'error'],
		source: 'openssl',
		side: 'the key in this server’s certificateKeyFile would not load: wrong or missing password (bad decrypt), or no key in the file (no start line)',
		meaning: { reading: 'pem-key', tops: ['pem-file-invalid', 'key-encrypted', 'key-missing'] }
	},
	{
		key: 'cannot-use-pem-key',
		kind: 'log',
		id: 23252,
		severity: 'E',
		component: 'NETWORK',
		text: 'Cannot use PEM key',
		legacy: 'cannot use PEM key file: {keyFile} {error}',
		attrs: ['keyFile', 'error'],
		source: 'openssl',
		side: 'OpenSSL read the key but would not use it (a type or size it refuses)',
		meaning: { diagnosis: 'pem-file-invalid' }
	},
	{
		key: 'key-does-not-match',
		kind: 'log',
		id: 23253,
		severity: 'E',
		component: 'NETWORK',
		text: 'SSL certificate validation failed',
		legacy: 'SSL certificate validation: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'the key in this server’s certificateKeyFile is not the key of the certificate in it (SSL_CTX_check_private_key)',
		meaning: { diagnosis: 'key-mismatch' }
	},
	{
		key: 'cannot-read-crl',
		kind: 'log',
		id: 23254,
		severity: 'E',
		component: 'NETWORK',
		text: 'Cannot read CRL file',
		legacy: 'cannot read CRL file: {crlFile} {error}',
		attrs: ['crlFile', 'error'],
		source: 'openssl',
		side: 'this server could not load its net.tls.CRLFile',
		meaning: { diagnosis: 'crl-problem' }
	},
	{
		key: 'password-fetch',
		kind: 'log',
		id: 23239,
		severity: 'E',
		component: 'NETWORK',
		text: 'Unable to fetch password',
		attrs: ['error'],
		source: 'openssl',
		side: 'the key is encrypted, no certificateKeyFilePassword was set, and the prompt for one failed (no terminal under systemd or Docker)',
		meaning: { diagnosis: 'key-encrypted' }
	},
	{
		key: 'password-read',
		kind: 'status',
		surfaces: 'startup',
		code: 'UnknownError',
		text: 'Failed to read user provided decryption password',
		source: 'openssl',
		side: 'the same, as the Status the password prompt returned',
		meaning: { diagnosis: 'key-encrypted' }
	},
	{
		key: 'dh-default',
		kind: 'log',
		id: 23240,
		severity: 'E',
		component: 'NETWORK',
		text: 'Failed to set default DH parameters',
		legacy: 'Failed to set default DH parameters: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'the built-in DH group could not be set (the system OpenSSL refuses it)',
		meaning: { unmapped: 'the server keeps running with ECDHE; no client fails for it alone' }
	},
	{
		key: 'ecdhe',
		kind: 'log',
		id: 23230,
		severity: 'W',
		component: 'NETWORK',
		text: 'Failed to enable ECDHE due to a lack of support from system libraries.',
		source: 'openssl',
		side: 'OpenSSL older than 1.0.2 on this host',
		meaning: { unmapped: 'a library limitation; a no-shared-cipher failure that follows is read by its own signature' }
	},
	{
		key: 'asn1-time',
		kind: 'log',
		id: 23241,
		severity: 'E',
		component: 'NETWORK',
		text: 'ASN1_TIME_print failed or wrote no data.',
		source: 'openssl',
		side: 'a certificate date could not be printed',
		meaning: { unmapped: 'an internal failure naming no cause' }
	},
	{
		key: 'bio-gets',
		kind: 'log',
		id: 23242,
		severity: 'E',
		component: 'NETWORK',
		text: 'BIO_gets call failed to transfer contents to buf',
		source: 'openssl',
		side: 'the same, one step later',
		meaning: { unmapped: 'an internal failure naming no cause' }
	},
	{
		key: 'no-san',
		kind: 'log',
		id: 551190,
		severity: 'W',
		component: 'NETWORK',
		text: 'Server certificate has no compatible Subject Alternative Name. This may prevent TLS clients from connecting',
		source: 'openssl',
		side: 'this server’s own certificate has no subjectAltName: clients that ignore the CN (Go, Python, Node, Java) will refuse it',
		meaning: { diagnosis: 'hostname-mismatch', confidence: 'medium' }
	},
	{
		key: 'server-certificate-expired',
		kind: 'log',
		id: 23785,
		severity: 'W',
		component: 'CONTROL',
		text: 'Server certificate has expired',
		legacy: 'Server certificate is now invalid. It expired on {certExpiration}',
		attrs: ['certExpiration'],
		source: 'expiration',
		side: 'this server’s own certificate is past its notAfter: every client that verifies it refuses it',
		meaning: { diagnosis: 'cert-expired' }
	},
	{
		key: 'server-certificate-expiring',
		kind: 'log',
		id: 23786,
		severity: 'W',
		component: 'CONTROL',
		text: 'Server certificate will expire soon',
		legacy: 'Server certificate will expire on {certExpiration} in {days} days.',
		attrs: ['certExpiration', 'validDuration'],
		source: 'expiration',
		side: 'this server’s own certificate ends within 30 days; it still works',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'key-file-unreadable',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: "Cannot read key file '{keyFile}' when setting subject name. error: {error}",
		source: 'openssl',
		side: 'this server could not open its own certificateKeyFile (or clusterFile): the path, or the mongod user’s permission to read it',
		meaning: { reading: 'file', tops: ['pem-file-invalid'] }
	},
	{
		key: 'key-file-no-certificate',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: "Cannot retrieve certificate from keyfile '{keyFile}' when setting subject name. error: {error}",
		source: 'openssl',
		side: 'the file opened but holds no PEM certificate (a key only, DER, or PKCS#12)',
		meaning: { diagnosis: 'pem-file-invalid' }
	},
	{
		key: 'key-file-unreadable-info',
		kind: 'status',
		surfaces: 'startup',
		code: '4913001',
		text: 'cannot read key file when setting subject name: {keyFile} {error}',
		source: 'openssl',
		side: 'the same file unreadable when this server gathers what it logs about its certificates',
		meaning: { reading: 'file', tops: ['pem-file-invalid'] }
	},
	{
		key: 'key-file-no-certificate-info',
		kind: 'status',
		surfaces: 'startup',
		code: '4913002',
		text: 'cannot retrieve certificate from keyfile: {keyFile} {error}',
		source: 'openssl',
		side: 'the same file without a PEM certificate, at the same step',
		meaning: { diagnosis: 'pem-file-invalid' }
	},
	{
		key: 'own-certificate-out-of-date',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'The provided SSL certificate is expired or not yet valid.',
		source: 'openssl',
		side: 'this server refuses to start with its own certificate outside its validity (by this server’s clock)',
		meaning: { diagnosis: 'cert-expired', tops: ['cert-expired', 'cert-not-yet-valid'] }
	},
	{
		key: 'setup-pem',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'Can not set up PEM key file.',
		source: 'openssl',
		side: 'loading certificateKeyFile failed; the line before it (23248–23253) says which step',
		meaning: { diagnosis: 'pem-file-invalid', confidence: 'medium' }
	},
	{
		key: 'setup-cluster-file',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'Can not set up ssl clusterFile.',
		source: 'openssl',
		side: 'the same for net.tls.clusterFile, the certificate this server shows other members',
		meaning: { diagnosis: 'pem-file-invalid', confidence: 'medium' }
	},
	{
		key: 'setup-crl',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'Can not set up CRL file.',
		source: 'openssl',
		side: 'the CRL file did not load (23254 before it)',
		meaning: { diagnosis: 'crl-problem' }
	},
	{
		key: 'ca-file-unreadable',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'cannot read certificate authority file: {caFile} {error}',
		source: 'openssl',
		side: 'this server could not load its net.tls.CAFile (or clusterCAFile)',
		meaning: { reading: 'file', tops: ['pem-file-invalid'] }
	},
	{
		key: 'system-ca',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'error loading system CA certificates',
		source: 'openssl',
		side: 'with tlsUseSystemCA this server found no system CA bundle',
		meaning: { diagnosis: 'missing-system-roots' }
	},
	{
		key: 'cipher-config',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'Can not set supported cipher suites with config string',
		source: 'openssl',
		side: 'net.tls.tlsCipherConfig (or opensslCipherSuiteConfig) names nothing OpenSSL accepts',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'dh-file',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'Cannot open PEM DHParams file.',
		source: 'openssl',
		side: 'opensslDiffieHellmanParameters names a file this server cannot open',
		meaning: { diagnosis: 'pem-file-invalid' }
	},
	{
		key: 'dh-read',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidSSLConfiguration',
		text: 'Error reading DHParams file.',
		source: 'openssl',
		side: 'that file holds no PEM DH parameters',
		meaning: { diagnosis: 'pem-file-invalid' }
	},
	{
		key: 'ssl-init',
		kind: 'status',
		surfaces: 'startup',
		code: '16562 / 16768',
		text: 'ssl initialization problem',
		source: 'openssl',
		side: 'the TLS context could not be built',
		meaning: { unmapped: 'a wrapper; the Status or log line beside it says why' }
	},
	{
		key: 'ssl-server-init',
		kind: 'status',
		surfaces: 'startup',
		text: 'ssl server initialization problem for certificate: {keyFile}',
		source: 'openssl',
		side: 'the context for incoming connections failed on certificateKeyFile; " :: caused by :: " gives the reason',
		meaning: { unmapped: WRAPPER }
	},
	{
		key: 'ssl-client-init',
		kind: 'status',
		surfaces: 'startup',
		text: 'ssl client initialization problem for certificate: {keyFile}',
		source: 'openssl',
		side: 'the same for the certificate used towards other members (clusterFile or certificateKeyFile)',
		meaning: { unmapped: WRAPPER }
	},
	// Start-up options (BadValue / InvalidOptions, logged by 20574 or legacy "Failed global initialization").
	{
		key: 'chain-of-trust',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidOptions',
		text: 'The use of TLS without specifying a chain of trust is no longer supported',
		source: 'chainOfTrust',
		side: 'this server has TLS on but neither net.tls.CAFile nor tlsUseSystemCA, which newer releases refuse at start-up',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'ca-file-and-system-ca',
		kind: 'status',
		surfaces: 'startup',
		code: 'InvalidOptions',
		text: 'The use of both a CA File and the System Certificate store is not supported',
		source: 'chainOfTrust',
		side: 'net.tls.CAFile and tlsUseSystemCA together',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'need-certificate-key-file',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'need tlsCertificateKeyFile or certificateSelector when TLS is enabled',
		source: 'options',
		side: 'net.tls.mode is on but no certificate is configured',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'need-ca-with-crl',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'need tlsCAFile with tlsCRLFile',
		source: 'options',
		side: 'a CRL file without the CA file it belongs to',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-cluster-needs-ca',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'No TLS certificate validation can be performed since no CA file has been provided; please specify an tlsCAFile parameter',
		source: 'options',
		side: 'clusterAuthMode x509 or sendX509 with no CA file to check members’ certificates',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'tls-options-without-mode',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'need to enable TLS via the sslMode/tlsMode flag when using TLS configuration parameters',
		source: 'options',
		side: 'TLS files or options are set while net.tls.mode is disabled (or unset)',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-cluster-needs-tls',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'need to enable TLS via the tlsMode flag',
		source: 'options',
		side: 'x.509 cluster authentication with TLS disabled',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-cluster-separation',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'cannot have have x.509 cluster authentication while not enforcing user cluster separation',
		source: 'options',
		side: 'enforceUserClusterSeparation=false with x.509 cluster authentication',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-cluster-allow-tls',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'cannot have x.509 cluster authentication in allowTLS mode',
		source: 'options',
		side: 'allowTLS sends members plain connections, which cannot carry x.509 (only while transitionToAuth)',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'tls-mode-value',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'unsupported value for tlsMode {value}',
		source: 'options',
		side: 'net.tls.mode is not one of disabled, allowTLS, preferTLS, requireTLS',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'ssl-mode-value',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'unsupported value for sslMode {value}',
		source: 'options',
		side: 'net.ssl.mode is not one of disabled, allowSSL, preferSSL, requireSSL',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'cipher-config-conflict',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'net.tls.tlsCipherConfig is incompatible with the openTLSCipherConfig setParameter',
		source: 'options',
		side: 'the cipher list set twice',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'log-versions-value',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: "Unrecognized tlsLogVersions '{token}'",
		source: 'options',
		side: 'net.tls.logVersions names a version other than TLS1_0…TLS1_3',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'windows-service-path',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'PEMKeyFile requires an absolute file path with Windows services',
		source: 'options',
		side: 'a relative certificateKeyFile for a Windows service (CAFile, CRLFile and clusterFile have the same rule)',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'cluster-extension-unknown',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: "Unknown configuration option 'net.tls.clusterAuthX509.extensionValue'",
		source: 'options',
		side: 'clusterAuthX509.extensionValue on a release without the feature',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'cluster-extension-mode',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'net.tls.clusterAuthX509.extensionValue requires a clusterAuthMode which allows for usage of X509',
		source: 'options',
		side: 'the member extension set while clusterAuthMode is keyFile',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'cluster-attributes-unknown',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: "Unknown configuration option 'net.tls.clusterAuthX509.attributes'",
		source: 'options',
		side: 'clusterAuthX509.attributes on a release without the feature',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'cluster-attributes-mode',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'Cannot set clusterAuthX509.attributes when clusterAuthMode does not allow X.509',
		source: 'options',
		side: 'the member attributes set while clusterAuthMode is keyFile',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'windows-service-path-cluster',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'clusterFile requires an absolute file path with Windows services',
		source: 'options',
		side: 'a relative clusterFile for a Windows service',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'windows-service-path-ca',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'CAFile requires an absolute file path with Windows services',
		source: 'options',
		side: 'a relative CAFile for a Windows service',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'windows-service-path-crl',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: 'CRLFile requires an absolute file path with Windows services',
		source: 'options',
		side: 'a relative CRLFile for a Windows service',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'selector-shape',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: "Certificate selector for '{name}' must be a key=value pair",
		source: 'selector',
		side: 'net.tls.certificateSelector (Windows and macOS key stores) is not "subject=…" or "thumbprint=…"',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'selector-property',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: "Unknown certificate selector property for '{name}': '{key}'",
		source: 'selector',
		side: 'a certificate selector other than subject or thumbprint',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'selector-value',
		kind: 'status',
		surfaces: 'startup',
		code: 'BadValue',
		text: "Invalid certificate selector value for '{name}': {reason}",
		source: 'selector',
		side: 'a thumbprint that is not an even run of hex digits',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'cipher-config-deprecated',
		kind: 'log',
		id: 23286,
		severity: 'W',
		component: 'CONTROL',
		text: 'net.tls.tlsCipherConfig is deprecated. It will be removed in a future release.',
		source: 'options',
		side: 'a deprecated option; it still works',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'tls10-disabled',
		kind: 'log',
		id: 23285,
		severity: 'I',
		component: 'CONTROL',
		text: "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'",
		source: 'options',
		side: 'a start-up note; it matters only for clients limited to TLS 1.0, whose own error says protocol version',
		meaning: { diagnosis: 'benign-message', tops: ['benign-message', 'protocol-version'] }
	},
	// OCSP.
	{
		key: 'ocsp-staple-invalid',
		kind: 'log',
		id: 4781101,
		severity: 'E',
		component: 'NETWORK',
		text: 'Stapled OCSP Response validation threw an error',
		legacy: 'Stapled OCSP Response validation threw an error: {error}',
		attrs: ['error'],
		source: 'openssl',
		side: 'this server, connecting out, could not check the OCSP response the member stapled',
		meaning: { diagnosis: 'ocsp-failure' }
	},
	{
		key: 'ocsp-staple-failed',
		kind: 'log',
		id: 5512202,
		severity: 'W',
		component: 'NETWORK',
		text: 'Server was unable to staple OCSP Response',
		attrs: ['reason'],
		source: 'openssl',
		side: 'this server could not fetch an OCSP response for its own certificate (the responder unreachable)',
		meaning: { diagnosis: 'ocsp-failure', confidence: 'medium' }
	},
	{
		key: 'ocsp-staple-failed-periodic',
		kind: 'log',
		id: 5512201,
		severity: 'W',
		component: 'NETWORK',
		text: 'Server was unable to staple OCSP Response',
		attrs: ['reason'],
		source: 'openssl',
		side: 'the same on a later refresh',
		meaning: { diagnosis: 'ocsp-failure', confidence: 'medium' }
	},
	{
		key: 'ocsp-no-staple',
		kind: 'log',
		id: 23232,
		severity: 'W',
		component: 'NETWORK',
		text: 'Could not staple OCSP response to outgoing certificate.',
		source: 'openssl',
		side: 'this server’s certificate names no OCSP responder, or its chain would not verify',
		meaning: { diagnosis: 'ocsp-failure', confidence: 'medium' }
	},
	{
		key: 'ocsp-no-staple-update',
		kind: 'log',
		id: 23233,
		severity: 'W',
		component: 'NETWORK',
		text: 'Could not staple OCSP response to outgoing certificate.',
		source: 'openssl',
		side: 'the same when a refreshed response failed',
		meaning: { diagnosis: 'ocsp-failure', confidence: 'medium' }
	},
	{
		key: 'ocsp-remove-expiring',
		kind: 'log',
		id: 4633601,
		severity: 'W',
		component: 'NETWORK',
		text: 'Server will remove and not staple the expiring OCSP Response.',
		source: 'openssl',
		side: 'the stapled response is about to lapse and no new one came',
		meaning: { diagnosis: 'ocsp-failure', confidence: 'medium' }
	},
	{
		key: 'ocsp-must-staple',
		kind: 'status',
		surfaces: 'connection',
		code: 'InvalidSSLConfiguration',
		text: 'Peer certificate requires a stapled OCSP response, but none were provided.',
		source: 'openssl',
		side: 'the member’s certificate is must-staple and it stapled nothing',
		meaning: { diagnosis: 'ocsp-failure' }
	},
	{
		key: 'ocsp-revocation-check',
		kind: 'status',
		surfaces: 'connection',
		code: 'SSLHandshakeFailed',
		text: 'SSL peer certificate revocation status checking failed: {error}',
		source: 'openssl',
		side: 'the OCSP check of a certificate failed (responder, signature, or no matching answer)',
		meaning: { diagnosis: 'ocsp-failure' }
	},
	{
		key: 'ocsp-revoked',
		kind: 'status',
		surfaces: 'connection',
		code: 'OCSPCertificateStatusRevoked',
		text: 'OCSP Certificate Status: Revoked. Reason: {reason}',
		source: 'openssl',
		side: 'the responder says the certificate is revoked',
		meaning: { diagnosis: 'revoked' }
	},
	{
		key: 'own-certificate-revoked',
		kind: 'status',
		surfaces: 'startup',
		code: 'OCSPCertificateStatusRevoked',
		text: 'Certificate is revoked',
		source: 'openssl',
		side: 'this server’s own certificate is revoked (it refuses to start)',
		meaning: { diagnosis: 'revoked' }
	},
	{
		key: 'ocsp-fetch-started',
		kind: 'log',
		id: 577164,
		severity: 'I',
		component: 'NETWORK',
		text: 'OCSP fetch/staple started',
		source: 'openssl',
		side: 'routine',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'ocsp-fetch-done',
		kind: 'log',
		id: 577165,
		severity: 'I',
		component: 'NETWORK',
		text: 'OCSP fetch/staple completion',
		source: 'openssl',
		side: 'routine',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'crl-imported',
		kind: 'log',
		id: 4652602,
		severity: 'I',
		component: 'NETWORK',
		text: 'SSL imported revoked certificates from the revocation list',
		legacy: 'ssl imported {numberCerts} revoked certificates from the revocation list',
		attrs: ['numberCerts'],
		source: 'openssl',
		side: 'the CRL file loaded',
		meaning: { diagnosis: 'benign-message' }
	},
	{
		key: 'crl-imported-one',
		kind: 'log',
		id: 4652601,
		severity: 'I',
		component: 'NETWORK',
		text: 'ssl imported 1 revoked certificate from the revocation list.',
		source: 'openssl',
		side: 'the CRL file loaded',
		meaning: { diagnosis: 'benign-message' }
	},
	// X.509 authentication (after TLS worked).
	{
		key: 'x509-subject-mismatch',
		kind: 'status',
		surfaces: 'auth',
		code: 'AuthenticationFailed',
		text: 'There is no x.509 client certificate matching the user.',
		source: 'saslX509',
		side: 'the client asked for a user whose name is not exactly its certificate’s subject (spacing and order of the RDNs count)',
		meaning: { diagnosis: 'x509-user-missing' }
	},
	{
		key: 'x509-no-subject',
		kind: 'status',
		surfaces: 'auth',
		code: 'AuthenticationFailed',
		text: 'No verified subject name available from client',
		source: 'saslX509',
		side: 'MONGODB-X509 on a connection that sent no verified client certificate',
		meaning: { diagnosis: 'client-cert-required' }
	},
	{
		key: 'x509-no-peer-info',
		kind: 'status',
		surfaces: 'auth',
		code: 'AuthenticationFailed',
		text: 'No SSLPeerInfo available',
		source: 'saslX509',
		side: 'the same on a connection with no TLS session at all',
		meaning: { diagnosis: 'client-cert-required', tops: ['client-cert-required', 'plain-to-tls-server'] }
	},
	{
		key: 'x509-no-ca',
		kind: 'status',
		surfaces: 'auth',
		code: 'AuthenticationFailed',
		text: 'Unable to verify x.509 certificate, as no CA has been provided.',
		source: 'authCommands',
		side: 'this server has no CA file, so it cannot vouch for any client certificate',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-needs-tls',
		kind: 'status',
		surfaces: 'auth',
		code: 'ProtocolError',
		text: 'SSL support is required for the MONGODB-X509 mechanism.',
		source: 'authCommands',
		side: 'MONGODB-X509 over a connection that is not TLS',
		meaning: { diagnosis: 'plain-to-tls-server', tops: ['plain-to-tls-server', 'config-conflict'] }
	},
	{
		key: 'x509-external-db',
		kind: 'status',
		surfaces: 'auth',
		code: 'ProtocolError',
		text: 'X.509 authentication must always use the $external database.',
		source: 'authCommands',
		side: 'the client authenticated against a database other than $external (authSource)',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-external-db-sasl',
		kind: 'status',
		surfaces: 'auth',
		code: 'BadValue',
		text: "MONGODB-X509 is only available on the '$external' database.",
		source: 'saslX509',
		side: 'the same through saslStart',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'x509-cluster-only',
		kind: 'status',
		surfaces: 'auth',
		code: 'AuthenticationFailed',
		text: 'The provided certificate can only be used for cluster authentication, not client authentication. The current configuration does not allow x.509 cluster authentication, check the --clusterAuthMode flag',
		source: 'saslX509',
		side: 'the client’s certificate has the O/OU/DC of this cluster’s members, so it counts as a member’s, and clusterAuthMode does not allow x.509',
		meaning: { diagnosis: 'x509-subject-like-cluster-member' }
	},
	{
		key: 'x509-disabled',
		kind: 'status',
		surfaces: 'auth',
		code: 'BadValue',
		text: 'x.509 authentication is disabled.',
		source: 'authCommands',
		side: 'MONGODB-X509 is not in this server’s authenticationMechanisms',
		meaning: { diagnosis: 'config-conflict' }
	},
	{
		key: 'tls-ca-trusts-roles',
		kind: 'status',
		surfaces: 'auth',
		code: 'BadValue',
		text: 'CA: {sha256} is not authorized to grant any roles due to tlsCATrusts parameter',
		source: 'openssl',
		side: 'roles in the client’s certificate come from a CA that tlsCATrusts does not allow to grant them',
		meaning: { diagnosis: 'unauthorized' }
	},
	{
		key: 'auth-failed-authenticate',
		kind: 'log',
		id: 20428,
		severity: 'I',
		component: 'ACCESS',
		text: 'Failed to authenticate',
		attrs: ['client', 'mechanism', 'user', 'db', 'error'],
		source: 'authCommands',
		side: 'authentication failed after TLS worked; attr.error says why, and its own row (an X.509 one above) outranks this reading',
		meaning: { diagnosis: 'unauthorized', confidence: 'medium' }
	},
	{
		key: 'auth-failed-session',
		kind: 'log',
		id: 5286307,
		severity: 'I',
		component: 'ACCESS',
		text: 'Failed to authenticate',
		attrs: ['client', 'isSpeculative', 'isClusterMember', 'mechanism', 'user', 'db', 'error'],
		source: 'authSession',
		side: 'the same, logged by the authentication session (5.0+)',
		meaning: { diagnosis: 'unauthorized', confidence: 'medium' }
	},
	{
		key: 'auth-failed-sasl',
		kind: 'log',
		id: 20249,
		severity: 'I',
		component: 'ACCESS',
		text: 'Authentication failed',
		legacy: 'SASL {mechanism} authentication failed for {principalName} on {authenticationDatabase} from client {client} ; {result}',
		attrs: ['mechanism', 'principalName', 'authenticationDatabase', 'client', 'result'],
		source: 'sasl',
		side: 'a SASL step failed (SCRAM: wrong password or user; X509: the rows above)',
		meaning: { diagnosis: 'unauthorized', confidence: 'medium' }
	},
	{
		key: 'scram-mismatch',
		kind: 'status',
		surfaces: 'auth',
		code: 'AuthenticationFailed',
		text: 'SCRAM authentication failed, storedKey mismatch',
		source: 'scram',
		side: 'the password is wrong: TLS and the network are fine',
		meaning: { diagnosis: 'unauthorized' }
	},
	// Wrappers of the lines above.
	{
		key: 'receive-error',
		kind: 'log',
		id: 22988,
		severity: 'I',
		component: 'NETWORK',
		text: 'Error receiving request from client. Ending connection from remote',
		legacy: 'Error receiving request from client: {error}. Ending connection from {remote} (connection id: {connectionId})',
		attrs: ['error', 'remote', 'connectionId'],
		source: 'workflow',
		side: 'this server dropped a client’s connection; attr.error is the reason',
		meaning: { unmapped: WRAPPER }
	},
	{
		key: 'global-init',
		kind: 'log',
		id: 20574,
		severity: 'F',
		component: 'CONTROL',
		text: 'Error during global initialization',
		legacy: 'Failed global initialization: {error}',
		attrs: ['error'],
		source: 'init',
		side: 'this server did not start; attr.error.errmsg is the reason',
		meaning: { unmapped: WRAPPER }
	},
	{
		key: 'client-disconnected',
		kind: 'log',
		id: 20883,
		severity: 'I',
		component: '-',
		text: 'Interrupted operation as its client disconnected',
		attrs: ['opId'],
		source: 'opCtx',
		side: 'a client went away while its operation ran: routine when a driver closes a pool or a health check times out',
		meaning: { diagnosis: 'benign-message' }
	}
];
