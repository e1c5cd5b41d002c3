/**
 * The client cannot find current public root certificates (missing-system-roots).
 * Source: seed 002 and seed 000 "Troubleshooting" (Install Certificates.command for python.org
 * Python 3.7+ on macOS, certifi + SSL_CERT_FILE for portable PyPy, "latest root certificate
 * updates from your Linux vendor"); certifi's own docs for certifi.where().
 */

import type { RemedyStep } from '../../model/report';
import { command, caution, shellText, text, type RemedyTemplate } from '../remedy';
import { py, sh, type Fragment } from '../../syntax/template';
import { clientSteps } from '../syntax/clients';
import { javaCacertsNote } from '../syntax/java-trust';
import { refreshOsRoots } from '../syntax/os';
import { CERTIFI_WHERE, pipInstall, pythonOneLiner } from '../syntax/python';
import { persistEnv, setEnvFromOutput } from '../syntax/shell';
import { sClient } from '../syntax/openssl';
import { pythonVersionOf } from '../values';
import type { RenderContext } from '../remedy';

const PYTHON_CLIENTS = ['pymongo', 'motor'] as const;

/** conda's OpenSSL reads the bundle of conda's own ca-certificates package, so conda updates both. */
function installCertifi(c: RenderContext): Fragment<'shell'>[] {
	return c.python === 'conda' ? [sh`conda update ca-certificates certifi`] : pipInstall(c, 'certifi');
}

/**
 * Clients that do not read the OS store directly: Java reads a cacerts file (on Debian, RHEL and
 * Alpine built from the OS store; elsewhere the JDK's own, see syntax/java-trust.ts), the Node driver (and so mongosh and
 * Compass) the Mozilla roots built into Node.js.
 */
function clientRootsNote(c: RenderContext): RemedyStep[] {
	if (c.client === 'java') {
		return [
			text(
				`${javaCacertsNote(c)} A JDK’s own cacerts is refreshed by JDK updates: update the JDK if its roots are old (java -version shows which one runs).`
			),
			command(c, sh`java -version`)
		];
	}
	if (c.client === 'node' || c.client === 'mongosh' || c.client === 'compass') {
		return [
			text(
				'Node.js (and so mongosh and Compass) carries its own copy of the public roots: updating Node.js, mongosh or Compass updates them. The OS store below matters for CAs added with NODE_EXTRA_CA_CERTS or, in mongosh, --tlsUseSystemCA.'
			),
			command(c, sh`node -p "process.versions.node"`)
		];
	}
	return [];
}

export const systemRoots: RemedyTemplate[] = [
	{
		id: 'install-certificates-command',
		title: 'macOS, Python from python.org: run Install Certificates.command',
		source: 'seed 002 (CERTIFICATE_VERIFY_FAILED); seed 000 Troubleshooting; CPython issue 29065',
		why: 'The python.org installer for macOS brings its own OpenSSL, which never looks at the macOS Keychain, and starts with no root certificates at all. The script that comes with it installs certifi and links certifi’s roots to the place that OpenSSL reads.',
		verify: (c) =>
			`${shellText(c, pythonOneLiner(c, py`import ssl; print(ssl.create_default_context().cert_store_stats())`))} shows x509_ca well above 100, and the connection no longer fails with CERTIFICATE_VERIFY_FAILED.`,
		varies: [],
		only: { os: ['macos'], python: ['python.org'], client: PYTHON_CLIENTS },
		steps(c) {
			const version = pythonVersionOf(c);
			const open = command(c, sh`open ${`/Applications/Python ${version}/Install Certificates.command`}`);
			if (c.facts.pythonVersion)
				return [
					open,
					text(
						`${version} is the Python version from your error; each installed version has its own script, so run it for every version you use.`
					)
				];
			return [
				text('Each python.org version has its own folder in /Applications. List them:'),
				command(c, sh`ls -d /Applications/Python\\ 3.*`),
				text('Then run the script of the version your program uses (python3 --version tells it):'),
				open
			];
		}
	},
	{
		id: 'certifi-tlscafile',
		title: 'Point the driver at certifi’s up-to-date root certificates',
		source: 'seed 002 (certifi); PyMongo TLS guide, seeds 000/001 (tlsCAFile)',
		why: 'certifi is a Python package holding Mozilla’s curated set of public roots. Passing its file as tlsCAFile makes this one client trust exactly those roots, whatever the operating system does or does not provide, and leaves every other program alone.',
		verify: (c) => `${shellText(c, pythonOneLiner(c, CERTIFI_WHERE))} prints the path of an existing file, and the client’s ping succeeds.`,
		varies: ['os', 'python', 'shell', 'client'],
		only: { client: PYTHON_CLIENTS },
		steps: (c) => [
			command(c, installCertifi(c)),
			...clientSteps({ ...c, client: c.client ?? 'pymongo' }, { certifi: true }),
			caution(
				'tlsCAFile replaces the roots for this connection: a private or corporate CA is then no longer trusted unless it is in that file too.'
			)
		]
	},
	{
		id: 'ssl-cert-file-certifi',
		title: 'Set SSL_CERT_FILE to certifi’s bundle',
		source: 'seed 002 (portable PyPy: pip install certifi, export SSL_CERT_FILE); OpenSSL SSL_CERT_FILE environment variable',
		why: (c) =>
			'OpenSSL reads the SSL_CERT_FILE environment variable as its default CA file. Pointing it at certifi gives every Python program started from this shell a current set of public roots, without changing any code.' +
			(c.python === 'pypy-portable'
				? ' It is the fix PyMongo documents for portable PyPy, whose OpenSSL does not know where the system keeps its roots.'
				: ''),
		verify: (c) =>
			`${shellText(c, pythonOneLiner(c, py`import ssl; print(ssl.get_default_verify_paths().cafile)`))} prints certifi’s cacert.pem.`,
		varies: ['os', 'python', 'shell'],
		only: { client: PYTHON_CLIENTS },
		steps(c) {
			const value = pythonOneLiner(c, CERTIFI_WHERE);
			return [
				command(c, installCertifi(c)),
				command(c, setEnvFromOutput(c.shell, 'SSL_CERT_FILE', value)),
				...(c.shell === 'cmd' ? [text('In a .bat file, write %%i instead of %i.')] : []),
				text('That lasts for this window. To keep it for new ones:'),
				command(c, persistEnv(c.shell, 'SSL_CERT_FILE')),
				caution(
					'SSL_CERT_FILE replaces the system store for these programs: CAs your company installed there (for a TLS-inspecting proxy or a private database) stop being trusted. Prefer tlsCAFile for one client, or add those CAs to the same file.'
				)
			];
		}
	},
	{
		id: 'update-os-ca-store',
		title: 'Update the operating system’s root certificates',
		source:
			'seed 000/002 ("latest root certificate updates from your Linux vendor"); Debian update-ca-certificates(8); RHEL update-ca-trust(8); Alpine ca-certificates',
		why: 'Root certificates are shipped in an OS package (ca-certificates on Linux) or by the OS itself. An old image or a slim container can lack the root a server’s certificate chains to; the current package has it. Python on Linux, Go, .NET and mongosh read this store.',
		verify: (c) =>
			`${shellText(c, sClient(c, [sh`-verify_return_error`]))} ends with "Verify return code: 0 (ok)"${c.os === 'windows' ? ' (openssl on Windows does not read the Windows store: check with your client instead)' : ''}.`,
		varies: ['os', 'python', 'shell', 'client'],
		steps: (c) => [...clientRootsNote(c), ...refreshOsRoots(c)]
	}
];
