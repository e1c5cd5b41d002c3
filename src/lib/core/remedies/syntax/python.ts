/**
 * Which command starts the person's Python, and how packages are installed into it. The origin
 * matters: python.org on Windows installs the `py` launcher, portable PyPy is `pypy` (seed 002),
 * conda has its own package manager and OpenSSL, and Debian's system Python refuses `pip install`
 * outside a virtual environment (PEP 668, "externally-managed-environment").
 */

import type { RenderContext } from '../remedy';
import { activateVenv } from './shell';
import { join, py, renderCode, sh, verbatim, type Fragment } from '../../syntax/template';

export function pythonCommand(c: Pick<RenderContext, 'os' | 'python'>): Fragment<'shell'> {
	if (c.python === 'pypy-portable') return sh`pypy`;
	if (c.os === 'windows') return c.python === 'python.org' ? sh`py` : sh`python`;
	if (c.python === 'conda') return sh`python`;
	return sh`python3`;
}

/** Lines that install (or upgrade) packages into the person's Python. Package specs are ours. */
export function pipInstall(c: RenderContext, ...specs: string[]): Fragment<'shell'>[] {
	// Each spec is one quoted word: zsh treats the brackets of pymongo[ocsp] as a glob.
	const list = join(
		'shell',
		specs.map((s) => sh`"${verbatim('shell', s, PACKAGE)}"`),
		' '
	);
	if (c.python === 'system' && c.os !== 'windows' && c.os !== 'macos') {
		return [sh`python3 -m venv .venv`, activateVenv(c.shell), sh`python -m pip install -U ${list}`];
	}
	return [sh`${pythonCommand(c)} -m pip install -U ${list}`];
}

// A pip requirement of ours ("pymongo[ocsp]"): letters, digits and the few marks pip uses.
const PACKAGE = /^[A-Za-z0-9_.[\],-]+$/;
// What stays literal inside double quotes in bash, zsh, fish, PowerShell and cmd alike.
const ONE_LINE_PROGRAM = /^[^"$`\\!%\n\r]*$/;

/**
 * A one-line Python program run with `-c`, in double quotes (PowerShell 5.1 drops the double quotes
 * inside single-quoted native arguments, so the program uses single quotes inside). The program is
 * a py`…` fragment of our own code; anything that would end or expand inside double quotes in some
 * shell (a quote, $, `, \, !, %) is refused, which also keeps interpolated values out (they would be
 * written as "…" literals).
 */
export function pythonOneLiner(c: Pick<RenderContext, 'os' | 'python'>, program: Fragment<'python'>): Fragment<'shell'> {
	return sh`${pythonCommand(c)} -c "${verbatim('shell', renderCode(program), ONE_LINE_PROGRAM)}"`;
}

export const CERTIFI_WHERE = py`import certifi; print(certifi.where())`;
