/**
 * The server side: TLS modes and settings in mongod.conf (tls-to-plain-server,
 * plain-to-tls-server, client-cert-required).
 * Source: seed 004 (net.tls mode requireTLS, certificateKeyFile, CAFile,
 * allowConnectionsWithoutCertificates; chmod 600 / chown mongod; systemctl restart mongod; the
 * SSLHandshakeFailed log line); seed 003 (preferSSL vs requireSSL; "no SSL certificate provided by
 * peer" is harmless).
 */

import { mongodTlsConf } from '../artefacts';
import { command, config, shellText, text, type RemedyTemplate } from '../remedy';
import { sh } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { sClient } from '../syntax/openssl';
import { hostPortOf } from '../values';

const MODES =
	'net.tls.mode decides what mongod accepts: requireTLS only TLS; preferTLS TLS between members but plain or TLS from clients; allowTLS plain between members, either from clients; disabled no TLS.';

export const server: RemedyTemplate[] = [
	{
		id: 'match-tls-setting',
		title: 'Make the client’s TLS setting match the server',
		source: 'seed 004 (net.tls.mode); seed 003 (preferSSL / requireSSL); OpenSSL "wrong version number"',
		why: 'A TLS client and a plain server (or the reverse) cannot talk: one sends a TLS handshake, the other reads it as garbage. Either the server has TLS off, or the port is not mongod’s at all.',
		verify: (c) => `${shellText(c, sClient(c))} prints the server’s certificate instead of "wrong version number".`,
		varies: ['shell'],
		steps: (c) => [
			text(`Does anything speak TLS at ${hostPortOf(c)}?`),
			command(c, sClient(c)),
			text(`"wrong version number" means the port answered in plain text. ${MODES}`),
			config(
				mongodTlsConf({ mode: 'requireTLS', certificateKeyFile: '/etc/ssl/mongodb/server.pem', CAFile: '/etc/ssl/mongodb/ca.pem' }),
				'mongod.conf',
				'yaml'
			),
			text('Or, if the server is meant to be plain (a local test instance), connect without tls=true.')
		]
	},
	{
		id: 'enable-tls-in-client',
		title: 'Turn TLS on in the client',
		source:
			'seeds 000/001 (tls=True; +srv implies TLS); seed 004 (requireTLS closes plain connections: "The server is configured to only allow SSL connections")',
		why: 'A server in requireTLS mode closes any connection that does not start with a TLS handshake. tls=true makes the client start one. mongodb+srv:// connection strings turn TLS on by themselves.',
		verify: 'The connection succeeds; the server log no longer shows "SSLHandshakeFailed … only allow SSL connections" for this client.',
		varies: ['client', 'shell'],
		steps: (c) => clientSteps(c, {})
	},
	{
		id: 'mongod-tls-config',
		title: 'Configure TLS in mongod.conf',
		source: 'seed 004 (MongoDB Configuration Change)',
		why: 'mongod reads its certificate and key from certificateKeyFile and the CA it checks client certificates against from CAFile. With requireTLS every connection must use TLS.',
		verify: 'After the restart, mongod’s log shows no TLS errors at startup, and a client with tls=true connects.',
		varies: [],
		steps: (c) => [
			config(
				mongodTlsConf({ mode: 'requireTLS', certificateKeyFile: '/etc/ssl/mongodb/mongodb-server.pem', CAFile: '/etc/ssl/mongodb/ca.pem' }),
				'mongod.conf',
				'yaml'
			),
			text('On the database server:'),
			command(
				c,
				[
					sh`sudo chmod 600 /etc/ssl/mongodb/mongodb-server.pem /etc/ssl/mongodb/ca.pem`,
					sh`sudo chown mongod: /etc/ssl/mongodb/mongodb-server.pem /etc/ssl/mongodb/ca.pem`,
					sh`sudo systemctl restart mongod`
				],
				{ shell: 'bash' }
			),
			text(
				'On Debian/Ubuntu the service user is mongodb rather than mongod. During a migration, preferTLS lets plain clients keep working while they are switched over.'
			)
		]
	},
	{
		id: 'trust-client-ca-in-mongod',
		title: 'Give mongod the CA that issued the client certificate (net.tls.CAFile)',
		source: 'MongoDB net.tls.CAFile (the CA file mongod checks client certificates against); rotateCertificates (5.0+)',
		why: 'mongod accepts a client certificate only if it chains to a CA in the file net.tls.CAFile names. A private CA of the clients that is not in that file makes every such client fail, whatever the client itself trusts.',
		verify: 'The client connects, and mongod’s log no longer shows "SSL peer certificate validation failed" for it.',
		varies: [],
		// The CA file lives on the database server: its commands are bash, like the other server-side steps.
		steps: (c) => [
			text('On the database server, add the clients’ CA certificate (client-ca.pem) to the CA file, after the CAs already there:'),
			command(c, sh`sudo tee -a /etc/ssl/mongodb/ca.pem < client-ca.pem > /dev/null`, { shell: 'bash' }),
			config(
				mongodTlsConf({ mode: 'requireTLS', CAFile: '/etc/ssl/mongodb/ca.pem' }),
				'mongod.conf (its net.tls section; keep the other settings)',
				'yaml'
			),
			text(
				'Load it: db.adminCommand({ rotateCertificates: 1 }) on MongoDB 5.0+ reloads the CA file too; otherwise restart mongod. Do it on every member.'
			)
		]
	},
	{
		id: 'allow-connections-without-certificates',
		title: 'Let clients connect without a certificate',
		source:
			'seed 004 (net.tls.allowConnectionsWithoutCertificates); MongoDB mongod --tlsAllowConnectionsWithoutCertificates; seed 003 ("no SSL certificate provided by peer" is harmless)',
		why: 'With CAFile set, mongod asks clients for a certificate. allowConnectionsWithoutCertificates: true still checks any certificate a client does present, but lets clients without one in, to authenticate with a password instead.',
		verify: 'A client without tlsCertificateKeyFile connects; the log may show "no SSL certificate provided by peer", which is expected.',
		risk: 'Clients no longer need a certificate from your CA: only their password (or nothing, if authorization is off) stands between the network and the data.',
		varies: [],
		steps: () => [
			config(
				mongodTlsConf({
					mode: 'requireTLS',
					certificateKeyFile: '/etc/ssl/mongodb/mongodb-server.pem',
					CAFile: '/etc/ssl/mongodb/ca.pem',
					allowConnectionsWithoutCertificates: true
				}),
				'mongod.conf',
				'yaml'
			),
			text(
				'Started from the command line instead: add --tlsAllowConnectionsWithoutCertificates to mongod (or mongos). Restart it after either change.'
			),
			text('Keep security.authorization enabled, and keep it false wherever clients authenticate with X.509.')
		]
	}
];
