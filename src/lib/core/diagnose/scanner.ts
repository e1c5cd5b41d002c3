/**
 * One pass over a text that tells which of many literal needles occur in it, fast enough to run
 * before every pattern of every signature (classifying 1,000 texts under 100 ms,
 * scripts/bench/diagnose.ts).
 *
 * The text is read as UTF-8 bytes (needles are ASCII, and a multi-byte character never contains
 * an ASCII byte, so byte comparison finds exactly what a string search would). Needles of 11+
 * bytes are found by hashing 8 bytes at every 4th position: any occurrence puts some 8-byte piece
 * of the needle, at offset 0 to 3, on such a position, so each needle registers those four
 * pieces. Needles of 5 to 10 bytes are found the same way with 4 bytes at every 2nd position.
 * A one-probe Bloom filter rejects almost every position; a hit is looked up and compared.
 * Keying long needles on 8 bytes matters: 4-byte prefixes such as "mong" or "conn" are
 * everywhere in MongoDB error text.
 */

const MIN = 5;
const LONG = 11;
const BLOOM_BITS = 1 << 20;

interface Entry {
	needle: Uint8Array;
	/** Where in the needle the hashed piece starts. */
	offset: number;
	id: number;
}

const encoder = new TextEncoder();
/**
 * Reused between scans: the text as UTF-8 bytes, with zero bytes after the end, and aligned views
 * over the same memory, so that a word is one load instead of four (the platforms this runs on
 * are little-endian, the byte order wordAt assumes).
 */
let bytes = new Uint8Array(64 * 1024);
let words32 = new Uint32Array(bytes.buffer);
let words16 = new Uint16Array(bytes.buffer);

function reserve(length: number): void {
	if (bytes.length >= length) return;
	// A multiple of 4, so both views cover every byte.
	bytes = new Uint8Array((length + 3) & ~3);
	words32 = new Uint32Array(bytes.buffer);
	words16 = new Uint16Array(bytes.buffer);
}

export class NeedleScanner {
	private readonly longTable = new Map<number, Entry[]>();
	private readonly shortTable = new Map<number, Entry[]>();
	private readonly longBloom = new Uint8Array(BLOOM_BITS / 8);
	private readonly shortBloom = new Uint8Array(BLOOM_BITS / 8);
	private readonly always: number[] = [];
	private hasLong = false;
	private hasShort = false;
	readonly size: number;

	/** entries[id] is that entry's needles (lower case), or undefined for one that always runs. */
	constructor(entries: readonly (readonly string[] | undefined)[]) {
		this.size = entries.length;
		entries.forEach((needles, id) => {
			if (!needles?.length || needles.some((n) => n.length < MIN || !isAscii(n))) {
				this.always.push(id);
				return;
			}
			for (const text of needles) {
				const needle = encoder.encode(text);
				if (needle.length >= LONG) {
					this.hasLong = true;
					for (let offset = 0; offset < 4; offset++) {
						const h = hash8(wordAt(needle, offset), wordAt(needle, offset + 4));
						add(this.longTable, h >>> 12, { needle, offset, id });
						set(this.longBloom, h >>> 12);
					}
				} else {
					this.hasShort = true;
					for (let offset = 0; offset < 2; offset++) {
						const w = wordAt(needle, offset);
						add(this.shortTable, hash4(w), { needle, offset, id });
						set(this.shortBloom, hash4(w));
					}
				}
			}
		});
	}

	/** Which entries may match: present[id] is 1 when one of its needles occurs (or it has none). */
	scan(lower: string): Uint8Array {
		const present = new Uint8Array(this.size);
		for (const id of this.always) present[id] = 1;
		reserve(lower.length * 3 + 16);
		const b = bytes;
		const n = encoder.encodeInto(lower, b).written;
		b.fill(0, n, n + 16);
		if (this.hasLong) {
			const bloom = this.longBloom;
			const u32 = words32;
			for (let k = 0; 4 * k + 8 <= n; k++) {
				const h = hash8(u32[k], u32[k + 1]) >>> 12;
				if (bloom[h >> 3] & (1 << (h & 7))) this.confirm(this.longTable.get(h), b, 4 * k, present);
			}
		}
		if (this.hasShort) {
			const bloom = this.shortBloom;
			const u16 = words16;
			for (let k = 0; 2 * k + 4 <= n; k++) {
				const w = (u16[k] | (u16[k + 1] << 16)) >>> 0;
				const h = hash4(w);
				if (bloom[h >> 3] & (1 << (h & 7))) this.confirm(this.shortTable.get(h), b, 2 * k, present);
			}
		}
		return present;
	}

	private confirm(list: Entry[] | undefined, b: Uint8Array, q: number, present: Uint8Array): void {
		if (!list) return;
		for (const e of list) if (!present[e.id] && q >= e.offset && startsWith(b, q - e.offset, e.needle)) present[e.id] = 1;
	}
}

/** Four bytes as one 32-bit number, low byte first; past the end they count as 0. */
function wordAt(b: Uint8Array, at: number): number {
	return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}

function hash4(w: number): number {
	return Math.imul(w, 0x9e3779b1) >>> 12;
}

/** A full 32-bit hash of eight bytes; its top 20 bits index the Bloom filter. */
function hash8(w1: number, w2: number): number {
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
