/**
 * The live subset of the corpus, run on every CI build: local TLS servers on 127.0.0.1 set up
 * wrong on purpose (Node tls/net servers with certificates made by openssl), and the real
 * Debian PyMongo and npm mongodb driver against them. The top diagnosis of what each client
 * prints is asserted, so a client release that changes its wording shows up here first.
 *
 * Servers are in-process and closed by handle; every client is a child process that ends on its
 * own (short timeouts) or is killed by its PID. PyMongo missing fails the suite on CI or as root
 * on Debian (.ci/run installs python3-pymongo); elsewhere its cases are skipped and say why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisId } from '../../../src/lib/core/diagnose/vocabulary';
import { analyzeText, diagnosisIds } from '../../helpers/analyze';

const REPO = join(import.meta.dirname, '..', '..', '..');
const CLIENTS = join(REPO, 'scripts', 'corpus', 'clients');
const PYTHON = '/usr/bin/python3';
// Generous for a loaded CI machine: every failure here comes back at once, so only a stall waits this long.
const TIMEOUTS = { serverSelectionTimeoutMS: 4000, connectTimeoutMS: 2500 };

const havePymongo = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import pymongo'], { stdio: 'ignore' }).status === 0;
const mustHavePymongo = !!process.env.CI || (process.getuid?.() === 0 && existsSync('/etc/debian_version'));

interface Scenario {
	name: string;
	server: 'untrusted' | 'expired' | 'wronghost' | 'plain' | 'client-cert';
	caFile: boolean;
	top: DiagnosisId;
}

const SCENARIOS: Scenario[] = [
	{ name: 'untrusted CA (no tlsCAFile)', server: 'untrusted', caFile: false, top: 'untrusted-ca' },
	{ name: 'expired server certificate', server: 'expired', caFile: true, top: 'cert-expired' },
	{ name: 'certificate for another host', server: 'wronghost', caFile: true, top: 'hostname-mismatch' },
	{ name: 'TLS to a plain TCP port that hangs up', server: 'plain', caFile: false, top: 'tls-to-plain-server' },
	{ name: 'client certificate required, none given', server: 'client-cert', caFile: true, top: 'client-cert-required' }
];

let pki = '';
const ports = new Map<Scenario['server'], number>();
const servers: net.Server[] = [];
const children = new Set<number>();

function listen(server: net.Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
	});
}

function tlsServer(leaf: string, extra: tls.TlsOptions = {}): tls.Server {
	const read = (f: string) => readFileSync(join(pki, f));
	const server = tls.createServer({
		key: read(`${leaf}.key`),
		cert: Buffer.concat([read(`${leaf}.crt`), read('inter.crt')]),
		...extra
	});
	// The handshake fails on purpose: swallow the server side's errors.
	server.on('tlsClientError', () => {});
	server.on('secureConnection', (socket) => socket.on('error', () => {}));
	return server;
}

beforeAll(async () => {
	pki = mkdtempSync(join(tmpdir(), 'tls-doctor-live-'));
	const made = spawnSync('bash', [join(REPO, 'scripts', 'corpus', 'make-certs.sh'), pki], {
		env: { ...process.env, SET: 'live' },
		encoding: 'utf8'
	});
	if (made.status !== 0) throw new Error(`make-certs.sh failed: ${made.stderr}`);
	const plain = net.createServer((socket) => {
		socket.on('error', () => {});
		// What mongod with TLS off does to a TLS hello: read it, then close.
		socket.once('data', () => socket.end());
	});
	const made2: [Scenario['server'], net.Server][] = [
		['untrusted', tlsServer('server')],
		['expired', tlsServer('expired')],
		['wronghost', tlsServer('wronghost')],
		['plain', plain],
		['client-cert', tlsServer('server', { requestCert: true, rejectUnauthorized: true, ca: readFileSync(join(pki, 'root.crt')) })]
	];
	for (const [name, server] of made2) {
		servers.push(server);
		ports.set(name, await listen(server));
	}
}, 30_000);

afterAll(async () => {
	for (const pid of children) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
	if (pki) rmSync(pki, { recursive: true, force: true });
});

function uriFor(s: Scenario): string {
	const params = ['tls=true'];
	if (s.caFile) params.push(`tlsCAFile=${encodeURIComponent(join(pki, 'root.crt'))}`);
	return `mongodb://localhost:${ports.get(s.server)}/?${params.join('&')}`;
}

/** Runs a client to its end and returns everything it printed, in arrival order. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; text: string }> {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
		children.add(child.pid!);
		let text = '';
		child.stdout.on('data', (d) => (text += d));
		child.stderr.on('data', (d) => (text += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			children.delete(child.pid!);
			resolve({ code, text });
		});
	});
}

const pymongo = (s: Scenario) =>
	run(PYTHON, [join(CLIENTS, 'pymongo_client.py'), uriFor(s), JSON.stringify(TIMEOUTS)], { CORPUS_PYMONGO_SSL: 'stdlib' });
const nodeDriver = (s: Scenario) => run(process.execPath, [join(CLIENTS, 'node_client.mjs'), uriFor(s), JSON.stringify(TIMEOUTS)]);

describe('the Debian PyMongo is there', () => {
	it(mustHavePymongo ? 'is required here (CI, or root on Debian)' : 'is optional on this machine', () => {
		if (mustHavePymongo) expect(havePymongo, `${PYTHON} cannot import pymongo: apt-get install python3-pymongo`).toBe(true);
		else expect(typeof havePymongo).toBe('boolean');
	});
});

// Every client starts at once (each against its own server), so the suite takes as long as the slowest.
const outputs = new Map<string, Promise<{ code: number | null; text: string }>>();
const output = (client: 'pymongo' | 'node', s: Scenario) => {
	const key = `${client}:${s.server}`;
	if (!outputs.has(key)) outputs.set(key, client === 'pymongo' ? pymongo(s) : nodeDriver(s));
	return outputs.get(key)!;
};
beforeAll(() => {
	for (const s of SCENARIOS) {
		if (havePymongo) void output('pymongo', s);
		void output('node', s);
	}
});

describe.each(SCENARIOS)('live: $name', (scenario) => {
	it.skipIf(!havePymongo)(
		`PyMongo → ${scenario.top}`,
		async () => {
			const { code, text } = await output('pymongo', scenario);
			expect(code, text).not.toBe(0);
			const report = await analyzeText(text);
			expect(diagnosisIds(report)[0], text).toBe(scenario.top);
		},
		30_000
	);

	it(`Node.js driver → ${scenario.top}`, async () => {
		const { code, text } = await output('node', scenario);
		expect(code, text).not.toBe(0);
		const report = await analyzeText(text);
		expect(diagnosisIds(report)[0], text).toBe(scenario.top);
	}, 30_000);
});
