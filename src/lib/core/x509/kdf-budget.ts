/**
 * How much hashing a PKCS#12 file or an encrypted key may ask for. Both declare their own
 * iteration counts: real ones use 2,048 (OpenSSL 3's default) to about 1,000,000, while a 3 KB
 * file can declare 20 parts at 8 million each. Every key derivation is priced before it runs and
 * refused past these limits, so an absurd file costs a message instead of minutes.
 */

import type { ShaName } from './sha';

/** Per key derivation: five times what the most demanding tools write. */
export const MAX_ITERATIONS = 5_000_000;
/** Per input, in SHA-256-equivalent compressions: about 9 s of the JavaScript PKCS#12 derivation. */
export const MAX_WORK = 10_000_000;

// One compression's cost relative to SHA-256's in @noble/hashes on Node 20 (SHA-1 0.8 µs,
// SHA-256 0.86 µs, SHA-512 2.8 µs a round), so the budget bounds time on the slowest path.
const WEIGHT: Record<ShaName, number> = { 'SHA-1': 1, 'SHA-256': 1, 'SHA-384': 3, 'SHA-512': 3 };
const OUTPUT_BYTES: Record<ShaName, number> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

const grouped = (n: number) => n.toLocaleString('en-US');

/** PBKDF2 (RFC 8018): each iteration is an HMAC, two compressions, per output block. */
export function pbkdf2Work(hash: ShaName, iterations: number, keyBytes: number): number {
	return iterations * 2 * Math.ceil(keyBytes / OUTPUT_BYTES[hash]) * WEIGHT[hash];
}

/** The PKCS#12 derivation (RFC 7292 B.2): each iteration hashes one digest, one compression. */
export function pkcs12KdfWork(hash: ShaName, iterations: number, keyBytes: number): number {
	return iterations * Math.ceil(keyBytes / OUTPUT_BYTES[hash]) * WEIGHT[hash];
}

// Above 2^31 no count is real, and the bytes need not fit a double exactly.
const ABSURD = 2 ** 31;

/**
 * A non-negative INTEGER's content bytes as a number, exact up to 2^31, Infinity beyond; undefined
 * when empty or negative. asn1js's valueDec reads four or more bytes as 0, so counts come from here.
 */
export function countOf(content: Uint8Array): number | undefined {
	if (content.length === 0 || content[0] & 0x80) return undefined;
	let value = 0;
	for (const byte of content) {
		value = value * 256 + byte;
		if (value > ABSURD) return Infinity;
	}
	return value;
}

/** Why an iteration count may not run at all, or undefined when it may. */
export function iterationRefusal(iterations: number): string | undefined {
	if (iterations < 1) return `iteration count ${iterations} is not valid (it must be at least 1)`;
	if (iterations <= MAX_ITERATIONS) return undefined;
	const shown = Number.isFinite(iterations) ? String(iterations) : `over ${ABSURD}`;
	return `iteration count ${shown} is beyond the limit of ${grouped(MAX_ITERATIONS)} per key derivation (real files use 2,048 to about 1,000,000)`;
}

/** Why `work` more blocks would overrun an input's budget, given what it already spent. */
export function workRefusal(spent: number, work: number): string | undefined {
	if (spent + work <= MAX_WORK) return undefined;
	return `it would bring the hashing for this input to ${grouped(spent + work)} blocks, beyond the limit of ${grouped(MAX_WORK)}`;
}

/** One input's running total: each derivation is priced and taken before it runs. */
export class WorkBudget {
	spent = 0;

	/** Takes `work` and returns undefined, or returns why it does not fit and takes nothing. */
	take(work: number): string | undefined {
		const refusal = workRefusal(this.spent, work);
		if (!refusal) this.spent += work;
		return refusal;
	}
}
