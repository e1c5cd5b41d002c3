/**
 * Every command, code snippet and config file the catalogue can render, checked by a real parser
 * where one is installed: bash -n (bash and zsh commands), fish --no-execute, Python's ast, node
 * --check, PyYAML, over every remedy in every environment (matrix.ts renderEverything). PowerShell
 * has no parser on Debian: its commands go through the tokenizer checks of powershell.ts (and pwsh
 * as well where it is installed); cmd commands get the structural checks below.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEverything } from './matrix';
import { powershellProblems } from './powershell';
import { HAVE_FISH, HAVE_PWSH, HAVE_PYTHON, HAVE_YAML, HAVE_ZSH, PYTHON } from './tools';

// Every step of every remedy in every environment (see renderEverything): commands, code, configs.
const STEPS = renderEverything((s) => s.kind !== 'text');
const stepsWhere = (keep: (s: (typeof STEPS)[number]['step']) => boolean) => STEPS.filter((s) => keep(s.step));

const DIR = mkdtempSync(join(tmpdir(), 'remedy-syntax-'));
let files = 0;

/** Run a parser on the text (written to a file: fish ignores syntax errors in -c and stdin). */
function parse(cmd: string, args: string[], text: string, ext = '.txt'): string | undefined {
	const path = join(DIR, `snippet-${files++}${ext}`);
	writeFileSync(path, text);
	const r = spawnSync(cmd, [...args, path], { encoding: 'utf8' });
	return r.status === 0 ? undefined : `${r.stderr}${r.stdout}`.trim() || `exit ${r.status}`;
}

/** Parse many snippets in one Python process (starting Python per snippet is slow). */
function parseAllInPython(program: string, texts: string[]): (string | undefined)[] {
	const path = join(DIR, `batch-${files++}.json`);
	writeFileSync(path, JSON.stringify(texts));
	const script = `import json, sys\n${program}\nout = []\nfor t in json.load(open(sys.argv[1])):\n    try:\n        check(t); out.append(None)\n    except Exception as e:\n        out.append(repr(e))\nprint(json.dumps(out))`;
	const r = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(r.stderr);
	return JSON.parse(r.stdout).map((e: string | null) => e ?? undefined);
}

function failures(steps: { step: { text: string }; id: string }[], check: (text: string) => string | undefined): string[] {
	return steps.flatMap(({ step, id }) => {
		const error = check(step.text);
		return error ? [`${id}: ${step.text}\n  → ${error}`] : [];
	});
}

