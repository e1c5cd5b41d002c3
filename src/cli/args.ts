/** Command-line parsing for `tls-doctor analyze`. Usage errors are values, not exceptions. */

import { ENVIRONMENT_CHOICES, type Dimension } from '../lib/core/model/environment';
import type { AnalysisContext } from '../lib/core/model/context';

/** What the command line says: the analysis context (host, role, time, environment, password) plus what to read and how to print it. */
export interface CliOptions extends AnalysisContext {
	command: 'analyze' | 'help';
	/** Name of the environment variable holding the password (kept out of argv). */
	passwordEnv?: string;
	format: 'json' | 'markdown';
	files: string[];
}

const ids = (d: Dimension) => ENVIRONMENT_CHOICES[d].map((o) => o.id).join('|');

export const USAGE = `Usage: tls-doctor analyze [--host NAME] [--role server|client] [--at ISO-8601]
                         [--os ID] [--python ID] [--shell ID] [--client ID]
                         [--password-env NAME] [--format json|markdown] [FILE ...]

Reads certificates, chains, CRLs, keys, connection strings and error text from FILEs
(or standard input when no FILE or "-" is given) and prints a report whose remedy steps are
written for the environment given:
  --os      ${ids('os')}
  --python  ${ids('python')}
  --shell   ${ids('shell')}
  --client  ${ids('client')}
A PKCS#12 file or encrypted key is opened with the password in the environment variable
named by --password-env (e.g. P12_PASSWORD=… then --password-env P12_PASSWORD); run in a
terminal without it and you are asked. --password P also works, but every user of the
machine can read it in the process list, and it stays in your shell history.
Exit status: 0 when the analysis ran (whatever it found), 2 on a usage error or unreadable file.`;

const VALUE_OPTIONS = new Set([
	'--host',
	'--role',
	'--at',
	'--os',
	'--python',
	'--shell',
	'--client',
	'--password',
	'--password-env',
	'--format'
]);

const DIMENSION_OF: Record<string, Dimension> = { '--os': 'os', '--python': 'python', '--shell': 'shell', '--client': 'client' };

/** An environment id from the option lists, or the one-line error that lists them. */
function environmentValue(name: string, value: string): { ok: true } | { ok: false; error: string } {
	const choices = ENVIRONMENT_CHOICES[DIMENSION_OF[name]].map((o) => o.id);
	return choices.includes(value) ? { ok: true } : { ok: false, error: `${name} must be one of ${choices.join(', ')} (got "${value}")` };
}

export function parseArgs(argv: string[]): { ok: true; options: CliOptions } | { ok: false; error: string } {
	const [command, ...rest] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		return { ok: true, options: { command: 'help', format: 'json', files: [] } };
	}
	if (command !== 'analyze') return { ok: false, error: `unknown command "${command}" (expected "analyze")` };
	const options: CliOptions = { command: 'analyze', format: 'json', files: [] };
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--help' || arg === '-h') return { ok: true, options: { ...options, command: 'help' } };
		if (arg === '--') {
			options.files.push(...rest.slice(i + 1));
			break;
		}
		let name = arg;
		let value: string | undefined;
		const eq = arg.indexOf('=');
		if (arg.startsWith('--') && eq > 0) {
			name = arg.slice(0, eq);
			value = arg.slice(eq + 1);
		}
		if (VALUE_OPTIONS.has(name)) {
			if (value === undefined) {
				value = rest[++i];
				if (value === undefined) return { ok: false, error: `${name} needs a value` };
			}
			switch (name) {
				case '--host':
					options.host = value;
					break;
				case '--role':
					if (value !== 'server' && value !== 'client') return { ok: false, error: `--role must be "server" or "client" (got "${value}")` };
					options.role = value;
					break;
				case '--at':
					if (Number.isNaN(new Date(value).getTime()))
						return { ok: false, error: `--at must be an ISO-8601 date such as 2026-01-31T12:00:00Z (got "${value}")` };
					options.at = value;
					break;
				case '--os':
				case '--python':
				case '--shell':
				case '--client': {
					const checked = environmentValue(name, value);
					if (!checked.ok) return checked;
					options[DIMENSION_OF[name]] = value;
					break;
				}
				case '--password':
					options.password = value;
					break;
				case '--password-env':
					options.passwordEnv = value;
					break;
				case '--format':
					if (value !== 'json' && value !== 'markdown')
						return { ok: false, error: `--format must be "json" or "markdown" (got "${value}")` };
					options.format = value;
					break;
			}
			continue;
		}
		if (arg.startsWith('-') && arg !== '-') return { ok: false, error: `unknown option "${arg}"` };
		options.files.push(arg);
	}
	return { ok: true, options };
}
