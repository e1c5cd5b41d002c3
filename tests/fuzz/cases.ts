/**
 * One fuzz case from (seed, index): which real input it starts from, how it is damaged, and how
 * it is handed to analyze() — as a dropped file, as pasted PEM, or as pasted base64; or, for the
 * text readers, which pasted text it starts from and how that is damaged. Deterministic, so a
 * failure replays from its numbers alone.
 */
import type { AnalysisContext, AnalyzeInput } from '../../src/lib/core/model/context';
import { mutate } from './mutate';
import { Random } from './random';
import type { Seed } from './seeds';
import { mutateText } from './text-mutate';
import type { TextSeed } from './text-seeds';

export interface FuzzCase {
	index: number;
	seed: string;
	mutations: string[];
	mode: 'bytes' | 'pem' | 'base64' | 'pem-text' | 'text';
	inputs: AnalyzeInput[];
	context: AnalysisContext;
}

function base64(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('base64');
}

function pem(label: string, bytes: Uint8Array): string {
	const b = base64(bytes);
	return `-----BEGIN ${label}-----\n${b.replace(/.{1,64}/g, '$&\n')}-----END ${label}-----\n`;
}

const LABELS = ['CERTIFICATE', 'X509 CRL', 'PRIVATE KEY', 'PKCS7', 'CERTIFICATE REQUEST', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY'];

/** Damage the PEM text itself: its armour, its base64, its headers. */
function mutatePemText(text: string, rng: Random): string {
	const chars = [...text];
	const n = 1 + rng.int(6);
	for (let i = 0; i < n && chars.length; i++) {
		const at = rng.int(chars.length);
		const op = rng.int(4);
		if (op === 0) chars[at] = rng.pick(['-', '=', '\n', '\r', ' ', '\\', '!', '\u0000', '\u202e', 'A', '/']);
		else if (op === 1) chars.splice(at, 1 + rng.int(40));
		else if (op === 2)
			chars.splice(
				at,
				0,
				...rng.pick(['-----END CERTIFICATE-----\n', '-----BEGIN CERTIFICATE-----\n', 'Proc-Type: 4,ENCRYPTED\n', '\\n', '<script>'])
			);
		else chars.splice(at, 0, ...chars.slice(at, at + 1 + rng.int(200)));
	}
	return chars.join('');
}

function randomContext(rng: Random): AnalysisContext {
	return {
		at: '2026-06-01T00:00:00Z',
		...(rng.chance(0.5) ? { host: rng.pick(['db.example.com', '127.0.0.1', '::1', 'xn--bcher-kva.example', '*.example.com']) } : {}),
		...(rng.chance(0.3) ? { password: rng.pick(['', 'secret', 'wrong']) } : {}),
		...(rng.chance(0.3) ? { role: 'client' as const } : {})
	};
}

export function makeCase(runSeed: number, index: number, seeds: readonly Seed[]): FuzzCase {
	const rng = new Random((runSeed * 1_000_003 + index) >>> 0);
	const seed = rng.pick(seeds);
	const context = randomContext(rng);
	const mode = seed.pem && rng.chance(0.2) ? 'pem-text' : rng.pick(['bytes', 'bytes', 'pem', 'base64'] as const);
	if (mode === 'pem-text') {
		return {
			index,
			seed: seed.name,
			mutations: ['pem-text'],
			mode,
			inputs: [{ kind: 'text', text: mutatePemText(seed.pem!, rng) }],
			context
		};
	}
	const { bytes, applied } = mutate(
		seed.bytes,
		rng,
		seeds.map((s) => s.bytes)
	);
	const inputs: AnalyzeInput[] =
		mode === 'bytes'
			? [{ kind: 'bytes', bytes, name: seed.name.replace(/#.*/, '') }]
			: [{ kind: 'text', text: mode === 'pem' ? pem(rng.pick(LABELS), bytes) : base64(bytes) }];
	// Sometimes alongside an intact seed, so chain building and key pairing see damaged peers.
	if (rng.chance(0.25)) inputs.push({ kind: 'bytes', bytes: rng.pick(seeds).bytes, name: 'peer.der' });
	return { index, seed: seed.name, mutations: applied, mode, inputs, context };
}

/**
 * A text case: one pasted text (a transcript, a listing, a dump, PEM, an error, a connection
 * string), damaged with text mutations; sometimes two texts pasted together, or alongside an
 * intact one, so readers see their structures mixed.
 */
export function makeTextCase(runSeed: number, index: number, seeds: readonly TextSeed[]): FuzzCase {
	// A different stream from the DER cases of the same seed and index.
	const rng = new Random((runSeed * 1_000_033 + index * 7 + 0x5bd1e995) >>> 0);
	const seed = rng.pick(seeds);
	const context = randomContext(rng);
	const texts = seeds.map((s) => s.text);
	const base = rng.chance(0.2) ? `${seed.text}\n${rng.pick(texts)}` : seed.text;
	const { text, applied } = mutateText(base, rng, texts);
	const inputs: AnalyzeInput[] = [{ kind: 'text', text }];
	if (rng.chance(0.15)) inputs.push({ kind: 'text', text: rng.pick(texts) });
	return { index, seed: seed.name, mutations: applied, mode: 'text', inputs, context };
}