describe('shell commands', () => {
	it('for bash and zsh pass bash -n', () => {
		const steps = stepsWhere((s) => s.kind === 'command' && (s.shell === 'bash' || s.shell === 'zsh'));
		expect(steps.length).toBeGreaterThan(100);
		expect(failures(steps, (t) => parse('bash', ['-n'], t, '.sh'))).toEqual([]);
	});

	it.skipIf(!HAVE_ZSH)('for zsh pass zsh -n', () => {
		const steps = stepsWhere((s) => s.kind === 'command' && s.shell === 'zsh');
		expect(failures(steps, (t) => parse('zsh', ['-n'], t, '.zsh'))).toEqual([]);
	});

	it.skipIf(!HAVE_FISH)('for fish pass fish --no-execute', () => {
		const steps = stepsWhere((s) => s.kind === 'command' && s.shell === 'fish');
		expect(steps.length).toBeGreaterThan(50);
		expect(failures(steps, (t) => parse('fish', ['--no-execute'], t, '.fish'))).toEqual([]);
	});

	it('for fish use no bash-only syntax', () => {
		const steps = stepsWhere((s) => s.kind === 'command' && s.shell === 'fish');
		expect(failures(steps, (t) => (/\$\(|\bexport \w+=|^\w+=\S* /m.test(t) ? 'bash-only syntax' : undefined))).toEqual([]);
	});

	/** What a parser would catch first: unbalanced quotes and brackets. */
	function balanced(t: string, quotes: string[]): string | undefined {
		for (const line of t.split('\n')) {
			for (const q of quotes) if ((line.split(q).length - 1) % 2) return `unbalanced ${q} in: ${line}`;
			const stripped = line.replace(/"[^"]*"|'[^']*'/g, '');
			for (const [open, close] of [
				['(', ')'],
				['{', '}'],
				['[', ']']
			]) {
				if (stripped.split(open).length !== stripped.split(close).length) return `unbalanced ${open}${close} in: ${line}`;
			}
		}
		return undefined;
	}

	it(`for PowerShell pass the tokenizer checks of powershell.ts${HAVE_PWSH ? ' and pwsh' : ' (no pwsh on this machine: not a full parse)'}`, () => {
		const steps = stepsWhere((s) => s.kind === 'command' && s.shell === 'powershell');
		expect(steps.length).toBeGreaterThan(50);
		expect(failures(steps, powershellProblems)).toEqual([]);
		if (HAVE_PWSH) {
			const check = (t: string) => {
				const r = spawnSync(
					'pwsh',
					[
						'-NoProfile',
						'-Command',
						'$e = $null; [System.Management.Automation.Language.Parser]::ParseInput([Console]::In.ReadToEnd(), [ref]$null, [ref]$e) | Out-Null; if ($e) { $e | ForEach-Object Message; exit 1 }'
					],
					{ input: t, encoding: 'utf8' }
				);
				return r.status === 0 ? undefined : r.stdout.trim();
			};
			expect(failures(steps, check)).toEqual([]);
		}
	});

	it('for cmd are balanced and use no POSIX or PowerShell syntax (structural check only)', () => {
		const steps = stepsWhere((s) => s.kind === 'command' && s.shell === 'cmd');
		expect(steps.length).toBeGreaterThan(50);
		const check = (t: string) =>
			balanced(t, ['"']) ??
			(/\bexport \w+=|\/dev\/null|\$env:|\$\(|'\$external'|\bsudo\b|\bcat \w/.test(t) ? 'POSIX or PowerShell syntax in cmd' : undefined);
		expect(failures(steps, check)).toEqual([]);
	});
});

describe('code and config snippets', () => {
	it.skipIf(!HAVE_PYTHON)('in Python parse with Python’s own parser', () => {
		const steps = stepsWhere((s) => s.kind === 'code' && s.language === 'python');
		expect(steps.length).toBeGreaterThan(10);
		const errors = parseAllInPython(
			'import ast\ndef check(t): ast.parse(t)',
			steps.map((s) => s.step.text)
		);
		expect(steps.flatMap((s, i) => (errors[i] ? [`${s.id}: ${s.step.text}\n  → ${errors[i]}`] : []))).toEqual([]);
	});

	it('where a parser fails, the test fails (the checks are not vacuous)', () => {
		expect(parse('bash', ['-n'], 'export A="$(python3 -c "x"', '.sh')).toBeDefined();
		if (HAVE_FISH) expect(parse('fish', ['--no-execute'], 'set -gx A (python3 -c "x"', '.fish')).toBeDefined();
		if (HAVE_PYTHON) expect(parseAllInPython('import ast\ndef check(t): ast.parse(t)', ['client = MongoClient(\n'])[0]).toBeDefined();
	});

	it('in JavaScript pass node --check as ES modules', () => {
		const steps = stepsWhere((s) => s.kind === 'code' && s.language === 'javascript');
		expect(steps.length).toBeGreaterThan(3);
		expect(failures(steps, (t) => parse('node', ['--check'], t, '.mjs'))).toEqual([]);
	});

	it.skipIf(!HAVE_YAML)('in YAML (mongod.conf, compose) load with PyYAML', () => {
		const steps = stepsWhere((s) => (s.kind === 'config' || s.kind === 'file') && s.language === 'yaml');
		expect(steps.length).toBeGreaterThan(3);
		const errors = parseAllInPython(
			'import yaml\ndef check(t):\n    assert isinstance(yaml.safe_load(t), dict), "not a mapping"',
			steps.map((s) => s.step.text)
		);
		expect(steps.flatMap((s, i) => (errors[i] ? [`${s.id}: ${s.step.text}\n  → ${errors[i]}`] : []))).toEqual([]);
	});

	it('as connection strings parse with the Node driver’s parser', async () => {
		const { default: ConnectionString } = await import('mongodb-connection-string-url');
		const steps = stepsWhere((s) => s.language === 'uri');
		expect(steps.length).toBeGreaterThan(10);
		expect(
			failures(steps, (t) => {
				try {
					const cs = new ConnectionString(t);
					return cs.searchParams.get('tls') === 'true' ? undefined : 'tls=true missing';
				} catch (e) {
					return String(e);
				}
			})
		).toEqual([]);
	});
});
