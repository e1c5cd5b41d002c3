/**
 * Where a Python came from, read off the paths a traceback prints: the site-packages path names
 * the installer (python.org's framework, conda, pyenv, Homebrew, a distribution's own Python), and
 * some of them the OS too. The diagnosis reads it (a python.org Python on macOS has no root
 * certificates until Install Certificates.command runs); the remedies pre-fill the Python select
 * with it.
 */

import type { OsId, PythonId } from '../model/environment';

export interface PythonOriginRule {
	pattern: RegExp;
	value: { python: PythonId; os?: OsId };
	because: string;
}

// Order matters: the first rule that matches wins. Every repetition before a required word is
// bounded (a path segment), so a long run of near-misses stays linear.
export const PYTHON_ORIGINS: readonly PythonOriginRule[] = [
	{
		pattern: /\/Library\/Frameworks\/Python\.framework\//,
		value: { python: 'python.org', os: 'macos' },
		because: 'a /Library/Frameworks/Python.framework path (the python.org installer)'
	},
	{
		pattern: /[\\/](?:ana|mini)conda3?[\\/]|[\\/]miniforge3[\\/]|[\\/]mambaforge[\\/]|[\\/]conda[\\/]envs[\\/]/i,
		value: { python: 'conda' },
		because: 'a conda path'
	},
	{ pattern: /[\\/]\.pyenv[\\/]/, value: { python: 'pyenv' }, because: 'a .pyenv path' },
	// After pyenv: pyenv-virtualenv also keeps environments under envs/.
	{
		pattern: /[\\/]envs[\\/][^\\/\s]{1,100}[\\/]lib[\\/]python/i,
		value: { python: 'conda' },
		because: 'a conda environment path (envs/…/lib/python)'
	},
	{
		pattern: /\/opt\/homebrew\/|\/usr\/local\/Cellar\/|\/usr\/local\/opt\/python/,
		value: { python: 'homebrew', os: 'macos' },
		because: 'a Homebrew path'
	},
	{ pattern: /\/home\/linuxbrew\/\.linuxbrew\//, value: { python: 'homebrew' }, because: 'a Linuxbrew path' },
	{
		pattern: /pypy[\w.-]{0,40}portable|[\\/]pypy3?[\d.]{0,10}[\\/]|\bpypy3?\b/i,
		value: { python: 'pypy-portable' },
		because: 'a PyPy path'
	},
	{
		pattern: /\\AppData\\Local\\Programs\\Python\\Python3\d+/i,
		value: { python: 'python.org', os: 'windows' },
		because: 'the python.org installer’s folder under AppData'
	},
	{
		pattern: /\/usr\/lib\/python3\/dist-packages\//,
		value: { python: 'system', os: 'debian' },
		because: 'Debian’s /usr/lib/python3/dist-packages'
	},
	{
		pattern: /\/usr\/lib64\/python3\.\d+\//,
		value: { python: 'system', os: 'rhel' },
		because: 'a /usr/lib64/python3 path (Red Hat family)'
	}
];

/** The first origin the text's paths show, only for a text that is about a Python at all. */
export function pythonOriginIn(text: string): PythonOriginRule['value'] | undefined {
	if (!/python|pypy/i.test(text)) return undefined;
	return PYTHON_ORIGINS.find((r) => r.pattern.test(text))?.value;
}
