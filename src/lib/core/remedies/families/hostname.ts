/**
 * The certificate does not name the host the client dials (hostname-mismatch, ip-mismatch).
 * Source: RFC 6125 §6.4 (names checked against subjectAltName); seed 003 (the hostname-vs-IP
 * litmus test; connection strings change with the SSL domain); seed 004 (DNS.1 / IP.1 in
 * alt_names).
 */

import type { RemedyStep } from '../../model/report';
import { isUsableSan, sanConfig } from '../artefacts';
import { command, config, file, shellText, text, type RemedyTemplate, type RenderContext } from '../remedy';
import { expr, plain, sh, verbatim, yaml } from '../../syntax/template';

// An address and a name, both checked (facts.ts): what cmd's echo may print as it is.
const HOSTS_LINE = /^[A-Za-z0-9_.:-]+ {2}[A-Za-z0-9_.-]+$/;
import { clientSteps } from '../syntax/clients';
import { dnsLookup, hostsFile } from '../syntax/os';
import { dialling, hostOf, isIpLiteral, listedNames } from '../values';
import { issueFromCa } from '../syntax/issue-certificate';

/** The name to suggest: the first DNS name the certificate lists (not a wildcard: nobody dials "*."), else a placeholder. */
function listedDnsName(c: RenderContext): string {
	return c.facts.certificateNames?.find((n) => !isIpLiteral(n) && !n.startsWith('*.')) ?? 'NAME_ON_CERTIFICATE';
}

/** The litmus test of seed 003, as words: the name works and the bare IP fails. */
function litmus(c: RenderContext): string {
	const name = listedDnsName(c);
	return `Connect once with ${name} (it must work) and once with the server’s IP address instead (it must fail with a hostname error). The name working and the IP failing proves the client really checks names.`;
}

export const hostname: RemedyTemplate[] = [
	{
		id: 'connect-with-listed-name',
		title: 'Connect with a name the certificate lists',
		source: 'RFC 6125 §6.4; seed 003 (connection string changes with the SSL domain)',
		why: 'Hostname verification compares the host in the connection string with the names in the certificate’s subjectAltName. Using one of those names makes the check pass without weakening anything; an IP address only matches an IP entry, never a DNS name.',
		verify: litmus,
		varies: ['client'],
		steps(c) {
			const names = listedNames(c);
			const name = listedDnsName(c);
			const head: RemedyStep[] = names
				? [text(`The certificate lists: ${names}. You connect to ${hostOf(c)}.`)]
				: [
						text(
							'Read the names from the certificate (paste it here, or run openssl x509 -in server.pem -noout -ext subjectAltName), and use one of them.'
						)
					];
			return [...head, ...clientSteps(dialling(c, name), {})];
		}
	},
	{
		id: 'fix-dns-or-hosts',
		title: 'Make the listed name resolve to the server',
		source: 'hosts(5); Microsoft hosts file location; seed 003 (IPs in connection strings are not for permanent use)',
		why: 'If the name on the certificate does not resolve from the client (a private DNS zone, a VPN, a new server), the fix is a DNS record, or for one machine a hosts-file line, so the client can use that name instead of an IP.',
		verify: (c) =>
			`${shellText(c, c.os === 'windows' ? sh`ping -n 1 ${listedDnsName(c)}` : sh`ping -c 1 ${listedDnsName(c)}`)} shows the server’s IP address.`,
		varies: ['os', 'shell'],
		steps(c) {
			const ip = c.facts.host && isIpLiteral(c.facts.host) ? c.facts.host : 'YOUR_SERVER_IP';
			const name = listedDnsName(c);
			const line = `${ip}  ${name}`;
			const hostsLine = plain`${ip}  ${name}`;
			const check = text('What DNS says now:');
			const lookup = command(c, dnsLookup(c, 'A', name));
			if (c.os === 'docker') {
				return [
					check,
					lookup,
					text('Inside a container, add the name when starting it:'),
					command(c, sh`docker run --add-host ${`${name}:${ip}`} YOUR_IMAGE`),
					config(yaml`extra_hosts:\n  - ${`${name}:${ip}`}`, 'docker-compose.yml (under the service)', 'yaml')
				];
			}
			const hosts = hostsFile(c.os);
			const append =
				c.os === 'windows'
					? c.shell === 'cmd'
						? sh`echo ${verbatim('shell', line, HOSTS_LINE)} >> ${hosts}`
						: sh`Add-Content -Path ${hosts} -Value ${expr(line)}`
					: sh`echo ${line} | sudo tee -a ${hosts}`;
			return [
				check,
				lookup,
				text(`To make it resolve on this machine only, add a line to ${hosts}${c.os === 'windows' ? ' (as administrator)' : ''}:`),
				config(hostsLine, hosts, 'text'),
				// Only an elevated PowerShell (or cmd) can write the Windows hosts file; a bash or zsh user is told where to run it.
				command(
					c,
					append,
					c.os === 'windows' && c.shell !== 'cmd'
						? { shell: 'powershell', ...(c.shell !== 'powershell' ? { label: 'In PowerShell, run as administrator' } : {}) }
						: {}
				),
				text('For every client, ask for a DNS record for the name instead.')
			];
		}
	},
	{
		id: 'reissue-with-san',
		title: 'Reissue the certificate with the right subjectAltName',
		source: 'seed 004 (openssl-server.cnf with [alt_names] DNS.1, IP.1 for an IP-only host); RFC 6125',
		why: 'Clients accept only the names listed in the certificate’s subjectAltName extension (the Common Name is ignored by Go and deprecated everywhere). Reissuing with every name and IP clients use makes all of them pass.',
		verify: 'openssl x509 -in mongodb-server.crt -noout -ext subjectAltName lists every name and IP clients connect with.',
		varies: ['shell'],
		steps(c) {
			const names = [...new Set([...(c.facts.host ? [c.facts.host] : []), ...(c.facts.certificateNames ?? [])])].filter(isUsableSan);
			return [
				text(
					names.length
						? `This config lists ${names.join(', ')}; add any other name clients use.`
						: 'Replace YOUR_HOST with the name clients connect to; add DNS.2, IP.1 … lines for the others.'
				),
				file('openssl-server.cnf', sanConfig(names), 'ini'),
				command(c, issueFromCa(c.shell, 'server', { combine: true })),
				text('Install mongodb-server.pem as net.tls.certificateKeyFile and restart mongod (or rotateCertificates on 5.0+).')
			];
		}
	},
	{
		id: 'hostname-litmus-test',
		title: 'Prove that hostname verification is on',
		source: 'seed 003 (Verifying the security of your SSL connection)',
		why: 'Hostname checking is the verification most often switched off by accident. Connecting by name and then by bare IP tells you in a minute whether your client really does it.',
		verify: litmus,
		varies: ['client'],
		steps(c) {
			const name = listedDnsName(c);
			return [
				text('1. Connect with the host name as usual (expected: it works).'),
				...clientSteps(dialling(c, name), {}),
				text('2. Replace the host name with its IP address (expected: a hostname or IP mismatch error).'),
				...clientSteps(dialling(c, 'YOUR_SERVER_IP'), {}),
				text(
					'If the second one connects too, something (tlsAllowInvalidHostnames, tlsInsecure, an old driver) has turned hostname checking off.'
				)
			];
		}
	}
];
