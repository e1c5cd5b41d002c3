/**
 * The files and commands a fix needs, run through the real tools: openssl and Python's ssl module
 * must accept what the catalogue renders, and the OPENSSL_CONF file must actually change what an
 * OpenSSL 3 client does against a server without secure renegotiation.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtefactError, combinedPem, derToPem, opensslLegacyConf } from '../../../src/lib/core/remedies/artefacts';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import type { Environment } from '../../../src/lib/core/model/environment';
import type { RemedyFacts } from '../../../src/lib/core/remedies/facts';
import { FIXTURES, fixtureBytes, fixtureText } from '../../helpers/fixtures';
import { startLegacyServer } from './legacy-server';
import { HAVE_OPENSSL, HAVE_PYTHON, PYTHON } from './tools';

const BASH = { os: 'debian', shell: 'bash', python: 'pyenv', client: 'pymongo' } satisfies Environment;

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
	const r = spawnSync(cmd, args, {
		encoding: 'utf8',
		timeout: 120_000,
		...opts,
		env: { ...process.env, ...opts.env },
		input: opts.input ?? ''
	});
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/**
 * For clients of the in-process stub server: a synchronous spawn would block the event loop the
 * server answers on, and the client would wait for a ServerHello that never comes.
 */
function runAsync(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; out: string }> {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.stdin.end();
		const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, out });
		});
	});
}

function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'remedy-artefact-'));
}

/** The steps of a rendered remedy, by kind. */
function stepsOf(id: string, env: Environment = BASH, facts: RemedyFacts = {}) {
	const remedy = renderRemedy(id, env, facts);
	if (!remedy) throw new Error(`${id} does not apply to ${JSON.stringify(env)}`);
	return {
		commands: remedy.steps.filter((s) => s.kind === 'command').map((s) => s.text),
		files: remedy.steps.filter((s) => s.kind === 'file'),
		verify: remedy.steps.at(-1)!.text
	};
}

const OP_LEGACY_SERVER_CONNECT = 4;

