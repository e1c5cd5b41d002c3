/**
 * A short, seeded slice of the mutation fuzzer (scripts/fuzz/run.ts runs 100,000 cases), and
 * property tests with fast-check: whatever bytes or text arrive, analyze() returns a report that
 * survives the worker boundary, and never throws. The 2 s bound is the fuzzer's hang criterion.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import { makeCase } from '../../fuzz/cases';
import { runCase } from '../../fuzz/run-case';
import { loadSeeds } from '../../fuzz/seeds';

const SLICE = 5000;
const SEED = 20261201;

describe('the mutation fuzzer, seeded slice', () => {
	it(`runs ${SLICE} mutated real inputs without an exception, an unserialisable report or a hang`, async () => {
		const seeds = loadSeeds();
		expect(seeds.length).toBeGreaterThan(40);
		const failures: string[] = [];
		for (let i = 0; i < SLICE; i++) {
			const c = makeCase(SEED, i, seeds);
			const outcome = await runCase(c);
			if (outcome.crash || outcome.unserialisable || outcome.ms > 2000) {
				failures.push(
					`case ${i} (${c.seed}, ${c.mode}, ${c.mutations.join('+')}): ${outcome.crash ?? outcome.unserialisable ?? `${Math.round(outcome.ms)} ms`}`
				);
			}
		}
		expect(failures, `replay with: npx tsx scripts/fuzz/replay.ts --seed ${SEED} --case N`).toEqual([]);
	}, 300_000);
});

const survives = async (inputs: Parameters<typeof analyze>[0]) => {
	const report = await analyze(inputs, { at: '2026-06-01T00:00:00Z' });
	structuredClone(report);
	expect(typeof JSON.stringify(report)).toBe('string');
};

describe('properties of analyze()', () => {
	it('any bytes, as a dropped file, give a report', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (bytes) => survives([{ kind: 'bytes', bytes, name: 'x.bin' }])),
			{ numRuns: 300, seed: SEED }
		);
	});

	it('any text, pasted, gives a report', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 2000, unit: 'grapheme' }), (text) => survives([{ kind: 'text', text }])),
			{ numRuns: 300, seed: SEED }
		);
	});

	it('PEM armour around any bytes, under any label, gives a report', async () => {
		const labels = [
			'CERTIFICATE',
			'X509 CRL',
			'PRIVATE KEY',
			'ENCRYPTED PRIVATE KEY',
			'RSA PRIVATE KEY',
			'EC PRIVATE KEY',
			'PKCS7',
			'CERTIFICATE REQUEST'
		];
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...labels), fc.uint8Array({ maxLength: 3000 }), (label, bytes) => {
				const b64 = Buffer.from(bytes)
					.toString('base64')
					.replace(/.{1,64}/g, '$&\n');
				return survives([{ kind: 'text', text: `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n` }]);
			}),
			{ numRuns: 300, seed: SEED }
		);
	});

	it('error-like text built from real fragments gives a report', async () => {
		const fragments = [
			'pymongo.errors.ServerSelectionTimeoutError: ',
			'[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ',
			'unable to get local issuer certificate',
			' (_ssl.c:1006)',
			'db.example.com:27017',
			'MongoServerSelectionError: ',
			'x509: certificate signed by unknown authority',
			'mongodb+srv://u:p@c.mongodb.net/',
			'\n',
			'Topology Description: <TopologyDescription id: 1, topology_type: Unknown, servers: [',
			'tlsv1 alert internal error'
		];
		await fc.assert(
			fc.asyncProperty(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 30 }), async (parts) => {
				const report = await analyze([{ kind: 'text', text: parts.join('') }], {});
				structuredClone(report);
			}),
			{ numRuns: 300, seed: SEED }
		);
	});
});
