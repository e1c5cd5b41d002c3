/**
 * Mutations of real DER and PEM, biased toward what breaks ASN.1 readers: not only random bit
 * flips (which mostly land in signatures and key bits) but TLV-aware damage — lengths that claim
 * gigabytes, indefinite lengths where DER forbids them, tags swapped, nesting cut short or
 * repeated — plus truncation and splicing between seeds.
 */
import { Random } from './random';

export type Mutation = (input: Uint8Array, rng: Random, seeds: readonly Uint8Array[]) => Uint8Array;

/** Offsets where a TLV header (tag byte followed by a length) plausibly starts. */
function headerOffsets(bytes: Uint8Array): number[] {
	const out: number[] = [];
	for (let i = 0; i + 1 < bytes.length && out.length < 4096; i++) {
		const tag = bytes[i];
		// Constructed SEQUENCE/SET, context tags, and the primitive types certificates are made of.
		if (tag === 0x30 || tag === 0x31 || (tag & 0xe0) === 0xa0 || [0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x18].includes(tag)) {
			out.push(i);
		}
	}
	return out;
}

const flipBits: Mutation = (input, rng) => {
	const out = input.slice();
	const n = 1 + rng.int(8);
	for (let i = 0; i < n && out.length; i++) out[rng.int(out.length)] ^= 1 << rng.int(8);
	return out;
};

const setBytes: Mutation = (input, rng) => {
	const out = input.slice();
	const interesting = [0x00, 0xff, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x30, 0xa0, 0x05];
	const n = 1 + rng.int(4);
	for (let i = 0; i < n && out.length; i++) out[rng.int(out.length)] = rng.chance(0.6) ? rng.pick(interesting) : rng.int(256);
	return out;
};

const truncate: Mutation = (input, rng) => input.slice(0, rng.int(input.length + 1));

const deleteRange: Mutation = (input, rng) => {
	if (input.length < 2) return input.slice();
	const start = rng.int(input.length);
	const end = Math.min(input.length, start + 1 + rng.int(64));
	const out = new Uint8Array(input.length - (end - start));
	out.set(input.subarray(0, start));
	out.set(input.subarray(end), start);
	return out;
};

const duplicateRange: Mutation = (input, rng) => {
	if (!input.length) return input.slice();
	const start = rng.int(input.length);
	const end = Math.min(input.length, start + 1 + rng.int(256));
	const chunk = input.subarray(start, end);
	const times = 1 + rng.int(rng.chance(0.1) ? 200 : 4);
	const out = new Uint8Array(input.length + chunk.length * times);
	out.set(input.subarray(0, end));
	for (let i = 0; i < times; i++) out.set(chunk, end + i * chunk.length);
	out.set(input.subarray(end), end + times * chunk.length);
	return out;
};

/** Rewrite one TLV's length: huge (4-byte long form), indefinite (0x80), off by one, or zero. */
const corruptLength: Mutation = (input, rng) => {
	const offsets = headerOffsets(input);
	if (!offsets.length) return flipBits(input, rng, []);
	const at = rng.pick(offsets) + 1;
	const choice = rng.int(5);
	let replacement: number[];
	if (choice === 0) replacement = [0x84, 0x7f, 0xff, 0xff, 0xff];
	else if (choice === 1) replacement = [0x80];
	else if (choice === 2) replacement = [0x88, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
	else if (choice === 3) replacement = [0x00];
	else replacement = [Math.min(0x7f, (input[at] ?? 0) + 1)];
	// Replace the existing length octets (short or long form) with the new ones.
	const first = input[at] ?? 0;
	const oldLen = first & 0x80 ? 1 + (first & 0x7f) : 1;
	const cut = Math.min(input.length, at + oldLen);
	const out = new Uint8Array(at + replacement.length + (input.length - cut));
	out.set(input.subarray(0, at));
	out.set(replacement, at);
	out.set(input.subarray(cut), at + replacement.length);
	return out;
};

const swapTag: Mutation = (input, rng) => {
	const offsets = headerOffsets(input);
	if (!offsets.length) return setBytes(input, rng, []);
	const out = input.slice();
	out[rng.pick(offsets)] = rng.pick([0x30, 0x31, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x18, 0xa0, 0xa3, 0x1f, 0xbf]);
	return out;
};

/** Deep nesting: wrap a slice in many SEQUENCE headers (indefinite or long-form). */
const nest: Mutation = (input, rng) => {
	const depth = 10 + rng.int(rng.chance(0.2) ? 5000 : 200);
	const indefinite = rng.chance(0.5);
	const parts: number[] = [];
	for (let i = 0; i < depth; i++) parts.push(0x30, indefinite ? 0x80 : 0x84, ...(indefinite ? [] : [0x00, 0x10, 0x00, 0x00]));
	const out = new Uint8Array(parts.length + input.length);
	out.set(parts);
	out.set(input, parts.length);
	return out;
};

const splice: Mutation = (input, rng, seeds) => {
	const other = rng.pick(seeds);
	const a = rng.int(input.length + 1);
	const b = rng.int(other.length + 1);
	const out = new Uint8Array(a + (other.length - b));
	out.set(input.subarray(0, a));
	out.set(other.subarray(b), a);
	return out;
};

export const MUTATIONS: readonly [string, Mutation][] = [
	['flip-bits', flipBits],
	['set-bytes', setBytes],
	['truncate', truncate],
	['delete-range', deleteRange],
	['duplicate-range', duplicateRange],
	['corrupt-length', corruptLength],
	['swap-tag', swapTag],
	['nest', nest],
	['splice', splice]
];

/** One to three stacked mutations of one seed; returns the bytes and the names applied. */
export function mutate(seed: Uint8Array, rng: Random, seeds: readonly Uint8Array[]): { bytes: Uint8Array; applied: string[] } {
	let bytes = seed;
	const applied: string[] = [];
	const n = 1 + rng.int(3);
	for (let i = 0; i < n; i++) {
		const [name, m] = rng.pick(MUTATIONS);
		bytes = m(bytes, rng, seeds);
		applied.push(name);
	}
	return { bytes, applied };
}
