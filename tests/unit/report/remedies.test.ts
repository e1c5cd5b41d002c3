import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lib/core/checks/registry';
import { DIAGNOSES } from '../../../src/lib/core/diagnose/catalogue';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { analyzeFiles } from '../../helpers/analyze';

describe('remedy catalogue', () => {
	it('has every remedy a check or diagnosis names', () => {
		const named = [...CHECKS.flatMap((c) => c.remedies), ...Object.values(DIAGNOSES).flatMap((d) => d.remedies)];
		for (const id of named) expect(REMEDIES.has(id), id).toBe(true);
	});

	it('marks every remedy that weakens security', () => {
		for (const id of ['allow-invalid-hostnames', 'allow-invalid-certificates', 'openssl-conf-unsafe-legacy']) {
			expect(REMEDIES.get(id)?.risk, id).toBeTruthy();
		}
	});

	it('never lists a risky remedy before a safe one', async () => {
		const report = await analyzeFiles(['pki/server.crt'], { host: 'wrong.example.org' });
		for (const f of report.findings) {
			const risky = f.remedies.map((id) => Boolean(report.remedies[id]?.risk));
			expect(risky).toEqual([...risky].sort((a, b) => Number(a) - Number(b)));
		}
	});
});
