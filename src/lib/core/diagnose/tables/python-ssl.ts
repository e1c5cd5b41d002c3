/**
 * Tables 3 and 4 (issue 15), Python part: the messages CPython's ssl layer words itself (the
 * OpenSSL reasons it wraps are openssl-reasons.ts and x509-verify.ts), the host name errors of
 * the old ssl.match_hostname and of PyMongo's copy of it, and PyMongo's own TLS option errors.
 *
 * Sources (extract and the check against the installed Python: tests/fixtures/vocabulary/README.md):
 * - python/cpython Modules/_ssl.c @ 00236fed5d81 (PySSL_SetError's errstr values, the ERRSTR
 *   timeouts, _add_ca_certs, _pwinfo_set, load_verify_locations); the same strings are in the
 *   installed CPython 3.11 _ssl module. 3.8–3.13 print these words; the "_ssl.c:N" line differs.
 * - Lib/ssl.py (3.11: _dnsname_match, match_hostname; removed in 3.12) and mongodb/mongo-python-driver
 *   pymongo/ssl_match_hostname.py (PyMongo 3.x's copy), pymongo/ssl_support.py (3.11, and 4.x @
 *   0092b0af7937, which words the CRL error with the 4.x option name and keeps the others).
 * - File errors: load_cert_chain / load_verify_locations raise OSError from errno
 *   (PyErr_SetFromErrno): "[Errno 2] No such file or directory".
 */

import type { DiagnosisId } from '../vocabulary';

/** How a row is read when the facts decide (python-ssl-signatures.ts). */
export type PythonReading = 'handshake-closed' | 'handshake-timeout';

export interface PythonSslRow {
	/** Stable id: the signature is python.<id>. */
	id: string;
	/** The message as the source formats it: %r (or {!r}) a quoted value, %s any text, %d a number. */
	text: string;
	/** The exception Python raises with it. */
	exception: string;
	/**
	 * The text is only Python's when "_ssl.c:N: " stands before it (the ERRSTR macro): urllib3 and
	 * others say "The read operation timed out" of their own sockets.
	 */
	framed?: true;
	diagnosis?: DiagnosisId;
	reading?: PythonReading;
	/** A hand-written signature keeps this reading (it needs the lines around the message). */
	signature?: string;
	unmapped?: string;
	note?: string;
	citation: string;
}

const SSL_C = 'CPython Modules/_ssl.c @ 00236fed5d81';
const SSL_PY = 'CPython Lib/ssl.py (3.7–3.11)';
const PM_HOST = 'PyMongo 3.x pymongo/ssl_match_hostname.py';
const PM_SUPPORT = 'PyMongo 3.11 pymongo/ssl_support.py get_ssl_context';

