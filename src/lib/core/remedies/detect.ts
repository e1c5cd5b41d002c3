/**
 * Guess the person's environment from what they pasted and, last, from the browser's user agent
 * (passed in: the core never touches navigator). The guess only pre-fills the selects; the person
 * can change every part, and each guess says what it rests on.
 *
 * Paths are the best clue: a traceback names the interpreter's site-packages, which says both the
 * OS and where Python came from. The paste outranks the user agent, because the failing client
 * often runs somewhere else (a server, a container) than the browser.
 */

import type { Facts } from '../model/report';
import { PYTHON_ORIGINS } from '../diagnose/python-origin';
import {
	DIMENSIONS,
	defaultShell,
	isPythonId,
	isShellId,
	knownEnvironment,
	shellRunsOn,
	isClientId,
	isOsId,
	type ClientId,
	type Environment,
	type OsId,
	type PythonId,
	type SettledEnvironment,
	type ShellId
} from '../model/environment';

export interface DetectedEnvironment extends Environment {
	os?: OsId;
	python?: PythonId;
	shell?: ShellId;
	client?: ClientId;
	/** major.minor when the paste reveals it (a site-packages path, Python312, the _ssl.c line). */
	pythonVersion?: string;
	/** The OS the Python guess rests on (a Python.framework path is macOS's): the guess is void on another OS. */
	pythonOs?: OsId;
	/** The shell came from the text itself (a prompt, a shell's error), not from the OS's usual shell. */
	shellFromText?: boolean;
	/** What each guess rests on, for the page to show next to the select. */
	clues: { dimension: keyof Environment | 'pythonVersion'; value: string; because: string }[];
}

interface Rule<T> {
	pattern: RegExp;
	value: T;
	because: string;
}

// Order matters: the first matching rule wins within each dimension.
const PYTHON_RULES: readonly Rule<{ python: PythonId; os?: OsId }>[] = PYTHON_ORIGINS;

const OS_RULES: Rule<OsId>[] = [
	{ pattern: /\/\.dockerenv|\bdocker\b|\bcontainerd\b/i, value: 'docker', because: 'a Docker mention' },
	{ pattern: /\/Users\/[^/\s]+\/|\bDarwin\b|\bmacOS\b/, value: 'macos', because: 'a /Users/ path or Darwin' },
	{ pattern: /\b[A-Z]:\\|\\AppData\\|\.exe\b|\bWindows\b/, value: 'windows', because: 'a Windows path (C:\\)' },
	{ pattern: /\bubuntu\b|\bdebian\b/i, value: 'debian', because: 'Debian or Ubuntu mentioned' },
	{ pattern: /\.el[789]\b|\bfedora\b|\bamzn\d?\b|\bAmazon Linux\b|\brhel\b/i, value: 'rhel', because: 'a Red Hat family release tag' },
	{ pattern: /\balpine\b|\bmusl\b/i, value: 'alpine', because: 'Alpine or musl mentioned' }
];

const CLIENT_RULES: Rule<ClientId>[] = [
	{ pattern: /\bmotor\b|AsyncIOMotorClient/, value: 'motor', because: 'Motor in the traceback' },
	{ pattern: /MongoDB Compass|\bCompass\b/, value: 'compass', because: 'Compass mentioned' },
	{ pattern: /\bmongosh\b/, value: 'mongosh', because: 'mongosh mentioned' }
];

const SHELL_RULES: Rule<ShellId>[] = [
	{ pattern: /^PS [A-Z]:\\[^>\n]{0,260}>/m, value: 'powershell', because: 'a PowerShell prompt' },
	{ pattern: /^[A-Z]:\\[^>\n]{0,260}>/m, value: 'cmd', because: 'a Command Prompt prompt' },
	{ pattern: /\bfish: /, value: 'fish', because: 'a fish error' },
	{ pattern: /\bzsh: /, value: 'zsh', because: 'a zsh error' },
	{ pattern: /\bbash: /, value: 'bash', because: 'a bash error' }
];

// Patterns here run over a whole pasted error text: every repetition before a required word is
// bounded (a path segment, a prompt), or a long run of near-misses ("pypypy…") would be quadratic.
const first = <T>(rules: readonly Rule<T>[], text: string) => rules.find((r) => r.pattern.test(text));

/** Every string a diagnosis's facts hold (paths, client names…), for the path rules to read. */
function strings(facts: Facts): string[] {
	return Object.values(facts).flatMap((v) =>
		typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
	);
}

function fromUserAgent(ua: string): Rule<OsId> | undefined {
	if (/iPhone|iPad|Android|CrOS/.test(ua)) return undefined; // not where a database client runs
	if (/Windows NT/.test(ua)) return { pattern: /./, value: 'windows', because: 'your browser runs on Windows' };
	if (/Macintosh|Mac OS X/.test(ua)) return { pattern: /./, value: 'macos', because: 'your browser runs on macOS' };
	if (/Ubuntu|Debian/i.test(ua)) return { pattern: /./, value: 'debian', because: 'your browser runs on Debian/Ubuntu' };
	if (/Fedora|Red Hat/i.test(ua)) return { pattern: /./, value: 'rhel', because: 'your browser runs on Fedora/Red Hat' };
	return undefined;
}

