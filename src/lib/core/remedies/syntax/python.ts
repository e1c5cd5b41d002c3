/**
 * Which command starts the person's Python, and how packages are installed into it. The origin
 * matters: python.org on Windows installs the `py` launcher, portable PyPy is `pypy` (seed 002),
 * conda has its own package manager and OpenSSL, and Debian's system Python refuses `pip install`
 * outside a virtual environment (PEP 668, "externally-managed-environment").
 */

import type { RenderContext } from '../remedy';
import { activateVenv } from './shell';

export function pythonCommand(c: Pick<RenderContext, 'os' | 'python'>): string {
	if (c.python === 'pypy-portable') return 'pypy';
	if (c.os === 'windows') return c.python === 'python.org' ? 'py' : 'python';
	if (c.python === 'conda') return 'python';
	return 'python3';
}

/** Lines that install (or upgrade) packages into the person's Python. */
export function pipInstall(c: RenderContext, ...specs: string[]): string[] {
	// Quoted: zsh treats the brackets of pymongo[ocsp] as a glob.
	const list = specs.map((s) => `"${s}"`).join(' ');
	if (c.python === 'system' && c.os !== 'windows' && c.os !== 'macos') {
		return ['python3 -m venv .venv', activateVenv(c.shell), `python -m pip install -U ${list}`];
	}
	return [`${pythonCommand(c)} -m pip install -U ${list}`];
}

/** A one-line Python program run with `-c`. The program must not contain double quotes. */
export function pythonOneLiner(c: Pick<RenderContext, 'os' | 'python'>, program: string): string {
	if (program.includes('"')) throw new Error('pythonOneLiner: use single quotes inside the program');
	return `${pythonCommand(c)} -c "${program}"`;
}

export const CERTIFI_WHERE = 'import certifi; print(certifi.where())';
