/**
 * Issue 15, Node's own layer: the TLS errors Node itself raises (not OpenSSL's reasons, which the
 * OpenSSL tables read, nor its verify codes, which x509-verify.ts reads), and the file errors the
 * MongoDB Node driver and mongosh report when they read tlsCAFile, tlsCertificateKeyFile and
 * tlsCRLFile (src/mongo_client.ts: fs.readFile of each path). Each row names a diagnosis or says
 * why it has none.
 *
 * Sources (extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * - ERR_TLS_*: lib/internal/errors.js, as Node v20.20.2 words them (node-tls-codes.tsv, read from
 *   the running Node) and at nodejs/node 0036caa8 (search-tool file id 4757041864);
 * - lib/_tls_wrap.js (Node v20.20.2): onConnectEnd, onSocketClose;
 * - src/crypto/crypto_context.cc @ nodejs/node 00f666a7 (SecureContext: setKey, setCert, addCRL,
 *   loadPKCS12, init; ThrowCryptoError's default message when OpenSSL queued none);
 * - the MongoDB Node driver's network errors while it opens or uses a connection: lib/cmap/connect.js
 *   and connection.js of mongodb 7.9.0 (the same as 6.21.0), src/cmap/connect.ts and connection.ts at
 *   mongodb/node-mongodb-native v4.17.2 aab9c461;
 * - libuv's errno descriptions (util.getSystemErrorMap) for each errno open(2)/read(2) document,
 *   printed by Node as "CODE: description, syscall 'path'".
 */

import type { DiagnosisId } from '../vocabulary';

export type NodeList = 'ERR_TLS' | 'tls_wrap' | 'crypto_context' | 'fs' | 'driver';

export interface NodeRow {
	list: NodeList;
	/** The error code (ERR_TLS_*, errno) or, for crypto_context, the thrower. */
	name: string;
	/** The message, with <1>, <2>, … where Node puts a value; absent where Node words nothing fixed. */
	message?: string;
	/** driver rows: the driver versions whose source has it. */
	versions?: readonly string[];
	/** err.code Node sets beside the message. */
	code?: string;
	diagnosis?: DiagnosisId;
	note?: string;
	unmapped?: string;
	/** The reading depends on the text around it (node-signatures.ts READINGS). */
	reading?: 'handshake-closed' | 'name-too-long' | 'extra-ca-certs' | 'closed-after-connect' | 'timed-out';
	citation: string;
}

const ERRORS = 'nodejs/node lib/internal/errors.js';
const WRAP = 'nodejs/node lib/_tls_wrap.js';
const CONTEXT = 'nodejs/node src/crypto/crypto_context.cc';
const FS = 'libuv uv_strerror via Node fs (util.getSystemErrorMap); open(2), read(2)';

const API = 'a misuse of the tls API by the application, not a TLS setting a person chooses';
const SERVER_SIDE = 'raised by a Node TLS server; a MongoDB client does not run one';
const NOT_READ =
	'fs.readFile of an existing path does not fail so for a certificate file: the error names the machine (resources, devices), not the file';

const tls = (name: string, message: string, extra: Omit<NodeRow, 'list' | 'name' | 'message' | 'code' | 'citation'>): NodeRow => ({
	list: 'ERR_TLS',
	name,
	message,
	code: name,
	...extra,
	citation: `${ERRORS}: E('${name}', …)`
});

const ctx = (name: string, message: string, extra: Omit<NodeRow, 'list' | 'name' | 'message' | 'citation'>): NodeRow => ({
	list: 'crypto_context',
	name,
	message,
	...extra,
	citation: `${CONTEXT}: ${name}("${message}")`
});

const fs = (
	name: string,
	message: string | undefined,
	extra: Omit<NodeRow, 'list' | 'name' | 'message' | 'code' | 'citation'>
): NodeRow => ({
	list: 'fs',
	name,
	...(message ? { message } : {}),
	code: name,
	...extra,
	citation: `${FS}: ${name}`
});

const DRIVER = 'mongodb/node-mongodb-native src/cmap/connect.ts, connection.ts';
const NEW = ['7.9.0'];
const OLD = ['4.17.2'];
const driver = (
	name: 'MongoNetworkError' | 'MongoNetworkTimeoutError',
	message: string,
	versions: readonly string[],
	extra: Omit<NodeRow, 'list' | 'name' | 'message' | 'versions' | 'citation'>
): NodeRow => ({ list: 'driver', name, message, versions, ...extra, citation: `${DRIVER}: new ${name}('${message}')` });
const CANCELLED = 'the driver gave up the attempt itself (the pool was cleared or the client closed); the cause is the error before it';

