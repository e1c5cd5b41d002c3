/**
 * The server does not send the intermediate certificate(s) between its own and the root
 * (missing-intermediate, ca-file-incomplete).
 * Source: seed 004 (mongod's certificateKeyFile holds key + certificate; `cat` to build it);
 * RFC 5246 §7.4.2 (the server sends its chain, leaf first).
 */

import { mongodTlsConf } from '../artefacts';
import type { RemedyStep } from '../../model/report';
import { command, config, shellText, text, type RemedyTemplate, type RenderContext } from '../remedy';
import { sh } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { sClient } from '../syntax/openssl';
import { concatFiles } from '../syntax/shell';
import { roleOf } from '../values';

/** Download, convert and check: curl and openssl, or PowerShell and certutil on Windows without openssl. */
// The URL comes from a certificate, which may be hostile: it goes into a command only when it is
// a plain http(s) URL that no shell can read as anything but one word.
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/;

/** The caIssuers URL a download command may carry, when the certificate names one. */
const publishedUrl = (c: RenderContext): string | undefined => c.facts.missingIssuer?.caIssuers.find((u) => PLAIN_URL.test(u));

function fetchIssuerSteps(c: RenderContext): RemedyStep[] {
	const url = publishedUrl(c);
	const windows = c.shell === 'powershell' || c.shell === 'cmd';
	const steps: RemedyStep[] = [];
	if (url) {
		const download =
			c.shell === 'powershell'
				? sh`Invoke-WebRequest -UseBasicParsing -Uri ${url} -OutFile issuer.crt`
				: c.shell === 'cmd'
					? sh`curl.exe -fsSL -o issuer.crt ${url}`
					: sh`curl -fsSL -o issuer.crt ${url}`;
		steps.push(command(c, download));
	} else {
		// Without a URL in the certificate there is nothing to download from: no placeholder to fill in.
		const named = c.facts.missingIssuer?.caIssuers ?? [];
		steps.push(
			text(
				named.length
					? `The URL the certificate names (${named.join(', ')}) is not a plain http(s) address, so it is not put into a command: check it, download the file yourself as issuer.crt, or get the certificate from whoever runs the CA.`
					: `The certificate names no URL for its issuer (it has no Authority Information Access extension), so there is nothing to download: ask whoever runs the CA for the certificate${c.facts.missingIssuer ? ` “${c.facts.missingIssuer.name}”` : ''} and save it as issuer.crt.`
			)
		);
	}
	steps.push(
		text(
			'The file is usually DER (binary): convert it to PEM. If openssl says it cannot read it as DER, it is PEM already: use the second command.'
		),
		command(c, sh`openssl x509 -inform DER -in issuer.crt -out intermediate.pem`),
		command(c, sh`openssl x509 -in issuer.crt -out intermediate.pem`, { label: 'if it is PEM already' })
	);
	if (windows) steps.push(command(c, sh`certutil -encode issuer.crt intermediate.pem`, { label: 'Windows without openssl' }));
	steps.push(command(c, sh`openssl x509 -in intermediate.pem -noout -subject -ext subjectKeyIdentifier -fingerprint -sha256`));
	return steps;
}

