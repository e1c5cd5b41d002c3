// The real MongoDB clients the corpus runs, and how each one is told to connect. Every client gets
// the same neutral scenario (host, CA file, client certificate, CRL, extra URI parameters) and turns
// it into its own connection string or flags; a client that cannot express a scenario says null.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');
const TIMEOUTS = 'serverSelectionTimeoutMS=1500&connectTimeoutMS=1500';

function run(cmd, args) {
	try {
		return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
	} catch (e) {
		return `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
	}
}

function dpkgVersion(pkg) {
	return run('dpkg-query', ['-W', '-f=${Version}', pkg]);
}

const have = (cmd) => run('sh', ['-c', `command -v ${cmd} || true`]) !== '';

/** mongodb://host:port/?tls=true&tlsCAFile=... for the clients that take every option in the URI. */
export function uriFor(connect, ctx, { extra = '', plainTlsParam = 'tls=true' } = {}) {
	const fill = (s) => s.replaceAll('{port}', ctx.port).replaceAll('{closedPort}', ctx.closedPort).replaceAll('{pki}', ctx.pki);
	if (connect.uri) {
		const uri = fill(connect.uri);
		return extra ? `${uri}${uri.includes('?') ? '&' : '/?'}${extra}` : uri;
	}
	const hosts = connect.hosts ? connect.hosts.map(fill).join(',') : `${connect.host}:${ctx.port}`;
	const params = [];
	if (!connect.plain) params.push(plainTlsParam);
	if (connect.caFile) params.push(`tlsCAFile=${ctx.pki}/${connect.caFile}`);
	if (connect.certKeyFile) params.push(`tlsCertificateKeyFile=${ctx.pki}/${connect.certKeyFile}`);
	if (connect.password) params.push(`tlsCertificateKeyFilePassword=${connect.password}`);
	if (connect.crlFile) params.push(`tlsCRLFile=${ctx.pki}/${connect.crlFile}`);
	if (connect.params) params.push(connect.params);
	if (extra) params.push(extra);
	return `mongodb://${hosts}/${params.length ? '?' + params.join('&') : ''}`;
}

function pymongo(mode) {
	return {
		name: mode === 'pyopenssl' ? 'pymongo-pyopenssl' : 'pymongo',
		available: () => run('/usr/bin/python3', ['-c', 'import pymongo']) === '',
		version: () => {
			const v = run('/usr/bin/python3', [
				'-c',
				'import pymongo, ssl, sys; print(pymongo.version, sys.version.split()[0], ssl.OPENSSL_VERSION.split()[1])'
			]).split(' ');
			const extra =
				mode === 'pyopenssl' ? `, PyOpenSSL ${run('/usr/bin/python3', ['-c', 'import OpenSSL; print(OpenSSL.__version__)'])}` : '';
			return `PyMongo ${v[0]} (Debian python3-pymongo ${dpkgVersion('python3-pymongo')}), Python ${v[1]}, OpenSSL ${v[2]}${extra}`;
		},
		command: (connect, ctx) => ({
			cmd: '/usr/bin/python3',
			args: [join(HERE, 'clients', 'pymongo_client.py'), uriFor(connect, ctx)],
			env: { CORPUS_PYMONGO_SSL: mode }
		})
	};
}

const node = {
	name: 'node',
	available: () => existsSync(join(ROOT, 'node_modules', 'mongodb', 'package.json')),
	version: () => {
		const driver = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'mongodb', 'package.json'), 'utf8')).version;
		return `mongodb (Node.js driver) ${driver}, Node ${process.version}, OpenSSL ${process.versions.openssl}`;
	},
	command: (connect, ctx) => ({
		cmd: process.execPath,
		args: [...(connect.nodeFlags ?? []), join(HERE, 'clients', 'node_client.mjs'), uriFor(connect, ctx)]
	})
};

const MONGOSH = process.env.CORPUS_MONGOSH ?? '/tmp/corpus-clients/mongosh/node_modules/.bin/mongosh';
const mongosh = {
	name: 'mongosh',
	// Without a terminal mongosh prints the error and exits 0.
	failed: (text) => /\b\w*Error\b/.test(text),
	available: () => existsSync(MONGOSH),
	version: () => {
		const dir = join(MONGOSH, '..', '..');
		const driver = JSON.parse(readFileSync(join(dir, 'mongodb', 'package.json'), 'utf8')).version;
		return `mongosh ${run(MONGOSH, ['--version'])} (npm), mongodb driver ${driver}, Node ${process.version}`;
	},
	command: (connect, ctx) =>
		connect.nodeFlags
			? null
			: {
					cmd: MONGOSH,
					// Interactive start-up (no --eval) prints the "Connecting to:" line people paste along.
					args: [uriFor(connect, ctx, { extra: 'serverSelectionTimeoutMS=2000' })],
					env: { HOME: ctx.home }
				}
};

