/**
 * The PKCS#12 key derivation (RFC 7292 Appendix B.2), used for the MAC that proves a .p12
 * password right or wrong. WebCrypto offers the hashes and HMAC but not this derivation.
 */

import { shaSync, type ShaName } from './sha';

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

export function pkcs12Kdf(hashOid: string, id: number, password: Uint8Array, salt: Uint8Array, iterations: number, n: number): Uint8Array {
	const h = HASHES[hashOid];
	if (!h) throw new Error(`unsupported MAC hash ${hashOid}`);
	const D = new Uint8Array(h.v).fill(id);
	const I = new Uint8Array([...repeatTo(salt, h.v), ...repeatTo(password, h.v)]);
	const out = new Uint8Array(n);
	const blocks = Math.ceil(n / h.u);
	for (let i = 0; i < blocks; i++) {
		let A = shaSync(h.name, new Uint8Array([...D, ...I]));
		for (let r = 1; r < iterations; r++) A = shaSync(h.name, A);
		out.set(A.subarray(0, Math.min(h.u, n - i * h.u)), i * h.u);
		if (i === blocks - 1) break;
		const B = repeatTo(A, h.v).subarray(0, h.v);
		for (let j = 0; j < I.length; j += h.v) {
			let carry = 1;
			for (let k = h.v - 1; k >= 0; k--) {
				const sum = I[j + k] + B[k] + carry;
				I[j + k] = sum & 0xff;
				carry = sum >> 8;
			}
		}
	}
	return out;
}
