#!/usr/bin/env node
// Captures errors that have nothing to do with TLS, from real runtimes, so the corpus shows that
// plausible-looking but unrelated text gets "unknown" rather than a guess:
//   node scripts/corpus/unrelated.mjs
// Each program fails on purpose with an ordinary application bug (a KeyError, a TypeError, a
// NullPointerException); a runtime that is not installed is skipped. Nothing connects anywhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const OUT = join(HERE, '..', '..', 'tests', 'fixtures', 'errors');
const version = (cmd, args) => {
	const r = spawnSync(cmd, args, { encoding: 'utf8' });
	return r.status === null ? undefined : `${r.stdout}${r.stderr}`.trim().split('\n')[0];
};

const PROGRAMS = [
	{
		client: 'python',
		scenario: 'unrelated-keyerror',
		setup: 'a Python script reads a missing key from its settings dict',
		cmd: '/usr/bin/python3',
		args: ['-c', 'settings = {"uri": "mongodb://localhost"}\ndef tls_options(s):\n    return s["tlsCAFile"]\nprint(tls_options(settings))'],
		version: () => version('/usr/bin/python3', ['--version'])
	},
	{
		client: 'node',
		scenario: 'unrelated-typeerror',
		setup: 'a Node.js script reads a property of undefined',
		cmd: process.execPath,
		args: ['-e', 'const config = {}; console.log(config.mongo.uri)'],
		version: () => `Node ${process.version}`
	},
	{
		client: 'java',
		scenario: 'unrelated-npe',
		setup: 'a Java program dereferences a missing map value',
		cmd: 'java',
		args: [join(HERE, 'unrelated', 'NullDeref.java')],
		version: () => version('java', ['-version'])
	}
];

const indexPath = join(OUT, 'index.json');
const index = JSON.parse(readFileSync(indexPath, 'utf8'));
for (const p of PROGRAMS) {
	const v = p.version();
	if (!v) {
		console.warn(`- ${p.client}: not installed, skipped`);
		continue;
	}
	const r = spawnSync(p.cmd, p.args, { encoding: 'utf8', cwd: '/tmp' });
	const text = `${r.stdout}${r.stderr}`;
	if (r.status === 0 || !text.trim()) throw new Error(`${p.client} did not fail`);
	const file = `captured/unrelated/${p.scenario}.txt`;
	mkdirSync(join(OUT, 'captured', 'unrelated'), { recursive: true });
	writeFileSync(join(OUT, file), text);
	const entry = {
		file,
		source: 'captured',
		generator: 'scripts/corpus/unrelated.mjs',
		client: p.client,
		clientVersion: v,
		scenario: p.scenario,
		setup: p.setup,
		cause: 'unknown',
		top: 'unknown'
	};
	const at = index.findIndex((e) => e.file === file);
	if (at >= 0) index[at] = entry;
	else index.push(entry);
	console.log(`✓ ${file}`);
}
index.sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(indexPath, JSON.stringify(index, null, '\t') + '\n');
if (!existsSync(indexPath)) throw new Error('index.json was not written');
