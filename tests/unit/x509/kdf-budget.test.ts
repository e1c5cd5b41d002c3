/** Iteration counts read from an INTEGER's bytes, and the limits every key derivation is priced against. */
import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import {
	countOf,
	iterationRefusal,
	MAX_ITERATIONS,
	MAX_WORK,
	pbkdf2Work,
	pkcs12KdfWork,
	WorkBudget
} from '../../../src/lib/core/x509/kdf-budget';

const content = (...b: number[]) => Uint8Array.from(b);

describe('countOf', () => {
	it('reads counts of four bytes and more, which asn1js reads as 0', () => {
		const der = new asn1js.Integer({ value: 16_777_216 }).toBER();
		const parsed = asn1js.fromBER(der).result as asn1js.Integer;
		expect(parsed.valueBlock.valueDec).toBe(0);
		expect(countOf(parsed.valueBlock.valueHexView)).toBe(16_777_216);
		expect(countOf(content(0x7f, 0xff, 0xff, 0xff))).toBe(2_147_483_647);
		expect(countOf(content(0x00, 0x80, 0x00, 0x00, 0x00))).toBe(2 ** 31);
	});

	it('is exact up to 2^31, Infinity beyond, undefined when negative or empty', () => {
		expect(countOf(content(0x00, 0x80, 0x00, 0x00, 0x01))).toBe(Infinity);
		expect(countOf(content(0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toBe(Infinity);
		expect(countOf(content(0x00, 0x00, 0x08, 0x00))).toBe(2048);
		expect(countOf(content(0x80))).toBeUndefined();
		expect(countOf(content())).toBeUndefined();
	});
});

describe('limits', () => {
	it('refuses counts past the per-derivation limit, naming the count and the limit', () => {
		expect(iterationRefusal(2048)).toBeUndefined();
		expect(iterationRefusal(MAX_ITERATIONS)).toBeUndefined();
		expect(iterationRefusal(2 ** 31)).toBe(
			'iteration count 2147483648 is beyond the limit of 5,000,000 per key derivation (real files use 2,048 to about 1,000,000)'
		);
		expect(iterationRefusal(Infinity)).toMatch(/^iteration count over 2147483648 is beyond the limit of 5,000,000/);
		expect(iterationRefusal(0)).toBe('iteration count 0 is not valid (it must be at least 1)');
	});

	it('prices derivations in SHA-256 compressions: HMAC is two, SHA-512 three times SHA-256', () => {
		expect(pbkdf2Work('SHA-256', 600_000, 32)).toBe(1_200_000);
		expect(pbkdf2Work('SHA-1', 1000, 32)).toBe(4000); // two 20-byte blocks for an AES-256 key
		expect(pkcs12KdfWork('SHA-512', 200_000, 64)).toBe(600_000);
	});

	it('a budget takes what fits and refuses, taking nothing, what does not', () => {
		const budget = new WorkBudget();
		expect(budget.take(MAX_WORK - 10)).toBeUndefined();
		expect(budget.take(11)).toBe('it would bring the hashing for this input to 10,000,001 blocks, beyond the limit of 10,000,000');
		expect(budget.take(10)).toBeUndefined();
	});
});
