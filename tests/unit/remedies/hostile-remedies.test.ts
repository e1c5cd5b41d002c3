/**
 * Every remedy, in every shell and for every client, with each fact the steps use made hostile in
 * turn (hostile-values.ts): the host, the SRV name, the certificate's names, the client's subject,
 * the corrected connection string, the missing issuer and its AIA URL, the Python version.
 *
 * - bash, zsh and fish commands run for real, each in a directory of its own, with a PATH that
 *   holds only the real `touch` (so an injected `touch tls-doctor-canary` works) and a
 *   command-not-found handler that does nothing for every other program: no canary may appear.
 * - PowerShell and cmd have no interpreter here: outside their quoted strings the canary's name may
 *   never appear (a value that escaped its quotes would be there).
 * - Python and Node snippets run with stub client modules (pymongo, motor, certifi, mongodb) that
 *   record what they were given; mongosh code runs with a stub `db`: values either arrive whole as
 *   the literal strings or not at all, and no canary appears.
 * - Facts collected from a real analysis of hostile input never reach a step (the host check).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { CLIENT_OPTIONS, type Environment, type ShellId } from '../../../src/lib/core/model/environment';
import type { RemedyFacts } from '../../../src/lib/core/remedies/facts';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import type { RemedyStep } from '../../../src/lib/core/model/report';
import { analyzeText } from '../../helpers/analyze';
import { CANARY, HOSTILE_VALUES } from './hostile-values';
import { FACTS } from './matrix';
import { HAVE_FISH, HAVE_PYTHON, HAVE_ZSH, PYTHON } from './tools';

/** Each fact a step can carry, made hostile. */
const HOSTILE_FACTS: { field: string; facts: RemedyFacts; value: string }[] = HOSTILE_VALUES.flatMap((v) => [
	{ field: 'host', value: v, facts: { ...FACTS, host: v } },
	{ field: 'srvHost', value: v, facts: { ...FACTS, srvHost: v } },
	{ field: 'certificateNames', value: v, facts: { ...FACTS, certificateNames: [v, 'db.example.com'] } },
	{ field: 'clientSubject', value: v, facts: { ...FACTS, clientSubject: v } },
	{ field: 'correctedUri', value: v, facts: { ...FACTS, correctedUri: v } },
	{
		field: 'missingIssuer',
		value: v,
		facts: { ...FACTS, missingIssuer: { name: v, keyId: v, caIssuers: [v, `http://pki.example.test/${v}`] } }
	},
	{ field: 'pythonVersion', value: v, facts: { ...FACTS, pythonVersion: v } }
]);

const SHELL_ENVS: Environment[] = (['bash', 'zsh', 'fish', 'powershell', 'cmd'] as ShellId[]).flatMap((shell) =>
	[undefined, ...CLIENT_OPTIONS.map((o) => o.id)].map((client) => ({
		shell,
		client,
		os: shell === 'powershell' || shell === 'cmd' ? 'windows' : 'debian',
		python: 'python.org'
	}))
);

/** Every unique step of every remedy in every environment with every hostile fact. */
function hostileSteps(): { step: RemedyStep; id: string; field: string }[] {
	const seen = new Map<string, { step: RemedyStep; id: string; field: string }>();
	for (const { facts, field } of HOSTILE_FACTS)
		for (const env of [...SHELL_ENVS, { os: 'macos', python: 'python.org', client: 'pymongo', shell: 'zsh' }])
			for (const id of REMEDIES.keys()) {
				for (const step of renderRemedy(id, env, facts)?.steps ?? []) {
					if (step.kind === 'text') continue;
					const key = `${step.kind}|${step.shell ?? ''}|${step.language ?? ''}|${step.text}`;
					if (!seen.has(key)) seen.set(key, { step, id, field });
				}
			}
	return [...seen.values()];
}

const STEPS = hostileSteps();

function sandbox(): string {
	const dir = mkdtempSync(join(tmpdir(), 'hostile-remedies-'));
	mkdirSync(join(dir, 'bin'));
	symlinkSync('/usr/bin/touch', join(dir, 'bin', 'touch'));
	return dir;
}

const PRELUDE: Record<'bash' | 'zsh' | 'fish', string> = {
	bash: 'command_not_found_handle() { return 0; }\n',
	zsh: 'command_not_found_handler() { return 0 }\n',
	fish: 'function __stub --on-event fish_command_not_found; end\n'
};

