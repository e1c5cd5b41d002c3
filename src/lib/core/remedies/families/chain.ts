/**
 * The server does not send the intermediate certificate(s) between its own and the root
 * (missing-intermediate, ca-file-incomplete).
 * Source: seed 004 (mongod's certificateKeyFile holds key + certificate; `cat` to build it);
 * RFC 5246 §7.4.2 (the server sends its chain, leaf first).
 */

import { mongodTlsConf } from '../artefacts';
import { command, config, text, type RemedyTemplate } from '../remedy';
import { clientSteps } from '../syntax/clients';
import { sClient } from '../syntax/openssl';
import { concatFiles } from '../syntax/shell';

export const chain: RemedyTemplate[] = [
	{
		id: 'serve-full-chain',
		title: 'Have the server send its full chain',
		source: 'seed 004 (certificateKeyFile = key + certificate); RFC 5246 §7.4.2',
		why: 'mongod sends whatever certificates its certificateKeyFile holds. With the intermediate CA certificate appended after the server’s own, every client can build the path to the root it already trusts, including clients that, unlike browsers, never download missing intermediates.',
		verify: (c) => `${sClient(c, ['-showcerts'])} now prints two or more certificates under "Certificate chain" (depth 0 and 1).`,
		varies: ['shell'],
		steps: (c) => [
			command(c, concatFiles(c.shell, ['server.key', 'server.crt', 'intermediate.crt'], 'server.pem')),
			config(
				mongodTlsConf({ mode: 'requireTLS', certificateKeyFile: '/etc/ssl/mongodb/server.pem', CAFile: '/etc/ssl/mongodb/ca.pem' }),
				'mongod.conf',
				'yaml'
			),
			text(
				'Restart mongod (sudo systemctl restart mongod), or on MongoDB 5.0+ reload the file without a restart: db.adminCommand({ rotateCertificates: 1 }).'
			)
		]
	},
	{
		id: 'add-intermediate-to-cafile',
		title: 'Add the intermediate to the client’s CA file',
		source: 'seeds 000/001 (tlsCAFile holds "the root certificate chain")',
		why: 'When the server cannot be changed soon, the client can carry the missing intermediate itself: a tlsCAFile holding both the root and the intermediate lets it complete the path.',
		verify: 'The client connects; and openssl verify -CAfile ca-bundle.pem server.crt prints "OK".',
		varies: ['shell', 'client', 'os'],
		steps: (c) => [
			command(c, concatFiles(c.shell, ['root-ca.pem', 'intermediate.pem'], 'ca-bundle.pem')),
			text('Then give ca-bundle.pem as the CA file:'),
			...clientSteps(c, { caFile: true }).map((s) => ({ ...s, text: s.text.replace(/ca\.pem/g, 'ca-bundle.pem') }))
		]
	}
];
