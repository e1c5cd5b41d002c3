/**
 * Synchronous SHA-1, SHA-256, SHA-384 and SHA-512, for one job: the PKCS#12 key derivation, which
 * hashes its own output thousands of times in a row (RFC 7292 B.2). Through WebCrypto each round
 * is a promise, which made opening an ordinary .p12 take two seconds; here a round is a few
 * microseconds. Never used where WebCrypto can do the work in one call.
 */

export type ShaName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

function pad(input: Uint8Array, blockBytes: number, lengthBytes: number): Uint8Array {
	const total = Math.ceil((input.length + 1 + lengthBytes) / blockBytes) * blockBytes;
	const out = new Uint8Array(total);
	out.set(input);
	out[input.length] = 0x80;
	const bits = input.length * 8;
	const view = new DataView(out.buffer);
	view.setUint32(total - 4, bits >>> 0);
	view.setUint32(total - 8, Math.floor(bits / 2 ** 32));
	return out;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

function sha1(input: Uint8Array): Uint8Array {
	const m = pad(input, 64, 8);
	const view = new DataView(m.buffer);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Int32Array(80);
	for (let off = 0; off < m.length; off += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + i * 4);
		for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
		let [a, b, c, d, e] = h;
		for (let i = 0; i < 80; i++) {
			const f = i < 20 ? (b & c) | (~b & d) : i < 40 ? b ^ c ^ d : i < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
			const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
			const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
			e = d;
			d = c;
			c = rotl(b, 30);
			b = a;
			a = t;
		}
		h[0] = (h[0] + a) | 0;
		h[1] = (h[1] + b) | 0;
		h[2] = (h[2] + c) | 0;
		h[3] = (h[3] + d) | 0;
		h[4] = (h[4] + e) | 0;
	}
	return words32(h);
}

const K256 = new Int32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
	0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
	0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
	0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
	0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
	0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

function sha256(input: Uint8Array): Uint8Array {
	const m = pad(input, 64, 8);
	const w = new Int32Array(64);
	let h0 = 0x6a09e667,
		h1 = 0xbb67ae85 | 0,
		h2 = 0x3c6ef372,
		h3 = 0xa54ff53a | 0,
		h4 = 0x510e527f,
		h5 = 0x9b05688c | 0,
		h6 = 0x1f83d9ab,
		h7 = 0x5be0cd19;
	for (let off = 0; off < m.length; off += 64) {
		for (let i = 0; i < 16; i++) {
			const j = off + i * 4;
			w[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
		}
		for (let i = 16; i < 64; i++) {
			const x = w[i - 15];
			const y = w[i - 2];
			const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
			const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
			w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
		}
		let a = h0,
			b = h1,
			c = h2,
			d = h3,
			e = h4,
			f = h5,
			g = h6,
			hh = h7;
		for (let i = 0; i < 64; i++) {
			const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
			const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K256[i] + w[i]) | 0;
			const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
			const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
			hh = g;
			g = f;
			f = e;
			e = (d + t1) | 0;
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) | 0;
		}
		h0 = (h0 + a) | 0;
		h1 = (h1 + b) | 0;
		h2 = (h2 + c) | 0;
		h3 = (h3 + d) | 0;
		h4 = (h4 + e) | 0;
		h5 = (h5 + f) | 0;
		h6 = (h6 + g) | 0;
		h7 = (h7 + hh) | 0;
	}
	return words32([h0, h1, h2, h3, h4, h5, h6, h7]);
}

