/**
 * Client and server share no TLS version or cipher (protocol-version, no-shared-cipher,
 * python310-legacy-server, dh-key-too-small).
 * Source: seeds 000/001/002 (TLSV1_ALERT_PROTOCOL_VERSION: `openssl version`, OpenSSL < 1.0.1 has no
 * TLS 1.1+; macOS before 10.13 needs Python from python.org or Homebrew; the howsmyssl check;
 * Python 3.10+ against MongoDB <= 4.0: upgrade to 4.2+, Python 3.9, or pymongo[ocsp]); MongoDB
 * net.tls.disabledProtocols and the opensslDiffieHellmanParameters parameter.
 */

import { mongodTlsConf } from '../artefacts';
import { command, config, shellText, text, caution, type RemedyTemplate, type RenderContext } from '../remedy';
import { plain, py, sh, yaml } from '../../syntax/template';
import type { RemedyStep } from '../../model/report';
import { sClient } from '../syntax/openssl';
import { pythonOneLiner } from '../syntax/python';
import { connectionArgument } from '../syntax/connection';

function clientTlsCheck(c: RenderContext): RemedyStep[] {
	switch (c.client) {
		case 'node':
		case 'mongosh':
		case 'compass':
			return [text('Node.js (and so mongosh and Compass) bundles its own OpenSSL:'), command(c, sh`node -p "process.versions.openssl"`)];
		case 'java':
			return [
				text(
					'Java’s TLS versions come from the JDK: Java 8u261 and later speak TLS 1.3; check the jdk.tls.disabledAlgorithms line of the JDK’s java.security.'
				),
				command(c, sh`java -version`)
			];
		case 'go':
			return [
				text('Go’s crypto/tls speaks TLS 1.2 and 1.3 in every supported Go release; check the Go version the program was built with.'),
				command(c, sh`go version`)
			];
		case 'csharp':
			return [text('.NET uses the operating system’s TLS (SChannel on Windows, OpenSSL on Linux); the driver needs TLS 1.2 or newer.')];
		default:
			return [
				text('Which OpenSSL your Python uses, and whether it can speak TLS 1.2 and 1.3:'),
				command(c, pythonOneLiner(c, py`import ssl; print(ssl.OPENSSL_VERSION, ssl.HAS_TLSv1_2, ssl.HAS_TLSv1_3)`))
			];
	}
}