const JAVA_JAR = '/usr/share/java/mongo-java-driver.jar';
const java = {
	name: 'java',
	available: () => existsSync(JAVA_JAR) && have('java'),
	version: () =>
		`mongo-java-driver ${dpkgVersion('libmongodb-java')} (Debian libmongodb-java), ${run('java', ['-version']).split('\n')[1]}`,
	command: (connect, ctx) => {
		if (connect.crlFile || connect.params || connect.uri || connect.nodeFlags) return null;
		const props = [];
		if (connect.caFile) props.push(...trustStore(ctx, connect.caFile));
		if (connect.certKeyFile) props.push(...keyStore(ctx, connect.certKeyFile));
		// The 3.6 driver takes trust and key material from JSSE system properties, not the URI.
		const uri = uriFor({ ...connect, caFile: undefined, certKeyFile: undefined }, ctx, { extra: TIMEOUTS, plainTlsParam: 'ssl=true' });
		return { cmd: 'java', args: [...props, '-cp', JAVA_JAR, join(HERE, 'clients', 'JavaClient.java'), uri] };
	}
};

function trustStore(ctx, pem) {
	const store = join(ctx.work, `${pem}.truststore.p12`);
	if (!existsSync(store)) {
		run('keytool', [
			'-importcert',
			'-noprompt',
			'-alias',
			'ca',
			'-file',
			join(ctx.pki, pem),
			'-keystore',
			store,
			'-storetype',
			'PKCS12',
			'-storepass',
			'changeit'
		]);
	}
	return [`-Djavax.net.ssl.trustStore=${store}`, '-Djavax.net.ssl.trustStoreType=PKCS12', '-Djavax.net.ssl.trustStorePassword=changeit'];
}

function keyStore(ctx, pem) {
	const store = join(ctx.work, `${pem}.keystore.p12`);
	if (!existsSync(store)) run('openssl', ['pkcs12', '-export', '-in', join(ctx.pki, pem), '-out', store, '-passout', 'pass:changeit']);
	return [`-Djavax.net.ssl.keyStore=${store}`, '-Djavax.net.ssl.keyStoreType=PKCS12', '-Djavax.net.ssl.keyStorePassword=changeit'];
}

/** Builds a client binary once per capture run. */
function built(ctx, name, build) {
	const out = join(ctx.work, 'bin', name);
	if (!existsSync(out)) {
		mkdirSync(join(ctx.work, 'bin'), { recursive: true });
		build(out);
	}
	return out;
}

const go = {
	name: 'go',
	available: () => have('go') && existsSync('/usr/share/gocode/src/go.mongodb.org/mongo-driver'),
	version: () =>
		`mongo-go-driver ${dpkgVersion('golang-mongodb-mongo-driver-dev')} (Debian), ${run('go', ['version']).replace('go version ', '')}`,
	command: (connect, ctx) => {
		if (connect.crlFile || connect.nodeFlags) return null;
		const bin = built(ctx, 'go_client', (out) => {
			const src = join(ctx.work, 'gosrc');
			mkdirSync(src, { recursive: true });
			execFileSync('cp', [join(HERE, 'clients', 'go_client.go'), join(src, 'main.go')]);
			execFileSync('go', ['build', '-o', out, 'main.go'], {
				cwd: src,
				env: { ...process.env, GOPATH: '/usr/share/gocode', GO111MODULE: 'off', GOFLAGS: '', GOCACHE: join(ctx.work, 'gocache') }
			});
		});
		return { cmd: bin, args: [uriFor(connect, ctx)] };
	}
};

const c = {
	name: 'c',
	available: () => have('gcc') && run('pkg-config', ['--exists', 'libmongoc-1.0', '--print-errors']) === '',
	version: () => `libmongoc ${dpkgVersion('libmongoc-dev')} (Debian), OpenSSL ${run('openssl', ['version']).split(' ')[1]}`,
	command: (connect, ctx) => {
		if (connect.crlFile || connect.nodeFlags) return null;
		const bin = built(ctx, 'c_client', (out) => {
			const flags = run('pkg-config', ['--cflags', '--libs', 'libmongoc-1.0']).split(/\s+/);
			execFileSync('gcc', ['-o', out, join(HERE, 'clients', 'c_client.c'), ...flags]);
		});
		return { cmd: bin, args: [uriFor(connect, ctx, { extra: TIMEOUTS })] };
	}
};

const sClient = {
	name: 's_client',
	// s_client reports a failed verification and carries on (exit 0); its text still tells.
	failed: (text) => !/Verify return code: 0 \(ok\)/.test(text) || /:error:/.test(text),
	available: () => have('openssl'),
	version: () => run('openssl', ['version']),
	command: (connect, ctx) => {
		if (connect.uri || connect.hosts || connect.plain || connect.params) return null;
		const args = ['s_client', '-connect', `${connect.host}:${ctx.port}`, '-servername', connect.host];
		if (connect.caFile) args.push('-CAfile', join(ctx.pki, connect.caFile));
		if (connect.crlFile) args.push('-CRL', join(ctx.pki, connect.crlFile), '-crl_check');
		args.push(...(connect.sClientArgs ?? []));
		if (/^[a-z]/i.test(connect.host)) args.push('-verify_hostname', connect.host);
		else args.push('-verify_ip', connect.host);
		return { cmd: 'openssl', args };
	}
};

export const CLIENTS = [pymongo('stdlib'), pymongo('pyopenssl'), node, mongosh, java, go, c, sClient];