const FILE_NOTE = 'the file named in tlsCAFile, tlsCertificateKeyFile or tlsCRLFile';

export const NODE_ERRORS: readonly NodeRow[] = [
	// ── ERR_TLS_* ─────────────────────────────────────────────────────────────────────────
	tls(
		'ERR_TLS_ALPN_CALLBACK_INVALID_RESULT',
		"ALPN callback returned a value (<1>) that did not match any of the client's offered protocols (<2>)",
		{
			unmapped: SERVER_SIDE
		}
	),
	tls('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', {
		unmapped: SERVER_SIDE
	}),
	tls('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', {
		unmapped: 'Node refused to parse a subjectAltName with injected separators; the certificate must be reissued'
	}),
	tls('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames: <1>", {
		unmapped: 'read by the host name rows of tables/x509-verify.ts (NODE_ALTNAME), one per reason'
	}),
	// Node's client checks the server's DH group against minDHSize (lib/_tls_wrap.js onConnectSecure).
	tls('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size <1> is less than 2048', { diagnosis: 'dh-key-too-small' }),
	tls('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', {
		diagnosis: 'handshake-timeout',
		note: 'the TLS handshake did not finish in time'
	}),
	tls('ERR_TLS_INVALID_CONTEXT', '<1> must be a SecureContext', { unmapped: API }),
	tls('ERR_TLS_INVALID_PROTOCOL_VERSION', '"<1>" is not a valid <2> TLS protocol version', {
		diagnosis: 'unknown-option',
		note: 'minVersion or maxVersion names no TLS version Node knows (TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)'
	}),
	tls('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', { unmapped: API }),
	tls('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version "<1>" conflicts with secureProtocol "<2>"', {
		diagnosis: 'config-conflict',
		note: 'secureProtocol and minVersion/maxVersion were both set; Node takes one or the other'
	}),
	tls('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', {
		unmapped: 'the application called renegotiate() on a socket that forbids it; the drivers never do'
	}),
	tls('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', { unmapped: SERVER_SIDE }),
	tls('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', { unmapped: SERVER_SIDE }),
	tls('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', { unmapped: SERVER_SIDE }),

	// ── lib/_tls_wrap.js: the socket closed before the handshake finished ─────────────────────
	{
		list: 'tls_wrap',
		name: 'onConnectEnd',
		message: 'Client network socket disconnected before secure TLS connection was established',
		code: 'ECONNRESET',
		diagnosis: 'tls-to-plain-server',
		reading: 'handshake-closed',
		note: 'the server closed the connection during the TLS handshake: who it was and why depends on the facts',
		citation: `${WRAP}: onConnectEnd, ConnResetException (ECONNRESET)`
	},
	{
		list: 'tls_wrap',
		name: 'onSocketClose',
		message: 'socket hang up',
		code: 'ECONNRESET',
		unmapped: `${SERVER_SIDE} (tlsClientError); Node's HTTP client says the same for HTTP, which is no MongoDB connection`,
		citation: `${WRAP}: onSocketClose, ConnResetException('socket hang up')`
	},

	// ── src/crypto/crypto_context.cc: the SecureContext built from the TLS options ────────────
	ctx('THROW_ERR_TLS_INVALID_PROTOCOL_METHOD', 'SSLv2 methods disabled', {
		code: 'ERR_TLS_INVALID_PROTOCOL_METHOD',
		diagnosis: 'protocol-version',
		note: 'secureProtocol asks for SSLv2, which Node refuses: use TLS 1.2 or later'
	}),
	ctx('THROW_ERR_TLS_INVALID_PROTOCOL_METHOD', 'SSLv3 methods disabled', {
		code: 'ERR_TLS_INVALID_PROTOCOL_METHOD',
		diagnosis: 'protocol-version',
		note: 'secureProtocol asks for SSLv3, which Node refuses: use TLS 1.2 or later'
	}),
	ctx('THROW_ERR_TLS_INVALID_PROTOCOL_METHOD', 'Unknown method: <1>', {
		code: 'ERR_TLS_INVALID_PROTOCOL_METHOD',
		diagnosis: 'unknown-option',
		note: 'secureProtocol names no OpenSSL method Node knows'
	}),
	ctx('ThrowCryptoError', 'SSL_CTX_new', { unmapped: 'OpenSSL could not make a context at all: a broken installation' }),
	ctx('THROW_ERR_CRYPTO_OPERATION_FAILED', 'Error generating ticket keys', {
		code: 'ERR_CRYPTO_OPERATION_FAILED',
		unmapped: 'no randomness available to the process'
	}),
	// ThrowCryptoError words it so only when OpenSSL queued no reason; with one, OpenSSL's text is the message.
	ctx('ThrowCryptoError', 'PEM_read_bio_PrivateKey', {
		diagnosis: 'key-missing',
		note: 'Node found no private key it could read in the key (tlsCertificateKeyFile)'
	}),
	ctx('ThrowCryptoError', 'SSL_CTX_use_PrivateKey', {
		diagnosis: 'key-mismatch',
		note: 'OpenSSL refused the key for the certificate: it is not the key the certificate was issued for'
	}),
	ctx('THROW_ERR_CRYPTO_OPERATION_FAILED', 'Failure to initialize engine', {
		code: 'ERR_CRYPTO_OPERATION_FAILED',
		unmapped: 'an OpenSSL engine (privateKeyEngine), which the drivers do not set'
	}),
	ctx('ThrowCryptoError', 'ENGINE_load_private_key', { unmapped: 'an OpenSSL engine (privateKeyEngine), which the drivers do not set' }),
	ctx('ThrowCryptoError', 'SSL_CTX_use_certificate_chain', {
		diagnosis: 'pem-file-invalid',
		note: 'no certificate could be read from the certificate file (tlsCertificateKeyFile)'
	}),
	ctx('THROW_ERR_CRYPTO_OPERATION_FAILED', 'Failed to parse CRL', {
		code: 'ERR_CRYPTO_OPERATION_FAILED',
		diagnosis: 'crl-problem',
		note: 'tlsCRLFile holds no PEM CRL ("-----BEGIN X509 CRL-----"): a certificate, a DER file, or the wrong file'
	}),
	ctx('ThrowCryptoError', 'Failed to set ciphers', {
		unmapped: 'a ciphers option that names no cipher this OpenSSL knows; the option is the application’s own, not a driver setting'
	}),
	ctx('THROW_ERR_CRYPTO_OPERATION_FAILED', 'Failed to set ECDH curve', {
		code: 'ERR_CRYPTO_OPERATION_FAILED',
		unmapped: 'an ecdhCurve option that names no curve this OpenSSL knows'
	}),
	ctx('THROW_ERR_INVALID_ARG_VALUE', 'DH parameter is less than 1024 bits', { code: 'ERR_INVALID_ARG_VALUE', unmapped: SERVER_SIDE }),
	ctx('THROW_ERR_CRYPTO_OPERATION_FAILED', 'Error setting temp DH parameter', {
		code: 'ERR_CRYPTO_OPERATION_FAILED',
		unmapped: SERVER_SIDE
	}),
	ctx('TypeError', 'SSL_CTX_set_session_id_context error', { unmapped: SERVER_SIDE }),
	ctx('THROW_ERR_MISSING_ARGS', 'PFX certificate argument is mandatory', { code: 'ERR_MISSING_ARGS', unmapped: API }),
	ctx('THROW_ERR_CRYPTO_OPERATION_FAILED', 'Unable to load PFX certificate', {
		code: 'ERR_CRYPTO_OPERATION_FAILED',
		diagnosis: 'pem-file-invalid',
		note: 'the pfx option is neither a string nor a buffer: the application passed something else (a path object, undefined)'
	}),
	// Node v20.20.2 (after 00f666a7): OpenSSL 3 has no RC2-40 / 3DES, which older PKCS#12 exports use.
	ctx('THROW_ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported PKCS12 PFX data', {
		code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION',
		diagnosis: 'pem-file-invalid',
		note: 'the PKCS#12 file is encrypted with RC2 or 3DES, which OpenSSL 3 refuses: export it again with AES (openssl pkcs12 -export without -legacy), or use PEM files'
	}),
	ctx('ThrowError', 'Unknown error', { unmapped: 'loadPKCS12 with no OpenSSL reason: the text names nothing' }),
	ctx('fprintf', 'Warning: Ignoring extra certs from `<1>`, load failed: <2>', {
		diagnosis: 'pem-file-invalid',
		reading: 'extra-ca-certs',
		note: 'NODE_EXTRA_CA_CERTS names a file Node could not read, so the CA it should add is not trusted'
	}),

	// ── the driver's network errors: the connection closed or timed out while it was being opened ─
	driver('MongoNetworkError', 'Socket closed after <1> during connection establishment', NEW, {
		diagnosis: 'plain-to-tls-server',
		reading: 'closed-after-connect'
	}),
	driver('MongoNetworkError', 'connection <1> to <2> closed', [...OLD, ...NEW], {
		diagnosis: 'plain-to-tls-server',
		reading: 'closed-after-connect'
	}),
	driver('MongoNetworkError', 'connection closed', OLD, { diagnosis: 'plain-to-tls-server', reading: 'closed-after-connect' }),
	driver('MongoNetworkTimeoutError', "Socket '<1>' timed out after <2>ms (connectTimeoutMS: <3>)", NEW, {
		diagnosis: 'handshake-timeout',
		reading: 'timed-out'
	}),
	driver('MongoNetworkTimeoutError', 'connection <1> to <2> timed out', [...OLD, ...NEW], {
		diagnosis: 'handshake-timeout',
		reading: 'timed-out'
	}),
	driver('MongoNetworkTimeoutError', 'connection timed out', OLD, { diagnosis: 'handshake-timeout', reading: 'timed-out' }),
	driver('MongoNetworkError', 'Socket connection establishment was cancelled after <1>', NEW, { unmapped: CANCELLED }),
	driver('MongoNetworkError', 'connection establishment was cancelled', OLD, { unmapped: CANCELLED }),
	driver('MongoNetworkError', 'unexpected error writing to socket', NEW, {
		unmapped: 'a write failed; the error it wraps (its cause) names why'
	}),
	driver('MongoNetworkError', 'unknown network error', OLD, { unmapped: 'names nothing' }),

	// ── fs: reading the files the TLS options name ────────────────────────────────────────
	fs('EACCES', 'permission denied', { diagnosis: 'pem-file-invalid', note: `the process may not read ${FILE_NOTE}` }),
	fs('EAGAIN', 'resource temporarily unavailable', { unmapped: NOT_READ }),
	fs('EBADF', 'bad file descriptor', { unmapped: NOT_READ }),
	fs('EBUSY', 'resource busy or locked', { unmapped: NOT_READ }),
	fs('EDQUOT', undefined, { unmapped: 'libuv has no name for it; only a write runs out of quota' }),
	fs('EEXIST', 'file already exists', { unmapped: 'only when creating a file' }),
	fs('EFAULT', 'bad address in system call argument', { unmapped: NOT_READ }),
	fs('EFBIG', 'file too large', { unmapped: NOT_READ }),
	fs('EINTR', 'interrupted system call', { unmapped: NOT_READ }),
	fs('EINVAL', 'invalid argument', { unmapped: NOT_READ }),
	fs('EIO', 'i/o error', { unmapped: 'a disk or network file system fault' }),
	fs('EISDIR', 'illegal operation on a directory', { diagnosis: 'pem-file-invalid', note: `${FILE_NOTE} is a directory, not a file` }),
	fs('ELOOP', 'too many symbolic links encountered', { diagnosis: 'pem-file-invalid', note: `${FILE_NOTE} is a symbolic link that loops` }),
	fs('EMFILE', 'too many open files', { unmapped: 'the process ran out of file descriptors; the file is not at fault' }),
	fs('ENAMETOOLONG', 'name too long', {
		diagnosis: 'pem-file-invalid',
		reading: 'name-too-long',
		note: 'the path is longer than the system allows'
	}),
	fs('ENFILE', 'file table overflow', { unmapped: 'the system ran out of file descriptors; the file is not at fault' }),
	fs('ENODEV', 'no such device', { unmapped: NOT_READ }),
	fs('ENOENT', 'no such file or directory', { diagnosis: 'pem-file-invalid', note: `${FILE_NOTE} does not exist at that path` }),
	fs('ENOMEM', 'not enough memory', { unmapped: NOT_READ }),
	fs('ENOSPC', 'no space left on device', { unmapped: 'only a write runs out of space' }),
	fs('ENOTDIR', 'not a directory', { diagnosis: 'pem-file-invalid', note: `a part of the path to ${FILE_NOTE} is a file, not a folder` }),
	fs('ENXIO', 'no such device or address', { unmapped: NOT_READ }),
	fs('EOPNOTSUPP', undefined, { unmapped: 'libuv has no name for it here; not a plain file read' }),
	fs('EOVERFLOW', 'value too large for defined data type', { unmapped: NOT_READ }),
	fs('EPERM', 'operation not permitted', { diagnosis: 'pem-file-invalid', note: `the system forbids reading ${FILE_NOTE}` }),
	fs('EROFS', 'read-only file system', { unmapped: 'only a write fails so' }),
	fs('ETXTBSY', 'text file is busy', { unmapped: 'only a write to a running program fails so' }),
	fs('EWOULDBLOCK', undefined, { unmapped: 'the same as EAGAIN on Linux; libuv names it so' })
];
