import { describe, expect, it } from 'vitest';
import { SIGNATURES } from '../../../src/lib/core/diagnose/signatures';
import { DIAGNOSIS_IDS } from '../../../src/lib/core/diagnose/vocabulary';
import { DIAGNOSES } from '../../../src/lib/core/diagnose/catalogue';
import { analyzeText, diagnosisIds } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';

describe('every error signature', () => {
	for (const signature of SIGNATURES) {
		describe(signature.id, () => {
			it('has a citation and examples', () => {
				expect(signature.citation.length).toBeGreaterThan(5);
				expect(signature.examples.length).toBeGreaterThan(0);
				expect(signature.pattern.global).toBe(false);
			});
			for (const example of signature.examples) {
				it(`ranks ${example.top} first for: ${example.text.slice(0, 70)}`, async () => {
					const report = await analyzeText(example.text);
					expect(report.diagnoses[0]?.id).toBe(example.top);
				});
			}
		});
	}
});

describe('the diagnosis catalogue', () => {
	it('explains every id of the shared vocabulary', () => {
		for (const id of DIAGNOSIS_IDS) expect(DIAGNOSES[id]?.title, id).toBeTruthy();
	});
});

describe('real PyMongo text', () => {
	it('unable to get local issuer against localhost → untrusted-ca, with the evidence and facts', async () => {
		const text = fixtureText('errors/pymongo-3.11-local-issuer.txt');
		const report = await analyzeText(text);
		const top = report.diagnoses[0];
		expect(top.id).toBe('untrusted-ca');
		expect(top.confidence).toBe('high');
		expect(top.evidence.length).toBe(2);
		expect(text.slice(top.evidence[0].start, top.evidence[0].end)).toBe('unable to get local issuer certificate');
		expect(top.facts.hosts).toEqual([{ host: 'localhost', port: 27999 }]);
		expect(top.facts.client).toBe('pymongo');
		expect(diagnosisIds(report)).toContain('missing-intermediate');
	});

	it('the same error against Atlas → missing-system-roots first', async () => {
		const text = fixtureText('errors/pymongo-3.11-local-issuer.txt').replaceAll('localhost', 'cluster0-shard-00-01.ab12c.mongodb.net');
		const report = await analyzeText(text);
		expect(report.diagnoses[0]).toMatchObject({ id: 'missing-system-roots', confidence: 'high' });
		expect(report.diagnoses[0].remedies).toContain('install-certificates-command');
	});

	it('with an unknown public host, keeps both causes and asks for the chain', async () => {
		const text = fixtureText('errors/pymongo-3.11-local-issuer.txt').replaceAll('localhost', 'db.acme-corp.com');
		const report = await analyzeText(text);
		expect(diagnosisIds(report).slice(0, 2).sort()).toEqual(['missing-system-roots', 'untrusted-ca']);
		expect(report.diagnoses[0].confidence).toBe('medium');
		expect(report.diagnoses[0].next[0].command).toMatch(/openssl s_client/);
	});
});

describe('unknown text', () => {
	it('yields unknown with a next step rather than a guess', async () => {
		const report = await analyzeText('Error: something failed in my app');
		expect(report.diagnoses.map((d) => d.id)).toEqual(['unknown']);
		expect(report.diagnoses[0].next.length).toBeGreaterThan(0);
	});
});
