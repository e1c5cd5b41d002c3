/**
 * How the same small jobs are written in each shell: set a variable (from a value or from a
 * command's output), run one command with a variable set, concatenate files, feed a command an
 * empty standard input. Each returns a shell fragment (template.ts), so file names and values in
 * it are quoted for the shell it is rendered in. Each form is checked by a parser in
 * tests/unit/remedies where one is at hand (bash -n, zsh -n, fish --no-execute).
 */

import type { ShellId } from '../../model/environment';
import { commentBody, expr, identifier, join, sh, type Fragment } from '../../syntax/template';

const name = (n: string) => identifier('shell', n);

/** NAME=<output of cmd>, for the rest of this shell session. */
export function setEnvFromOutput(shell: ShellId, variable: string, cmd: Fragment<'shell'>): Fragment<'shell'> {
	switch (shell) {
		case 'fish':
			return sh`set -gx ${name(variable)} (${cmd})`;
		case 'powershell':
			return sh`$env:${name(variable)} = (${cmd})`;
		case 'cmd':
			// cmd has no command substitution; FOR /F runs the command and reads its output line.
			// Typed at the prompt it is %i; inside a .bat file it must be written %%i.
			return sh`for /f "delims=" %i in ('${cmd}') do set "${name(variable)}=%i"`;
		default:
			return sh`export ${name(variable)}="$(${cmd})"`;
	}
}

/** NAME=value for the rest of this shell session. */
export function setEnv(shell: ShellId, variable: string, value: string): Fragment<'shell'> {
	switch (shell) {
		case 'fish':
			return sh`set -gx ${name(variable)} ${value}`;
		case 'powershell':
			return sh`$env:${name(variable)} = ${expr(value)}`;
		case 'cmd':
			return sh`set "${name(variable)}=${expr(value)}"`;
		default:
			return sh`export ${name(variable)}=${value}`;
	}
}

/** Run one command with NAME=value, leaving the session as it was afterwards. */
export function runWithEnv(shell: ShellId, variable: string, value: string, cmd: Fragment<'shell'>): Fragment<'shell'>[] {
	switch (shell) {
		case 'fish':
			return [sh`env ${name(variable)}=${value} ${cmd}`];
		case 'powershell':
			return [setEnv(shell, variable, value), cmd, sh`Remove-Item Env:${name(variable)}`];
		case 'cmd':
			return [setEnv(shell, variable, value), cmd, sh`set "${name(variable)}="`];
		default:
			return [sh`${name(variable)}=${value} ${cmd}`];
	}
}

/** Keep the variable's current value for new sessions too. */
export function persistEnv(shell: ShellId, variable: string): Fragment<'shell'> {
	const v = name(variable);
	switch (shell) {
		case 'fish':
			return sh`set -Ux ${v} $${v}`;
		case 'powershell':
			return sh`[Environment]::SetEnvironmentVariable("${v}", $env:${v}, "User")`;
		case 'cmd':
			// setx writes the user environment for new windows; the current one already has it.
			return sh`setx ${v} "%${v}%"`;
		default:
			return shell === 'zsh' ? sh`echo "export ${v}=\\"$${v}\\"" >> ~/.zshrc` : sh`echo "export ${v}=\\"$${v}\\"" >> ~/.bashrc`;
	}
}

/**
 * Concatenate files into one. PowerShell's `>` writes UTF-16 in Windows PowerShell 5.1, which
 * OpenSSL cannot read, so Set-Content (ANSI/UTF-8 without BOM for ASCII PEM text) is used instead.
 */
export function concatFiles(shell: ShellId, inputs: readonly string[], output: string): Fragment<'shell'> {
	switch (shell) {
		case 'powershell':
			return sh`Get-Content ${join('shell', inputs, ', ')} | Set-Content ${output}`;
		case 'cmd':
			return sh`type ${join('shell', inputs, ' ')} > ${output}`;
		default:
			return sh`cat ${join('shell', inputs, ' ')} > ${output}`;
	}
}

/** Run a command with nothing on standard input (openssl s_client otherwise waits for typing). */
export function withEmptyStdin(shell: ShellId, cmd: Fragment<'shell'>): Fragment<'shell'> {
	switch (shell) {
		case 'powershell':
			return sh`$null | ${cmd}`;
		case 'cmd':
			return sh`${cmd} < nul`;
		default:
			return sh`${cmd} </dev/null`;
	}
}

/** A comment line; its text is kept on one line so nothing after it becomes a command. */
export function comment(shell: ShellId, t: string): Fragment<'shell'> {
	return shell === 'cmd' ? sh`REM ${commentBody('shell', t, shell)}` : sh`# ${commentBody('shell', t, shell)}`;
}

/** Activate a virtual environment made with `python -m venv .venv`. */
export function activateVenv(shell: ShellId): Fragment<'shell'> {
	switch (shell) {
		case 'fish':
			return sh`source .venv/bin/activate.fish`;
		case 'powershell':
			return sh`.venv\\Scripts\\Activate.ps1`;
		case 'cmd':
			return sh`.venv\\Scripts\\activate.bat`;
		default:
			return sh`. .venv/bin/activate`;
	}
}
