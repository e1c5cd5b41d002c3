/**
 * Per-operating-system facts: where the trust store is and how it is refreshed, where the hosts
 * file lives, how to check the clock, how to look up DNS records. Each function returns the steps
 * for the chosen OS, or labelled variants for every OS when the OS is unknown.
 *
 * Sources: Debian update-ca-certificates(8) (/usr/local/share/ca-certificates, *.crt), RHEL
 * update-ca-trust(8) (/etc/pki/ca-trust/source/anchors), Alpine's ca-certificates package,
 * Apple security(1) add-trusted-cert, Microsoft certutil and Import-Certificate, timedatectl(1),
 * sntp(1) on macOS, w32tm, Resolve-DnsName.
 */

import type { RemedyStep } from '../../model/report';
import { environmentLabel, type OsId, type ShellId } from '../../model/environment';
import { command, config, text, type RenderContext } from '../remedy';
import { identifier, plain, sh, type Fragment } from '../../syntax/template';
import { pathOf } from '../values';

const label = (os: OsId) => environmentLabel('os', os);

/** Steps for the chosen OS, or every OS's steps, labelled, when the OS is unknown. */
export function perOs(c: RenderContext, render: (c: RenderContext) => RemedyStep[], oses: readonly OsId[]): RemedyStep[] {
	if (c.os) return render(c);
	return oses.flatMap((os) => {
		const shell: ShellId = os === 'windows' ? 'powershell' : c.shell === 'powershell' || c.shell === 'cmd' ? 'bash' : c.shell;
		return render({ ...c, os, shell }).map((s) => ({ ...s, label: s.label ?? label(os) }));
	});
}

export const ALL_OSES: readonly OsId[] = ['macos', 'windows', 'debian', 'rhel', 'alpine', 'docker'];

const DEBIAN_ANCHOR = '/usr/local/share/ca-certificates/mongodb-ca.crt';
const RHEL_ANCHOR = '/etc/pki/ca-trust/source/anchors/mongodb-ca.pem';

/** Add one CA certificate (PEM) to the operating system's trust store. */
export function addCaToStore(c: RenderContext, file = 'ca.pem'): RemedyStep[] {
	const ca = pathOf(c, file);
	switch (c.os) {
		case 'macos':
			return [command(c, sh`sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${ca}`)];
		case 'windows':
			return c.shell === 'cmd'
				? [text('In a Command Prompt opened with "Run as administrator":'), command(c, sh`certutil -addstore -f Root ${ca}`)]
				: [
						text('In a PowerShell window opened with "Run as administrator":'),
						command(c, sh`Import-Certificate -FilePath ${ca} -CertStoreLocation Cert:\\LocalMachine\\Root`, { shell: 'powershell' })
					];
		case 'debian':
			// update-ca-certificates only picks up files ending in .crt (PEM inside).
			return [command(c, [sh`sudo cp ${ca} ${DEBIAN_ANCHOR}`, sh`sudo update-ca-certificates`])];
		case 'rhel':
			return [command(c, [sh`sudo cp ${ca} ${RHEL_ANCHOR}`, sh`sudo update-ca-trust`])];
		case 'alpine':
			return [
				text('As root:'),
				command(c, [sh`apk add --no-cache ca-certificates`, sh`cp ${ca} ${DEBIAN_ANCHOR}`, sh`update-ca-certificates`])
			];
		case 'docker':
			return dockerfileCaSteps(true);
		default:
			return perOs(c, (each) => addCaToStore(each, file), ALL_OSES);
	}
}

/** Dockerfile lines that install the CA bundle, and optionally one extra CA, for both image families. */
export function dockerfileCaSteps(withPrivateCa: boolean): RemedyStep[] {
	const copy = withPrivateCa ? plain`COPY ca.pem ${DEBIAN_ANCHOR}\n` : plain``;
	return [
		config(
			plain`${copy}RUN apt-get update \\\n && apt-get install -y --no-install-recommends ca-certificates \\\n && update-ca-certificates \\\n && rm -rf /var/lib/apt/lists/*`,
			'Dockerfile',
			'dockerfile',
			{ label: 'Debian/Ubuntu-based images (python:3.x-slim, node:xx-slim, ubuntu)' }
		),
		config(plain`RUN apk add --no-cache ca-certificates\n${copy}RUN update-ca-certificates`, 'Dockerfile', 'dockerfile', {
			label: 'Alpine-based images (python:3.x-alpine, node:xx-alpine)'
		}),
		text('Rebuild the image (docker build --no-cache …) so the layer is not reused from the cache.')
	];
}

