/**
 * A small seeded PRNG (xorshift128+ folded to 32 bits) so every fuzz case can be replayed from
 * its seed and index: a crash report names `--seed S --case N` and nothing else is needed.
 */
export class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		// splitmix32 spreads a small integer seed over the whole state.
		let s = seed >>> 0;
		const next = () => {
			s = (s + 0x9e3779b9) >>> 0;
			let z = s;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
			return (z ^ (z >>> 16)) >>> 0;
		};
		this.a = next();
		this.b = next();
		this.c = next();
		this.d = next() || 1;
	}

	/** Uniform 32-bit unsigned integer (xoshiro128**). */
	u32(): number {
		const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
		const t = this.b << 9;
		this.c ^= this.a;
		this.d ^= this.b;
		this.b ^= this.c;
		this.a ^= this.d;
		this.c ^= t;
		this.d = rotl(this.d, 11);
		return result;
	}

	/** Integer in [0, n). */
	int(n: number): number {
		return n <= 0 ? 0 : this.u32() % n;
	}

	chance(p: number): boolean {
		return this.u32() / 0x100000000 < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}
}

function rotl(x: number, k: number): number {
	return ((x << k) | (x >>> (32 - k))) >>> 0;
}
