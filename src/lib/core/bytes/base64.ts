/**
 * Base64 decoding that says where it went wrong. atob() only says "invalid character", which
 * leaves a person hunting through forty lines of PEM; this reports the offending character's
 * offset so the caller can name the line.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = { '-': 62, _: 63 } as const;
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
DECODE['-'.charCodeAt(0)] = URL_SAFE['-'];
DECODE['_'.charCodeAt(0)] = URL_SAFE['_'];

export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; offset: number; char: string; reason: string };

function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/** Decode base64 (standard or URL-safe), ignoring whitespace. */
export function decodeBase64(text: string): Base64Result {
	// The common case, valid standard base64, through the platform's native decoder (several
	// times faster on a CA bundle); anything it refuses gets the careful decoder and its reason.
	if (typeof atob === 'function') {
		try {
			const binary = atob(text);
			const bytes = new Uint8Array(binary.length);
			for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
			return { ok: true, bytes };
		} catch {
			// Fall through to the decoder that says where.
		}
	}
	return decodeBase64Carefully(text);
}

function decodeBase64Carefully(text: string): Base64Result {
	const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
	let acc = 0;
	let bits = 0;
	let n = 0;
	let padding = 0;
	let firstPad = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) continue;
		if (c === 0x3d /* = */) {
			if (firstPad < 0) firstPad = i;
			padding++;
			if (padding > 2) return { ok: false, offset: i, char: '=', reason: 'too much "=" padding' };
			continue;
		}
		const v = c < 128 ? DECODE[c] : -1;
		if (v < 0) {
			return { ok: false, offset: i, char: text[i], reason: `"${printable(text[i])}" is not a base64 character` };
		}
		if (padding > 0) {
			return { ok: false, offset: i, char: text[i], reason: 'data continues after "=" padding' };
		}
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[n++] = (acc >> bits) & 0xff;
		}
	}
	const symbols = countSymbols(text);
	if (symbols % 4 === 1) {
		return { ok: false, offset: text.length, char: '', reason: 'the base64 text is cut off (its length is not valid)' };
	}
	return { ok: true, bytes: out.subarray(0, n) };
}

function countSymbols(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!isSpace(c) && c !== 0x3d) count++;
	}
	return count;
}

function printable(ch: string): string {
	const code = ch.codePointAt(0) ?? 0;
	if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
	return ch;
}

const ENCODE = new Uint8Array(64);
for (let i = 0; i < ALPHABET.length; i++) ENCODE[i] = ALPHABET.charCodeAt(i);
const ASCII = new TextDecoder();

// Into a byte buffer decoded once: several times faster than string concatenation, and than
// Node's btoa, which is written in JavaScript.
export function encodeBase64(bytes: Uint8Array): string {
	const n = bytes.length;
	const out = new Uint8Array(Math.ceil(n / 3) * 4);
	let o = 0;
	let i = 0;
	for (; i + 2 < n; i += 3) {
		const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out[o++] = ENCODE[v >> 18];
		out[o++] = ENCODE[(v >> 12) & 63];
		out[o++] = ENCODE[(v >> 6) & 63];
		out[o++] = ENCODE[v & 63];
	}
	const rest = n - i;
	if (rest > 0) {
		const v = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
		out[o++] = ENCODE[v >> 18];
		out[o++] = ENCODE[(v >> 12) & 63];
		out[o++] = rest === 2 ? ENCODE[(v >> 6) & 63] : 0x3d;
		out[o] = 0x3d;
	}
	return ASCII.decode(out);
}

/** PEM-encode DER bytes with 64-character lines, as openssl writes them. */
export function toPem(label: string, der: Uint8Array): string {
	const b64 = encodeBase64(der);
	const lines: string[] = [];
	for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
	return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
