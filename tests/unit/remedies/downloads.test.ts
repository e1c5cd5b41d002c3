/**
 * The downloads the page builds, checked with the real tools: the PEMs load in openssl and in
 * Python's ssl.SSLContext.load_cert_chain (what PyMongo does with tlsCertificateKeyFile), the
 * PKCS#12 conversion matches what `openssl pkcs12 -nodes` extracts, the OPENSSL_CONF file loads in
 * openssl, and the reissue config makes a certificate with exactly the names asked for.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtefactError, opensslLegacyConf } from '../../../src/lib/core/remedies/artefacts';
import {
	combinedPemFile,
	derToPemFile,
	opensslLegacyConfFile,
	pkcs12ToPemFile,
	reissueConfigFile
} from '../../../src/lib/core/remedies/downloads';
import { FIXTURES, fixtureBytes, fixtureText } from '../../helpers/fixtures';
import { HAVE_OPENSSL, HAVE_PYTHON, PYTHON } from './tools';

const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
let n = 0;
function save(text: string, name = `file-${n++}.pem`): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}
function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
	const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, cwd: opts.cwd, env: { ...process.env, ...opts.env } });
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const labels = (pem: string) => [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
const blocksOf = (pem: string) => [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)].map((m) => m[0]);
/** load_cert_chain as PyMongo calls it for tlsCertificateKeyFile (with the key's password, if any). */
const loadCertChain = (path: string, password = '') =>
	run(PYTHON, [
		'-c',
		'import ssl, sys; ssl.create_default_context().load_cert_chain(sys.argv[1], password=sys.argv[2] or None); print("ok")',
		path,
		password
	]);

describe('combinedPemFile', () => {
	it('is marked secret and says which command makes the same file in each shell', () => {
		const f = combinedPemFile(fixtureText('pki/server.key'), fixtureText('pki/server.crt'));
		expect(f).toMatchObject({ filename: 'client.pem', secret: true, command: 'cat client.key client.crt > client.pem' });
		expect(combinedPemFile(fixtureText('pki/server.key'), fixtureText('pki/server.crt'), 'powershell').command).toBe(
			'Get-Content client.key, client.crt | Set-Content client.pem'
		);
		expect(() => combinedPemFile('', fixtureText('pki/server.crt'))).toThrow(ArtefactError);
	});

	it.skipIf(!HAVE_PYTHON)('loads with load_cert_chain, and with openssl, with an encrypted key too', () => {
		const plain = save(
			combinedPemFile(fixtureText('pki/server.key'), [fixtureText('pki/server.crt'), fixtureText('pki/intermediate-ca.crt')]).text
		);
		expect(loadCertChain(plain).out.trim()).toBe('ok');
		expect(run('openssl', ['pkey', '-in', plain, '-noout']).status).toBe(0);
		const encrypted = save(combinedPemFile(fixtureText('ingest/rsa-encrypted-pkcs8.key'), fixtureText('ingest/server.crt')).text);
		expect(loadCertChain(encrypted, 'secret').out.trim()).toBe('ok');
		expect(run('openssl', ['pkey', '-in', encrypted, '-passin', 'pass:secret', '-noout']).status).toBe(0);
	});
});

describe.skipIf(!HAVE_OPENSSL)('derToPemFile', () => {
	it('writes what openssl x509 -inform DER writes', () => {
		const f = derToPemFile(fixtureBytes('pki/server.der'));
		expect(f).toMatchObject({ filename: 'ca.pem', secret: false, command: 'openssl x509 -inform DER -in ca.der -out ca.pem' });
		const out = join(dir, 'from-openssl.pem');
		run('openssl', ['x509', '-inform', 'DER', '-in', join(FIXTURES, 'pki/server.der'), '-out', out]);
		expect(f.text).toBe(readFileSync(out, 'utf8'));
	});

	it('and a DER CRL as openssl crl writes it', () => {
		const f = derToPemFile(fixtureBytes('ingest/crl.der'), 'X509 CRL');
		expect(f.command).toBe('openssl crl -inform DER -in crl.der -out crl.pem');
		expect(run('openssl', ['crl', '-in', save(f.text), '-noout']).status).toBe(0);
		expect(f.text).toBe(fixtureText('ingest/crl.pem'));
	});
});

