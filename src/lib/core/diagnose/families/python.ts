/**
 * Python's ssl module (what PyMongo and Motor use unless PyOpenSSL is installed) and PyOpenSSL
 * with service_identity (the pymongo[ocsp] variant). Verify and alert reasons are OpenSSL's and
 * live in openssl.ts and tables/; the messages Python words itself are tables/python-ssl.ts.
 * What is left here needs more than one message: service_identity's exceptions, the failed prompt.
 */

import type { ErrorSignature } from '../signature';

export const PYTHON_SIGNATURES: ErrorSignature[] = [
	{
		id: 'python.service-identity-dns-mismatch',
		family: 'python',
		// ssl.match_hostname's CertificateError texts are the table's (tables/python-ssl.ts).
		pattern: /DNSMismatch\(mismatched_id=/,
		citation: 'service_identity VerificationError/DNSMismatch (PyOpenSSL path, pymongo[ocsp])',
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
	}
];