/** Runs each command in its own directory; returns the commands after which the canary exists. */
function runShell(shell: 'bash' | 'zsh' | 'fish', commands: { step: RemedyStep; id: string; field: string }[]): string[] {
	const dir = sandbox();
	commands.forEach((c, i) => {
		const d = join(dir, `c${i}`);
		mkdirSync(d);
		writeFileSync(join(d, `cmd.${shell}`), PRELUDE[shell] + c.step.text + '\n');
	});
	const driver = `for d in "$1"/c*; do (cd "$d" && HOME="$d" PATH="$1/bin" /usr/bin/timeout 5 /usr/bin/${shell} "cmd.${shell}" >/dev/null 2>&1 </dev/null); done; exit 0`;
	const r = spawnSync('/bin/bash', ['-c', driver, 'driver', dir], { encoding: 'utf8', timeout: 600_000 });
	expect(r.status, r.stderr).toBe(0);
	expect(existsSync(join(dir, CANARY)), 'the canary appeared outside the command directories').toBe(false);
	return commands.flatMap((c, i) => {
		const d = join(dir, `c${i}`);
		return readdirSync(d).includes(CANARY) || existsSync(join(d, '.config', CANARY)) ? [`${c.id} (${c.field}): ${c.step.text}`] : [];
	});
}

const commandsFor = (shell: string) => STEPS.filter((s) => s.step.kind === 'command' && s.step.shell === shell);

describe('hostile facts in commands', () => {
	it('cover every shell, and many commands in each', () => {
		for (const shell of ['bash', 'zsh', 'fish', 'powershell', 'cmd']) expect(commandsFor(shell).length, shell).toBeGreaterThan(50);
	});

	// The harness itself must catch an injection: a value written unquoted runs touch in each shell.
	const CONTROL = {
		step: { kind: 'command' as const, text: `openssl s_client -connect $(touch ${CANARY}):27017` },
		id: 'control',
		field: 'host'
	};

	it('catch an unquoted value in the harness itself', () => {
		expect(runShell('bash', [CONTROL])).toHaveLength(1);
		if (HAVE_ZSH) expect(runShell('zsh', [CONTROL])).toHaveLength(1);
		if (HAVE_FISH)
			expect(
				runShell('fish', [{ ...CONTROL, step: { ...CONTROL.step, text: `openssl s_client -connect (touch ${CANARY}):27017` } }])
			).toHaveLength(1);
	});

	it('never run anything in bash', () => {
		expect(runShell('bash', commandsFor('bash'))).toEqual([]);
	}, 600_000);

	it.skipIf(!HAVE_ZSH)(
		'never run anything in zsh',
		() => {
			expect(runShell('zsh', commandsFor('zsh'))).toEqual([]);
		},
		600_000
	);

	it.skipIf(!HAVE_FISH)(
		'never run anything in fish',
		() => {
			expect(runShell('fish', commandsFor('fish'))).toEqual([]);
		},
		600_000
	);

	/** The text outside quoted strings: PowerShell '…' (any of ' ‘ ’ ‚ ‛, doubled inside) and "…"; cmd "…". */
	function outsideQuotes(text: string, shell: 'powershell' | 'cmd'): string {
		let out = '';
		const singles = "'\u2018\u2019\u201a\u201b";
		for (let i = 0; i < text.length; i++) {
			const ch = text[i];
			if (shell === 'powershell' && singles.includes(ch)) {
				let j = i + 1;
				for (; j < text.length; j++) {
					if (singles.includes(text[j])) {
						if (singles.includes(text[j + 1] ?? '')) j++;
						else break;
					}
				}
				i = j;
				continue;
			}
			if (ch === '"') {
				const close = text.indexOf('"', i + 1);
				i = close < 0 ? text.length : close;
				continue;
			}
			out += ch;
		}
		return out;
	}

	it('never leave a value outside its quotes in PowerShell or cmd', () => {
		const escaped: string[] = [];
		for (const shell of ['powershell', 'cmd'] as const) {
			for (const { step, id, field } of commandsFor(shell)) {
				if (outsideQuotes(step.text, shell).includes(CANARY)) escaped.push(`${shell} ${id} (${field}): ${step.text}`);
				// Inside cmd's double quotes, %VAR% would still expand.
				if (shell === 'cmd' && /%(?:USERPROFILE|PATH|HOME)%|!PATH!/i.test(step.text))
					escaped.push(`cmd expands ${id} (${field}): ${step.text}`);
			}
		}
		expect(escaped).toEqual([]);
	});
});

