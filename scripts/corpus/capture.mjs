#!/usr/bin/env node
// Captures the error-text corpus: real MongoDB clients against local TLS servers that are set up
// wrong on purpose. Each text is written exactly as the client printed it (stdout and stderr, in
// arrival order) to tests/fixtures/errors/captured/CLIENT/SCENARIO.txt, and index.json records the
// client and its version, the scenario, the true cause and the top diagnosis the text should get.
//
//   node scripts/corpus/capture.mjs [--only SCENARIO,...] [--clients pymongo,node,...]
//
// As root it re-runs itself inside fresh network and mount namespaces (unshare -n -m): only the
// loopback interface exists, /etc/hosts maps an Atlas-like name to 127.0.0.1 and the resolver
// points at a closed local port, so no packet can leave the machine. Servers bind 127.0.0.1 only
// and are stopped by their PID.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENTS } from './clients.mjs';
import { expectationFor, SERVER_VIEW } from './expectations.mjs';
import { ATLAS_HOST, SCENARIOS } from './scenarios.mjs';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'errors');
const WORK = '/tmp/tls-doctor-corpus';

const argv = process.argv.slice(2);
const option = (name) => {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1].split(',') : undefined;
};
const only = option('--only');
const onlyClients = option('--clients');

if (!process.env.CORPUS_INSIDE && process.getuid?.() === 0 && spawnSync('unshare', ['--help']).status === 0) {
	const r = spawnSync('unshare', ['-n', '-m', '--', process.execPath, ...process.argv.slice(1)], {
		stdio: 'inherit',
		env: { ...process.env, CORPUS_INSIDE: '1' }
	});
	process.exit(r.status ?? 1);
}
const isolated = process.env.CORPUS_INSIDE === '1';
if (isolated) isolate();
else console.warn('not root or no unshare: running on the host loopback; the Atlas and DNS scenarios are skipped');

rmSync(WORK, { recursive: true, force: true });
const pki = join(WORK, 'pki');
mkdirSync(join(WORK, 'home'), { recursive: true });
spawnSync('bash', [join(HERE, 'make-certs.sh'), pki], { stdio: 'inherit' });

const clients = CLIENTS.filter((c) => (!onlyClients || onlyClients.includes(c.name)) && c.available());
const versions = Object.fromEntries(clients.map((c) => [c.name, c.version()]));
console.log(versions);

const indexPath = join(OUT, 'index.json');
const index = existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : [];
let port = 28100;
const serverViewWritten = new Set();
const serverVersion = spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout.trim();

for (const scenario of SCENARIOS) {
	if (only && !only.includes(scenario.id)) continue;
	if (!isolated && (scenario.isolatedOnly || scenario.connect.host === ATLAS_HOST || scenario.connect.uri?.startsWith('mongodb+srv')))
		continue;
	for (const client of clients.filter((c) => scenario.clients.includes(c.name))) {
		const ctx = { port: String(port++), closedPort: String(port++), pki, work: WORK, home: join(WORK, 'home') };
		const command = client.command(scenario.connect, ctx);
		if (!command) continue;
		const server = await startServer(scenario.server, ctx);
		const env = Object.fromEntries(Object.entries(scenario.connect.env ?? {}).map(([k, v]) => [k, v.replaceAll('{pki}', pki)]));
		const result = await runClient(command, env);
		stopServer(server);
		// The server's side of the same failure, once per scenario: what s_server printed while this client failed.
		if (scenario.serverView && !serverViewWritten.has(scenario.id) && /ERROR|verify error/.test(server?.log ?? '')) {
			serverViewWritten.add(scenario.id);
			writeEntry(`captured/${SERVER_VIEW}/${scenario.id}.txt`, server.log, {
				client: SERVER_VIEW,
				clientVersion: serverVersion,
				scenario: scenario.id,
				setup: `${scenario.about} (the server's own output while ${client.name} connected)`,
				cause: scenario.cause,
				...expectationFor(scenario, SERVER_VIEW)
			});
		}
		const file = `captured/${client.name}/${scenario.id}.txt`;
		const failed = client.failed ? client.failed(result.text) : result.code !== 0;
		if (!failed || result.text.trim() === '') {
			console.warn(`! ${file}: the client did not fail (exit ${result.code}); nothing written`);
			continue;
		}
		writeEntry(file, result.text, {
			client: client.name,
			clientVersion: versions[client.name],
			scenario: scenario.id,
			setup: scenario.about,
			cause: scenario.cause,
			...expectationFor(scenario, client.name)
		});
	}
}
function writeEntry(file, text, fields) {
	mkdirSync(join(OUT, file, '..'), { recursive: true });
	writeFileSync(join(OUT, file), text);
	const entry = { file, source: 'captured', ...fields };
	const at = index.findIndex((e) => e.file === file);
	if (at >= 0) index[at] = entry;
	else index.push(entry);
	console.log(`✓ ${file} (${text.length} chars)`);
}

const kept = index.filter((e) => e.source !== 'captured' || existsSync(join(OUT, e.file))).sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(indexPath, JSON.stringify(kept, null, '\t') + '\n');
rmSync(WORK, { recursive: true, force: true });

function isolate() {
	spawnSync('ip', ['link', 'set', 'lo', 'up'], { stdio: 'inherit' });
	mkdirSync(join(WORK, 'etc'), { recursive: true });
	const hosts = join('/tmp', 'tls-doctor-corpus-hosts');
	const resolv = join('/tmp', 'tls-doctor-corpus-resolv.conf');
	writeFileSync(hosts, `127.0.0.1 localhost\n::1 localhost\n127.0.0.1 ${ATLAS_HOST}\n`);
	writeFileSync(resolv, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
	for (const [file, target] of [
		[hosts, '/etc/hosts'],
		[resolv, '/etc/resolv.conf']
	]) {
		const r = spawnSync('mount', ['--bind', file, target], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error(`could not bind-mount ${target}`);
	}
}

async function startServer(spec, ctx) {
	if (spec.kind === 'none') return undefined;
	const [cmd, args] =
		spec.kind === 's_server'
			? ['openssl', ['s_server', '-accept', `127.0.0.1:${ctx.port}`, ...spec.args]]
			: [process.execPath, [join(HERE, 'servers', 'raw-server.mjs'), spec.mode, ctx.port]];
	const child = spawn(cmd, args, { cwd: ctx.pki, stdio: ['pipe', 'pipe', 'pipe'] });
	await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start: ${cmd} ${args.join(' ')}`)), 10000);
		const seen = (chunk) => {
			if (/ACCEPT|READY/.test(String(chunk))) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', seen);
		let log = '';
		child.log = '';
		child.stdout.on('data', (d) => (child.log += d));
		child.stderr.on('data', (d) => {
			log += d;
			child.log += d;
		});
		child.on('exit', (code) => code && !/ACCEPT/.test(log) && process.stderr.write(`  [server] ${log}`));
		child.on('exit', (code) => reject(new Error(`server exited (${code}): ${cmd} ${args.join(' ')}`)));
	});
	return child;
}

function stopServer(child) {
	if (child && child.exitCode === null) child.kill('SIGTERM');
}

/** Runs one client in its own session (no controlling terminal, so nothing can prompt). */
function runClient({ cmd, args, env }, scenarioEnv) {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, {
			cwd: ROOT,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ...env, ...scenarioEnv }
		});
		let text = '';
		child.stdout.on('data', (d) => (text += d));
		child.stderr.on('data', (d) => (text += d));
		const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 60000);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, text });
		});
	});
}
