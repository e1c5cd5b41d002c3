/**
 * Python's ssl module (what PyMongo and Motor use unless PyOpenSSL is installed) and PyOpenSSL
 * with service_identity (the pymongo[ocsp] variant). Verify and alert reasons are OpenSSL's and
 * live in openssl.ts; these are the messages Python words itself. Source: CPython
 * Modules/_ssl.c (PySSL_SetError), Lib/ssl.py; service_identity's exceptions.
 */

import type { ErrorSignature } from '../signature';
import { handshakeClosed, hostKinds } from './ranking';

export const PYTHON_SIGNATURES: ErrorSignature[] = [
	{
		id: 'python.eof-in-handshake',
		family: 'python',
		pattern:
			/EOF occurred in violation of protocol|TLS\/SSL connection has been closed \(EOF\)|UNEXPECTED_EOF_WHILE_READING|unexpected eof while reading/,
		citation:
			'PyMongo troubleshooting: "EOF occurred in violation of protocol" with Python 3.10+ and MongoDB <= 4.0 (seeds 000, 001, 002); CPython _ssl.c SSL_ERROR_EOF / SSL_ERROR_ZERO_RETURN; OpenSSL 3 SSL_R_UNEXPECTED_EOF_WHILE_READING',
		diagnose: handshakeClosed,
		examples: [
			{ text: 'SSL handshake failed: localhost:28392: TLS/SSL connection has been closed (EOF) (_ssl.c:992)', top: 'tls-to-plain-server' },
			{ text: 'SSL handshake failed: localhost:27017: EOF occurred in violation of protocol (_ssl.c:997)', top: 'tls-to-plain-server' }
		]
	},
	{
		id: 'python.handshake-timed-out',
		family: 'python',
		pattern: /The handshake operation timed out|_ssl\.c:\d+: The read operation timed out/,
		citation: 'CPython Modules/_ssl.c: "The handshake operation timed out" (socket timeout inside do_handshake)',
		diagnose: (facts) =>
			hostKinds(facts).has('atlas')
				? [
						{
							id: 'atlas-ip-access-list',
							confidence: 'medium',
							because: 'Atlas often lets a handshake from an address outside the IP access list hang until it times out'
						},
						{ id: 'handshake-timeout', confidence: 'medium' }
					]
				: [{ id: 'handshake-timeout', confidence: 'high', because: 'the TCP connection opened, but no TLS answer came back in time' }],
		examples: [
			{
				text: 'SSL handshake failed: localhost:28444: _ssl.c:975: The handshake operation timed out, Timeout: 1.5s',
				top: 'handshake-timeout'
			}
		]
	},
	{
		id: 'python.service-identity-dns-mismatch',
		family: 'python',
		pattern:
			/DNSMismatch\(mismatched_id=|CertificateError: hostname '[^']+' doesn't match|hostname '[^']+' doesn't match (?:either of |'[^']+')/,
		citation:
			'service_identity VerificationError/DNSMismatch (PyOpenSSL path, pymongo[ocsp]); ssl.match_hostname CertificateError in Python < 3.7 and PyMongo < 4',
		diagnose: () => [{ id: 'hostname-mismatch', confidence: 'high' }],
		examples: [
			{
				text: "pymongo.errors.ServerSelectionTimeoutError: localhost:28612: VerificationError(errors=[DNSMismatch(mismatched_id=DNS_ID(hostname=b'localhost'))])",
				top: 'hostname-mismatch'
			}
		]
	},
	{
		id: 'python.service-identity-ip-mismatch',
		family: 'python',
		pattern: /IPAddressMismatch\(mismatched_id=|doesn't match IP address/,
		citation: 'service_identity IPAddressMismatch (PyOpenSSL path, pymongo[ocsp])',
		diagnose: () => [{ id: 'ip-mismatch', confidence: 'high' }],
		examples: [
			{
				text: "VerificationError(errors=[IPAddressMismatch(mismatched_id=IPAddress_ID(ip=IPv4Address('127.0.0.1')))])",
				top: 'ip-mismatch'
			}
		]
	},
	{
		id: 'python.key-passphrase-prompt-failed',
		family: 'python',
		pattern: /load_cert_chain\([^)\n]{0,300}\)\s*\n(?:.{0,300}\n){0,3}?(?:OSError|ssl\.SSLError): \[Errno 22\] Invalid argument/,
		citation:
			'CPython Modules/_ssl.c load_cert_chain: with an encrypted key and no password, OpenSSL prompts on the terminal; without one the call fails with EINVAL',
		diagnose: () => [
			{ id: 'key-encrypted', confidence: 'high', because: 'loading the key needed a passphrase and none could be asked for' }
		],
		examples: [
			{
				text: '    ctx.load_cert_chain(certfile, keyfile, passphrase)\nOSError: [Errno 22] Invalid argument',
				top: 'key-encrypted'
			}
		]
	},
	{
		id: 'python.file-not-found',
		family: 'python',
		pattern: /FileNotFoundError: \[Errno 2\] No such file or directory: '[^']+'|\[Errno 2\] No such file or directory/,
		citation: 'CPython: load_verify_locations / load_cert_chain on a path that does not exist',
		diagnose: () => [
			{ id: 'pem-file-invalid', confidence: 'high', because: 'a certificate or key file named in the options does not exist at that path' }
		],
		examples: [
			{
				text: "FileNotFoundError: [Errno 2] No such file or directory: '/tmp/tls-doctor-corpus/pki/no-such-ca.pem'",
				top: 'pem-file-invalid'
			}
		]
	}
];
