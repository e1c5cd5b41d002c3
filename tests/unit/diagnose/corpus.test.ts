/**
 * The corpus of real error text (tests/fixtures/errors/index.json): every entry's file exists and
 * gets the top diagnosis the index states. Where the client's text cannot show the true cause
 * (the entry says why), the true cause must still be among the diagnoses, unless the entry says
 * the text carries no trace of it (causeHidden).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_IDS } from '../../../src/lib/core/diagnose/vocabulary';
import { analyzeText, diagnosisIds } from '../../helpers/analyze';
import { sharedPath } from '../../helpers/shared';
import { CORPUS, corpusPath, corpusText } from './corpus';

const REPO = join(import.meta.dirname, '..', '..', '..');

describe('the error-text corpus index', () => {
	it('has entries, each naming a file that exists, a known cause and a known top', () => {
		expect(CORPUS.length).toBeGreaterThan(200);
		for (const entry of CORPUS) {
			expect(existsSync(corpusPath(entry)), entry.file).toBe(true);
			expect(DIAGNOSIS_IDS, entry.file).toContain(entry.top);
			expect(DIAGNOSIS_IDS, entry.file).toContain(entry.cause);
			if (entry.top !== entry.cause) expect(entry.why, `${entry.file} needs a why`).toBeTruthy();
		}
	});

	it('lists every file once', () => {
		const files = CORPUS.map((e) => e.file);
		expect(new Set(files).size).toBe(files.length);
	});

	it('labels public texts with where they come from', () => {
		for (const entry of CORPUS.filter((e) => e.source === 'public')) {
			// A thread or page to read, or a seed document / book it was quoted from.
			expect(entry.url ?? entry.reference, entry.file).toBeTruthy();
			if (entry.url) expect(entry.url, entry.file).toMatch(/^https:\/\//);
			// Seeds are named as ../shared/seeds/…: checked against the shared folder wherever it is.
			if (entry.seed)
				expect(existsSync(sharedPath(entry.seed.replace(/^\.\.\/shared\//, '')) ?? join(REPO, entry.seed)), entry.seed).toBe(true);
			expect(entry.found, entry.file).toBeTruthy();
		}
	});
});

describe('every corpus text gets its top diagnosis', () => {
	for (const entry of CORPUS) {
		it(`${entry.file} → ${entry.top}`, async () => {
			const report = await analyzeText(corpusText(entry));
			const ids = diagnosisIds(report);
			expect(ids[0], `${entry.file}: ${ids.join(', ')}`).toBe(entry.top);
			if (entry.cause !== entry.top && !entry.causeHidden) expect(ids, entry.file).toContain(entry.cause);
			// Evidence spans are exact offsets into the error-text item they name (the page highlights them).
			const top = report.diagnoses[0];
			if (top.id !== 'unknown') expect(top.evidence.length, entry.file).toBeGreaterThan(0);
			for (const d of report.diagnoses) {
				for (const span of d.evidence) {
					const item = report.items.find((i) => i.id === span.itemId);
					expect(item?.kind, entry.file).toBe('error-text');
					const text = item && 'text' in item ? item.text : '';
					expect(text.slice(span.start, span.end), entry.file).toBe(span.text);
				}
			}
		});
	}
});
