/**
 * Something on the path needs insecure legacy renegotiation (legacy-renegotiation).
 * Source: seed 002 ("Unsafe Legacy Renegotiation Disabled": outdated or buggy SSL proxies; OpenSSL
 * 3.0.4 or later; the OPENSSL_CONF file with Options = UnsafeLegacyServerConnect; use it as a last
 * resort); OpenSSL SSL_CTX_set_options(3) (SSL_OP_LEGACY_SERVER_CONNECT); RFC 5746.
 */

import { OPENSSL_LEGACY_CONF } from '../artefacts';
import { caution, command, file, shellText, text, type RemedyTemplate } from '../remedy';
import { py, sh } from '../../syntax/template';
import { sClient } from '../syntax/openssl';
import { pythonCommand, pythonOneLiner } from '../syntax/python';
import { runWithEnv } from '../syntax/shell';
import { pathOf } from '../values';

/** SSL_OP_LEGACY_SERVER_CONNECT: the bit the configuration file turns on in every new SSL context. */
const OP_LEGACY_SERVER_CONNECT = 4;

export const renegotiation: RemedyTemplate[] = [
	{
		id: 'fix-proxy-renegotiation',
		title: 'Fix or bypass the proxy that lacks secure renegotiation',
		source: 'seed 002 (the cause is outdated or buggy SSL proxies); RFC 5746 (2010)',
		why: 'Secure renegotiation (RFC 5746) has been standard since 2010 and MongoDB supports it. The error means a device in between (a TLS-terminating load balancer, proxy or firewall) does not, and OpenSSL 3 refuses to talk to it. Updating or reconfiguring that device fixes every client at once and costs no security.',
		verify: (c) => `${shellText(c, sClient(c, [sh`-legacy_server_connect`]))} prints "Secure Renegotiation IS supported".`,
		varies: ['shell'],
		steps: (c) => [
			text('Confirm who answers: this connects even to a device without secure renegotiation and says whether it supports it.'),
			command(c, sClient(c, [sh`-legacy_server_connect`])),
			text(
				'"Secure Renegotiation IS NOT supported" together with an unfamiliar certificate names the device in between. Ask its owner to update it or enable RFC 5746, or connect to the database around it.'
			)
		]
	},
	{
		id: 'openssl-conf-unsafe-legacy',
		title: 'Last resort: allow unsafe legacy renegotiation with an OPENSSL_CONF file',
		source: 'seed 002 (UnsafeLegacyServerConnect configuration; OpenSSL 3.0.4 or later; last resort); OpenSSL SSL_CTX_set_options(3)',
		why: 'OpenSSL 3.0.4 and later read TLS options from a configuration file named by OPENSSL_CONF. This file turns on UnsafeLegacyServerConnect for every TLS client in the process started with it, so it connects to a peer without secure renegotiation.',
		verify: (c) =>
			`With OPENSSL_CONF set as above, ${shellText(c, pythonOneLiner(c, py`import ssl; print(bool(ssl.create_default_context().options & ${OP_LEGACY_SERVER_CONNECT}))`))} prints True, and the UNSAFE_LEGACY_RENEGOTIATION_DISABLED error is gone.`,
		risk: 'Turns off the protection against the TLS renegotiation attack (CVE-2009-3555) for every connection the process makes: an attacker in the network path can inject data at the start of a session. Use only for the one process that must reach the old proxy, and only until the proxy is fixed.',
		varies: ['os', 'python', 'shell'],
		steps(c) {
			const conf = pathOf(c, 'openssl-legacy.cnf');
			return [
				text('Check the OpenSSL that Python uses is 3.0.4 or later (older 3.0.x ignore the option):'),
				command(c, pythonOneLiner(c, py`import ssl; print(ssl.OPENSSL_VERSION)`)),
				text(`Save this file as ${conf}:`),
				file('openssl-legacy.cnf', OPENSSL_LEGACY_CONF, 'ini'),
				text('Start only the program that needs it with the file:'),
				command(c, runWithEnv(c.shell, 'OPENSSL_CONF', conf, sh`${pythonCommand(c)} app.py`)),
				caution('Do not set OPENSSL_CONF globally: every OpenSSL program started from that environment would accept unsafe renegotiation.')
			];
		}
	}
];
