/**
 * Client certificates: missing, untrusted, without their key, encrypted, in the wrong format
 * (client-cert-required, client-cert-untrusted, key-missing, key-mismatch, key-encrypted,
 * pem-file-invalid, wrong-purpose, weak-key, weak-signature).
 * Source: seed 000 (tlsCertificateKeyFile; `cat key.pem cert.pem > combined.pem`;
 * tlsCertificateKeyFilePassword); seed 004 (client certificate with clientAuth, openssl-client.cnf,
 * chmod 600); OpenSSL pkcs12(1) (-nodes; -legacy for RC2/3DES files under OpenSSL 3).
 */

import { caution, command, config, file, shellText, text, type RemedyTemplate } from '../remedy';
import { py, sh } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { pythonOneLiner } from '../syntax/python';
import { concatFiles } from '../syntax/shell';
import { pathOf, roleOf } from '../values';
import { clientRequestConfig, extensionsSection, issueFiles, issueFromCa } from '../syntax/issue-certificate';

export const clientCert: RemedyTemplate[] = [
	{
		id: 'provide-client-certificate',
		title: 'Present a client certificate with tlsCertificateKeyFile',
		source:
			'seed 000 (tlsCertificateKeyFile); seed 004 (requireTLS with CAFile asks clients for certificates; mongosh --tlsCertificateKeyFile)',
		why: 'The server was set up to ask every client for a certificate issued by its CA (net.tls.CAFile set, allowConnectionsWithoutCertificates off). Giving the client its certificate and key lets the handshake finish.',
		verify: 'The connection succeeds; the server log no longer shows "no SSL certificate provided by peer" for this client.',
		varies: ['client', 'os', 'shell'],
		steps: (c) => [
			text(
				'tlsCertificateKeyFile is one PEM file with the private key and the certificate (see “Put the key and the certificate in one PEM file”).'
			),
			...clientSteps(c, { certificateKeyFile: true, caFile: true })
		]
	},
	{
		id: 'combine-key-and-cert',
		title: 'Put the key and the certificate in one PEM file',
		source: 'seed 000 (cat key.pem cert.pem > combined.pem); seed 004 (chmod 600)',
		why: 'tlsCertificateKeyFile (and mongod’s certificateKeyFile) expects the private key and the certificate concatenated in a single PEM file. TLS Doctor can build that file in this page from the key and certificate you drop here, without either leaving your browser.',
		verify: (c) =>
			`${shellText(c, pythonOneLiner(c, py`import ssl; ssl.create_default_context().load_cert_chain('client.pem'); print('ok')`))} prints ok (it fails if the key and certificate do not match).`,
		varies: ['shell', 'os', 'python'],
		steps: (c) => [
			command(c, concatFiles(c.shell, ['client.key', 'client.crt'], 'client.pem')),
			...(c.os === 'windows'
				? [
						text(
							'Keep the file readable by you only: right-click → Properties → Security, or icacls client.pem /inheritance:r /grant:r "%USERNAME%:R" in cmd.'
						)
					]
				: [command(c, sh`chmod 600 client.pem`)]),
			caution(
				'If a file does not end with a newline, concatenation glues two lines together ("-----END PRIVATE KEY----------BEGIN CERTIFICATE-----"); the file built in this page avoids that.'
			)
		]
	},
	{
		id: 'key-password',
		title: 'Pass the key’s password with tlsCertificateKeyFilePassword',
		source: 'seed 000 (tlsCertificateKeyFilePassword); OpenSSL pkey(1)',
		why: 'The private key in tlsCertificateKeyFile is encrypted; the driver can decrypt it only with its passphrase. Reading the passphrase from an environment variable keeps it out of the code.',
		verify: 'The connection succeeds without "bad decrypt" or "PEM lib" errors.',
		varies: ['client', 'os', 'shell'],
		steps: (c) => [
			...clientSteps(c, { certificateKeyFile: true, keyPassword: true }),
			text('Alternatively store the key unencrypted, with file permissions as the protection (openssl asks for the passphrase once):'),
			command(c, sh`openssl pkey -in ${pathOf(c, 'client.key')} -out ${pathOf(c, 'client-nopass.key')}`)
		]
	},
	{
		id: 'pkcs12-password',
		title: 'Open the PKCS#12 file with its password',
		source: 'OpenSSL pkcs12(1) (-info, -noout, -legacy); RFC 7292 §4',
		why: 'Everything in a password-protected .p12 / .pfx is encrypted, so its certificates can be checked only once it is opened. The password is the one chosen when the file was exported (keytool, the Windows certificate export wizard, openssl pkcs12 -export).',
		verify: 'The report lists the certificates and the key inside the file instead of the password question.',
		varies: ['os', 'shell'],
		steps: (c) => [
			text('To try a password on your own machine (openssl asks for it and prints what the file holds, not the key):'),
			command(c, sh`openssl pkcs12 -in ${pathOf(c, 'client.p12')} -info -nokeys -noout`),
			text(
				'OpenSSL 3 refuses files made with the old RC2/3DES ciphers with an "unsupported" error even when the password is right; add -legacy.'
			)
		]
	},
	{
		id: 'pkcs12-to-pem',
		title: 'Convert a PKCS#12 (.p12 / .pfx) file to PEM',
		source: 'OpenSSL pkcs12(1) (-nodes, -legacy); seed 000 (drivers read PEM for tlsCertificateKeyFile)',
		why: 'OpenSSL-based drivers read PEM, not PKCS#12. One command writes the key and certificates from the .p12 into one PEM file, which is exactly what tlsCertificateKeyFile wants.',
		verify: (c) =>
			`openssl x509 -in ${pathOf(c, 'client.pem')} -noout -subject prints the certificate’s subject, and openssl pkey -in ${pathOf(c, 'client.pem')} -noout succeeds.`,
		varies: ['os', 'shell'],
		steps: (c) => [
			command(c, sh`openssl pkcs12 -in ${pathOf(c, 'client.p12')} -out ${pathOf(c, 'client.pem')} -nodes`),
			text(
				'OpenSSL 3 refuses files encrypted with the old RC2/3DES algorithms (Windows and older Java export them) with "unsupported" or "RC2-40-CBC" errors; add -legacy to the command.'
			),
			caution(
				'-nodes writes the key unencrypted: keep client.pem readable by its owner only, or leave out -nodes and use tlsCertificateKeyFilePassword.'
			)
		]
	},
	{
		id: 'issue-client-cert-from-server-ca',
		title: 'Issue the client certificate from the CA the server trusts',
		source: 'seed 004 (Create a Client Certificate: clientAuth, different OU and CN)',
		why: 'mongod accepts client certificates issued by a CA in its net.tls.CAFile, with clientAuth in their extended key usage. A certificate from any other CA, or one made for servers, is refused.',
		verify:
			'openssl verify -CAfile ca.pem mongodb-client.crt prints OK, and openssl x509 -in mongodb-client.crt -noout -ext extendedKeyUsage shows "TLS Web Client Authentication".',
		varies: ['shell'],
		steps: (c) => [
			file('openssl-client.cnf', clientRequestConfig(), 'ini'),
			command(c, issueFromCa(c.shell, 'client', { combine: true })),
			text('Use an OU (or O) different from the server certificates’: otherwise MongoDB takes the client for a cluster member.')
		]
	},
	{
		id: 'pair-key-with-cert',
		title: 'Use the key that belongs to the certificate',
		source: 'OpenSSL x509(1), pkey(1)',
		why: 'A certificate and its private key share one public key. Hashing the public key from each tells at once whether they belong together; the TLS library refuses to load a pair that does not.',
		verify: 'Both commands print the same hash.',
		varies: [],
		steps: (c) => [
			command(c, [
				sh`openssl x509 -noout -pubkey -in client.crt | openssl sha256`,
				sh`openssl pkey -pubout -in client.key | openssl sha256`
			]),
			text('Or drop both files on this page: TLS Doctor pairs keys and certificates without showing the key.')
		]
	},
	{
		id: 'reissue-with-eku',
		title: 'Reissue with the right extended key usage',
		source: 'seed 004 (serverAuth for servers, clientAuth for clients); RFC 5280 §4.2.1.12; MongoDB member certificate requirements',
		why: (c) =>
			`A certificate’s extended key usage says what it may be used for, and OpenSSL rejects a certificate used outside it. ${
				{
					server: 'A server certificate needs serverAuth.',
					client: 'A client certificate (tlsCertificateKeyFile) needs clientAuth.',
					member:
						'A cluster member presents its certificate both as server and, to the other members, as client: it needs serverAuth and clientAuth.'
				}[roleOf(c)]
			}`,
		verify: (c) =>
			`openssl x509 -in ${issueFiles(roleOf(c)).crt} -noout -ext extendedKeyUsage lists the purposes the certificate is used for.`,
		varies: [],
		steps: (c) => {
			const role = roleOf(c);
			return [
				config(extensionsSection(role), issueFiles(role).conf, 'ini'),
				command(c, issueFromCa(c.shell, role, { signOnly: true, ...(role === 'server' ? {} : { keepSubject: true, combine: true }) })),
				...(role === 'server'
					? [
							text(
								'If the same file is also this member’s cluster certificate (a replica set or sharded cluster without a separate clusterFile), the members present it to each other as clients too: reissue it as a member certificate, with both purposes.'
							)
						]
					: [])
			];
		}
	},
	{
		id: 'reissue-stronger-key',
		title: 'Reissue with a 2048-bit (or larger) key and SHA-256',
		source: 'OpenSSL SSL_CTX_set_security_level(3) (level 2: RSA/DH >= 2048 bits, no SHA-1); seed 004 (rsa:4096)',
		why: 'At security level 2, the default on current distributions, OpenSSL refuses RSA and DH keys under 2048 bits and SHA-1 or MD5 signatures. Only a new certificate with a strong key and signature fixes that.',
		verify: (c) =>
			`openssl x509 -in ${issueFiles(roleOf(c)).crt} -noout -text shows "Public-Key: (3072 bit)" (or more) and "Signature Algorithm: sha256WithRSAEncryption".`,
		varies: [],
		steps: (c) => [
			command(c, issueFromCa(c.shell, roleOf(c), { rsaBits: 3072, sha256: true, ...(roleOf(c) === 'server' ? {} : { combine: true }) })),
			text('If the CA itself has a weak key or a SHA-1 signature, it needs replacing too.')
		]
	}
];
