/**
 * Reaching the server at all: Atlas IP access list, SRV/DNS lookups, the TCP path, and proxies
 * that intercept TLS (atlas-ip-access-list, dns-srv, server-selection-timeout, connection-refused,
 * connection-reset, handshake-timeout, tls-interception-proxy).
 * Source: seed 001 (+srv implies TLS, the SRV connection format); MongoDB Atlas Network Access
 * and `atlas accessLists create --currentIp`; the DNS seedlist spec (_mongodb._tcp SRV + TXT);
 * Resolve-DnsName, dig, nslookup, Test-NetConnection.
 */

import type { RemedyStep } from '../../model/report';
import { command, shellText, text, type RemedyTemplate, type RenderContext } from '../remedy';
import { sh, verbatim, type Fragment } from '../../syntax/template';

const CHECKED_HOST = /^[A-Za-z0-9_.:-]+$/;
import { clientSteps } from '../syntax/clients';
import { dnsLookup } from '../syntax/os';
import { sClient } from '../syntax/openssl';
import { hostOf, portOf } from '../values';

function publicIp(c: RenderContext): Fragment<'shell'> {
	return c.shell === 'powershell'
		? sh`(Invoke-WebRequest -UseBasicParsing https://checkip.amazonaws.com).Content`
		: sh`curl -s https://checkip.amazonaws.com`;
}

function tcpCheck(c: RenderContext): RemedyStep {
	const host = hostOf(c);
	const port = portOf(c);
	if (c.shell === 'powershell') return command(c, sh`Test-NetConnection ${host} -Port ${port}`);
	// From cmd the PowerShell command is one argument; the host was checked (facts.ts), so it needs no quoting inside it.
	if (c.shell === 'cmd')
		return command(c, sh`powershell -NoProfile -Command "Test-NetConnection ${verbatim('shell', host, CHECKED_HOST)} -Port ${port}"`);
	return command(c, sh`nc -vz ${host} ${port}`);
}

