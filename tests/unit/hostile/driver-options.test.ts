/**
 * Issue 16: the driver-options signatures stay linear on 2 MB of the runs that would make them
 * retry: their class frame and message starts repeated without end, and a value run at its bound.
 */
import { describe, expect, it } from 'vitest';
import { DRIVER_OPTION_SIGNATURES } from '../../../src/lib/core/diagnose/tables/driver-options-signatures';

const RUNS: Record<string, string> = {
	'class frame': 'Mongo'.repeat(400_000),
	'message start': 'MongoParseError: option '.repeat(80_000),
	'quoted option': "MongoAPIError: The '".repeat(100_000),
	'PyMongo conflict': 'URI options a and '.repeat(100_000),
	'value at its bound': ('MongoParseError: Username contains unescaped characters ' + 'a'.repeat(190) + '\n').repeat(8_000)
};

describe('driver-options signatures on hostile runs', () => {
	for (const signature of DRIVER_OPTION_SIGNATURES)
		for (const [name, text] of Object.entries(RUNS))
			it(`${signature.id}: ${name}, ${text.length} characters, under 600 ms`, () => {
				const pattern = new RegExp(signature.pattern.source, signature.pattern.flags + 'i');
				const t0 = performance.now();
				pattern.exec(text);
				expect(performance.now() - t0).toBeLessThan(600);
			});
});
