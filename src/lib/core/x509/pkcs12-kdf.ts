/**
 * The PKCS#12 key derivation (RFC 7292 Appendix B.2), used for the MAC that proves a .p12
 * password right or wrong. Neither WebCrypto nor @noble/hashes offers it; it runs on @noble's
 * incremental hashes, synchronously, because each round hashes the one before.
 */

import { SHA, type ShaName } from './sha';

const HASHES: Record<string, { name: ShaName; u: number; v: number }> = {
	'1.3.14.3.2.26': { name: 'SHA-1', u: 20, v: 64 },
	'2.16.840.1.101.3.4.2.1': { name: 'SHA-256', u: 32, v: 64 },
	'2.16.840.1.101.3.4.2.2': { name: 'SHA-384', u: 48, v: 128 },
	'2.16.840.1.101.3.4.2.3': { name: 'SHA-512', u: 64, v: 128 }
};

export function macHash(oid: string): { name: ShaName; u: number; v: number } | undefined {
	return HASHES[oid];
}

/** The password as PKCS#12 wants it: UTF-16BE with a two-byte terminator ('' → 00 00). */
export function bmpPassword(password: string): Uint8Array {
	const out = new Uint8Array((password.length + 1) * 2);
	for (let i = 0; i < password.length; i++) {
		const c = password.charCodeAt(i);
		out[i * 2] = c >> 8;
		out[i * 2 + 1] = c & 0xff;
	}
	return out;
}

function repeatTo(src: Uint8Array, v: number): Uint8Array {
	if (src.length === 0) return new Uint8Array(0);
	const len = v * Math.ceil(src.length / v);
	const out = new Uint8Array(len);
	for (let i = 0; i < len; i++) out[i] = src[i % src.length];
	return out;
}

/** Derives `n` bytes; the caller prices `iterations` first (kdf-budget), this does not refuse. */
export function pkcs12Kdf(hashOid: string, id: number, password: Uint8Array, salt: Uint8Array, iterations: number, n: number): Uint8Array {
	const h = HASHES[hashOid];
	if (!h) throw new Error(`unsupported MAC hash ${hashOid}`);
	const { u, v } = h;
	const D = new Uint8Array(v).fill(id);
	const S = repeatTo(salt, v);
	const P = repeatTo(password, v);
	const I = new Uint8Array(S.length + P.length);
	I.set(S);
	I.set(P, S.length);
	const out = new Uint8Array(n);
	const A = new Uint8Array(u);
	const B = new Uint8Array(v);
	// Every round starts from a copy of one fresh state into one reused instance: no allocation.
	const fresh = SHA[h.name].create();
	let hash = fresh.clone();
	const blocks = Math.ceil(n / u);
	for (let i = 0; i < blocks; i++) {
		hash = fresh._cloneInto(hash);
		hash.update(D).update(I).digestInto(A);
		for (let r = 1; r < iterations; r++) {
			hash = fresh._cloneInto(hash);
			hash.update(A).digestInto(A);
		}
		out.set(A.subarray(0, Math.min(u, n - i * u)), i * u);
		if (i === blocks - 1) break;
		for (let k = 0; k < v; k++) B[k] = A[k % u];
		// I_j = (I_j + B + 1) mod 2^(8v), byte by byte from the end.
		for (let j = 0; j < I.length; j += v) {
			let carry = 1;
			for (let k = v - 1; k >= 0; k--) {
				const sum = I[j + k] + B[k] + carry;
				I[j + k] = sum & 0xff;
				carry = sum >> 8;
			}
		}
	}
	hash.destroy();
	return out;
}
