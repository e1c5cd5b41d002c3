/**
 * The ranking rules (src/lib/core/diagnose/ranking-rules.ts): every id a rule names exists, and
 * every rule fires on each of its own examples.
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSES } from '../../../src/lib/core/diagnose/catalogue';
import { diagnoseTraced } from '../../../src/lib/core/diagnose/diagnose';
import { RANKING_RULES } from '../../../src/lib/core/diagnose/ranking-rules';
import { SIGNATURES } from '../../../src/lib/core/diagnose/signatures';
import { DIAGNOSIS_IDS } from '../../../src/lib/core/diagnose/vocabulary';
import { resolveContext } from '../../../src/lib/core/context';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const asItem = (text: string) => [{ item: { id: 'item-1', kind: 'error-text' as const, label: '', source: {}, text } }];
const SIGNATURE_IDS = new Set(SIGNATURES.map((s) => s.id));

describe('the ranking rules', () => {
	it('have unique ids', () => {
		const ids = RANKING_RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	for (const rule of RANKING_RULES) {
		describe(rule.id, () => {
			it('names only diagnoses in the catalogue and signatures in the table', () => {
				expect(rule.candidates.length, rule.id).toBeGreaterThan(0);
				for (const id of rule.candidates) {
					expect(DIAGNOSIS_IDS, rule.id).toContain(id);
					expect(DIAGNOSES[id]?.title, `${rule.id}: ${id}`).toBeTruthy();
				}
				for (const id of [...(rule.silences ?? []), ...(rule.by ?? [])]) expect(SIGNATURE_IDS.has(id), `${rule.id}: ${id}`).toBe(true);
				if (rule.effect === 'silence') expect(rule.silences?.length, rule.id).toBeGreaterThan(0);
			});

			it('says why, and where from', () => {
				expect(rule.because.length).toBeGreaterThan(20);
				expect(rule.citation.length).toBeGreaterThan(5);
				expect(rule.examples.length).toBeGreaterThan(0);
			});

			for (const example of rule.examples) {
				it(`fires on: ${example.slice(0, 70)}`, () => {
					const { diagnoses, fired } = diagnoseTraced(asItem(example), context);
					expect(fired, `${rule.id}: ${diagnoses.map((d) => d.id).join(', ')}`).toContain(rule.id);
					// A silence rule's example still gets a diagnosis from the specific signature that silenced.
					expect(diagnoses[0]?.id).not.toBe('unknown');
				});
			}
		});
	}
});

describe('the sort key', () => {
	const top = (text: string) => diagnoseTraced(asItem(text), context).diagnoses.map((d) => d.id);

	it('the worked example of ranking-rules.ts and docs/RANKING.md', () => {
		const text =
			'pymongo.errors.ServerSelectionTimeoutError: db.internal:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992), Timeout: 30s';
		const { diagnoses, fired } = diagnoseTraced(asItem(text), context);
		expect(diagnoses.map((d) => [d.id, d.confidence])).toEqual([
			['untrusted-ca', 'high'],
			['missing-intermediate', 'low'],
			['ca-file-incomplete', 'low']
		]);
		expect([...fired].sort()).toEqual(['wrappers-speak-last']);
		expect(diagnoses[0].evidence[0].start).toBe(text.indexOf('unable to get local issuer'));
		expect(top(text.replace('db.internal', 'cluster0.abcde.mongodb.net'))[0]).toBe('missing-system-roots');
		// The event table's next rule up: a tlsCAFile in the paste.
		const withCaFile = diagnoseTraced(asItem(`mongodb://db.internal:27017/?tls=true&tlsCAFile=/etc/ssl/ca.pem\n${text}`), context);
		expect(withCaFile.diagnoses.slice(0, 2).map((d) => [d.id, d.confidence])).toEqual([
			['ca-file-incomplete', 'medium'],
			['missing-intermediate', 'medium']
		]);
		expect(withCaFile.events).toContain('unknown-issuer.ca-file-given');
		expect(diagnoseTraced(asItem(text), context).events).toEqual(new Set(['unknown-issuer.private-host']));
	});

	it('puts a misspelled TLS option ahead of its outcome wherever the warning is printed', () => {
		for (const example of RANKING_RULES.find((r) => r.id === 'misspelled-tls-option-before-its-outcome')!.examples)
			expect(top(example)[0]).toBe('unknown-option');
	});
});