export const protocol: RemedyTemplate[] = [
	{
		id: 'check-tls-version',
		title: 'Check which TLS versions your client and the server support',
		source: 'seeds 000/001/002 (TLSV1_ALERT_PROTOCOL_VERSION; openssl version; the Python TLS version check)',
		why: 'A client built on OpenSSL older than 1.0.1 cannot speak TLS 1.1 or 1.2, and servers increasingly accept only TLS 1.2 and 1.3. Knowing both sides’ versions tells you which one to change.',
		verify: (c) =>
			`${shellText(c, sClient(c, [sh`-tls1_2`]))} completes a handshake ("Protocol  : TLSv1.2"); if only an older version works, the server is the one to update.`,
		varies: ['client', 'os', 'python', 'shell'],
		steps: (c) => [
			command(c, sh`openssl version`),
			...clientTlsCheck(c),
			text(
				'What the server accepts (each command either completes a handshake or fails with "no protocols available" / "alert protocol version"):'
			),
			command(c, [sClient(c, [sh`-tls1_2`]), sClient(c, [sh`-tls1_3`])]),
			...(c.client === 'pymongo' || c.client === 'motor' || c.client === undefined
				? [
						text(
							'PyMongo’s guide also suggests asking a public checker which version your Python negotiates (this contacts howsmyssl.com):'
						),
						command(
							c,
							pythonOneLiner(
								c,
								py`import requests; print(requests.get('https://www.howsmyssl.com/a/check', verify=False).json()['tls_version'])`
							)
						)
					]
				: [])
		]
	},
	{
		id: 'upgrade-openssl',
		title: 'Use a client built against a current OpenSSL',
		source:
			'seeds 000/001 (macOS before 10.13: install Python from python.org, Homebrew or MacPorts; contact your OS vendor or upgrade the distribution)',
		why: 'TLS 1.2 and 1.3 support comes from the TLS library the client links, not from the driver. A current Python (or OS) brings a current OpenSSL; no application change is needed.',
		verify: (c) => `${shellText(c, pythonOneLiner(c, py`import ssl; print(ssl.OPENSSL_VERSION)`))} prints OpenSSL 1.1.1 or 3.x.`,
		varies: ['os', 'python', 'shell'],
		steps(c) {
			switch (c.python) {
				case 'homebrew':
					return [command(c, [sh`brew update`, sh`brew upgrade python openssl@3`])];
				case 'pyenv':
					return [
						text(
							'pyenv builds Python against the OpenSSL it finds; make sure a current one is installed first (Homebrew openssl@3 on macOS, libssl-dev on Debian), then:'
						),
						command(c, [sh`pyenv install 3.12`, sh`pyenv global 3.12`])
					];
				case 'conda':
					return [command(c, sh`conda update python openssl`)];
				case 'python.org':
					return [text('Download and run the current installer from python.org: it bundles a current OpenSSL on macOS and Windows.')];
				case 'system':
				case 'pypy-portable':
				default:
					break;
			}
			switch (c.os) {
				case 'debian':
					return [
						command(c, [sh`sudo apt-get update`, sh`sudo apt-get install --only-upgrade openssl libssl3`]),
						text('On a release too old for TLS 1.2 (before Debian 8 / Ubuntu 14.04), upgrade the distribution.')
					];
				case 'rhel':
					return [
						command(c, sh`sudo dnf upgrade -y openssl`),
						text('RHEL/CentOS 6 and older cannot be brought to TLS 1.3; move to a supported release.')
					];
				case 'alpine':
					return [command(c, sh`apk upgrade --no-cache openssl`)];
				case 'docker':
					return [
						config(plain`FROM python:3.12-slim`, 'Dockerfile', 'dockerfile'),
						text('Rebuild from a current base image; old images keep old OpenSSL.')
					];
				case 'macos':
					return [
						text(
							'macOS before 10.13 (High Sierra) ships an OpenSSL too old for TLS 1.2 in its own Python: install Python from python.org or Homebrew.'
						)
					];
				case 'windows':
					return [text('Install the current Python from python.org; it bundles its own OpenSSL.')];
				default:
					return [text('Install a current Python from python.org, Homebrew or your distribution; each brings OpenSSL 1.1.1 or 3.x.')];
			}
		}
	},
	{
		id: 'server-disabled-protocols',
		title: 'Check the server’s disabled protocols',
		source: 'MongoDB net.tls.disabledProtocols; seeds 000/001 (deployments may disable TLS 1.0 and 1.1)',
		why: 'net.tls.disabledProtocols decides which TLS versions mongod refuses. Disabling TLS 1.0 and 1.1 is good practice; a client that cannot speak TLS 1.2 must then be upgraded rather than the server weakened.',
		verify: (c) => `${shellText(c, sClient(c, [sh`-tls1_2`]))} completes, and ${shellText(c, sClient(c, [sh`-tls1_1`]))} is refused.`,
		varies: ['shell'],
		steps: () => [
			config(mongodTlsConf({ mode: 'requireTLS', disabledProtocols: 'TLS1_0,TLS1_1' }), 'mongod.conf', 'yaml'),
			text('Run db.adminCommand({ getCmdLineOpts: 1 }) in mongosh to see the value in force, then restart mongod after a change.')
		]
	},
	{
		id: 'upgrade-mongodb-42',
		title: 'Upgrade the server to MongoDB 4.2 or newer',
		source: 'seeds 000/001/002 (Python 3.10+ incompatibilities with MongoDB <= 4.0)',
		why: 'Python 3.10 raised its TLS defaults (TLS 1.2 minimum and only modern cipher suites). MongoDB 4.0 and older, depending on the OpenSSL they were built with, cannot meet them; 4.2 and newer can. This is the lasting fix.',
		verify: (c) =>
			`${shellText(c, sh`mongosh ${connectionArgument(c, 'shell', { tls: 'true' }, { client: 'node', password: 'omit' }).fragment} --quiet --eval ${'db.version()'}`)} prints 4.2 or higher, and Python 3.10+ connects.`,
		varies: ['shell'],
		steps: (c) => [
			command(
				c,
				sh`mongosh ${connectionArgument(c, 'shell', { tls: 'true' }, { client: 'node', password: 'omit' }).fragment} --quiet --eval ${'db.version()'}`
			),
			text(
				'Upgrade one major version at a time (4.0 → 4.2, setting featureCompatibilityVersion after each step), as the MongoDB upgrade notes describe. 4.2 itself is long past end of life: plan to continue to a supported release.'
			)
		]
	},
	{
		id: 'python-39',
		title: 'Or, as a stopgap, run the client on Python 3.9',
		source: 'seeds 000/001/002 (use Python 3.9 or earlier with MongoDB <= 4.0)',
		why: 'Python 3.9 still offers the older cipher suites an old MongoDB server can use, so the handshake succeeds without touching the server. Python 3.9 reached end of life in October 2025: use this only until the server is upgraded.',
		verify: 'python3.9 -c "import pymongo, sys; print(sys.version)" runs, and the connection succeeds from that interpreter.',
		varies: ['python', 'os', 'shell'],
		steps(c) {
			switch (c.python) {
				case 'pyenv':
					return [command(c, [sh`pyenv install 3.9`, sh`pyenv local 3.9`, sh`python -m pip install pymongo`])];
				case 'conda':
					return [command(c, [sh`conda create -n py39 python=3.9 pymongo`, sh`conda activate py39`])];
				case 'homebrew':
					return [text('Homebrew no longer offers python@3.9; use pyenv (brew install pyenv) or the python.org 3.9 installer.')];
				default:
					break;
			}
			if (c.os === 'docker') return [config(plain`FROM python:3.9-slim`, 'Dockerfile', 'dockerfile')];
			if (c.os === 'windows') return [text('Install Python 3.9 from python.org, then:'), command(c, sh`py -3.9 -m pip install pymongo`)];
			return [
				text('Install Python 3.9 (pyenv install 3.9, or your platform’s installer), then:'),
				command(c, sh`python3.9 -m pip install pymongo`)
			];
		}
	},
	{
		id: 'server-dh-params',
		title: 'Give the server stronger Diffie-Hellman parameters',
		source: 'OpenSSL (DH groups under 2048 bits refused at security level 2); MongoDB opensslDiffieHellmanParameters',
		why: 'Current OpenSSL refuses DH groups smaller than 2048 bits. mongod can be given a 2048-bit group with the opensslDiffieHellmanParameters parameter; ECDHE suites, which most clients prefer, avoid DH altogether.',
		verify: (c) => `${shellText(c, sClient(c))} shows "Server Temp Key: ECDH…" or "DH, 2048 bits" (or more).`,
		varies: ['shell'],
		steps: (c) => [
			command(c, sh`openssl dhparam -out /etc/ssl/mongodb/dhparam.pem 2048`),
			config(yaml`setParameter:\n  opensslDiffieHellmanParameters: /etc/ssl/mongodb/dhparam.pem\n`, 'mongod.conf', 'yaml'),
			caution('Generating parameters takes a minute or two; restart mongod afterwards.')
		]
	}
];
