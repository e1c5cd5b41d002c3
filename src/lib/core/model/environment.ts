/**
 * The machine a remedy is written for: operating system, where Python came from, the shell, and
 * the MongoDB client. The UI renders each list as a select; the CLI takes the same ids with
 * --os --python --shell --client. Any part may be unknown: steps then fall back to forms that work
 * everywhere, or show the variants side by side.
 */

export const OS_OPTIONS = [
	{ id: 'macos', label: 'macOS' },
	{ id: 'windows', label: 'Windows' },
	{ id: 'debian', label: 'Debian / Ubuntu' },
	{ id: 'rhel', label: 'RHEL / Fedora / Amazon Linux' },
	{ id: 'alpine', label: 'Alpine Linux' },
	{ id: 'docker', label: 'A Docker image' }
] as const;

export const PYTHON_OPTIONS = [
	{ id: 'python.org', label: 'python.org installer' },
	{ id: 'homebrew', label: 'Homebrew' },
	{ id: 'pyenv', label: 'pyenv' },
	{ id: 'conda', label: 'conda (Anaconda, Miniconda, Miniforge)' },
	{ id: 'system', label: 'System Python (from the OS packages)' },
	{ id: 'pypy-portable', label: 'Portable PyPy' }
] as const;

export const SHELL_OPTIONS = [
	{ id: 'bash', label: 'bash' },
	{ id: 'zsh', label: 'zsh' },
	{ id: 'fish', label: 'fish' },
	{ id: 'powershell', label: 'PowerShell' },
	{ id: 'cmd', label: 'Command Prompt (cmd.exe)' }
] as const;

export const CLIENT_OPTIONS = [
	{ id: 'pymongo', label: 'PyMongo' },
	{ id: 'motor', label: 'Motor (async PyMongo)' },
	{ id: 'node', label: 'Node.js driver' },
	{ id: 'mongosh', label: 'mongosh' },
	{ id: 'compass', label: 'MongoDB Compass' },
	{ id: 'java', label: 'Java driver' },
	{ id: 'go', label: 'Go driver' },
	{ id: 'csharp', label: 'C# / .NET driver' }
] as const;

export type OsId = (typeof OS_OPTIONS)[number]['id'];
export type PythonId = (typeof PYTHON_OPTIONS)[number]['id'];
export type ShellId = (typeof SHELL_OPTIONS)[number]['id'];
export type ClientId = (typeof CLIENT_OPTIONS)[number]['id'];

/** The four choices, each optional. Plain strings are accepted so CLI flags and report context fit. */
export interface Environment {
	os?: string;
	python?: string;
	shell?: string;
	client?: string;
}

/** The dimensions a remedy's steps can depend on. */
export type Dimension = keyof Environment;
export const DIMENSIONS: readonly Dimension[] = ['os', 'python', 'shell', 'client'];

/** Every id, per dimension: what the selects offer and what the tests iterate over. */
export const ENVIRONMENT_CHOICES: { readonly [D in Dimension]: readonly { id: string; label: string }[] } = {
	os: OS_OPTIONS,
	python: PYTHON_OPTIONS,
	shell: SHELL_OPTIONS,
	client: CLIENT_OPTIONS
};

/** Clients whose TLS comes from Python's ssl module: the Python origin matters only for these. */
export const PYTHON_CLIENTS: readonly ClientId[] = ['pymongo', 'motor'];

const has = <T extends string>(list: readonly { id: T }[], v: string | undefined): v is T => list.some((o) => o.id === v);

export const isOsId = (v: string | undefined): v is OsId => has(OS_OPTIONS, v);
export const isPythonId = (v: string | undefined): v is PythonId => has(PYTHON_OPTIONS, v);
export const isShellId = (v: string | undefined): v is ShellId => has(SHELL_OPTIONS, v);
export const isClientId = (v: string | undefined): v is ClientId => has(CLIENT_OPTIONS, v);

/** The label to show for an id, or the id itself when it is not one we know. */
export function environmentLabel(dimension: Dimension, id: string): string {
	return ENVIRONMENT_CHOICES[dimension].find((o) => o.id === id)?.label ?? id;
}

/** An environment with unknown ids dropped (a typo in a CLI flag must not pick a random branch). */
export interface KnownEnvironment {
	os?: OsId;
	python?: PythonId;
	shell?: ShellId;
	client?: ClientId;
}

export function knownEnvironment(env: Environment = {}): KnownEnvironment {
	return {
		...(isOsId(env.os) ? { os: env.os } : {}),
		...(isPythonId(env.python) ? { python: env.python } : {}),
		...(isShellId(env.shell) ? { shell: env.shell } : {}),
		...(isClientId(env.client) ? { client: env.client } : {})
	};
}

/** The shell a person on this OS most likely types into when they did not say. */
export function defaultShell(os: OsId | undefined): ShellId {
	if (os === 'windows') return 'powershell';
	if (os === 'macos') return 'zsh';
	return 'bash';
}

export const isLinux = (os: OsId | undefined): boolean => os === 'debian' || os === 'rhel' || os === 'alpine' || os === 'docker';
export const isPosixShell = (shell: ShellId): boolean => shell === 'bash' || shell === 'zsh';
export const isWindowsShell = (shell: ShellId): boolean => shell === 'powershell' || shell === 'cmd';

/**
 * Where a value of the environment came from. `chosen`: the person set it (a select, a link's
 * parameter, a CLI flag), and nothing overrides it. `derived`: guessed from the paste, the
 * browser or another value (the shell from the OS), and it yields to anything chosen.
 */
export type EnvironmentSource = 'chosen' | 'derived';

/** The environment the steps are written for, with where each value came from. */
export interface SettledEnvironment {
	env: KnownEnvironment;
	source: { [D in Dimension]?: EnvironmentSource };
}

/** Whether a shell is one a person on this OS types into: cmd only on Windows, bash/zsh/fish not natively there. */
export function shellRunsOn(shell: ShellId, os: OsId | undefined): boolean {
	if (!os || shell === 'powershell') return true;
	return os === 'windows' ? isWindowsShell(shell) : shell !== 'cmd';
}
