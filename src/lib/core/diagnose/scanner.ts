/**
 * One pass over a text that tells which of many literal needles occur in it. At every position
 * the next four and the next eight characters are hashed into one-probe Bloom filters (one for
 * needles of 8+ characters, keyed on their first eight; one for shorter needles, keyed on their
 * first four); only a position that passes is looked up and compared. Keying long needles on
 * eight characters matters: four-character prefixes such as "mong" or "conn" occur everywhere in
 * MongoDB error text, eight-character ones ("mongoser", "connecti") rarely.
 */

const SHORT = 4;
const LONG = 8;
const BLOOM_BITS = 1 << 20;

interface Entry {
	needle: Uint8Array;
	id: number;
}

const encoder = new TextEncoder();
/** Reused between scans: the text as UTF-8 bytes, with eight zero bytes after the end. */
let bytes = new Uint8Array(64 * 1024);

export class NeedleScanner {
	/** Needles of 8+ characters, keyed on the full hash of their first eight. */
	private readonly longTable = new Map<number, Entry[]>();
	/** Shorter needles, keyed on their first four characters. */
	private readonly shortTable = new Map<number, Entry[]>();
	private readonly longBloom = new Uint8Array(BLOOM_BITS / 8);
	private readonly shortBloom = new Uint8Array(BLOOM_BITS / 8);
	private readonly always: number[] = [];
	private hasShort = false;
	readonly size: number;

	/** entries[id] is that entry's needles (lower case), or undefined for one that always runs. */
	constructor(entries: readonly (readonly string[] | undefined)[]) {
		this.size = entries.length;
		entries.forEach((needles, id) => {
			if (!needles?.length || needles.some((n) => n.length < SHORT || !isAscii(n))) {
				this.always.push(id);
				return;
			}
			for (const needle of needles) {
				const w1 = word(needle, 0);
				const entry = { needle: encoder.encode(needle), id };
				if (needle.length >= LONG) {
					const h = hashLong(w1, word(needle, 4));
					add(this.longTable, h, entry);
					set(this.longBloom, h >>> 12);
				} else {
					add(this.shortTable, w1, entry);
					set(this.shortBloom, hashShort(w1));
					this.hasShort = true;
				}
			}
		});
	}

	/** Which entries may match: present[id] is 1 when one of its needles occurs (or it has none). */
	scan(lower: string): Uint8Array {
		const present = new Uint8Array(this.size);
		for (const id of this.always) present[id] = 1;
		// Needles are ASCII and a multi-byte UTF-8 character never contains an ASCII byte, so
		// comparing bytes finds exactly the needles the text contains.
		if (bytes.length < lower.length * 3 + LONG) bytes = new Uint8Array(lower.length * 3 + LONG);
		const b = bytes;
		const n = encoder.encodeInto(lower, b).written;
		if (n < SHORT) return present;
		b.fill(0, n, n + LONG);
		const longBloom = this.longBloom;
		const shortBloom = this.shortBloom;
		const hasShort = this.hasShort;
		// w1: the four bytes at i; w2: the four at i + 4, low byte first.
		let w1 = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
		let w2 = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
		for (let i = 0; i + SHORT <= n; i++) {
			const h = hashLong(w1, w2);
			if (longBloom[h >>> 15] & (1 << ((h >>> 12) & 7))) {
				const list = this.longTable.get(h);
				if (list) for (const e of list) if (!present[e.id] && startsWith(b, i, e.needle)) present[e.id] = 1;
			}
			if (hasShort) {
				const s = hashShort(w1);
				if (shortBloom[s >> 3] & (1 << (s & 7))) {
					const list = this.shortTable.get(w1);
					if (list) for (const e of list) if (!present[e.id] && startsWith(b, i, e.needle)) present[e.id] = 1;
				}
			}
			w1 = ((w1 >>> 8) | ((w2 & 0xff) << 24)) >>> 0;
			w2 = ((w2 >>> 8) | (b[i + 8] << 24)) >>> 0;
		}
		return present;
	}
}

/** Four characters as one 32-bit number, low byte first (only the low 8 bits of each). */
function word(s: string, at: number): number {
	let w = 0;
	for (let j = 3; j >= 0; j--) w = (w << 8) | (at + j < s.length ? s.charCodeAt(at + j) & 0xff : 0);
	return w >>> 0;
}

function hashShort(w1: number): number {
	return Math.imul(w1, 0x9e3779b1) >>> 12;
}

/** A full 32-bit hash of eight characters; its top 20 bits index the Bloom filter. */
function hashLong(w1: number, w2: number): number {
	return Math.imul(w1 ^ Math.imul(w2, 0x85ebca6b), 0x9e3779b1) >>> 0;
}

function add(table: Map<number, Entry[]>, key: number, entry: Entry): void {
	const list = table.get(key);
	if (list) list.push(entry);
	else table.set(key, [entry]);
}

function set(bloom: Uint8Array, h: number): void {
	bloom[h >> 3] |= 1 << (h & 7);
}

function startsWith(b: Uint8Array, at: number, needle: Uint8Array): boolean {
	for (let j = 0; j < needle.length; j++) if (b[at + j] !== needle[j]) return false;
	return true;
}

function isAscii(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
	return true;
}