export const network: RemedyTemplate[] = [
	{
		id: 'atlas-ip-access-list',
		title: 'Add the client’s IP to the Atlas IP access list',
		source: 'MongoDB Atlas Network Access documentation; Atlas CLI accessLists',
		why: 'Atlas drops connections from addresses that are not on the project’s IP access list, often mid-handshake, which looks like a TLS error although no certificate is involved. Adding the public IP of the machine running the client lets it in.',
		verify: 'The same connection string now connects from this machine.',
		varies: ['shell'],
		steps: (c) => [
			text('Find the public IP this machine connects from:'),
			command(c, publicIp(c)),
			text('Atlas → your project → Security → Network Access → Add IP Address, with that address. Or with the Atlas CLI:'),
			command(c, sh`atlas accessLists create --currentIp`),
			text(
				'Behind a NAT, VPN or cloud egress the address can change; for servers, add their fixed egress addresses or use peering / private endpoints.'
			)
		]
	},
	{
		id: 'check-srv-dns',
		title: 'Check the SRV and TXT records of a mongodb+srv address',
		source: 'seed 001 (SRV connection format); MongoDB DNS seedlist specification',
		why: 'A mongodb+srv:// address is resolved through an SRV record (_mongodb._tcp.<host>) listing the servers and a TXT record holding options. If the resolver in use cannot answer SRV queries (some home routers, corporate DNS, old resolv.conf in containers), the driver fails before any TLS starts.',
		verify: 'The SRV lookup lists the cluster’s hosts with port 27017.',
		varies: ['os', 'shell'],
		steps(c) {
			const host = c.facts.srvHost ?? (c.facts.host && !/:\d+$/.test(c.facts.host) ? c.facts.host : 'YOUR_CLUSTER_HOST');
			return [
				command(c, [dnsLookup(c, 'SRV', `_mongodb._tcp.${host}`), dnsLookup(c, 'TXT', host)]),
				text('If nothing comes back, try a public resolver to tell a local DNS problem from a wrong name:'),
				command(
					c,
					c.shell === 'powershell'
						? sh`Resolve-DnsName -Type SRV ${`_mongodb._tcp.${host}`} -Server 8.8.8.8`
						: sh`nslookup -type=SRV ${`_mongodb._tcp.${host}`} 8.8.8.8`
				)
			];
		}
	},
	{
		id: 'use-standard-uri',
		title: 'Use the standard (non-SRV) connection string',
		source: 'seed 001 (the SRV format is optional; standard mongodb:// strings list hosts directly)',
		why: 'The standard mongodb:// form lists every host directly, so no SRV lookup is needed. Remember to add tls=true yourself: only the +srv form turns TLS on by itself.',
		verify: 'The standard connection string connects where the +srv one failed.',
		varies: [],
		steps: () => [
			text(
				'Atlas → Connect → Drivers, choose an older driver version in the list to see the mongodb://host1,host2,host3/?tls=true&replicaSet=… form, or build it from the SRV answer (hosts) and the TXT answer (replicaSet, authSource).'
			)
		]
	},
	{
		id: 'check-network-path',
		title: 'Check that the server is reachable',
		source: 'nc(1); Test-NetConnection; OpenSSL s_client(1)',
		why: 'A TCP connection has to succeed before TLS can even start. Testing the port and then the handshake separately shows whether the problem is the network (firewall, bindIp, wrong port) or TLS.',
		verify: 'The port test succeeds and s_client prints the server’s certificate.',
		varies: ['shell'],
		steps: (c) => [
			text('1. Can a TCP connection be made?'),
			tcpCheck(c),
			text('2. Does a TLS handshake complete?'),
			command(c, sClient(c)),
			text(
				'Refused: nothing listens there (mongod down, another port, bindIp set to 127.0.0.1). Timed out: a firewall or security group drops the traffic.'
			)
		]
	},
	{
		id: 'trust-proxy-ca',
		title: 'If your network inspects TLS: trust your organisation’s proxy CA',
		source: 'seeds 000/001 (tlsCAFile); Node.js NODE_EXTRA_CA_CERTS',
		why: 'An inspecting proxy or antivirus re-signs every certificate with its own root, which only machines set up by your IT department trust. The client needs that root: ask IT for it, or take the last certificate of the chain the proxy presents.',
		verify: (c) =>
			`${shellText(c, sClient(c, [sh`-showcerts`]))} shows your organisation’s CA as the top issuer, and the client connects with that CA given.`,
		varies: ['client', 'os', 'shell'],
		steps: (c) => [
			text(
				'See whose certificate you are given (an issuer naming your company, Zscaler, Netskope, Fortinet, an antivirus… means inspection):'
			),
			command(c, sClient(c, [sh`-showcerts`])),
			text('Save the proxy’s root as ca.pem and give it to the client:'),
			...clientSteps(c, { caFile: true }),
			text(
				'If the same program also reaches public servers without the proxy, put the proxy root and the public roots together in the CA file.'
			)
		]
	},
	{
		id: 'bypass-interception-proxy',
		title: 'Exclude the database from TLS inspection',
		source: 'common proxy practice; seed 003 (verify the server is the one it claims)',
		why: 'Database traffic rarely needs inspection, and inspection replaces the server’s real certificate. An exception in the proxy or antivirus for the database hosts restores end-to-end TLS and lets the client verify the real server.',
		verify: (c) => `${shellText(c, sClient(c, [sh`-showcerts`]))} shows the database’s own certificate chain again.`,
		varies: ['shell'],
		steps: (c) => [
			text(
				`Ask your network team to exempt ${c.facts.atlas ? '*.mongodb.net' : hostOf(c)} (port ${portOf(c)}) from TLS inspection, or add an exception in your antivirus’s web or HTTPS scanning.`
			)
		]
	}
];
