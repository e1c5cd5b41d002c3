/**
 * The quoting layer, proved by the real readers: bash, zsh and fish print back every word with
 * printf; Python, Node (vm) and javac read back every literal; PyYAML every YAML string; openssl
 * every config value. Hostile values (hostile-values.ts) and random strings from fast-check. A
 * value that could run anything would touch the canary file in the shell's working directory.
 * PowerShell and cmd have no interpreter on Debian: their rules are checked against the quoting
 * rules of about_Quoting_Rules and cmd's parser written out below.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentText, opensslConfValue, shellWord, stringLiteral, UnsafeValueError, yamlString } from '../../../src/lib/core/syntax/quote';
import { renderCode, renderShell, py, sh, join as joinFragments, cnf } from '../../../src/lib/core/syntax/template';
import { countTrailing } from '../../../src/lib/core/text/trim-end';
import { CANARY, HOSTILE_VALUES } from './hostile-values';
import { HAVE_FISH, HAVE_OPENSSL, HAVE_PYTHON, HAVE_YAML, HAVE_ZSH, PYTHON, requireTool } from './tools';

const HAVE_JAVAC = requireTool('javac', 'javac', ['-version'], 'apt-get install openjdk-17-jdk-headless');

// Arguments cannot hold NUL; lone surrogates cannot be written to a UTF-8 file.
const randomValues = (n: number, seed: number): string[] =>
	fc.sample(
		fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0') && s.isWellFormed()),
		{ numRuns: n, seed }
	);

const VALUES = [...HOSTILE_VALUES, '', 'plain', 'db.example.com:27017', '[::1]:27017', 'C:\\path\\to\\ca.pem', ...randomValues(300, 7)];

function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'quote-'));
}

/** Each value printed back by the shell, NUL-separated, in a directory where the canary would appear. */
function roundTripShell(shell: 'bash' | 'zsh' | 'fish', values: readonly string[]): { out: string[]; canary: boolean } {
	const dir = tempDir();
	const script = values.map((v) => `printf '%s\\0' ${shellWord(shell, v)}`).join('\n') + '\n';
	const path = join(dir, `script.${shell}`);
	writeFileSync(path, script);
	const r = spawnSync(shell, [path], { cwd: dir, encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: dir } });
	if (r.status !== 0) throw new Error(`${shell} failed: ${r.stderr}`);
	return { out: r.stdout.split('\0').slice(0, -1), canary: existsSync(join(dir, CANARY)) };
}

