/** Just enough DER encoding to rebuild a SubjectPublicKeyInfo from a private key. */

export function encodeLength(n: number): Uint8Array {
	if (n < 0x80) return Uint8Array.of(n);
	const bytes: number[] = [];
	while (n > 0) {
		bytes.unshift(n & 0xff);
		n = Math.floor(n / 256);
	}
	return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
	const length = parts.reduce((sum, p) => sum + p.length, 0);
	const header = encodeLength(length);
	const out = new Uint8Array(1 + header.length + length);
	out[0] = tag;
	out.set(header, 1);
	let at = 1 + header.length;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export const seq = (...parts: Uint8Array[]) => tlv(0x30, ...parts);
export const bitString = (bytes: Uint8Array) => tlv(0x03, Uint8Array.of(0), bytes);
export const NULL = Uint8Array.of(0x05, 0x00);

export function oid(dotted: string): Uint8Array {
	const parts = dotted.split('.').map(Number);
	const bytes: number[] = [parts[0] * 40 + parts[1]];
	for (const part of parts.slice(2)) {
		const chunk: number[] = [part & 0x7f];
		let v = Math.floor(part / 128);
		while (v > 0) {
			chunk.unshift((v & 0x7f) | 0x80);
			v = Math.floor(v / 128);
		}
		bytes.push(...chunk);
	}
	return tlv(0x06, Uint8Array.from(bytes));
}

/** A positive INTEGER from big-endian magnitude bytes (adds the 0x00 a set high bit needs). */
export function unsignedInteger(magnitude: Uint8Array): Uint8Array {
	let start = 0;
	while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
	const body = magnitude.subarray(start);
	return body[0] & 0x80 ? tlv(0x02, Uint8Array.of(0), body) : tlv(0x02, body);
}
