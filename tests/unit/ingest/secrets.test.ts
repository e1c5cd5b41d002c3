/**
 * Secrets found by span, in every form the issue lists, with real key material made by openssl
 * (the fixtures in tests/fixtures/ingest and openssl's own -text dumps): what is secret is gone,
 * what is around it stays, and what only names where a secret lives is left alone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSecretSpans, redactText } from '../../../src/lib/core/ingest/secrets';
import { HAVE_OPENSSL } from '../remedies/tools';

const fixture = (name: string) => readFileSync(`tests/fixtures/ingest/${name}`);
const PEM_KEY = fixture('rsa-pkcs8.key').toString();
const B64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

/** Secret removed, context kept. */
function expectRedacted(text: string, secret: string, kept: string[], kind?: string) {
	const r = redactText(text);
	expect(r.text, text).not.toContain(secret);
	for (const k of kept) expect(r.text, text).toContain(k);
	if (kind) expect(r.spans.map((s) => s.kind)).toContain(kind);
	return r;
}

describe('private key material', () => {
	it('PEM blocks of every private-key label, cut off ones too', () => {
		const body = PEM_KEY.split('\n')[1];
		expectRedacted(`before\n${PEM_KEY}after`, body, ['before', 'after', '[private key removed]'], 'private-key');
		const ec = fixture('ec-sec1.key').toString();
		expectRedacted(ec, ec.split('\n')[1], [], 'private-key');
		const cut = PEM_KEY.split('\n').slice(0, 6).join('\n');
		expectRedacted(`${cut}\n`, PEM_KEY.split('\n')[3], [], 'private-key');
		const openssh =
			'-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
		expectRedacted(openssh, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU', []);
	});

	it('a Kubernetes Secret holding the key as base64 of its PEM (tls.key)', () => {
		const secret = `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${B64(fixture('client.crt'))}\n  tls.key: ${B64(PEM_KEY)}\n`;
		const r = expectRedacted(
			secret,
			B64(PEM_KEY).slice(0, 60),
			['tls.crt:', 'tls.key:', B64(fixture('client.crt')).slice(0, 60)],
			'private-key'
		);
		expect(r.removed).toEqual(['1 private key']);
	});

	it('a bare base64 PKCS#8 blob', () => {
		const der = fixture('rsa-pkcs8.der');
		expectRedacted(`key=${B64(der)} end`, B64(der).slice(10, 80), ['key=', ' end'], 'private-key');
	});

	it.skipIf(!HAVE_OPENSSL)('the private numbers of openssl rsa -text and openssl pkey -text', () => {
		for (const [cmd, file, secretLabel] of [
			['rsa', 'rsa-pkcs8.key', 'prime1:'],
			['pkey', 'ec-sec1.key', 'priv:'],
			['pkey', 'ed25519.key', 'priv:']
		] as const) {
			const dump = execFileSync('openssl', [cmd, '-in', `tests/fixtures/ingest/${file}`, '-noout', '-text'], { encoding: 'utf8' });
			const lines = dump.split('\n');
			const privateHex = lines[lines.findIndex((l) => l.trim() === secretLabel) + 1].trim();
			const r = expectRedacted(dump, privateHex, [], 'private-key-numbers');
			if (cmd === 'rsa') expect(r.text).toContain('modulus:');
			if (cmd === 'rsa') expect(r.text).not.toMatch(/privateExponent|prime2|coefficient/);
		}
	});
});

describe('passwords', () => {
	it('on mongosh, legacy mongo and database-tool command lines', () => {
		expectRedacted('mongosh "mongodb://db/" --username app --password S3cr3t-pw --tls', 'S3cr3t-pw', ['--password ****', '--tls']);
		expectRedacted('mongosh --tlsCertificateKeyFilePassword "k3y pass" --tls', 'k3y pass', ['--tlsCertificateKeyFilePassword "****"']);
		expectRedacted('mongo --ssl --sslPEMKeyPassword=legacyPW1 --host db', 'legacyPW1', ['--sslPEMKeyPassword=****']);
		expectRedacted('mongodump -u admin -p dumpPass99 --ssl', 'dumpPass99', ['-p ****']);
		expect(redactText('mongosh -p --tls').text).toBe('mongosh -p --tls');
		expect(redactText('docker run -p 27017:27017 mongo:7').text).toBe('docker run -p 27017:27017 mongo:7');
	});

	it('in environment variables, in every shell and in compose files', () => {
		expectRedacted('export MONGODB_PASSWORD=envPass1\nnode app.js', 'envPass1', ['export MONGODB_PASSWORD=****']);
		expectRedacted('$env:MONGODB_PASSWORD = "psPass2"', 'psPass2', ['$env:MONGODB_PASSWORD = "****"']);
		expectRedacted('set "MONGO_INITDB_ROOT_PASSWORD=cmdPass3"', 'cmdPass3', ['MONGO_INITDB_ROOT_PASSWORD=']);
		expectRedacted('    environment:\n      - MONGO_INITDB_ROOT_PASSWORD=composePass4\n', 'composePass4', [
			'MONGO_INITDB_ROOT_PASSWORD=****'
		]);
		expectRedacted('    environment:\n      MONGO_INITDB_ROOT_PASSWORD: compose pass 5\n', 'compose pass 5', [
			'MONGO_INITDB_ROOT_PASSWORD: ****'
		]);
		expectRedacted('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG', 'wJalrXUtnFEMI', ['AWS_SECRET_ACCESS_KEY=']);
		expect(redactText('PWD=/home/app OLDPWD=/').text).toBe('PWD=/home/app OLDPWD=/');
		expect(redactText('MONGODB_PASSWORD=${MONGODB_PASSWORD}').text).toBe('MONGODB_PASSWORD=${MONGODB_PASSWORD}');
	});

	it('in Node, Python and JSON code', () => {
		expectRedacted("const client = new MongoClient(uri, { auth: { username: 'app', password: 'nodePass6' } });", 'nodePass6', [
			"password: '****'"
		]);
		expectRedacted('MongoClient(host, username="app", password="pyPass7")', 'pyPass7', ['password="****"']);
		expectRedacted('{"user": "app", "password": "jsonPass8"}', 'jsonPass8', ['"password": "****"']);
		expect(redactText('password: process.env.MONGODB_PASSWORD,').text).toBe('password: process.env.MONGODB_PASSWORD,');
		expect(redactText('password=os.environ["MONGODB_PASSWORD"]').text).toBe('password=os.environ["MONGODB_PASSWORD"]');
	});

	it('in Java system properties and keytool', () => {
		expectRedacted('java -Djavax.net.ssl.keyStorePassword=ksPass9 -Djavax.net.ssl.trustStorePassword=tsPass10 -jar app.jar', 'ksPass9', [
			'-Djavax.net.ssl.keyStorePassword=****',
			'-jar app.jar'
		]);
		expect(redactText('java -Djavax.net.ssl.trustStorePassword=tsPass10 -jar x').text).not.toContain('tsPass10');
		expectRedacted('keytool -importcert -file ca.pem -keystore t.p12 -storepass storePass11', 'storePass11', ['-storepass ****']);
	});

	it('in openssl pass: arguments, and not in env: or file: ones', () => {
		expectRedacted('openssl pkcs12 -export -in c.pem -passout pass:outPass12', 'outPass12', ['-passout pass:****']);
		expectRedacted('openssl rsa -in k.pem -passin pass:inPass13', 'inPass13', ['-passin pass:****']);
		expect(redactText('openssl rsa -in k.pem -passin env:KEYPASS').text).toBe('openssl rsa -in k.pem -passin env:KEYPASS');
		expect(redactText('openssl rsa -in k.pem -passin file:pass.txt').text).toBe('openssl rsa -in k.pem -passin file:pass.txt');
	});

	it('in mongod.conf', () => {
		const conf =
			'net:\n  tls:\n    mode: requireTLS\n    certificateKeyFile: /etc/ssl/mongodb.pem\n    certificateKeyFilePassword: confPass14\n';
		expectRedacted(conf, 'confPass14', ['certificateKeyFile: /etc/ssl/mongodb.pem', 'certificateKeyFilePassword: ****']);
	});

	it('in connection strings, whole even with a raw @, / or : in them', () => {
		for (const pw of ['plainPW15', 'p@ss/w0rd16', 'a:b@c:d17', 'x/y?z18', 'p%40ss19']) {
			expectRedacted(`pymongo.errors.ConfigurationError: mongodb://app:${pw}@db.example.com:27017/?tls=true`, pw, [
				'mongodb://app:****@db.example.com:27017/?tls=true'
			]);
		}
		expectRedacted('mongodb://db/?tls=true&tlsCertificateKeyFilePassword=qPass20&appName=x', 'qPass20', ['&appName=x']);
		expectRedacted('mongodb://db/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tokTOK21', 'tokTOK21', [
			'AWS_SESSION_TOKEN:****'
		]);
		expect(redactText('mongodb+srv://app:<db_password>@cluster0.abcde.mongodb.net/').text).toContain('<db_password>');
		expect(redactText('mongodb://db.example.com/?appName=a@b').text).toBe('mongodb://db.example.com/?appName=a@b');
	});

	it('says what was taken out, kind by kind', () => {
		const r = redactText(`mongodb://a:pw1xyz@h/ and mongodb://b:pw2xyz@h/\n${PEM_KEY}`);
		expect(r.removed).toEqual(['1 private key', '2 connection-string passwords']);
	});
});

describe('spans', () => {
	it('merge, never overlap, and stay inside the text', () => {
		const text = `MONGODB_PASSWORD=mongodb://a:b@c/ --password x ${PEM_KEY}`;
		const spans = findSecretSpans(text);
		for (let i = 0; i < spans.length; i++) {
			expect(spans[i].start).toBeGreaterThanOrEqual(0);
			expect(spans[i].end).toBeLessThanOrEqual(text.length);
			if (i) expect(spans[i].start).toBeGreaterThan(spans[i - 1].end);
		}
	});
});
