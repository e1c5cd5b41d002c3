/**
 * Every diagnosis id of the shared vocabulary is the top diagnosis of at least one real text in
 * the corpus (captured from a real client here, or collected from a public report or document),
 * so no id exists only in theory.
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_IDS } from '../../../src/lib/core/diagnose/vocabulary';
import { analyzeText } from '../../helpers/analyze';
import { acceptableTops, CORPUS, corpusText } from './corpus';

describe('vocabulary coverage by real text', () => {
	it('every id is the stated top of some corpus entry, and really comes out on top', async () => {
		const missing: string[] = [];
		for (const id of DIAGNOSIS_IDS) {
			const entries = CORPUS.filter((e) => !e.knownMiss && acceptableTops(e).includes(id));
			let produced = false;
			for (const entry of entries) {
				const report = await analyzeText(corpusText(entry));
				if (report.diagnoses[0]?.id === id) {
					produced = true;
					break;
				}
			}
			if (!produced) missing.push(id);
		}
		expect(missing).toEqual([]);
	});
});
