/** The synchronous SHA family behind the PKCS#12 key derivation, against OpenSSL's (node:crypto). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shaSync, type ShaName } from '../../../src/lib/core/x509/sha';
import { Random } from '../../fuzz/random';

const NODE: Record<ShaName, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

describe('shaSync', () => {
	for (const name of Object.keys(NODE) as ShaName[]) {
		it(`${name} equals OpenSSL's for every length around the block boundaries and random inputs`, () => {
			const rng = new Random(42);
			const lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 200, 1000];
			for (const length of lengths) {
				const input = Uint8Array.from({ length }, () => rng.int(256));
				const expected = createHash(NODE[name]).update(input).digest('hex');
				expect(Buffer.from(shaSync(name, input)).toString('hex'), `${name} of ${length} bytes`).toBe(expected);
			}
		});
	}
});
