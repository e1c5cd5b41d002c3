/**
 * Revocation checking fails (ocsp-failure, crl-problem; and pymongo[ocsp] for
 * python310-legacy-server).
 * Source: seeds 000/001 (python -m pip install pymongo[ocsp]; stapled responses from MongoDB 4.4+;
 * tlsCRLFile; CRL and OCSP cannot be used together; "invalid status response"); seed 002 (the OCSP
 * extra relies on PyOpenSSL); PyMongo's tlsDisableOCSPEndpointCheck option.
 */

import type { RemedyStep } from '../../model/report';
import { caution, code, command, shellText, text, type RemedyTemplate, type RenderContext } from '../remedy';
import { js, py, sh } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { pipInstall, pythonOneLiner } from '../syntax/python';
import { sClient } from '../syntax/openssl';
import { pathOf } from '../values';
import { connectionArgument, connectionNotes } from '../syntax/connection';

function crlFileSteps(c: RenderContext): RemedyStep[] {
	const steps = crlFileSnippet(c);
	return [...steps, ...connectionNotes(c, steps)];
}

// The person's connection with its own tlsCRLFile (if any) taken out: the snippet sets it.
function crlFileSnippet(c: RenderContext): RemedyStep[] {
	const crl = pathOf(c, 'crl.pem', 'code');
	switch (c.client) {
		case 'pymongo':
		case 'motor':
			return [
				code(
					py`client = MongoClient(${connectionArgument(c, 'python', { tlsCRLFile: null }, { client: 'pymongo-4', noTls: true }).fragment}, tls=True, tlsCRLFile=${crl})`
				)
			];
		case 'mongosh':
			return [
				command(
					c,
					sh`mongosh ${connectionArgument(c, 'shell', { tls: 'true', tlsCRLFile: null }, { client: 'node', password: 'omit' }).fragment} --tlsCRLFile ${pathOf(c, 'crl.pem')}`
				)
			];
		case 'node':
			return [
				code(
					js`const client = new MongoClient(${connectionArgument(c, 'javascript', { tls: 'true', tlsCRLFile: null }, { client: 'node' }).fragment}, { tlsCRLFile: ${crl} });`
				)
			];
		case undefined:
			return [text('PyMongo: tlsCRLFile="/path/to/crl.pem"; mongosh: --tlsCRLFile; Node.js: tlsCRLFile.')];
		default:
			return [text('This client takes CRLs from its platform’s revocation settings rather than a tlsCRLFile option.')];
	}
}

export const revocation: RemedyTemplate[] = [
	{
		id: 'refresh-crl',
		title: 'Give the client a current CRL from the right CA',
		source: 'seeds 000/001 (tlsCRLFile; CRL and OCSP cannot be used together); RFC 5280 §5.1.2.5 (nextUpdate)',
		why: 'With a CRL file set, OpenSSL refuses the connection when the CRL is past its nextUpdate date or was not signed by the CA that issued the server’s certificate, because it can no longer tell whether that certificate is revoked. A fresh CRL from that CA settles it.',
		verify: 'openssl verify -crl_check -CAfile ca.pem -CRLfile crl.pem server.crt prints "server.crt: OK".',
		varies: ['client', 'os', 'shell'],
		steps: (c) => [
			text('Check the CRL’s issuer and dates (nextUpdate must be in the future, issuer must be the server certificate’s CA):'),
			command(c, sh`openssl crl -in ${pathOf(c, 'crl.pem')} -noout -issuer -lastupdate -nextupdate`),
			text(
				'Download the current CRL from the CA’s distribution point (openssl x509 -in server.crt -noout -ext crlDistributionPoints shows it), convert it to PEM if needed (openssl crl -inform DER -in crl.der -out crl.pem), and pass it:'
			),
			...crlFileSteps(c),
			caution('CRL and OCSP cannot be used together: with tlsCRLFile set, leave pymongo[ocsp] out of this client.')
		]
	},
	{
		id: 'pymongo-ocsp-extra',
		title: 'Install PyMongo with the OCSP extra',
		source: 'seeds 000/001 (python -m pip install pymongo[ocsp], PyMongo 3.11+); seed 002 (the extra relies on PyOpenSSL)',
		why: 'The ocsp extra installs PyOpenSSL and the libraries PyMongo uses to check OCSP answers. PyMongo then performs TLS through PyOpenSSL, which handles stapled responses properly, and which is also why the extra gets Python 3.10+ talking to MongoDB 4.0 and older.',
		verify: (c) =>
			`${shellText(c, pythonOneLiner(c, py`import pymongo, OpenSSL; print(pymongo.version, OpenSSL.__version__)`))} prints both versions.`,
		varies: ['os', 'python', 'shell'],
		only: { client: ['pymongo', 'motor'] },
		steps: (c) => [command(c, c.python === 'conda' ? sh`conda install pymongo pyopenssl` : pipInstall(c, 'pymongo[ocsp]'))]
	},
	{
		id: 'disable-ocsp-endpoint-check',
		title: 'Last resort: skip contacting OCSP responders (tlsDisableOCSPEndpointCheck)',
		source: 'PyMongo tlsDisableOCSPEndpointCheck; seeds 000/001 (OCSP behaviour with and without stapling)',
		why: 'Without a stapled response, PyMongo (with pymongo[ocsp]) asks the CA’s OCSP responder itself. When that responder cannot be reached from the client’s network, this option makes PyMongo rely only on responses the server staples.',
		verify: 'The connection succeeds; then work on making the OCSP responder reachable (or the server staple), and remove the option.',
		risk: 'When the server does not staple a response, a revoked certificate is no longer noticed: a stolen server key stays usable against this client.',
		varies: ['client'],
		// Only PyMongo and Motor contact OCSP responders themselves; for other clients there is nothing to turn off.
		only: { client: ['pymongo', 'motor'] },
		steps: (c) => clientSteps(c, { disableOcspEndpointCheck: true })
	},
	{
		id: 'check-ocsp-status',
		title: 'Check what OCSP says about the server’s certificate',
		source:
			'seeds 000/001 (MongoDB 4.4+ staples OCSP responses; otherwise the client asks the responder); OpenSSL s_client(1) -status, ocsp(1); RFC 6960',
		why: 'An OCSP failure means the stapled answer was bad, the responder could not be reached, or the certificate really is revoked. Asking the server for its stapled response, and the CA’s responder directly, tells which one it is before anything is switched off.',
		verify:
			'The responder answers "good" for the certificate (openssl ocsp prints "server.pem: good"), and the client connects with revocation checking on.',
		varies: ['shell'],
		steps: (c) => [
			text('1. Does the server staple a response (MongoDB 4.4+ does when its certificate names an OCSP responder)?'),
			command(c, sClient(c, [sh`-status`])),
			text(
				'"OCSP Response Status: successful" with "Cert Status: good" is healthy; "no response sent" means the client has to ask the responder itself.'
			),
			text(
				'2. Save the server certificate and its issuer (from -showcerts) as server.pem and issuer.pem, then ask the responder it names:'
			),
			command(c, [
				sh`openssl x509 -in server.pem -noout -ocsp_uri`,
				sh`openssl ocsp -issuer issuer.pem -cert server.pem -url YOUR_OCSP_URL -resp_text`
			]),
			text(
				'"revoked" means the certificate must be replaced (renew it); a timeout means the client’s network cannot reach the responder (a proxy or firewall to open).'
			)
		]
	}
];
