/**
 * The server's certificate comes from a CA the client does not trust: a private CA, a self-signed
 * certificate, a DER file where PEM is expected (untrusted-ca, self-signed-*, ca-file-incomplete,
 * pem-file-invalid).
 * Source: seeds 000/001 (tlsCAFile, "acting as your own certificate authority"), seed 003 (DER root
 * certificates must be converted to PEM), seed 004 (building a CA with openssl).
 */

import { isUsableSan, sanConfig } from '../artefacts';
import type { RemedyStep } from '../../model/report';
import { command, file, shellText, text, type RemedyTemplate, type RenderContext } from '../remedy';
import { sh } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { addCaToStore, opensslNote } from '../syntax/os';
import { sClient } from '../syntax/openssl';
import { comment } from '../syntax/shell';
import { pathOf, roleOf } from '../values';
import { clientRequestConfig, issueFromCa } from '../syntax/issue-certificate';
import { javaCacertsNote } from '../syntax/java-trust';

/** Amazon publishes the CA bundle every DocumentDB (and RDS) endpoint chains to at one fixed address. */
const DOCUMENTDB_BUNDLE = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';

/**
 * For Amazon DocumentDB the CA is Amazon's: download its bundle, then give it as tlsCAFile.
 * Source: Amazon DocumentDB Developer Guide, "Connecting programmatically" (TLS enabled).
 */
function documentDbSteps(c: RenderContext): RemedyStep[] {
	const bundle = pathOf(c, 'global-bundle.pem');
	const download =
		c.shell === 'powershell'
			? command(c, sh`Invoke-WebRequest -Uri ${DOCUMENTDB_BUNDLE} -OutFile ${bundle}`)
			: command(c, sh`curl -fsSL -o ${bundle} ${DOCUMENTDB_BUNDLE}`);
	const java =
		c.client === 'java'
			? [
					text(
						'The bundle holds many CA certificates and keytool imports one per alias: split it and import each (Amazon’s DocumentDB guide gives the loop for Java), or the JVM trusts only the first.'
					)
				]
			: [];
	return [
		text('Amazon DocumentDB certificates come from Amazon’s RDS certificate authorities. Download Amazon’s CA bundle:'),
		download,
		...java,
		...clientSteps(c, { caFile: true, caFileName: 'global-bundle.pem' })
	];
}

/** Which clients read the operating system's store, so adding the CA there reaches them. */
function storeNote(c: RenderContext): string | undefined {
	const py = c.client === 'pymongo' || c.client === 'motor';
	if (py && c.os === 'macos' && (c.python === 'python.org' || c.python === 'homebrew' || c.python === undefined)) {
		return 'Python from python.org or Homebrew on macOS does not read the Keychain: use tlsCAFile instead.';
	}
	if (py && c.python === 'conda') return 'conda’s Python reads conda’s own CA bundle, not the system store: use tlsCAFile instead.';
	if (c.client === 'node')
		return 'The Node.js driver uses the roots bundled with Node.js, not the system store: use tlsCAFile or NODE_EXTRA_CA_CERTS.';
	if (c.client === 'java') return javaCacertsNote(c);
	if (c.client === 'mongosh')
		return 'If mongosh does not pick up a CA added to the system store, start it with --tlsUseSystemCA (older versions read the store only then).';
	if (c.client === 'compass') return 'In Compass, turn on “Use System Certificate Authority” in the TLS/SSL tab to use the system store.';
	return undefined;
}

function runSClient(c: RenderContext): RemedyStep[] {
	return [
		...opensslNote(c),
		command(c, sClient(c, [sh`-showcerts`])),
		text(
			'Copy the last block printed (from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----) into ca.pem, or paste the whole output here: TLS Doctor shows which certificate is the CA.'
		),
		text('Servers usually leave the root out of the chain; then ask the server’s owner for the root named on the last "i:" (issuer) line.')
	];
}