describe.skipIf(!HAVE_OPENSSL)('the OPENSSL_CONF file for unsafe legacy renegotiation', () => {
	let server: Server;
	let port: number;
	let dir: string;
	const confs: Record<string, string> = {};

	beforeAll(async () => {
		const der = Buffer.from(fixtureBytes('pki/server.der'));
		({ server, port } = await startLegacyServer(der));
		dir = tempDir();
		const good = opensslLegacyConf();
		const broken = {
			good,
			// The ways a hand-copied file goes wrong: a misspelt option, a lost section header, no
			// openssl_conf line at the top.
			misspelt: good.replace('UnsafeLegacyServerConnect', 'UnsafeLegacyServerConect'),
			'no-section': good.replace('[system_default_sect]\n', ''),
			'no-init': good.replace('openssl_conf = openssl_init\n', '')
		};
		for (const [name, text] of Object.entries(broken)) {
			confs[name] = join(dir, `${name}.cnf`);
			writeFileSync(confs[name], text);
		}
	});
	afterAll(() => server?.close());

	const sClient = (conf?: string) =>
		runAsync('openssl', ['s_client', '-connect', `127.0.0.1:${port}`], {
			env: conf ? { OPENSSL_CONF: conf } : { OPENSSL_CONF: '/dev/null' }
		});

	it('is the file from PyMongo’s troubleshooting guide', () => {
		expect(opensslLegacyConf()).toContain(
			'openssl_conf = openssl_init\n\n[openssl_init]\nssl_conf = ssl_sect\n\n[ssl_sect]\nsystem_default = system_default_sect\n\n[system_default_sect]\nOptions = UnsafeLegacyServerConnect\n'
		);
	});

	it('reproduces the error without the file', async () => {
		const r = await sClient();
		expect(r.out).toContain('unsafe legacy renegotiation disabled');
		expect(r.out).not.toMatch(/subject=.*db\.example\.com/);
	});

	it('gets openssl s_client past it with the file', async () => {
		const r = await sClient(confs.good);
		expect(r.out).not.toContain('unsafe legacy renegotiation disabled');
		expect(r.out).toMatch(/subject=.*CN = db\.example\.com/);
		expect(r.out).toContain('Secure Renegotiation IS NOT supported');
	});

	it.each(['misspelt', 'no-section', 'no-init'])('does not work when %s (so the test would catch a broken file)', async (name) => {
		expect((await sClient(confs[name])).out).toContain('unsafe legacy renegotiation disabled');
	});

	it('the diagnostic s_client command of fix-proxy-renegotiation names the device that lacks RFC 5746', async () => {
		const command = stepsOf('fix-proxy-renegotiation', BASH, { host: '127.0.0.1', port }).commands[0];
		expect(command).toBe(`openssl s_client -connect 127.0.0.1:${port} -legacy_server_connect </dev/null`);
		const r = await runAsync('bash', ['-c', command], { env: { OPENSSL_CONF: '/dev/null' } });
		expect(r.out).toContain('Secure Renegotiation IS NOT supported');
	});

	describe.skipIf(!HAVE_PYTHON)('with Python, the client PyMongo runs on', () => {
		const connect = `import socket, ssl, sys
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5) as s:
        ctx.wrap_socket(s)
    print("CONNECTED")
except ssl.SSLError as e:
    print("SSLError", e.reason)
except OSError as e:
    print("OSError", e)
`;
		let app: string;
		beforeAll(() => {
			app = join(dir, 'app.py');
			writeFileSync(app, connect);
		});

		it('fails with UNSAFE_LEGACY_RENEGOTIATION_DISABLED without the file, as in seed 002', async () => {
			expect((await runAsync(PYTHON, [app, String(port)], { env: { OPENSSL_CONF: '/dev/null' } })).out).toContain(
				'SSLError UNSAFE_LEGACY_RENEGOTIATION_DISABLED'
			);
		});

		it('gets past it when started with the rendered bash command and file', async () => {
			const { commands, files } = stepsOf('openssl-conf-unsafe-legacy');
			expect(files).toHaveLength(1);
			expect(files[0].filename).toBe('openssl-legacy.cnf');
			const conf = join(dir, 'openssl-legacy.cnf');
			writeFileSync(conf, files[0].text);
			const start = commands.find((c) => c.includes('OPENSSL_CONF'))!;
			// The path may be bare or quoted: both are the same word to bash.
			expect(start).toMatch(/^OPENSSL_CONF=(["']?)\/path\/to\/openssl-legacy\.cnf\1 python3 app\.py$/);
			const r = await runAsync('bash', ['-c', start.replace('/path/to/openssl-legacy.cnf', conf).replace('app.py', `${app} ${port}`)]);
			expect(r.out).not.toContain('UNSAFE_LEGACY_RENEGOTIATION_DISABLED');
			// It now gets as far as the certificate exchange, which this stub never finishes.
			expect(r.out).toMatch(/SSLError|OSError|CONNECTED/);
		});

		it('sets OP_LEGACY_SERVER_CONNECT in every new context, which the rendered check reports', () => {
			const verify = stepsOf('openssl-conf-unsafe-legacy').verify;
			const check = /python3 -c "([^"]+)"/.exec(verify)![1];
			expect(check).toContain(`& ${OP_LEGACY_SERVER_CONNECT}`);
			expect(run(PYTHON, ['-c', check], { env: { OPENSSL_CONF: confs.good } }).out.trim()).toBe('True');
			expect(run(PYTHON, ['-c', check], { env: { OPENSSL_CONF: confs.misspelt } }).out.trim()).toBe('False');
			expect(run(PYTHON, ['-c', check], { env: { OPENSSL_CONF: '/dev/null' } }).out.trim()).toBe('False');
		});
	});
});

describe('combinedPem', () => {
	const key = fixtureText('pki/server.key');
	const cert = fixtureText('pki/server.crt');

	it('puts the key first, then the certificates, one block per line run, each ending in a newline', () => {
		const pem = combinedPem(key, [cert, fixtureText('pki/intermediate-ca.crt')]);
		const labels = [...pem.matchAll(/-----BEGIN ([A-Z ]+)-----/g)].map((m) => m[1]);
		expect(labels).toEqual(['PRIVATE KEY', 'CERTIFICATE', 'CERTIFICATE']);
		expect(pem.endsWith('-----\n')).toBe(true);
		expect(pem).not.toMatch(/----------/);
	});

	it('survives Windows line endings, missing final newlines and text around the blocks', () => {
		const messy = combinedPem(`Bag Attributes\r\n${key.trim().replace(/\n/g, '\r\n')}`, cert.trim());
		expect(messy).toBe(combinedPem(key, cert));
	});

	it('refuses input it cannot make a tlsCertificateKeyFile from', () => {
		expect(() => combinedPem(cert, cert)).toThrow(ArtefactError);
		expect(() => combinedPem(key + key, cert)).toThrow(/2 private keys/);
		expect(() => combinedPem(key, key)).toThrow(/No certificate/);
	});

	describe.skipIf(!HAVE_OPENSSL)('loads in openssl', () => {
		it('as a certificate and as the matching key', () => {
			const dir = tempDir();
			const path = join(dir, 'client.pem');
			writeFileSync(path, combinedPem(key, cert));
			expect(run('openssl', ['x509', '-in', path, '-noout', '-subject']).out).toContain('CN = db.example.com');
			const fromCert = run('openssl', ['x509', '-in', path, '-noout', '-pubkey']);
			const fromKey = run('openssl', ['pkey', '-in', path, '-pubout']);
			expect(fromKey.status).toBe(0);
			expect(fromKey.out).toBe(fromCert.out);
		});
	});

	describe.skipIf(!HAVE_PYTHON)('loads in Python', () => {
		const load = (path: string) =>
			run(PYTHON, ['-c', 'import ssl, sys; ssl.create_default_context().load_cert_chain(sys.argv[1]); print("ok")', path]);

		it('with ssl.SSLContext.load_cert_chain, as PyMongo does for tlsCertificateKeyFile', () => {
			const dir = tempDir();
			const path = join(dir, 'client.pem');
			writeFileSync(path, combinedPem(key, cert));
			expect(load(path).out.trim()).toBe('ok');
		});

		it('and Python refuses a key that belongs to another certificate (what the verify step catches)', () => {
			const dir = tempDir();
			const path = join(dir, 'client.pem');
			writeFileSync(path, combinedPem(fixtureText('pki/self-signed.key'), cert));
			expect(load(path).out).toMatch(/KEY_VALUES_MISMATCH|key values mismatch/i);
		});

		it('as does the file made by the rendered cat command, checked by the rendered verify command', () => {
			const dir = tempDir();
			copyFileSync(join(FIXTURES, 'pki/server.key'), join(dir, 'client.key'));
			copyFileSync(join(FIXTURES, 'pki/server.crt'), join(dir, 'client.crt'));
			const { commands, verify } = stepsOf('combine-key-and-cert');
			expect(commands[0]).toBe('cat client.key client.crt > client.pem');
			for (const c of commands) expect(run('bash', ['-c', c], { cwd: dir }).status).toBe(0);
			const check = /(python3 -c ".+?")(?= prints)/.exec(verify)![1];
			expect(run('bash', ['-c', check], { cwd: dir }).out.trim()).toBe('ok');
			expect(readFileSync(join(dir, 'client.pem'), 'utf8')).toBe(combinedPem(key, cert));
		});
	});
});

describe('derToPem', () => {
	it('refuses bytes that are not DER', () => {
		expect(() => derToPem(new TextEncoder().encode('-----BEGIN CERTIFICATE-----'))).toThrow(ArtefactError);
	});

	it.skipIf(!HAVE_OPENSSL)('writes exactly what openssl x509 -inform DER writes, like the rendered command', () => {
		const dir = tempDir();
		copyFileSync(join(FIXTURES, 'pki/server.der'), join(dir, 'ca.der'));
		const command = stepsOf('convert-der-to-pem').commands[0];
		expect(command).toBe('openssl x509 -inform DER -in /path/to/ca.der -out /path/to/ca.pem');
		expect(run('bash', ['-c', command.replaceAll('/path/to/', `${dir}/`)]).status).toBe(0);
		expect(derToPem(fixtureBytes('pki/server.der'))).toBe(readFileSync(join(dir, 'ca.pem'), 'utf8'));
	});
});

describe.skipIf(!HAVE_OPENSSL)('certificate commands, run as rendered', () => {
	function runAll(commands: string[], cwd: string) {
		for (const c of commands) {
			const r = run('bash', ['-c', c], { cwd });
			expect(r.status, `${c}\n${r.out}`).toBe(0);
		}
	}

	it('issue a CA and a server certificate that lists the names the person connects with', () => {
		const dir = tempDir();
		const facts = { host: 'db.internal', certificateNames: ['db1.example.com', '10.0.0.5'] };
		const ca = stepsOf('issue-from-ca', BASH, facts);
		writeFileSync(join(dir, ca.files[0].filename!), ca.files[0].text);
		runAll(ca.commands, dir);
		const san = stepsOf('reissue-with-san', BASH, facts);
		writeFileSync(join(dir, san.files[0].filename!), san.files[0].text);
		runAll(san.commands, dir);
		const ext = run('openssl', ['x509', '-in', 'mongodb-server.crt', '-noout', '-ext', 'subjectAltName,extendedKeyUsage'], {
			cwd: dir
		}).out;
		expect(ext).toContain('DNS:db.internal, DNS:db1.example.com, IP Address:10.0.0.5');
		expect(ext).toContain('TLS Web Server Authentication');
		expect(run('openssl', ['verify', '-CAfile', 'ca.pem', 'mongodb-server.crt'], { cwd: dir }).out).toContain('mongodb-server.crt: OK');
		// The combined file the last command wrote is what mongod's certificateKeyFile expects.
		const pem = readFileSync(join(dir, 'mongodb-server.pem'), 'utf8');
		expect([...pem.matchAll(/-----BEGIN ([A-Z ]+)-----/g)].map((m) => m[1])).toEqual(['PRIVATE KEY', 'CERTIFICATE']);

		// And a client certificate from the same CA, with clientAuth, as seed 004 describes.
		const client = stepsOf('issue-client-cert-from-server-ca');
		writeFileSync(join(dir, client.files[0].filename!), client.files[0].text);
		runAll(client.commands, dir);
		expect(run('openssl', ['x509', '-in', 'mongodb-client.crt', '-noout', '-ext', 'extendedKeyUsage'], { cwd: dir }).out).toContain(
			'TLS Web Client Authentication'
		);
		expect(run('openssl', ['verify', '-CAfile', 'ca.pem', 'mongodb-client.crt'], { cwd: dir }).out).toContain('OK');
		// Three 4096-bit RSA keys, as the seed's commands make them: slow on two shared cores.
	}, 180_000);

	it('never let a name with a line break add a section, or CA:TRUE, to the reissued certificate', () => {
		const dir = tempDir();
		// What a host field, a SAN or a link could hold: a new section that makes the certificate a CA.
		const hostile =
			'db.example.com\n[ v3_req ]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = keyCertSign\nsubjectAltName = DNS:evil.example';
		const facts = { host: hostile, certificateNames: [hostile, 'db1.example.com', 'a b.example.com', '-x.example.com'] };
		const ca = stepsOf('issue-from-ca', BASH, facts);
		writeFileSync(join(dir, ca.files[0].filename!), ca.files[0].text);
		runAll(ca.commands, dir);
		const san = stepsOf('reissue-with-san', BASH, facts);
		expect(san.files[0].text).not.toMatch(/CA:TRUE|keyCertSign|evil/);
		writeFileSync(join(dir, san.files[0].filename!), san.files[0].text);
		runAll(san.commands, dir);
		const ext = run('openssl', ['x509', '-in', 'mongodb-server.crt', '-noout', '-ext', 'basicConstraints,keyUsage,subjectAltName'], {
			cwd: dir
		}).out;
		expect(ext).not.toContain('CA:TRUE');
		expect(ext).not.toContain('Certificate Sign');
		expect(ext).toContain('DNS:db1.example.com');
		expect(ext).not.toContain('evil');
		// And the steps say which values were left out, and why.
		const said = renderRemedy('reissue-with-san', BASH, facts)!
			.steps.filter((st) => st.role === 'caution')
			.map((st) => st.text);
		expect(said.join(' ')).toMatch(/line breaks|spaces/);
	}, 180_000);

	it('convert a PKCS#12 file to the PEM tlsCertificateKeyFile wants', () => {
		const dir = tempDir();
		run('openssl', [
			'pkcs12',
			'-export',
			'-in',
			join(FIXTURES, 'pki/server.crt'),
			'-inkey',
			join(FIXTURES, 'pki/server.key'),
			'-out',
			join(dir, 'client.p12'),
			'-passout',
			'pass:test'
		]);
		const command = stepsOf('pkcs12-to-pem').commands[0];
		runAll([`${command.replaceAll('/path/to/', `${dir}/`)} -passin pass:test`], dir);
		const pem = readFileSync(join(dir, 'client.pem'), 'utf8');
		expect(run('openssl', ['pkey', '-in', join(dir, 'client.pem'), '-noout']).status).toBe(0);
		expect(pem).toContain('-----BEGIN CERTIFICATE-----');
	});

	it('compare a key and a certificate by their public key', () => {
		const dir = tempDir();
		copyFileSync(join(FIXTURES, 'pki/server.key'), join(dir, 'client.key'));
		copyFileSync(join(FIXTURES, 'pki/server.crt'), join(dir, 'client.crt'));
		const [both] = stepsOf('pair-key-with-cert').commands;
		const hashes = both.split('\n').map((c) => run('bash', ['-c', c], { cwd: dir }).out.trim());
		expect(hashes[0]).toMatch(/[0-9a-f]{64}/);
		expect(hashes[1]).toBe(hashes[0]);
		copyFileSync(join(FIXTURES, 'pki/self-signed.key'), join(dir, 'client.key'));
		expect(run('bash', ['-c', both.split('\n')[1]], { cwd: dir }).out.trim()).not.toBe(hashes[0]);
	});
});
