/**
 * Issue 14 item 5: the shell follows the operating system unless the person chose one. A shell
 * read from the paste (a zsh prompt, a /Users/ path's macOS) is a guess about the machine the paste
 * came from, and yields to an OS the person chose.
 */
import { describe, expect, it } from 'vitest';
import { OS_OPTIONS, SHELL_OPTIONS, defaultShell } from '../../../src/lib/core/model/environment';
import { detectEnvironment, settleEnvironment } from '../../../src/lib/core/remedies/detect';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { analyzeText } from '../../helpers/analyze';
import { powershellProblems } from './powershell';
import { FACTS } from './matrix';
import { USUAL_SHELL } from '../../helpers/usual-shell';

const USUAL = USUAL_SHELL;

// A python.org Python on macOS, with a zsh prompt in front of it: both guesses point at a Mac.
const MAC_TRACEBACK = `ann@mbp app % python3 main.py
zsh: no matches found: pymongo[srv]
Traceback (most recent call last):
  File "/Users/ann/app/main.py", line 3, in <module>
  File "/Library/Frameworks/Python.framework/Versions/3.12/lib/python3.12/site-packages/pymongo/mongo_client.py", line 1, in x
pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)`;

describe('settleEnvironment', () => {
	const macGuess = detectEnvironment([], undefined, [MAC_TRACEBACK]);

	it('reads the Mac traceback as macOS, python.org, zsh from the text', () => {
		expect(macGuess).toMatchObject({ os: 'macos', python: 'python.org', shell: 'zsh', shellFromText: true });
	});

	describe.each(OS_OPTIONS.map((o) => o.id))('with %s chosen', (os) => {
		it('and no shell chosen, writes for the usual shell of that OS, as derived', () => {
			// A guess from a different machine (the Mac traceback) never decides the shell.
			const settled = settleEnvironment({ os }, macGuess);
			const expected = os === 'macos' ? 'zsh' : USUAL[os];
			expect(settled.env.shell).toBe(expected);
			expect(settled.env.shell).toBe(os === 'macos' ? macGuess.shell : defaultShell(os));
			expect(settled.source).toMatchObject({ os: 'chosen', shell: 'derived' });
		});

		it('and nothing guessed, writes for the usual shell of that OS', () => {
			expect(settleEnvironment({ os }).env.shell).toBe(USUAL[os]);
		});

		it.each(SHELL_OPTIONS.map((s) => s.id))('and %s chosen, keeps that shell', (shell) => {
			const settled = settleEnvironment({ os, shell }, macGuess);
			expect(settled.env).toMatchObject({ os, shell });
			expect(settled.source).toMatchObject({ os: 'chosen', shell: 'chosen' });
		});
	});

	describe.each(OS_OPTIONS.map((o) => o.id))('with %s guessed and nothing chosen', (os) => {
		it('writes for the usual shell of the guessed OS', () => {
			const settled = settleEnvironment({}, { os, clues: [] });
			expect(settled.env).toMatchObject({ os, shell: USUAL[os] });
			expect(settled.source).toEqual({ os: 'derived', shell: 'derived' });
		});

		it.each(SHELL_OPTIONS.map((s) => s.id))('keeps a %s read from the text when it runs there', (shell) => {
			const settled = settleEnvironment({}, { os, shell, shellFromText: true, clues: [] });
			const runs = shell === 'powershell' || (os === 'windows' ? shell === 'cmd' : shell !== 'cmd');
			expect(settled.env.shell).toBe(runs ? shell : USUAL[os]);
		});
	});

	it('keeps a text shell when the chosen OS is the one the text was read as', () => {
		expect(settleEnvironment({ os: 'macos' }, { ...macGuess, shell: 'bash' }).env.shell).toBe('bash');
	});

	it('drops a Python guessed from another OS’s path, and keeps the client', () => {
		const settled = settleEnvironment({ os: 'windows' }, macGuess);
		expect(settled.env).toEqual({ os: 'windows', shell: 'powershell', client: 'pymongo' });
		expect(settleEnvironment({ os: 'macos' }, macGuess).env.python).toBe('python.org');
		expect(settleEnvironment({}, macGuess).env).toEqual({ os: 'macos', python: 'python.org', shell: 'zsh', client: 'pymongo' });
	});

	it('with nothing known, leaves the shell to the renderer’s portable default', () => {
		expect(settleEnvironment({}, { clues: [] })).toEqual({ env: {}, source: {} });
	});
});

