/**
 * The hashes behind PKCS#12 and key decryption (@noble/hashes), HMAC, and the hand-written PKCS#12
 * derivation on top of them, against OpenSSL's (node:crypto) on seeded random inputs.
 */
import { createHash, createHmac } from 'node:crypto';
import { md5 } from '@noble/hashes/legacy.js';
import { hmac } from '@noble/hashes/hmac.js';
import { describe, expect, it } from 'vitest';
import { pkcs12Kdf } from '../../../src/lib/core/x509/pkcs12-kdf';
import { SHA, shaSync, type ShaName } from '../../../src/lib/core/x509/sha';
import { Random } from '../../fuzz/random';

const NODE: Record<ShaName, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (rng: Random, length: number) => Uint8Array.from({ length }, () => rng.int(256));

describe('hashes from @noble/hashes', () => {
	const rng = new Random(7);
	const lengths = [0, 1, 55, 56, 64, 111, 112, 128, 129, ...Array.from({ length: 20 }, () => rng.int(3000))];

	it.each(Object.keys(NODE) as ShaName[])('%s equals node:crypto on random inputs', (name) => {
		for (const length of lengths) {
			const input = bytes(rng, length);
			expect(hex(shaSync(name, input)), `${length} bytes`).toBe(createHash(NODE[name]).update(input).digest('hex'));
		}
	});

	it('MD5 (legacy PEM encryption) equals node:crypto', () => {
		for (const length of lengths) {
			const input = bytes(rng, length);
			expect(hex(md5(input)), `${length} bytes`).toBe(createHash('md5').update(input).digest('hex'));
		}
	});

	it.each(Object.keys(NODE) as ShaName[])('HMAC-%s equals node:crypto', (name) => {
		for (const length of lengths) {
			const key = bytes(rng, rng.int(200));
			const input = bytes(rng, length);
			expect(hex(hmac(SHA[name], key, input))).toBe(createHmac(NODE[name], key).update(input).digest('hex'));
		}
	});
});

/** RFC 7292 B.2 written plainly: node:crypto hashes, BigInt for the block addition. */
function referenceKdf(name: ShaName, id: number, password: Uint8Array, salt: Uint8Array, iterations: number, n: number): Uint8Array {
	const [u, v] = name === 'SHA-1' ? [20, 64] : name === 'SHA-256' ? [32, 64] : name === 'SHA-384' ? [48, 128] : [64, 128];
	const stretch = (src: Uint8Array) =>
		src.length === 0 ? new Uint8Array(0) : Uint8Array.from({ length: v * Math.ceil(src.length / v) }, (_, i) => src[i % src.length]);
	const I = Buffer.concat([stretch(salt), stretch(password)]);
	const out: Buffer[] = [];
	for (let i = 0; i < Math.ceil(n / u); i++) {
		let A = createHash(NODE[name]).update(Buffer.alloc(v, id)).update(I).digest();
		for (let r = 1; r < iterations; r++) A = createHash(NODE[name]).update(A).digest();
		out.push(A);
		const B = BigInt('0x' + Buffer.from(stretch(A).subarray(0, v)).toString('hex'));
		for (let j = 0; j < I.length; j += v) {
			const sum = (BigInt('0x' + I.subarray(j, j + v).toString('hex')) + B + 1n) % (1n << BigInt(8 * v));
			Buffer.from(sum.toString(16).padStart(2 * v, '0'), 'hex').copy(I, j);
		}
	}
	return Buffer.concat(out).subarray(0, n);
}

describe('the PKCS#12 key derivation', () => {
	const OIDS: Record<ShaName, string> = {
		'SHA-1': '1.3.14.3.2.26',
		'SHA-256': '2.16.840.1.101.3.4.2.1',
		'SHA-384': '2.16.840.1.101.3.4.2.2',
		'SHA-512': '2.16.840.1.101.3.4.2.3'
	};

	it.each(Object.keys(OIDS) as ShaName[])('with %s equals a plain reference on random inputs', (name) => {
		const rng = new Random(12);
		for (let c = 0; c < 25; c++) {
			const id = 1 + rng.int(3);
			// Lengths past one block (n > u) exercise the I_j update; empty passwords are common.
			const password = bytes(rng, c % 5 === 0 ? 0 : rng.int(150));
			const salt = bytes(rng, 1 + rng.int(40));
			const iterations = 1 + rng.int(40);
			const n = [8, 16, 24, 32, 64, 100][c % 6];
			const got = pkcs12Kdf(OIDS[name], id, password, salt, iterations, n);
			expect(hex(got), `case ${c}`).toBe(hex(referenceKdf(name, id, password, salt, iterations, n)));
		}
	});
});