/** Bring the OS's own root certificates up to date. */
export function refreshOsRoots(c: RenderContext): RemedyStep[] {
	switch (c.os) {
		case 'macos':
			return c.python === 'homebrew'
				? [
						text('Homebrew’s Python uses Homebrew’s OpenSSL, whose roots come from the ca-certificates formula:'),
						command(c, sh`brew upgrade ca-certificates openssl@3`)
					]
				: [
						text(
							'macOS updates its own roots with system updates. Python from python.org does not read them (see the Install Certificates remedy).'
						),
						command(c, sh`softwareupdate --list`)
					];
		case 'windows':
			// Windows fetches roots from Windows Update on demand, so a fresh machine may lack the root a
			// Python program (which reads the store but never triggers the download) needs.
			return [
				text(
					'Windows downloads root certificates on demand; programs that only read the store (Python, OpenSSL) can miss one. Fetch the current list and import it, as administrator:'
				),
				...(c.shell === 'cmd'
					? [command(c, [sh`certutil -generateSSTFromWU roots.sst`, sh`certutil -addstore -f Root roots.sst`])]
					: [
							command(
								c,
								[
									sh`certutil -generateSSTFromWU roots.sst`,
									sh`Import-Certificate -FilePath roots.sst -CertStoreLocation Cert:\\LocalMachine\\Root`
								],
								{
									shell: 'powershell'
								}
							)
						])
			];
		case 'debian':
			return [command(c, [sh`sudo apt-get update`, sh`sudo apt-get install --reinstall ca-certificates`, sh`sudo update-ca-certificates`])];
		case 'rhel':
			return [
				command(c, [sh`sudo dnf upgrade -y ca-certificates`, sh`sudo update-ca-trust`]),
				text('On Amazon Linux 2 and RHEL 7, use yum instead of dnf.')
			];
		case 'alpine':
			return [text('As root:'), command(c, [sh`apk add --no-cache --upgrade ca-certificates`, sh`update-ca-certificates`])];
		case 'docker':
			return [text('Slim and Alpine images ship without a CA bundle. Add it in the Dockerfile:'), ...dockerfileCaSteps(false)];
		default:
			return perOs(c, refreshOsRoots, ALL_OSES);
	}
}

/** The file the OS's OpenSSL reads its roots from (for SSL_CERT_FILE / tlsCAFile with the system store). */
export function systemBundlePath(os: OsId | undefined): string | undefined {
	if (os === 'debian' || os === 'alpine' || os === 'docker') return '/etc/ssl/certs/ca-certificates.crt';
	if (os === 'rhel') return '/etc/pki/tls/certs/ca-bundle.crt';
	return undefined;
}

export function hostsFile(os: OsId | undefined): string {
	return os === 'windows' ? 'C:\\Windows\\System32\\drivers\\etc\\hosts' : '/etc/hosts';
}

/** Check (and fix) the clock. */
export function clockSteps(c: RenderContext): RemedyStep[] {
	switch (c.os) {
		case 'macos':
			return [command(c, sh`date -u`), text('Set the clock from Apple’s time server:'), command(c, sh`sudo sntp -sS time.apple.com`)];
		case 'windows': {
			// Windows tools: in Git Bash or WSL they would be mangled, so they are given for PowerShell.
			const shell = c.shell === 'cmd' ? 'cmd' : 'powershell';
			return [
				command(c, shell === 'cmd' ? sh`w32tm /query /status` : [sh`(Get-Date).ToUniversalTime()`, sh`w32tm /query /status`], { shell }),
				text('Resynchronise (as administrator):'),
				command(c, sh`w32tm /resync`, { shell })
			];
		}
		case 'debian':
		case 'rhel':
			return [
				command(c, sh`timedatectl status`),
				text('"System clock synchronized: no" means NTP is off or failing. Turn it on:'),
				command(c, sh`sudo timedatectl set-ntp true`)
			];
		case 'alpine':
			return [
				command(c, sh`date -u`),
				text('Set it once from a public NTP pool (BusyBox ntpd, as root):'),
				command(c, sh`ntpd -d -q -n -p pool.ntp.org`)
			];
		case 'docker':
			return [
				command(c, sh`docker run --rm alpine date -u`),
				text(
					'Containers share the host’s clock: fix the clock of the host. Docker Desktop’s VM can drift after the laptop sleeps; restarting Docker Desktop resets it.'
				)
			];
		default:
			return perOs(c, clockSteps, ['macos', 'windows', 'debian', 'alpine', 'docker']);
	}
}

/** Look up a DNS record of the given type. */
export function dnsLookup(c: RenderContext, type: 'SRV' | 'TXT' | 'A', name: string): Fragment<'shell'> {
	const t = identifier('shell', type);
	if (c.shell === 'powershell') return sh`Resolve-DnsName -Type ${t} ${name}`;
	if (c.os === 'windows' || c.os === 'alpine' || c.shell === 'cmd') return sh`nslookup -type=${t} ${name}`;
	return sh`dig +short ${t} ${name}`;
}

/** Where openssl comes from on this OS, when it may be missing. */
export function opensslNote(c: RenderContext): RemedyStep[] {
	if (c.os === 'windows') {
		return [
			text(
				'Windows has no openssl command of its own; Git for Windows ships one (C:\\Program Files\\Git\\usr\\bin\\openssl.exe), or run it in WSL.'
			)
		];
	}
	return [];
}
