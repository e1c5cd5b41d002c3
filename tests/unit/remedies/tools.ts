/**
 * The real tools the proofs run, and what happens when one is missing. On a developer's machine a
 * missing tool skips the tests that need it (each skip names the tool). Under CI (CI=1 or
 * CI=true), and as root on Debian (where `.ci/run` installs them with apt), a missing tool is an
 * error: the proofs must never pass by not running.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const strict = (): boolean => /^(1|true)$/i.test(process.env.CI ?? '') || (process.getuid?.() === 0 && existsSync('/etc/debian_version'));

const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;

/** Debian's Python (python3-pymongo, python3-yaml live there); the pyenv python3 on PATH has no PyMongo. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * True when the tool answers. When it does not and the run is strict, throws at import, so the
 * whole test file fails with the install hint instead of quietly skipping.
 */
export function requireTool(label: string, cmd: string, args: string[], install: string): boolean {
	if (works(cmd, args)) return true;
	if (strict()) throw new Error(`${label} is required for these proofs but is missing: ${install}`);
	console.warn(`skipping the ${label} proofs: ${label} is not installed (${install})`);
	return false;
}

export const HAVE_OPENSSL = requireTool('openssl', 'openssl', ['version'], 'apt-get install openssl');
export const HAVE_BASH = requireTool('bash', 'bash', ['--version'], 'apt-get install bash');
export const HAVE_ZSH = requireTool('zsh', 'zsh', ['--version'], 'apt-get install zsh');
export const HAVE_FISH = requireTool('fish', 'fish', ['--version'], 'apt-get install fish');
export const HAVE_PYTHON = requireTool('Python 3', PYTHON, ['-c', 'import ssl'], 'apt-get install python3');
export const HAVE_YAML = requireTool('PyYAML', PYTHON, ['-c', 'import yaml'], 'apt-get install python3-yaml');
export const HAVE_PYMONGO = requireTool('PyMongo', PYTHON, ['-c', 'import pymongo'], 'apt-get install python3-pymongo');
/** PowerShell is not packaged for Debian; its snippets get the tokenizer checks in powershell.ts instead. */
export const HAVE_PWSH = works('pwsh', ['-NoProfile', '-Command', 'exit 0']);