/**
 * Pre-fill the environment from diagnosis facts, the pasted texts and the user agent.
 *
 * @param facts   the facts of the report's diagnoses (one or many)
 * @param userAgent navigator.userAgent, passed in by the page; used only for the OS, and only when
 *                the paste says nothing about it
 * @param texts   the pasted texts themselves (error texts), where paths are most often found
 */
export function detectEnvironment(
	facts: Facts | readonly Facts[] = [],
	userAgent?: string,
	texts: readonly string[] = []
): DetectedEnvironment {
	const all = Array.isArray(facts) ? (facts as readonly Facts[]) : [facts as Facts];
	const haystack = [...texts, ...all.flatMap(strings)].join('\n');
	const out: DetectedEnvironment = { clues: [] };
	const clue = (dimension: DetectedEnvironment['clues'][number]['dimension'], value: string, because: string) =>
		out.clues.push({ dimension, value, because });

	const py = first(PYTHON_RULES, haystack);
	if (py) {
		out.python = py.value.python;
		clue('python', py.value.python, py.because);
		if (py.value.os) {
			out.os = py.value.os;
			out.pythonOs = py.value.os;
			clue('os', py.value.os, py.because);
		}
	}
	if (!out.os) {
		const fromFacts = all.map((f) => f.os).find((o): o is OsId => isOsId(o));
		const rule = first(OS_RULES, haystack);
		if (fromFacts) {
			out.os = fromFacts;
			clue('os', fromFacts, 'the error text');
		} else if (rule) {
			out.os = rule.value;
			clue('os', rule.value, rule.because);
		}
	}
	if (!out.os && userAgent) {
		const ua = fromUserAgent(userAgent);
		if (ua) {
			out.os = ua.value;
			clue('os', ua.value, ua.because);
		}
	}

	const clientRule = first(CLIENT_RULES, haystack);
	const factClient = all.map((f) => f.client).find((c): c is ClientId => isClientId(c));
	if (clientRule && (!factClient || factClient === 'pymongo' || factClient === 'node')) {
		// Motor runs on PyMongo and mongosh/Compass on the Node driver: the more specific name wins.
		out.client = clientRule.value;
		clue('client', clientRule.value, clientRule.because);
	} else if (factClient) {
		out.client = factClient;
		clue('client', factClient, 'the error text');
	}
	if (out.python && !out.client) {
		out.client = 'pymongo';
		clue('client', 'pymongo', 'a Python traceback');
	}

	const version = pythonVersion(haystack, all);
	if (version) {
		out.pythonVersion = version.value;
		clue('pythonVersion', version.value, version.because);
	}

	const shellRule = first(SHELL_RULES, haystack);
	if (shellRule) {
		out.shell = shellRule.value;
		out.shellFromText = true;
		clue('shell', shellRule.value, shellRule.because);
	} else if (out.os) {
		out.shell = defaultShell(out.os);
		clue('shell', out.shell, `the usual shell on ${out.os}`);
	}
	return out;
}

function pythonVersion(text: string, facts: readonly Facts[]): { value: string; because: string } | undefined {
	const framework = /Python\.framework\/Versions\/(3\.\d+)\//.exec(text);
	if (framework) return { value: framework[1], because: 'the Python.framework path' };
	const sitePackages = /python(3\.\d+)[\\/](?:site|dist)-packages/i.exec(text);
	if (sitePackages) return { value: sitePackages[1], because: 'the site-packages path' };
	const windows = /\\Python3(\d+)\\/i.exec(text);
	if (windows) return { value: `3.${windows[1]}`, because: 'the Python install folder' };
	const hint = facts.map((f) => f.pythonVersionHint).find((v) => typeof v === 'string');
	if (hint) return { value: hint, because: 'the _ssl.c line number in the error' };
	return undefined;
}

/**
 * The environment the steps are written for: what the person chose, and for the rest what the
 * paste suggests. A guess belongs to the machine the paste came from, so it yields to a chosen
 * OS that says the machine is another one: the shell then follows the chosen OS (a zsh prompt or
 * a /Users/ path says nothing about a Windows machine), and so does a Python guessed from a path
 * of another OS. The shell is never left to a guess made for a different OS than the one in use.
 */
export function settleEnvironment(chosen: Environment, detected: DetectedEnvironment = { clues: [] }): SettledEnvironment {
	const mine = knownEnvironment(chosen);
	const source: SettledEnvironment['source'] = {};
	for (const d of DIMENSIONS) if (mine[d]) source[d] = 'chosen';
	const os = mine.os ?? detected.os;
	if (!mine.os && os) source.os = 'derived';
	// The paste describes the machine it came from; a chosen OS other than the one read from it is another machine.
	const sameMachine = !mine.os || !detected.os || mine.os === detected.os;

	let python = mine.python;
	if (!python && isPythonId(detected.python) && (!detected.pythonOs || !mine.os || detected.pythonOs === mine.os)) {
		python = detected.python;
		source.python = 'derived';
	}
	let client = mine.client;
	if (!client && detected.client) {
		client = detected.client;
		source.client = 'derived';
	}
	let shell = mine.shell;
	if (!shell) {
		const fromText = detected.shellFromText && isShellId(detected.shell) ? detected.shell : undefined;
		shell = fromText && sameMachine && shellRunsOn(fromText, os) ? fromText : os ? defaultShell(os) : undefined;
		if (shell) source.shell = 'derived';
	}
	return {
		env: { ...(os ? { os } : {}), ...(python ? { python } : {}), ...(shell ? { shell } : {}), ...(client ? { client } : {}) },
		source
	};
}
