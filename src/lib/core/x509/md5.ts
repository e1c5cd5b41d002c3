/**
 * MD5, only for OpenSSL's legacy PEM encryption (EVP_BytesToKey with MD5 turns the password and
 * the IV's first 8 bytes into the AES key). WebCrypto has no MD5, so it lives here; it is never
 * used for anything that needs to be secure.
 */

const S = [
	7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11,
	16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21
];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export function md5(input: Uint8Array): Uint8Array {
	const bitLength = input.length * 8;
	const padded = new Uint8Array((((input.length + 8) >> 6) + 1) * 64);
	padded.set(input);
	padded[input.length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, bitLength >>> 0, true);
	view.setUint32(padded.length - 4, Math.floor(bitLength / 2 ** 32), true);
	let a0 = 0x67452301,
		b0 = 0xefcdab89,
		c0 = 0x98badcfe,
		d0 = 0x10325476;
	const m = new Uint32Array(16);
	for (let chunk = 0; chunk < padded.length; chunk += 64) {
		for (let i = 0; i < 16; i++) m[i] = view.getUint32(chunk + i * 4, true);
		let a = a0,
			b = b0,
			c = c0,
			d = d0;
		for (let i = 0; i < 64; i++) {
			let f: number, g: number;
			if (i < 16) {
				f = (b & c) | (~b & d);
				g = i;
			} else if (i < 32) {
				f = (d & b) | (~d & c);
				g = (5 * i + 1) % 16;
			} else if (i < 48) {
				f = b ^ c ^ d;
				g = (3 * i + 5) % 16;
			} else {
				f = c ^ (b | ~d);
				g = (7 * i) % 16;
			}
			const temp = d;
			d = c;
			c = b;
			const sum = (a + f + K[i] + m[g]) >>> 0;
			b = (b + ((sum << S[i]) | (sum >>> (32 - S[i])))) >>> 0;
			a = temp;
		}
		a0 = (a0 + a) >>> 0;
		b0 = (b0 + b) >>> 0;
		c0 = (c0 + c) >>> 0;
		d0 = (d0 + d) >>> 0;
	}
	const out = new Uint8Array(16);
	const ov = new DataView(out.buffer);
	[a0, b0, c0, d0].forEach((v, i) => ov.setUint32(i * 4, v, true));
	return out;
}