/** The s_client output is already here: running it again tells nothing new, so the steps go on from it. */
function fromPastedChain(c: RenderContext): RemedyStep[] {
	const root = c.facts.rootToTrust;
	return [
		text(
			root
				? `The chain you pasted from openssl s_client goes up to the root “${root}”, which the server leaves out, as servers do. Ask whoever runs the server for that certificate (the file mongod’s net.tls.CAFile points to), save it as ca.pem and paste it here: TLS Doctor checks that it is the root that issued the chain.`
				: 'The chain you pasted from openssl s_client names its top issuer on the last "i:" line. If the server sent that root too, it is the last certificate block; otherwise ask whoever runs the server for it (the file mongod’s net.tls.CAFile points to). Save it as ca.pem and paste it here to check it.'
		),
		command(c, sh`openssl x509 -in ${pathOf(c, 'ca.pem')} -noout -subject -issuer`)
	];
}

export const privateCa: RemedyTemplate[] = [
	{
		id: 'get-server-chain',
		title: (c) =>
			c.facts.supplied?.serverChain
				? 'Find the CA at the top of the chain you pasted'
				: 'See the chain the server presents, and find its CA',
		source: 'OpenSSL s_client(1); seed 003 (trusting only the certificates you need)',
		why: 'Before trusting anything, look at what the server sends. Each certificate printed names its issuer; the CA to give the client is the one at the top of that chain. If the server sends only its own certificate, the CA certificate has to come from whoever runs the server (the file mongod’s net.tls.CAFile points to is usually it).',
		verify: (c) =>
			`${pathOf(c, 'ca.pem')} is a CA when ${shellText(c, sh`openssl x509 -in ${pathOf(c, 'ca.pem')} -noout -subject -issuer`)} prints the same name twice (a root), and the certificate before it in the chain names it as issuer.`,
		varies: ['os', 'shell'],
		steps: (c) => (c.facts.supplied?.serverChain ? fromPastedChain(c) : runSClient(c))
	},
	{
		id: 'use-tlscafile',
		// Java has no tlsCAFile: the JVM's trust store is where the CA goes.
		title: (c) =>
			c.client === 'java' ? 'Give the JVM the CA certificate in its trust store' : 'Give the client the CA certificate with tlsCAFile',
		source: 'seeds 000/001 (tlsCAFile keyword and URI forms); seed 004 (mongosh --tlsCAFile); client docs for Node, Go, Java, C#',
		why: (c) =>
			c.client === 'java'
				? 'The Java driver trusts the CAs in the JVM’s trust store. With the private CA’s certificate in it, the chain verifies and verification stays fully on.'
				: 'tlsCAFile tells the driver which CA certificates to trust for this connection. With a private CA, that CA’s certificate (PEM) is the file to give; verification then stays fully on.',
		verify: (c) =>
			`The connection works with TLS on and no tlsAllow* or tlsInsecure option. Offline check: ${shellText(c, sClient(c, [sh`-CAfile ${pathOf(c, 'ca.pem')} -verify_return_error`]))} ends with "Verify return code: 0 (ok)".`,
		varies: ['os', 'shell', 'client'],
		steps: (c) => (c.facts.documentdb ? documentDbSteps(c) : clientSteps(c, { caFile: true }))
	},
	{
		id: 'add-ca-to-os-store',
		title: 'Add the CA certificate to the operating system’s trust store',
		source: 'Debian update-ca-certificates(8); RHEL update-ca-trust(8); Apple security(1); Microsoft certutil / Import-Certificate',
		why: 'Clients that read the system store then trust the CA with no option at all, and so does every other program on the machine. Worth it when many programs need the CA; otherwise tlsCAFile keeps the trust narrow.',
		verify: (c) =>
			c.os === 'windows'
				? 'certmgr.msc (or Get-ChildItem Cert:\\LocalMachine\\Root) lists the CA, and the client connects without tlsCAFile.'
				: 'The client connects without tlsCAFile.',
		varies: ['os', 'shell', 'python', 'client'],
		steps(c) {
			const note = storeNote(c);
			return [...(note ? [text(note)] : []), ...addCaToStore(c)];
		}
	},
	{
		id: 'convert-der-to-pem',
		title: 'Convert a DER certificate to PEM',
		source: 'seed 003 (root certificates download as DER; drivers expect PEM)',
		why: 'Drivers read PEM: base64 text between -----BEGIN CERTIFICATE----- and -----END CERTIFICATE-----. CAs often publish DER, the same certificate as raw binary. Converting changes the encoding only. Drop the .der/.cer/.crt file on this page to get the PEM without any tool.',
		verify: (c) =>
			`${shellText(c, sh`openssl x509 -in ${pathOf(c, 'ca.pem')} -noout -subject`)} prints the CA’s name (the file starts with -----BEGIN CERTIFICATE-----).`,
		varies: ['os', 'shell'],
		steps: (c) =>
			c.os === 'windows'
				? [
						text('Windows can do it without OpenSSL:'),
						command(c, sh`certutil -encode ${pathOf(c, 'ca.der')} ${pathOf(c, 'ca.pem')}`),
						text('Or with OpenSSL:'),
						command(c, sh`openssl x509 -inform DER -in ${pathOf(c, 'ca.der')} -out ${pathOf(c, 'ca.pem')}`)
					]
				: [command(c, sh`openssl x509 -inform DER -in ${pathOf(c, 'ca.der')} -out ${pathOf(c, 'ca.pem')}`)]
	},
	{
		id: 'issue-from-ca',
		title: (c) => `Issue the ${roleOf(c) === 'client' ? 'client' : 'server'} certificate from a CA instead of self-signing it`,
		source: 'seed 004 (Create a Certificate Authority; Create a Server Certificate; Create a Client Certificate)',
		why: (c) =>
			roleOf(c) === 'client'
				? 'With a CA, mongod trusts one CA certificate (net.tls.CAFile) for every client, and a client certificate can be replaced without touching the server. A self-signed client certificate has to be added to the server’s CA file one by one.'
				: 'With a CA, clients trust one CA certificate for every server, and a server certificate can be replaced without touching any client. A self-signed server certificate has to be handed to every client again each time it changes.',
		verify: (c) =>
			roleOf(c) === 'client'
				? 'openssl verify -CAfile ca.pem mongodb-client.crt prints "mongodb-client.crt: OK", and the client connects with tlsCertificateKeyFile=mongodb-client.pem to a server whose net.tls.CAFile holds ca.pem.'
				: 'openssl verify -CAfile ca.pem mongodb-server.crt prints "mongodb-server.crt: OK", and clients connect with tlsCAFile=ca.pem.',
		varies: ['shell'],
		steps: (c) => {
			const ca = command(c, [
				comment(c.shell, 'The CA (keep ca.key offline)'),
				sh`openssl req -newkey rsa:4096 -nodes -x509 -days 1825 -keyout ca.key -out ca.pem -subj ${'/CN=MongoDB CA'}`
			]);
			if (roleOf(c) === 'client')
				return [
					ca,
					file('openssl-client.cnf', clientRequestConfig(), 'ini'),
					command(c, [comment(c.shell, 'The client certificate, signed by the CA'), ...issueFromCa(c.shell, 'client', { combine: true })]),
					text(
						'Point the client’s tlsCertificateKeyFile at mongodb-client.pem, and add ca.pem to the file the server’s net.tls.CAFile names, so mongod trusts the clients this CA issues.'
					)
				];
			const names = [...new Set([...(c.facts.host ? [c.facts.host] : []), ...(c.facts.certificateNames ?? [])])].filter(isUsableSan);
			return [
				ca,
				file('openssl-server.cnf', sanConfig(names), 'ini'),
				command(c, [comment(c.shell, 'The server certificate, signed by the CA'), ...issueFromCa(c.shell, 'server')]),
				text(
					'Combine key and certificate into mongod’s certificateKeyFile (see “Put the key and the certificate in one PEM file”), and give clients ca.pem.'
				)
			];
		}
	}
];