export const PYTHON_SSL: readonly PythonSslRow[] = [
	// The peer closed the connection in the middle of the handshake (SSL_ERROR_SYSCALL with EOF, or
	// OpenSSL 3's unexpected eof): a plain port, an Atlas access list, a Python 3.10 / MongoDB 4.0 pair.
	{
		id: 'eof-in-handshake',
		text: 'EOF occurred in violation of protocol',
		exception: 'ssl.SSLEOFError',
		reading: 'handshake-closed',
		citation: `${SSL_C} PySSL_SetError: PY_SSL_ERROR_EOF`
	},
	{
		id: 'zero-return',
		text: 'TLS/SSL connection has been closed (EOF)',
		exception: 'ssl.SSLZeroReturnError',
		reading: 'handshake-closed',
		citation: `${SSL_C} PySSL_SetError: PY_SSL_ERROR_ZERO_RETURN`
	},
	{
		id: 'syscall-error',
		text: 'Some I/O error occurred',
		exception: 'ssl.SSLSyscallError',
		reading: 'handshake-closed',
		citation: `${SSL_C} PySSL_SetError: PY_SSL_ERROR_SYSCALL`
	},
	{
		id: 'socket-closed',
		text: 'Underlying socket has been closed.',
		exception: 'ssl.SSLError',
		reading: 'handshake-closed',
		citation: `${SSL_C} do_handshake: SOCKET_HAS_BEEN_CLOSED`
	},
	{
		id: 'ssl-failure',
		text: 'A failure in the SSL library occurred',
		exception: 'ssl.SSLError',
		unmapped: 'SSL_ERROR_SSL with an empty error queue: names no cause',
		citation: `${SSL_C} PySSL_SetError: PY_SSL_ERROR_SSL`
	},
	{
		id: 'invalid-error-code',
		text: 'Invalid error code',
		exception: 'ssl.SSLError',
		unmapped: 'an SSL_get_error value Python does not know: names no cause',
		citation: `${SSL_C} PySSL_SetError: PY_SSL_ERROR_INVALID_ERROR_CODE`
	},
	...(['read', 'write', 'X509 lookup', 'connect'] as const).map((what): PythonSslRow => ({
		id: `want-${what.toLowerCase().replace(' ', '-')}`,
		text: `The operation did not complete (${what})`,
		exception: what === 'read' ? 'ssl.SSLWantReadError' : what === 'write' ? 'ssl.SSLWantWriteError' : 'ssl.SSLError',
		unmapped: 'a non-blocking socket asked to retry (asyncio handles it); not an error a driver reports',
		citation: `${SSL_C} PySSL_SetError: PY_SSL_ERROR_WANT_${what.toUpperCase().replace(' ', '_')}`
	})),
	{
		id: 'handshake-timed-out',
		text: 'The handshake operation timed out',
		exception: 'TimeoutError (socket.timeout before 3.10)',
		reading: 'handshake-timeout',
		citation: `${SSL_C} do_handshake: ERRSTR("The handshake operation timed out")`
	},
	{
		id: 'read-timed-out',
		text: 'The read operation timed out',
		exception: 'TimeoutError',
		framed: true,
		reading: 'handshake-timeout',
		note: 'PyMongo reads the hello reply through the TLS socket: a server that accepted TLS and never answered',
		citation: `${SSL_C} _ssl__SSLSocket_read_impl: ERRSTR("The read operation timed out")`
	},
	{
		id: 'write-timed-out',
		text: 'The write operation timed out',
		exception: 'TimeoutError',
		framed: true,
		reading: 'handshake-timeout',
		citation: `${SSL_C} _ssl__SSLSocket_write_impl: ERRSTR("The write operation timed out")`
	},
	{
		id: 'socket-too-large',
		text: 'Underlying socket too large for select().',
		exception: 'ssl.SSLError',
		unmapped: 'the process has more open files than select() handles: not a TLS problem',
		citation: `${SSL_C} do_handshake: SOCKET_TOO_LARGE_FOR_SELECT`
	},
	{
		id: 'socket-gone',
		text: 'Underlying socket connection gone',
		exception: 'ssl.SSLError',
		unmapped: 'the application dropped the socket under the TLS object: a bug in the calling code',
		citation: `${SSL_C} do_handshake: PY_SSL_ERROR_NO_SOCKET`
	},
	// Loading the CA and the certificate-and-key files.
	{
		id: 'file-not-found',
		text: '[Errno 2] No such file or directory',
		exception: 'FileNotFoundError',
		diagnosis: 'pem-file-invalid',
		citation: `${SSL_C} load_verify_locations / load_cert_chain: PyErr_SetFromErrno (ENOENT)`
	},
	{
		id: 'permission-denied',
		text: '[Errno 13] Permission denied',
		exception: 'PermissionError',
		diagnosis: 'pem-file-invalid',
		citation: `${SSL_C} load_verify_locations / load_cert_chain: PyErr_SetFromErrno (EACCES)`
	},
	{
		id: 'is-a-directory',
		text: '[Errno 21] Is a directory',
		exception: 'IsADirectoryError',
		diagnosis: 'pem-file-invalid',
		citation: `${SSL_C} load_verify_locations / load_cert_chain: PyErr_SetFromErrno (EISDIR)`
	},
	{
		id: 'name-too-long',
		text: '[Errno 36] File name too long',
		exception: 'OSError',
		diagnosis: 'pem-file-invalid',
		note: 'the option holds a PEM file’s content where a path belongs',
		citation: `${SSL_C} load_verify_locations / load_cert_chain: PyErr_SetFromErrno (ENAMETOOLONG)`
	},
	{
		id: 'key-passphrase-prompt-failed',
		text: '[Errno 22] Invalid argument',
		exception: 'OSError',
		diagnosis: 'key-encrypted',
		signature: 'python.key-passphrase-prompt-failed',
		note: 'only a load_cert_chain call above it makes it the failed passphrase prompt; the hand-written signature reads both lines',
		citation: `${SSL_C} load_cert_chain: the passphrase prompt fails without a terminal (EINVAL)`
	},
	{
		id: 'cadata-no-start-line',
		text: 'no start line: cadata does not contain a certificate',
		exception: 'ssl.SSLError',
		diagnosis: 'pem-file-invalid',
		citation: `${SSL_C} _add_ca_certs (PEM cadata)`
	},
	{
		id: 'cadata-not-enough-data',
		text: 'not enough data: cadata does not contain a certificate',
		exception: 'ssl.SSLError',
		diagnosis: 'pem-file-invalid',
		citation: `${SSL_C} _add_ca_certs (DER cadata)`
	},
	{
		id: 'ca-all-omitted',
		text: 'cafile, capath and cadata cannot be all omitted',
		exception: 'TypeError',
		unmapped: 'load_verify_locations() called with no argument by the application’s own code: no driver option produces it',
		citation: `${SSL_C} load_verify_locations`
	},
	{
		id: 'password-too-long',
		text: 'password cannot be longer than %d bytes',
		exception: 'ValueError',
		diagnosis: 'key-encrypted',
		note: 'the key password given is over PEM_BUFSIZE (1024) bytes: usually something else pasted into the password option',
		citation: `${SSL_C} _pwinfo_set: "password cannot be longer than %d bytes"`
	},
	{
		id: 'password-callback',
		text: 'password callback must return a string',
		exception: 'TypeError',
		unmapped: 'the application’s own password callback returned the wrong type',
		citation: `${SSL_C} _password_callback`
	},
	{
		id: 'password-buffer',
		text: 'unable to allocate password buffer',
		exception: 'MemoryError',
		unmapped: 'out of memory, not a key problem',
		citation: `${SSL_C} _pwinfo_set`
	},
	// ssl.match_hostname (Python < 3.7 called it for every connection; PyMongo 3.x its own copy).
	{
		id: 'match-hostname',
		text: "hostname %r doesn't match %r",
		exception: 'ssl.CertificateError (ssl.SSLCertVerificationError in 3.7+)',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} match_hostname; ${PM_HOST} match_hostname`
	},
	{
		id: 'match-hostname-either',
		text: "hostname %r doesn't match either of %s",
		exception: 'ssl.CertificateError (ssl.SSLCertVerificationError in 3.7+)',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} match_hostname; ${PM_HOST} match_hostname`
	},
	{
		id: 'match-hostname-no-names',
		text: 'no appropriate commonName or subjectAltName fields were found',
		exception: 'ssl.CertificateError',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} match_hostname; ${PM_HOST} match_hostname`
	},
	{
		id: 'match-hostname-wildcards',
		// ssl.py ends it with "{!r}.", PyMongo's copy with "%r".
		text: 'too many wildcards in certificate DNS name: %r',
		exception: 'ssl.CertificateError',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} _dnsname_match; ${PM_HOST} _dnsname_match`
	},
	{
		id: 'match-hostname-wildcard-leftmost',
		text: 'wildcard can only be present in the leftmost label: {!r}.',
		exception: 'ssl.CertificateError',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} _dnsname_match`
	},
	{
		id: 'match-hostname-sole-wildcard',
		text: 'sole wildcard without additional labels are not support: {!r}.',
		exception: 'ssl.CertificateError',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} _dnsname_match`
	},
	{
		id: 'match-hostname-partial-wildcard',
		text: 'partial wildcards in leftmost label are not supported: {!r}.',
		exception: 'ssl.CertificateError',
		diagnosis: 'hostname-mismatch',
		citation: `${SSL_PY} _dnsname_match`
	},
	{
		id: 'match-hostname-no-cert',
		text: 'empty or no certificate, match_hostname needs a SSL socket or SSL context with either CERT_OPTIONAL or CERT_REQUIRED',
		exception: 'ValueError',
		unmapped: 'host name checking asked for with certificate checks off (CERT_NONE): the application’s own settings',
		citation: `${SSL_PY} match_hostname; ${PM_HOST} match_hostname`
	},
	// PyMongo's own wording around the ssl errors.
	{
		id: 'pymongo-private-key-mismatch',
		text: "Private key doesn't match certificate: %s",
		exception: 'pymongo.errors.ConfigurationError',
		diagnosis: 'key-mismatch',
		signature: 'pymongo.private-key-mismatch',
		note: 'PyMongo says this for every load_cert_chain failure; the reason after it decides (ranking rule key-reason-over-pymongo-mismatch)',
		citation: `${PM_SUPPORT}; PyMongo 4 pymongo/pyopenssl_context.py load_cert_chain`
	},
	{
		id: 'pymongo-crlfile-pyopenssl',
		text: 'ssl_crlfile cannot be used with PyOpenSSL',
		exception: 'pymongo.errors.ConfigurationError',
		diagnosis: 'config-conflict',
		citation: PM_SUPPORT
	},
	{
		id: 'pymongo4-crlfile-pyopenssl',
		text: 'tlsCRLFile cannot be used with PyOpenSSL',
		exception: 'pymongo.errors.ConfigurationError',
		diagnosis: 'config-conflict',
		citation: 'PyMongo 4 pymongo/ssl_support.py @ 0092b0af7937 get_ssl_context'
	},
	{
		id: 'pymongo-crlfile-old-python',
		text: 'Support for ssl_crlfile requires python 2.7.9+ (pypy 2.5.1+) or  3.4+',
		exception: 'pymongo.errors.ConfigurationError',
		unmapped: 'a Python older than 3.4: no supported PyMongo runs there',
		citation: PM_SUPPORT
	},
	{
		id: 'pymongo-no-ssl-module',
		text: 'The ssl module is not available.',
		exception: 'pymongo.errors.ConfigurationError',
		unmapped: 'a Python built without OpenSSL (a source build without its headers): no shared diagnosis names it',
		citation: PM_SUPPORT
	},
	{
		id: 'pymongo-no-system-ca',
		text: '`ssl_cert_reqs` is not ssl.CERT_NONE and no system CA certificates could be loaded. `ssl_ca_certs` is required.',
		exception: 'pymongo.errors.ConfigurationError',
		diagnosis: 'missing-system-roots',
		citation: PM_SUPPORT
	}
];