export const chain: RemedyTemplate[] = [
	{
		id: 'fetch-aia-issuer',
		title: (c) =>
			publishedUrl(c)
				? 'Download the missing intermediate from where the certificate says it is published'
				: 'Get the missing intermediate from whoever runs the CA',
		source: 'RFC 5280 §4.2.2.1 (Authority Information Access, caIssuers)',
		why: (c) =>
			c.facts.missingIssuer?.caIssuers.length
				? `The certificate names the URL of its issuer's certificate in its Authority Information Access extension (${c.facts.missingIssuer.caIssuers.join(', ')}). Browsers fetch it by themselves; MongoDB drivers never do, so it has to be put where they look. TLS Doctor only shows the URL and never fetches anything.`
				: 'The issuer’s certificate has to be put where the server (or the client) looks for it: MongoDB drivers never fetch a missing intermediate. A certificate can name where its issuer is published (Authority Information Access); when it does not, the CA’s operator has it.',
		verify: (c) => {
			const m = c.facts.missingIssuer;
			return `The last command prints subject= ${m?.name ?? 'the issuer named in the finding'}${m?.keyId ? ` and a Subject Key Identifier of ${m.keyId.match(/../g)?.join(':').toUpperCase()}` : ''}; then send it with the server's certificate (or add it to the CA file), as the next fix says.`;
		},
		varies: ['shell'],
		steps: fetchIssuerSteps
	},
	{
		id: 'serve-full-chain',
		title: (c) => (roleOf(c) === 'client' ? 'Have the client send its full chain' : 'Have the server send its full chain'),
		source: 'seed 004 (certificateKeyFile = key + certificate); RFC 5246 §7.4.2',
		why: (c) =>
			roleOf(c) === 'client'
				? 'A driver sends whatever certificates its tlsCertificateKeyFile holds. With the intermediate CA certificate appended after the client’s own, mongod can build the path to the CA in its net.tls.CAFile.'
				: 'mongod sends whatever certificates its certificateKeyFile holds. With the intermediate CA certificate appended after the server’s own, every client can build the path to the root it already trusts, including clients that, unlike browsers, never download missing intermediates.',
		verify: (c) =>
			roleOf(c) === 'client'
				? 'openssl crl2pkcs7 -nocrl -certfile mongodb-client.pem | openssl pkcs7 -print_certs -noout lists the client certificate and then its intermediate, and the server log no longer shows "SSL peer certificate validation failed" for this client.'
				: `${shellText(c, sClient(c, [sh`-showcerts`]))} now prints two or more certificates under "Certificate chain" (depth 0 and 1).`,
		varies: ['shell'],
		// The files and mongod live on the database server, usually Linux whatever the client runs:
		// its commands are bash; only the check from the client follows the chosen shell. A client's
		// file is on the client's machine: its command follows the person's shell.
		steps: (c) =>
			roleOf(c) === 'client'
				? [
						text('Where the application runs, put the key, the client certificate and the intermediate in one file:'),
						command(c, concatFiles(c.shell, ['mongodb-client.key', 'mongodb-client.crt', 'intermediate.crt'], 'mongodb-client.pem')),
						text(
							'Point tlsCertificateKeyFile at mongodb-client.pem. Alternatively add the intermediate to the file the server’s net.tls.CAFile names, next to the root.'
						)
					]
				: [
						text('On the database server:'),
						command(c, concatFiles('bash', ['server.key', 'server.crt', 'intermediate.crt'], 'server.pem'), { shell: 'bash' }),
						config(
							mongodTlsConf({ mode: 'requireTLS', certificateKeyFile: '/etc/ssl/mongodb/server.pem', CAFile: '/etc/ssl/mongodb/ca.pem' }),
							'mongod.conf',
							'yaml'
						),
						text(
							'Restart mongod (sudo systemctl restart mongod; on a Windows server, Restart-Service MongoDB), or on MongoDB 5.0+ reload the file without a restart: db.adminCommand({ rotateCertificates: 1 }).'
						)
					]
	},
	{
		id: 'order-chain-file',
		title: 'Rebuild the certificate file in order: the certificate, then its intermediates, nothing else',
		source:
			'RFC 5246 §7.4.2 and RFC 8446 §4.4.2 (sender’s certificate first, each one certified by the next); seed 004 (certificateKeyFile = key + certificate)',
		why: 'mongod (certificateKeyFile) and drivers (tlsCertificateKeyFile) take the first certificate in the file as their own and send the rest as its chain. With the leaf first and each intermediate after the one it issued, every TLS stack reads it; copies and certificates from other chains only make the file harder to check.',
		verify: (c) =>
			`The check prints each certificate's subject= and issuer=, and each issuer is the next certificate's subject; after the restart, ${shellText(c, sClient(c, [sh`-showcerts`]))} lists the server's certificate at depth 0 and its intermediate at depth 1.`,
		varies: ['shell'],
		// Run where the files are, on the server (or the client holding its tlsCertificateKeyFile):
		// the commands are bash, like the other server-side steps.
		steps: () => [
			text(
				'In TLS Doctor’s page, “Download the chain in order” builds it from the certificates you pasted: the leaf, then each intermediate once, nothing unrelated. By hand, in this order:'
			),
			command({ shell: 'bash' }, concatFiles('bash', ['server.key', 'server.crt', 'intermediate.crt'], 'server.pem')),
			text(
				'The private key goes first only in a file for certificateKeyFile / tlsCertificateKeyFile; a chain file without it is the same list minus the key. Then check the order:'
			),
			command({ shell: 'bash' }, sh`openssl crl2pkcs7 -nocrl -certfile server.pem | openssl pkcs7 -print_certs -noout`)
		]
	},
	{
		id: 'add-intermediate-to-cafile',
		title: 'Add the intermediate to the client’s CA file',
		source: 'seeds 000/001 (tlsCAFile holds "the root certificate chain")',
		why: (c) =>
			c.client === 'java'
				? 'When the server cannot be changed soon, the client can carry the missing intermediate itself: a JVM trust store holding both the root and the intermediate lets it complete the path.'
				: 'When the server cannot be changed soon, the client can carry the missing intermediate itself: a tlsCAFile holding both the root and the intermediate lets it complete the path.',
		verify: 'The client connects; and openssl verify -CAfile ca-bundle.pem server.crt prints "OK".',
		varies: ['shell', 'client', 'os'],
		// Java takes the two certificates one by one (keytool), not as one bundle file.
		steps: (c) => [
			command(c, concatFiles(c.shell, ['root-ca.pem', 'intermediate.pem'], 'ca-bundle.pem')),
			text(
				c.client === 'java'
					? 'Then give the JVM both certificates (ca-bundle.pem is for the check below):'
					: 'Then give ca-bundle.pem as the CA file:'
			),
			...clientSteps(c, { caFile: true, caFileName: 'ca-bundle.pem', caFileParts: ['root-ca.pem', 'intermediate.pem'] })
		]
	}
];