/** What a person runs in PowerShell must be PowerShell: no POSIX forms anywhere in a step. */
function posixIn(text: string): string | undefined {
	if (/(?:^|\s)export\s/m.test(text)) return 'export';
	if (/~\/\.(?:zsh|bash)rc|\.zshrc|\.bashrc/.test(text)) return 'a POSIX shell rc file';
	if (/="\$\(|`[^`]*\$\(/.test(text) || /^\S+="?\$\(/m.test(text)) return 'POSIX $( ) command substitution';
	if (/<\/dev\/null/.test(text)) return '</dev/null';
	if (/\bRun in (?:zsh|bash|fish)\b/.test(text)) return 'a POSIX shell named';
	return undefined;
}

/**
 * Steps run on the database server, not on the client's machine: their commands are bash whatever
 * the client runs (families/chain.ts, server.ts), and they say so ("Run in bash"), which is no mix.
 */
const ON_THE_SERVER = new Set(['serve-full-chain', 'order-chain-file', 'mongod-tls-config', 'trust-client-ca-in-mongod']);

function expectPowerShell(id: string, step: { kind: string; shell?: string; text: string }, where: string) {
	if (step.kind !== 'command') return;
	if (ON_THE_SERVER.has(id) && step.shell === 'bash') return;
	expect(step.shell, where).toBe('powershell');
	expect(posixIn(step.text), where).toBeUndefined();
	expect(powershellProblems(step.text), where).toBeUndefined();
}

describe('steps on Windows with no shell chosen', () => {
	it('the Mac traceback, with Windows chosen, gives PowerShell steps only', async () => {
		const settled = settleEnvironment({ os: 'windows' }, macGuess());
		const report = await analyzeText(MAC_TRACEBACK, { ...settled.env, chosen: ['os'] });
		expect(report.context.shell).toBe('powershell');
		const remedies = Object.values(report.remedies);
		expect(remedies.some((r) => r.id === 'certifi-tlscafile' || r.id === 'ssl-cert-file-certifi')).toBe(true);
		for (const remedy of remedies) {
			for (const step of remedy.steps) {
				expectPowerShell(remedy.id, step, `${remedy.id}: ${step.text}`);
				if (step.kind === 'text') expect(posixIn(step.text), `${remedy.id}: ${step.text}`).toBeUndefined();
			}
		}
	});

	it('every remedy renders every command as PowerShell, for every Python and client', () => {
		let commands = 0;
		for (const python of [undefined, 'python.org', 'conda', 'pyenv', 'pypy-portable', 'system']) {
			for (const client of [undefined, 'pymongo', 'node', 'mongosh', 'java', 'go', 'csharp']) {
				const settled = settleEnvironment({ os: 'windows', python, client }, macGuess());
				for (const facts of [{}, FACTS]) {
					for (const id of REMEDIES.keys()) {
						const remedy = renderRemedy(id, settled.env, facts);
						for (const step of remedy?.steps ?? []) {
							if (step.kind !== 'command') continue;
							commands++;
							expectPowerShell(id, step, `${id} (${python}, ${client}): ${step.text}`);
						}
					}
				}
			}
		}
		expect(commands).toBeGreaterThan(1000);
	});
});

function macGuess() {
	return detectEnvironment([], undefined, [MAC_TRACEBACK]);
}
