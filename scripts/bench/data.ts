/**
 * The benchmark inputs, made once into .bench/ with openssl and reused: a 100,000-entry CRL from
 * `openssl ca -gencrl` over a generated index.txt (with the revoked serials of a real chain among
 * them), the system's Mozilla CA bundle, and a 3-certificate chain for a host.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { join } from 'node:path';

export const DIR = '.bench';
export const HOST = 'db.bench.example';
const ENTRIES = 100_000;

export interface BenchData {
	crlDer: string;
	/** The chain whose serials are looked up in the CRL: leaf, intermediate (the CRL's issuer), root. */
	chainPem: string;
	leafSerials: string[];
	bundlePem: string;
	bundleCount: number;
	/** One file per bundle certificate, for `openssl verify`. */
	bundleSplitDir: string;
}

function openssl(args: string[], cwd: string) {
	execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Deterministic 20-byte serials (xorshift), upper-case hex, first bit clear so they stay positive. */
function serials(n: number): string[] {
	let x = 0x2545f491;
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		let hex = '';
		for (let k = 0; k < 5; k++) {
			x ^= x << 13;
			x ^= x >>> 17;
			x ^= x << 5;
			hex += (x >>> 0).toString(16).padStart(8, '0');
		}
		out.push(((parseInt(hex[0], 16) & 7).toString(16) + hex.slice(1)).toUpperCase());
	}
	return out;
}

function makeChain(dir: string) {
	const ext = (name: string, body: string) => writeFileSync(join(dir, name), body);
	ext(
		'ca.ext',
		'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n'
	);
	ext(
		'leaf.ext',
		`basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${HOST}\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n`
	);
	openssl(
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-keyout',
			'root.key',
			'-out',
			'root.crt',
			'-subj',
			'/O=Bench/CN=Bench Root',
			'-days',
			'3650',
			'-addext',
			'keyUsage=critical,keyCertSign,cRLSign'
		],
		dir
	);
	openssl(
		['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'int.key', '-out', 'int.csr', '-subj', '/O=Bench/CN=Bench Intermediate'],
		dir
	);
	openssl(
		[
			'x509',
			'-req',
			'-in',
			'int.csr',
			'-CA',
			'root.crt',
			'-CAkey',
			'root.key',
			'-set_serial',
			'0x1001',
			'-days',
			'3650',
			'-extfile',
			'ca.ext',
			'-out',
			'int.crt'
		],
		dir
	);
	openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', `/O=Bench/CN=${HOST}`], dir);
	openssl(
		[
			'x509',
			'-req',
			'-in',
			'leaf.csr',
			'-CA',
			'int.crt',
			'-CAkey',
			'int.key',
			'-set_serial',
			'0x2001',
			'-days',
			'825',
			'-extfile',
			'leaf.ext',
			'-out',
			'leaf.crt'
		],
		dir
	);
}

function makeCrl(dir: string) {
	const lines: string[] = [];
	const all = serials(ENTRIES);
	// The leaf's own serial sits in the middle of the list: it is revoked.
	all[ENTRIES >> 1] = '2001';
	for (const [i, serial] of all.entries())
		lines.push(`R\t351231000000Z\t260101000000Z,keyCompromise\t${serial}\tunknown\t/CN=revoked-${i}`);
	writeFileSync(join(dir, 'index.txt'), lines.join('\n') + '\n');
	writeFileSync(join(dir, 'crlnumber'), '01\n');
	writeFileSync(
		join(dir, 'ca.cnf'),
		'[ca]\ndefault_ca=this\n[this]\ndir=.\ndatabase=$dir/index.txt\ncertificate=$dir/int.crt\nprivate_key=$dir/int.key\ndefault_md=sha256\ndefault_crl_days=30\ncrlnumber=$dir/crlnumber\n'
	);
	openssl(['ca', '-config', 'ca.cnf', '-gencrl', '-out', 'crl.pem'], dir);
	openssl(['crl', '-in', 'crl.pem', '-outform', 'DER', '-out', 'crl-100k.der'], dir);
}

function makeBundle(dir: string): string {
	const system = '/etc/ssl/certs/ca-certificates.crt';
	const bundle = join(dir, 'bundle.pem');
	// The system file is the Mozilla set on Debian; Node's own copy of it stands in elsewhere.
	writeFileSync(bundle, existsSync(system) ? readFileSync(system) : rootCertificates.join('\n') + '\n');
	return bundle;
}

function splitBundle(bundle: string, dir: string): number {
	const split = join(dir, 'bundle-split');
	rmSync(split, { recursive: true, force: true });
	mkdirSync(split);
	const blocks = readFileSync(bundle, 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
	blocks.forEach((b, i) => writeFileSync(join(split, `${String(i).padStart(3, '0')}.pem`), b + '\n'));
	return blocks.length;
}

export function benchData(): BenchData {
	mkdirSync(DIR, { recursive: true });
	const dir = DIR;
	if (!existsSync(join(dir, 'leaf.crt'))) makeChain(dir);
	if (!existsSync(join(dir, 'crl-100k.der'))) makeCrl(dir);
	const bundlePem = makeBundle(dir);
	const bundleCount = splitBundle(bundlePem, dir);
	const chainPem = join(dir, 'chain.pem');
	writeFileSync(chainPem, ['leaf.crt', 'int.crt', 'root.crt'].map((f) => readFileSync(join(dir, f), 'utf8')).join(''));
	return {
		crlDer: join(dir, 'crl-100k.der'),
		chainPem,
		leafSerials: ['2001', '1001'],
		bundlePem,
		bundleCount,
		bundleSplitDir: join(dir, 'bundle-split')
	};
}