describe.skipIf(!HAVE_OPENSSL || !HAVE_PYTHON)('pkcs12ToPemFile', () => {
	it('opens a password-protected .p12 into key, certificate, CA — what openssl pkcs12 -nodes extracts, leaf first', async () => {
		const f = await pkcs12ToPemFile(fixtureBytes('ingest/server-secret.p12'), 'secret');
		expect(f).toMatchObject({ filename: 'client.pem', secret: true, command: 'openssl pkcs12 -in client.p12 -out client.pem -nodes' });
		expect(labels(f.text)).toEqual(['PRIVATE KEY', 'CERTIFICATE', 'CERTIFICATE']);
		const path = save(f.text);
		expect(loadCertChain(path).out.trim()).toBe('ok');
		// The same key and certificates as openssl's own extraction (whose order and bag attributes differ).
		const fromOpenssl = run('openssl', [
			'pkcs12',
			'-in',
			join(FIXTURES, 'ingest/server-secret.p12'),
			'-nodes',
			'-passin',
			'pass:secret'
		]).out;
		expect(new Set(blocksOf(f.text))).toEqual(new Set(blocksOf(fromOpenssl)));
		expect(run('openssl', ['x509', '-in', path, '-noout', '-subject']).out).toBe(
			run('openssl', ['x509', '-in', join(FIXTURES, 'ingest/server.crt'), '-noout', '-subject']).out
		);
	});

	it('opens one with an empty password', async () => {
		const f = await pkcs12ToPemFile(fixtureBytes('ingest/server-empty-password.p12'));
		expect(loadCertChain(save(f.text)).out.trim()).toBe('ok');
	});

	it('refuses a wrong or missing password in words', async () => {
		await expect(pkcs12ToPemFile(fixtureBytes('ingest/server-secret.p12'), 'nope')).rejects.toThrow(
			'The password does not open this PKCS#12 file.'
		);
		await expect(pkcs12ToPemFile(fixtureBytes('ingest/server-secret.p12'))).rejects.toThrow(ArtefactError);
	});

	it('says how to convert a legacy (RC2/3DES) file it cannot decrypt in the page', async () => {
		await expect(pkcs12ToPemFile(fixtureBytes('ingest/client-legacy.p12'), 'secret')).rejects.toThrow(
			/openssl pkcs12 -legacy -in client\.p12 -out client\.pem -nodes/
		);
	});
});

describe.skipIf(!HAVE_PYTHON)('opensslLegacyConfFile', () => {
	it('is the file artefacts.test.ts proves against openssl s_client, and Python’s OpenSSL applies it', () => {
		const f = opensslLegacyConfFile();
		expect(f.text).toBe(opensslLegacyConf());
		const path = save(f.text, 'openssl-legacy.cnf');
		// SSL_OP_LEGACY_SERVER_CONNECT (4) in every new context once OPENSSL_CONF names the file.
		const check = ['-c', 'import ssl; print(bool(ssl.create_default_context().options & 4))'];
		expect(run(PYTHON, check, { env: { OPENSSL_CONF: path } }).out.trim()).toBe('True');
		expect(run(PYTHON, check, { env: { OPENSSL_CONF: '/dev/null' } }).out.trim()).toBe('False');
		// Paths may be bare or quoted, in either quote the shell reads literally here: all are the same value.
		expect(f.command).toMatch(/^OPENSSL_CONF=(["']?)\/path\/to\/openssl-legacy\.cnf\1 python3 app\.py$/);
		expect(opensslLegacyConfFile('powershell').command).toMatch(
			/^\$env:OPENSSL_CONF = (["'])C:\\path\\to\\openssl-legacy\.cnf\1\npython3 app\.py\nRemove-Item Env:OPENSSL_CONF$/
		);
		expect(opensslLegacyConfFile('fish').command).toMatch(/^env OPENSSL_CONF=(["']?)\/path\/to\/openssl-legacy\.cnf\1 python3 app\.py$/);
	});
});

describe.skipIf(!HAVE_OPENSSL)('reissueConfigFile', () => {
	it('makes, with its own commands, a certificate that lists exactly the names given', () => {
		const work = mkdtempSync(join(tmpdir(), 'reissue-'));
		run(
			'openssl',
			['req', '-newkey', 'rsa:2048', '-nodes', '-x509', '-days', '30', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Test CA'],
			{ cwd: work }
		);
		const f = reissueConfigFile(['db1.example.com', 'db2.example.com', '10.0.0.5', '::1']);
		expect(f.text).toMatch(/DNS\.1 = db1\.example\.com\nDNS\.2 = db2\.example\.com\nIP\.1 = 10\.0\.0\.5\nIP\.2 = ::1/);
		writeFileSync(join(work, f.filename), f.text);
		for (const c of f.command.split('\n')) {
			const r = run('bash', ['-c', c.replace('rsa:4096', 'rsa:2048')], { cwd: work });
			expect(r.status, `${c}\n${r.out}`).toBe(0);
		}
		const ext = run('openssl', ['x509', '-in', 'mongodb-server.crt', '-noout', '-ext', 'subjectAltName,extendedKeyUsage'], {
			cwd: work
		}).out;
		expect(ext).toContain('DNS:db1.example.com, DNS:db2.example.com, IP Address:10.0.0.5, IP Address:0:0:0:0:0:0:0:1');
		expect(ext).toContain('TLS Web Server Authentication');
	}, 120_000);
});