describe('shell words', () => {
	it('bash reads every word back as the value, and nothing runs', () => {
		const { out, canary } = roundTripShell('bash', VALUES);
		expect(out).toEqual(VALUES);
		expect(canary).toBe(false);
	});

	it.skipIf(!HAVE_ZSH)('zsh reads every word back as the value, and nothing runs', () => {
		const { out, canary } = roundTripShell('zsh', VALUES);
		expect(out).toEqual(VALUES);
		expect(canary).toBe(false);
	});

	it.skipIf(!HAVE_FISH)('fish reads every word back as the value, and nothing runs', () => {
		const { out, canary } = roundTripShell('fish', VALUES);
		expect(out).toEqual(VALUES);
		expect(canary).toBe(false);
	});

	it('leaves ordinary hosts, ports and paths bare so commands stay readable', () => {
		for (const shell of ['bash', 'zsh', 'fish'] as const) {
			expect(shellWord(shell, 'db.example.com:27017')).toBe('db.example.com:27017');
			expect(shellWord(shell, '/path/to/ca.pem')).toBe('/path/to/ca.pem');
		}
		expect(shellWord('powershell', 'C:\\path\\to\\ca.pem')).toBe('C:\\path\\to\\ca.pem');
		expect(shellWord('cmd', 'C:\\path\\to\\ca.pem')).toBe('C:\\path\\to\\ca.pem');
	});

	/** A PowerShell single-quoted string read as about_Quoting_Rules says: any of ' ‘ ’ ‚ ‛ doubled is one of it, alone it ends the string. */
	function readPowerShellWord(word: string): string | undefined {
		const QUOTES = "'\u2018\u2019\u201a\u201b";
		if (!QUOTES.includes(word[0])) return /^[A-Za-z0-9_./\\:=+-]+$/.test(word) ? word : undefined;
		let out = '';
		for (let i = 1; i < word.length; i++) {
			if (QUOTES.includes(word[i])) {
				if (QUOTES.includes(word[i + 1] ?? '') && word[i + 1] === word[i]) {
					out += word[i];
					i++;
					continue;
				}
				return i === word.length - 1 ? out : undefined;
			}
			out += word[i];
		}
		return undefined;
	}

	it('PowerShell: one verbatim single-quoted word whose quote characters, typographic ones too, are doubled', () => {
		for (const v of VALUES) expect(readPowerShellWord(shellWord('powershell', v)), JSON.stringify(v)).toBe(v);
	});

	it('PowerShell: words that would be read as numbers, arrays or splats are quoted', () => {
		for (const v of ['0x1f', '1kb', '1e5', '010', 'a,b', '@args', '-Port', '$env:HOME']) {
			expect(shellWord('powershell', v).startsWith("'"), v).toBe(true);
		}
		expect(shellWord('powershell', '27017')).toBe('27017');
		expect(shellWord('powershell', '10.0.0.5')).toBe('10.0.0.5');
	});

	it('cmd: a value is bare, in double quotes with nothing cmd expands, or refused', () => {
		for (const v of VALUES) {
			let word: string;
			try {
				word = shellWord('cmd', v);
			} catch (e) {
				expect(e).toBeInstanceOf(UnsafeValueError);
				continue;
			}
			if (!word.startsWith('"')) {
				expect(word).toMatch(/^[A-Za-z0-9_./\\:+-]+$/);
				continue;
			}
			const inner = word.slice(1, -1);
			expect(inner.includes('"'), v).toBe(false);
			expect(/[\r\n]/.test(inner), v).toBe(false);
			// %NAME% expansion needs a % that is not a URL escape; ! needs delayed expansion.
			expect(/%(?![0-9A-Fa-f]{2})|!/.test(inner), v).toBe(false);
			// The C runtime reads \" as a quote: an even number of backslashes before the closing quote.
			expect(countTrailing(inner, '\\') % 2, v).toBe(0);
		}
		expect(() => shellWord('cmd', `a"&calc&"`)).toThrow(UnsafeValueError);
		expect(() => shellWord('cmd', '%USERPROFILE%')).toThrow(UnsafeValueError);
		expect(shellWord('cmd', 'mongodb://u%40x@h/?a=b&c=d')).toBe('"mongodb://u%40x@h/?a=b&c=d"');
	});
});

function pythonReadsBack(literals: string[]): string[] {
	const dir = tempDir();
	const path = join(dir, 'values.py');
	writeFileSync(
		path,
		`import json, sys\nvalues = [\n${literals.map((l) => `    ${l},`).join('\n')}\n]\nsys.stdout.write(json.dumps(values))\n`
	);
	const r = spawnSync(PYTHON, [path], { cwd: dir, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(r.stderr);
	expect(existsSync(join(dir, CANARY))).toBe(false);
	return JSON.parse(r.stdout);
}

describe('string literals', () => {
	it.skipIf(!HAVE_PYTHON)('Python reads every literal back as the value', () => {
		expect(pythonReadsBack(VALUES.map((v) => stringLiteral('python', v)))).toEqual(VALUES);
	});

	it('JavaScript reads every literal back as the value', () => {
		const sandbox = { touched: false };
		const read = runInNewContext(`[${VALUES.map((v) => stringLiteral('javascript', v)).join(',\n')}]`, sandbox);
		expect(read).toEqual(VALUES);
		expect(sandbox.touched).toBe(false);
	});

	it.skipIf(!HAVE_JAVAC)(
		'javac reads every literal back as the value, \\u escapes in the input included',
		() => {
			const dir = tempDir();
			const literals = VALUES.map((v) => stringLiteral('java', v));
			const body = literals.map((l) => `    System.out.print(${l}); System.out.print('\\0');`).join('\n');
			writeFileSync(
				join(dir, 'Values.java'),
				`public class Values {\n  public static void main(String[] a) throws Exception {\n    System.setOut(new java.io.PrintStream(System.out, true, "UTF-8"));\n${body}\n  }\n}\n`
			);
			const c = spawnSync('javac', ['-encoding', 'UTF-8', 'Values.java'], { cwd: dir, encoding: 'utf8' });
			expect(c.stderr).toBe('');
			const r = spawnSync('java', ['-cp', dir, 'Values'], { cwd: dir, encoding: 'utf8' });
			expect(r.stdout.split('\0').slice(0, -1)).toEqual(VALUES);
		},
		60_000
	);

	it('Go and C# literals use only escapes both languages read as one code point', () => {
		for (const lang of ['go', 'csharp'] as const) {
			for (const v of VALUES) {
				const lit = stringLiteral(lang, v);
				// Printable ASCII and \\ \" \n \r \t \uXXXX \UXXXXXXXX only: no \x (a byte in Go, variable-length in C#).
				expect(lit, JSON.stringify(v)).toMatch(/^"(?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\["\\nrt]|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})*"$/);
				// The same escapes mean the same in JSON (astral ones aside), so JSON reads it back.
				if (!/\\U/.test(lit)) expect(JSON.parse(lit)).toBe(v);
			}
		}
	});
});

