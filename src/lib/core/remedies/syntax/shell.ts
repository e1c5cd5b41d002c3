/**
 * How the same small jobs are written in each shell: set a variable (from a value or from a
 * command's output), run one command with a variable set, concatenate files, feed a command an
 * empty standard input. Each form here is checked by a parser in tests/unit/remedies where one is
 * at hand (bash -n, fish --no-execute).
 */

import type { ShellId } from '../environment';

/** NAME=<output of cmd>, for the rest of this shell session. */
export function setEnvFromOutput(shell: ShellId, name: string, cmd: string): string {
	switch (shell) {
		case 'fish':
			return `set -gx ${name} (${cmd})`;
		case 'powershell':
			return `$env:${name} = (${cmd})`;
		case 'cmd':
			// cmd has no command substitution; FOR /F runs the command and reads its output line.
			// Typed at the prompt it is %i; inside a .bat file it must be written %%i.
			return `for /f "delims=" %i in ('${cmd}') do set "${name}=%i"`;
		default:
			return `export ${name}="$(${cmd})"`;
	}
}

/** NAME=value for the rest of this shell session. */
export function setEnv(shell: ShellId, name: string, value: string): string {
	switch (shell) {
		case 'fish':
			return `set -gx ${name} "${value}"`;
		case 'powershell':
			return `$env:${name} = "${value}"`;
		case 'cmd':
			return `set "${name}=${value}"`;
		default:
			return `export ${name}="${value}"`;
	}
}

/** Run one command with NAME=value, leaving the session as it was afterwards. */
export function runWithEnv(shell: ShellId, name: string, value: string, cmd: string): string[] {
	switch (shell) {
		case 'fish':
			return [`env ${name}="${value}" ${cmd}`];
		case 'powershell':
			return [`$env:${name} = "${value}"`, cmd, `Remove-Item Env:${name}`];
		case 'cmd':
			return [`set "${name}=${value}"`, cmd, `set "${name}="`];
		default:
			return [`${name}="${value}" ${cmd}`];
	}
}

/** Keep the variable's current value for new sessions too. */
export function persistEnv(shell: ShellId, name: string): string {
	switch (shell) {
		case 'fish':
			return `set -Ux ${name} $${name}`;
		case 'powershell':
			return `[Environment]::SetEnvironmentVariable("${name}", $env:${name}, "User")`;
		case 'cmd':
			// setx writes the user environment for new windows; the current one already has it.
			return `setx ${name} "%${name}%"`;
		default:
			return `echo "export ${name}=\\"$${name}\\"" >> ~/.${shell === 'zsh' ? 'zshrc' : 'bashrc'}`;
	}
}

/**
 * Concatenate files into one. PowerShell's `>` writes UTF-16 in Windows PowerShell 5.1, which
 * OpenSSL cannot read, so Set-Content (ANSI/UTF-8 without BOM for ASCII PEM text) is used instead.
 */
export function concatFiles(shell: ShellId, inputs: string[], output: string): string {
	switch (shell) {
		case 'powershell':
			return `Get-Content ${inputs.join(', ')} | Set-Content ${output}`;
		case 'cmd':
			return `type ${inputs.join(' ')} > ${output}`;
		default:
			return `cat ${inputs.join(' ')} > ${output}`;
	}
}

/** Run a command with nothing on standard input (openssl s_client otherwise waits for typing). */
export function withEmptyStdin(shell: ShellId, cmd: string): string {
	switch (shell) {
		case 'powershell':
			return `$null | ${cmd}`;
		case 'cmd':
			return `${cmd} < nul`;
		default:
			return `${cmd} </dev/null`;
	}
}

/** A comment line. */
export function comment(shell: ShellId, t: string): string {
	return shell === 'cmd' ? `REM ${t}` : `# ${t}`;
}

/**
 * An argument that holds a literal `$`, e.g. '$external'. POSIX shells, fish and PowerShell keep
 * single-quoted text as is; cmd does not treat `$` specially and would pass the quotes on.
 */
export function literalArg(shell: ShellId, value: string): string {
	return shell === 'cmd' ? value : `'${value}'`;
}

/** Activate a virtual environment made with `python -m venv .venv`. */
export function activateVenv(shell: ShellId): string {
	switch (shell) {
		case 'fish':
			return 'source .venv/bin/activate.fish';
		case 'powershell':
			return '.venv\\Scripts\\Activate.ps1';
		case 'cmd':
			return '.venv\\Scripts\\activate.bat';
		default:
			return '. .venv/bin/activate';
	}
}
