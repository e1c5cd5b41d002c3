/**
 * The figures measured in Node: the same analyze() and readers the worker runs in the browser.
 * Each returns milliseconds (median of several runs) and, where openssl does the same work on the
 * same file, openssl's time measured in this run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/lib/core/analyze';
import { readChainCertificate, type ChainCertificate } from '../../src/lib/core/x509/chain-certificate';
import { SignatureVerifier } from '../../src/lib/core/chain/signature';
import { ingest } from '../../src/lib/core/ingest/ingest';
import { HOST, type BenchData } from './data';
import { timeCommand, timeIt } from './measure';

export interface Figure {
	id: string;
	what: string;
	ms: number;
	targetMs?: number;
	/** openssl doing the same work on the same file, and the command. */
	openssl?: { ms: number; command: string };
	note?: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

function retainedBytes(): number {
	// Twice: the first full collection can leave finalisable objects for the second.
	gc?.();
	gc?.();
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
}

export async function crlFigures(data: BenchData): Promise<Figure[]> {
	const bytes = new Uint8Array(readFileSync(data.crlDer));
	const chain = readFileSync(data.chainPem, 'utf8');
	let revoked = 0;
	const parseAndCheck = async () => {
		const evidence = await ingest([{ kind: 'bytes', bytes, name: 'crl.der' }]);
		const crl = evidence.crls[0].parsed;
		revoked = data.leafSerials.filter((s) => crl.lookup(s)).length;
		return evidence;
	};
	const ms = await timeIt(parseAndCheck);
	if (revoked !== 1) throw new Error(`expected the leaf to be found revoked, found ${revoked}`);

	const before = retainedBytes();
	const held = await parseAndCheck();
	const retained = Math.max(0, retainedBytes() - before);
	// Keep the parsed CRL alive until after the measurement.
	if (held.crls.length !== 1) throw new Error('the CRL was not read');

	const full = await timeIt(
		() =>
			analyze(
				[
					{ kind: 'bytes', bytes, name: 'crl.der' },
					{ kind: 'text', text: chain }
				],
				{ host: HOST }
			),
		5,
		1
	);
	const text = ['crl', '-inform', 'DER', '-in', data.crlDer, '-noout', '-text'];
	return [
		{
			id: 'crl-100k',
			what: `100,000-entry CRL (${(bytes.length / 1e6).toFixed(1)} MB DER): parse and check every chain serial`,
			ms,
			targetMs: 100,
			openssl: { ms: timeCommand('openssl', text), command: `openssl ${text.join(' ')}` },
			note: gc
				? `memory retained ${(retained / 1e6).toFixed(1)} MB besides the ${(bytes.length / 1e6).toFixed(1)} MB input (${((retained + bytes.length) / bytes.length).toFixed(2)}× the input; target ≤ 3×)`
				: 'run with node --expose-gc for the memory figure'
		},
		{ id: 'crl-100k-analyze', what: 'the same CRL with the 3-certificate chain through the whole analyze()', ms: full }
	];
}

export async function bundleFigures(data: BenchData): Promise<Figure[]> {
	const text = readFileSync(data.bundlePem, 'utf8');
	let count = 0;
	const parse = await timeIt(async () => {
		count = (await ingest([{ kind: 'text', text }])).certificates.length;
	});
	const certs: ChainCertificate[] = [];
	for (const b of text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) {
		const der = new Uint8Array(Buffer.from(b.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64'));
		const read = readChainCertificate(der);
		if (read.ok) certs.push(read.cert);
	}
	let valid = 0;
	const verify = await timeIt(async () => {
		// A fresh verifier each run: nothing cached between runs.
		const verifier = new SignatureVerifier();
		const results = await Promise.all(certs.map((c) => verifier.verify(c, c)));
		valid = results.filter((r) => r.status === 'valid').length;
	});
	const split = readdirSync(data.bundleSplitDir).map((f) => join(data.bundleSplitDir, f));
	const storeutl = ['storeutl', '-noout', '-certs', data.bundlePem];
	const verifyArgs = ['verify', '-check_ss_sig', '-CAfile', data.bundlePem, '-no-CApath', ...split];
	return [
		{
			id: 'bundle-parse',
			what: `${count}-certificate PEM bundle: parse and index`,
			ms: parse,
			targetMs: 50,
			openssl: { ms: timeCommand('openssl', storeutl), command: `openssl ${storeutl.join(' ')}` }
		},
		{
			id: 'bundle-verify',
			what: `${certs.length} self-signatures verified (${valid} valid)`,
			ms: verify,
			targetMs: 150,
			openssl: {
				ms: timeOpensslVerify(verifyArgs),
				command: `openssl verify -check_ss_sig -CAfile bundle.pem -no-CApath <${split.length} files>`
			}
		}
	];
}

/** openssl verify exits non-zero when any root fails (an expired one, say); its time still counts. */
function timeOpensslVerify(args: string[]): number {
	try {
		return timeCommand('openssl', args, 5);
	} catch {
		return timeCommand('sh', ['-c', `openssl ${args.map((a) => `'${a}'`).join(' ')} >/dev/null 2>&1; true`], 5);
	}
}

export async function chainFigure(data: BenchData): Promise<Figure> {
	const text = readFileSync(data.chainPem, 'utf8');
	const ms = await timeIt(() => analyze([{ kind: 'text', text }], { host: HOST }), 15, 3);
	return { id: 'chain-3', what: `3-certificate chain with a host: the whole analyze() (Node, warm)`, ms };
}