describe('config values', () => {
	it.skipIf(!HAVE_YAML)('PyYAML reads every YAML string back as the value', () => {
		const dir = tempDir();
		const doc = VALUES.map((v, i) => `k${i}: ${yamlString(v)}`).join('\n') + '\n';
		writeFileSync(join(dir, 'doc.yaml'), doc);
		const r = spawnSync(
			PYTHON,
			[
				'-c',
				'import json,sys,yaml; d=yaml.safe_load(open(sys.argv[1], encoding="utf-8")); sys.stdout.write(json.dumps([d[f"k{i}"] for i in range(len(d))]))',
				join(dir, 'doc.yaml')
			],
			{
				encoding: 'utf8'
			}
		);
		expect(r.stderr).toBe('');
		expect(JSON.parse(r.stdout)).toEqual(VALUES);
	});

	it.skipIf(!HAVE_OPENSSL)(
		'openssl reads every config value back as the value, and refuses line breaks',
		() => {
			const printable = VALUES.filter((v) => /^[\x20-\x7e]+$/.test(v));
			for (const v of VALUES.filter((x) => /[\r\n]/.test(x))) expect(() => opensslConfValue(v)).toThrow(UnsafeValueError);
			const dir = tempDir();
			spawnSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'k.pem'], { cwd: dir });
			const read: string[] = [];
			for (const v of printable.slice(0, 40)) {
				const conf = renderCode(cnf`[ req ]\ndistinguished_name = dn\nprompt = no\n[ dn ]\nCN = x\n[ v3 ]\nnsComment = ${v}\n`);
				writeFileSync(join(dir, 'c.cnf'), conf);
				const made = spawnSync(
					'openssl',
					['req', '-x509', '-new', '-key', 'k.pem', '-config', 'c.cnf', '-extensions', 'v3', '-out', 'c.pem'],
					{ cwd: dir, encoding: 'utf8' }
				);
				expect(made.status, made.stderr).toBe(0);
				const shown = spawnSync('openssl', ['x509', '-in', 'c.pem', '-noout', '-ext', 'nsComment'], { cwd: dir, encoding: 'utf8' });
				read.push(shown.stdout.split('\n')[1].replace(/^ {4}/, ''));
			}
			expect(read).toEqual(printable.slice(0, 40));
		},
		60_000
	);

	it('comments stay on one line', () => {
		for (const v of VALUES) expect(/[\r\n\u2028\u2029\u0085]/.test(commentText(v)), JSON.stringify(v)).toBe(false);
		expect(commentText('a & calc', 'cmd')).not.toContain('&');
	});
});

describe('templates', () => {
	it('quote values for the shell they are rendered for, and keep our own text', () => {
		const host = `$(touch ${CANARY})`;
		const f = sh`openssl s_client -connect ${host}:${27017} </dev/null`;
		expect(renderShell(f, 'bash')).toBe(`openssl s_client -connect '$(touch ${CANARY})':27017 </dev/null`);
		expect(renderShell(f, 'fish')).toBe(`openssl s_client -connect '$(touch ${CANARY})':27017 </dev/null`);
		expect(renderShell(f, 'powershell')).toBe(`openssl s_client -connect '$(touch ${CANARY})':27017 </dev/null`);
	});

	it('nest fragments of the same target only', () => {
		const args = joinFragments('python', [py`tls=True`, py`tlsCAFile=${'/a"b'}`], ', ');
		expect(renderCode(py`MongoClient(${'mongodb://h/'}, ${args})`)).toBe('MongoClient("mongodb://h/", tls=True, tlsCAFile="/a\\"b")');
		expect(() => py`${sh`x` as never}`).toThrow(TypeError);
	});

	it('refuse anything but a template literal', () => {
		expect(() => (sh as unknown as (s: string[]) => unknown)(['rm -rf /'])).toThrow(TypeError);
	});
});
