/**
 * The one hex encoder of the core: lower-case for RFC 4514 "#…" values and keys, upper-case for
 * serial numbers, colon-separated upper-case for SHA-256 fingerprints (as `openssl x509
 * -fingerprint` prints them). Table-driven, and over a range of a buffer, so the CRL walk can
 * turn 100,000 serials into text without a subarray apiece.
 */

const LOWER = Array.from({ length: 256 }, (_, b) => (b < 16 ? '0' : '') + b.toString(16));
const UPPER = LOWER.map((s) => s.toUpperCase());

function encode(table: string[], bytes: Uint8Array, start: number, end: number, separator: string): string {
	let s = '';
	for (let i = start; i < end; i++) s += (i > start ? separator : '') + table[bytes[i]];
	return s;
}

/** Lower-case hex of `bytes[start, end)`. */
export function hex(bytes: Uint8Array, start = 0, end = bytes.length): string {
	return encode(LOWER, bytes, start, end, '');
}

/** Upper-case hex of `bytes[start, end)`. */
export function hexUpper(bytes: Uint8Array, start = 0, end = bytes.length): string {
	return encode(UPPER, bytes, start, end, '');
}

/** Upper-case hex with a colon between bytes: AB:CD:… */
export function colonHex(bytes: Uint8Array): string {
	return encode(UPPER, bytes, 0, bytes.length, ':');
}

/** Hex text (any case, spaces and colons ignored) → bytes; undefined when it is not whole bytes of hex. */
export function hexToBytes(text: string): Uint8Array | undefined {
	const clean = text.replace(/[\s:]/g, '');
	if (clean.length % 2 !== 0 || /[^0-9a-f]/i.test(clean)) return undefined;
	const out = new Uint8Array(clean.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
	return out;
}