// SHA-512 works on 64-bit words; BigInt keeps it short and it only runs for the rare SHA-384/512 MAC.
const K512 = [
	'428a2f98d728ae22',
	'7137449123ef65cd',
	'b5c0fbcfec4d3b2f',
	'e9b5dba58189dbbc',
	'3956c25bf348b538',
	'59f111f1b605d019',
	'923f82a4af194f9b',
	'ab1c5ed5da6d8118',
	'd807aa98a3030242',
	'12835b0145706fbe',
	'243185be4ee4b28c',
	'550c7dc3d5ffb4e2',
	'72be5d74f27b896f',
	'80deb1fe3b1696b1',
	'9bdc06a725c71235',
	'c19bf174cf692694',
	'e49b69c19ef14ad2',
	'efbe4786384f25e3',
	'0fc19dc68b8cd5b5',
	'240ca1cc77ac9c65',
	'2de92c6f592b0275',
	'4a7484aa6ea6e483',
	'5cb0a9dcbd41fbd4',
	'76f988da831153b5',
	'983e5152ee66dfab',
	'a831c66d2db43210',
	'b00327c898fb213f',
	'bf597fc7beef0ee4',
	'c6e00bf33da88fc2',
	'd5a79147930aa725',
	'06ca6351e003826f',
	'142929670a0e6e70',
	'27b70a8546d22ffc',
	'2e1b21385c26c926',
	'4d2c6dfc5ac42aed',
	'53380d139d95b3df',
	'650a73548baf63de',
	'766a0abb3c77b2a8',
	'81c2c92e47edaee6',
	'92722c851482353b',
	'a2bfe8a14cf10364',
	'a81a664bbc423001',
	'c24b8b70d0f89791',
	'c76c51a30654be30',
	'd192e819d6ef5218',
	'd69906245565a910',
	'f40e35855771202a',
	'106aa07032bbd1b8',
	'19a4c116b8d2d0c8',
	'1e376c085141ab53',
	'2748774cdf8eeb99',
	'34b0bcb5e19b48a8',
	'391c0cb3c5c95a63',
	'4ed8aa4ae3418acb',
	'5b9cca4f7763e373',
	'682e6ff3d6b2b8a3',
	'748f82ee5defb2fc',
	'78a5636f43172f60',
	'84c87814a1f0ab72',
	'8cc702081a6439ec',
	'90befffa23631e28',
	'a4506cebde82bde9',
	'bef9a3f7b2c67915',
	'c67178f2e372532b',
	'ca273eceea26619c',
	'd186b8c721c0c207',
	'eada7dd6cde0eb1e',
	'f57d4f7fee6ed178',
	'06f067aa72176fba',
	'0a637dc5a2c898a6',
	'113f9804bef90dae',
	'1b710b35131c471b',
	'28db77f523047d84',
	'32caab7b40c72493',
	'3c9ebe0a15c9bebc',
	'431d67c49c100d4c',
	'4cc5d4becb3e42b6',
	'597f299cfc657e2a',
	'5fcb6fab3ad6faec',
	'6c44198c4a475817'
].map((x) => BigInt('0x' + x));
const MASK64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK64;
const IV512 = [
	'6a09e667f3bcc908',
	'bb67ae8584caa73b',
	'3c6ef372fe94f82b',
	'a54ff53a5f1d36f1',
	'510e527fade682d1',
	'9b05688c2b3e6c1f',
	'1f83d9abfb41bd6b',
	'5be0cd19137e2179'
];
const IV384 = [
	'cbbb9d5dc1059ed8',
	'629a292a367cd507',
	'9159015a3070dd17',
	'152fecd8f70e5939',
	'67332667ffc00b31',
	'8eb44a8768581511',
	'db0c2e0d64f98fa7',
	'47b5481dbefa4fa4'
];

function sha512(input: Uint8Array, iv: string[], outBytes: number): Uint8Array {
	const m = pad(input, 128, 16);
	const view = new DataView(m.buffer);
	const h = iv.map((x) => BigInt('0x' + x));
	const w: bigint[] = new Array(80);
	for (let off = 0; off < m.length; off += 128) {
		for (let i = 0; i < 16; i++) w[i] = view.getBigUint64(off + i * 8);
		for (let i = 16; i < 80; i++) {
			const s0 = rotr64(w[i - 15], 1n) ^ rotr64(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
			const s1 = rotr64(w[i - 2], 19n) ^ rotr64(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
			w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK64;
		}
		let [a, b, c, d, e, f, g, hh] = h;
		for (let i = 0; i < 80; i++) {
			const t1 = (hh + (rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n)) + ((e & f) ^ (~e & MASK64 & g)) + K512[i] + w[i]) & MASK64;
			const t2 = ((rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK64;
			hh = g;
			g = f;
			f = e;
			e = (d + t1) & MASK64;
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) & MASK64;
		}
		[a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i] + x) & MASK64));
	}
	const out = new Uint8Array(64);
	const ov = new DataView(out.buffer);
	h.forEach((x, i) => ov.setBigUint64(i * 8, x));
	return out.slice(0, outBytes);
}

function words32(h: number[]): Uint8Array {
	const out = new Uint8Array(h.length * 4);
	const view = new DataView(out.buffer);
	h.forEach((x, i) => view.setUint32(i * 4, x >>> 0));
	return out;
}

export function shaSync(name: ShaName, input: Uint8Array): Uint8Array {
	switch (name) {
		case 'SHA-1':
			return sha1(input);
		case 'SHA-256':
			return sha256(input);
		case 'SHA-384':
			return sha512(input, IV384, 48);
		case 'SHA-512':
			return sha512(input, IV512, 64);
	}
}
