/**
 * Issue 5 in the browser: each diagnosis card marks, in the pasted text, exactly the spans the
 * analysis rests on. The expected spans come from analyze() itself, run here in Node on the same
 * real client output, so the test follows the diagnoser rather than a copy of its answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/lib/core/analyze';
import { expect, open, paste, test } from './fixtures';

const CAPTURED = join(import.meta.dirname, '..', 'fixtures', 'errors', 'captured');
const CASES = ['pymongo/hostname-mismatch.txt', 'node/expired.txt', 'java/missing-intermediate.txt', 'go/untrusted-ca.txt'];

for (const file of CASES) {
	test(`the evidence for ${file} is highlighted in the pasted text`, async ({ guarded: { page } }) => {
		const text = readFileSync(join(CAPTURED, file), 'utf8');
		const report = await analyze([{ kind: 'text', text }]);
		const withEvidence = report.diagnoses.filter((d) => d.evidence.length > 0);
		expect(withEvidence.length, 'the analysis found evidence to show').toBeGreaterThan(0);
		await open(page);
		await paste(page, text);
		for (const diagnosis of withEvidence) {
			const card = page.locator(`[data-diagnosis-id="${diagnosis.id}"]`);
			await expect(card).toContainText(diagnosis.title);
			await expect(card.locator('figcaption')).toContainText('Evidence in your text');
			const marks = (await card.locator('mark').allTextContents()).filter((m) => m.length);
			expect(marks.length).toBeGreaterThan(0);
			// Every span is marked, and nothing else is: marks are the spans (merged where they overlap).
			const spans = diagnosis.evidence.map((e) => e.text);
			for (const span of spans)
				expect(
					marks.some((m) => m.includes(span)),
					`span "${span}" is marked`
				).toBe(true);
			for (const mark of marks)
				expect(
					spans.some((s) => s.includes(mark) || mark.includes(s)),
					`mark "${mark}" is a span`
				).toBe(true);
			// The marks sit in the text as pasted: the excerpt is the paste itself, not a paraphrase.
			const excerpt = (await card.locator('.evidence pre').first().textContent())!;
			expect(text).toContain(excerpt.trim());
		}
	});
}
