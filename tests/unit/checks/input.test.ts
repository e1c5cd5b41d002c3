import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../../src/lib/core/model/context';
import { analyzeInputs, analyzeText, findingIds } from '../../helpers/analyze';

describe('input.unrecognized / input.empty', () => {
	it('says what the tool accepts for an empty paste', async () => {
		const report = await analyzeText('   \n ');
		expect(findingIds(report)).toEqual(['input.empty']);
		expect(report.findings[0].detail).toMatch(/certificates/);
	});

	it('says what the tool accepts for random prose', async () => {
		const report = await analyzeText('the quick brown fox jumps over the lazy dog');
		expect(findingIds(report)).toEqual(['input.unrecognized']);
		expect(report.diagnoses).toEqual([]);
	});

	it('names a PNG instead of calling it broken DER', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const report = await analyzeInputs([{ kind: 'bytes', bytes: png, name: 'screenshot.png' }]);
		expect(report.items[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/PNG image/) });
		expect(findingIds(report)).toContain('input.unrecognized');
	});

	it('survives random bytes', async () => {
		const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
		const report = await analyzeInputs([{ kind: 'bytes', bytes: noise }]);
		expect(report.items[0].kind).toBe('unreadable');
	});

	it('explains truncated DER with byte counts', async () => {
		const report = await analyzeInputs([{ kind: 'bytes', bytes: new Uint8Array([0x30, 0x82, 0x04, 0x00, 1, 2, 3]), name: 'cut.der' }]);
		expect(report.items[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/truncated DER: ends at byte 7 of 1028/) });
	});
});

describe('input.locked', () => {
	const p12 = (): AnalyzeInput[] => [
		{ kind: 'bytes', bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../e2e/certs/dropped.p12'))), name: 'dropped.p12' }
	];

	it('says a .p12 without its password is locked, and makes that the verdict instead of an empty report', async () => {
		const report = await analyzeInputs(p12());
		expect(findingIds(report)).toEqual(['input.locked']);
		expect(report.findings[0]).toMatchObject({ severity: 'warning', title: expect.stringMatching(/dropped\.p12 is locked/) });
		expect(report.findings[0].detail).toMatch(/--password-env/);
		expect(report.verdict).toMatchObject({ source: 'input.locked' });
		expect(report.remedies['pkcs12-password']).toBeDefined();
	});

	it('says when the password given does not open it', async () => {
		const report = await analyzeInputs(p12(), { password: 'not-the-password' });
		expect(report.findings.find((f) => f.id === 'input.locked')?.title).toMatch(/does not open dropped\.p12/);
	});

	it('is gone once the right password opens the file', async () => {
		const report = await analyzeInputs(p12(), { password: 'Tr0ub4dor-p12-pass' });
		expect(findingIds(report)).not.toContain('input.locked');
		expect(report.items.filter((i) => i.kind === 'certificate')).toHaveLength(1);
		expect(report.verdict?.source).not.toBe('input.locked');
	});
});