describe('hostile facts in code', () => {
	const STUBS = (() => {
		const dir = mkdtempSync(join(tmpdir(), 'hostile-stubs-'));
		const record = `import json, os\ndef record(kind, args, kwargs):\n    with open(os.path.join(os.environ["RECORD_DIR"], "calls.jsonl"), "a") as f:\n        f.write(json.dumps([kind, [str(a) for a in args], {k: str(v) for k, v in kwargs.items()}]) + "\\n")\n`;
		writeFileSync(join(dir, '_record.py'), record);
		mkdirSync(join(dir, 'pymongo'));
		writeFileSync(
			join(dir, 'pymongo', '__init__.py'),
			'from _record import record\nclass _Admin:\n    def command(self, *a, **k):\n        return {"ok": 1}\nclass MongoClient:\n    def __init__(self, *args, **kwargs):\n        record("MongoClient", args, kwargs)\n        self.admin = _Admin()\n'
		);
		mkdirSync(join(dir, 'motor'));
		writeFileSync(join(dir, 'motor', '__init__.py'), '');
		writeFileSync(
			join(dir, 'motor', 'motor_asyncio.py'),
			'from _record import record\nclass _Admin:\n    async def command(self, *a, **k):\n        return {"ok": 1}\nclass AsyncIOMotorClient:\n    def __init__(self, *args, **kwargs):\n        record("AsyncIOMotorClient", args, kwargs)\n        self.admin = _Admin()\n'
		);
		writeFileSync(join(dir, 'certifi.py'), 'def where():\n    return "/stub/cacert.pem"\n');
		mkdirSync(join(dir, 'node_modules', 'mongodb'), { recursive: true });
		writeFileSync(
			join(dir, 'node_modules', 'mongodb', 'package.json'),
			JSON.stringify({
				name: 'mongodb',
				version: '0.0.0-stub',
				main: 'index.cjs',
				exports: { import: './index.mjs', require: './index.cjs' }
			})
		);
		const js = `const fs = require('fs'), path = require('path');\nclass MongoClient {\n  constructor(...args) { fs.appendFileSync(path.join(process.env.RECORD_DIR, 'calls.jsonl'), JSON.stringify(['MongoClient', args]) + '\\n'); }\n  db() { return { command: async () => ({ ok: 1 }) }; }\n  async close() {}\n}\nmodule.exports = { MongoClient };\n`;
		writeFileSync(join(dir, 'node_modules', 'mongodb', 'index.cjs'), js);
		writeFileSync(
			join(dir, 'node_modules', 'mongodb', 'index.mjs'),
			"import m from './index.cjs';\nexport const MongoClient = m.MongoClient;\n"
		);
		return dir;
	})();

	function run(cmd: string, args: string[], text: string, ext: string): { calls: unknown[]; canary: boolean; error: string } {
		const dir = mkdtempSync(join(STUBS, 'run-'));
		const file = join(dir, `snippet${ext}`);
		writeFileSync(file, text);
		const r = spawnSync(cmd, [...args, file], {
			cwd: dir,
			encoding: 'utf8',
			timeout: 20_000,
			env: {
				PATH: '/usr/bin:/bin',
				RECORD_DIR: dir,
				PYTHONPATH: STUBS,
				HOME: dir,
				// What the snippets read secrets from, so they run to the client's constructor.
				MONGODB_KEY_PASSWORD: 'stub',
				MONGODB_PASSWORD: 'stub',
				MONGODB_TLS_KEY_PASSWORD: 'stub',
				MONGODB_URI: 'mongodb://stub.example.com/'
			}
		});
		const log = join(dir, 'calls.jsonl');
		const calls = existsSync(log)
			? spawnSync('cat', [log], { encoding: 'utf8' })
					.stdout.split('\n')
					.filter(Boolean)
					.map((l) => JSON.parse(l))
			: [];
		return { calls, canary: existsSync(join(dir, CANARY)), error: r.status === 0 ? '' : `${r.stderr}` };
	}

	// What a client was handed as its connection string: a URI with nothing a shell or a parser would split.
	const CLEAN_URI = /^mongodb(?:\+srv)?:\/\/[A-Za-z0-9\-._~%!$&'()*+,;=:@[\]/?]*$/;
	const uriOf = (call: unknown) => ((call as [string, unknown[]])[1] ?? [])[0];

	it.skipIf(!HAVE_PYTHON)(
		'run in Python without running anything, with the values as literals',
		() => {
			const snippets = STEPS.filter((s) => s.step.kind === 'code' && s.step.language === 'python');
			expect(snippets.length).toBeGreaterThan(5);
			const problems: string[] = [];
			for (const { step, id, field } of snippets) {
				// A snippet that goes into existing code (one line) gets the import that code would have.
				const text = /^(?:import|from) /m.test(step.text) ? step.text : `import os\nfrom pymongo import MongoClient\n${step.text}`;
				const r = run(PYTHON, [], text, '.py');
				if (r.canary) problems.push(`canary: ${id} (${field})`);
				if (r.error) problems.push(`error: ${id} (${field}): ${r.error.split('\n').slice(-2).join(' ')}`);
				if (r.calls.length === 0) problems.push(`no client made: ${id} (${field})`);
				for (const call of r.calls)
					if (!CLEAN_URI.test(String(uriOf(call)))) problems.push(`odd URI: ${id} (${field}): ${String(uriOf(call))}`);
			}
			expect(problems).toEqual([]);
		},
		600_000
	);

	it('run in Node without running anything', () => {
		const snippets = STEPS.filter((s) => s.step.kind === 'code' && s.step.language === 'javascript');
		expect(snippets.length).toBeGreaterThan(3);
		const problems: string[] = [];
		for (const { step, id, field } of snippets) {
			const text = /^import /m.test(step.text) ? step.text : `import { MongoClient } from 'mongodb';\n${step.text}`;
			const r = run(process.execPath, [], text, '.mjs');
			if (r.canary) problems.push(`canary: ${id} (${field})`);
			if (r.error) problems.push(`error: ${id} (${field}): ${r.error.split('\n').slice(0, 3).join(' ')}`);
			if (r.calls.length === 0) problems.push(`no client made: ${id} (${field})`);
			for (const call of r.calls)
				if (!CLEAN_URI.test(String(uriOf(call)))) problems.push(`odd URI: ${id} (${field}): ${String(uriOf(call))}`);
		}
		expect(problems).toEqual([]);
	}, 600_000);

	it('give mongosh the client’s subject as the literal user name', () => {
		for (const value of HOSTILE_VALUES) {
			const r = renderRemedy('create-x509-user', {}, { ...FACTS, clientSubject: value })!;
			const code = r.steps.find((s) => s.kind === 'code' && s.language === 'mongosh')!.text;
			const seen: unknown[] = [];
			const db = { getSiblingDB: (name: string) => ({ runCommand: (c: unknown) => seen.push([name, c]) }) };
			runInNewContext(code, { db });
			expect(seen, JSON.stringify(value)).toEqual([
				['$external', { createUser: value, roles: [{ role: 'readWrite', db: 'YOUR_DATABASE' }] }]
			]);
		}
	});
});

describe('hostile input through a whole analysis', () => {
	it('never puts a host that is not a host into any step, and says why', async () => {
		for (const value of HOSTILE_VALUES.filter((v) => v.includes(CANARY))) {
			const report = await analyzeText('pymongo.errors.ServerSelectionTimeoutError: SSL: CERTIFICATE_VERIFY_FAILED', {
				host: value,
				shell: 'bash'
			});
			const steps = Object.values(report.remedies).flatMap((r) => r.steps);
			const commands = steps.filter((s) => s.kind !== 'text').map((s) => s.text);
			for (const c of commands) expect(c.includes(CANARY), `${JSON.stringify(value)} in ${c}`).toBe(false);
			const said = steps.filter((s) => s.role === 'caution').map((s) => s.text);
			if (commands.some((c) => c.includes('YOUR_HOST'))) expect(said.some((t) => t.startsWith('The host you gave'))).toBe(true);
		}
	});
});
