/**
 * Issue 16: when a driver's own option error names the option (driver-options table), the
 * connection-string remedy names it back, checked as one word; a name that is not one is not shown.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import { checkedFacts } from '../../../src/lib/core/remedies/facts';

const stepsOf = async (text: string) => {
	const report = await analyze([{ kind: 'text', text }], { at: '2026-01-01T00:00:00Z' });
	const ids = report.diagnoses.flatMap((d) => d.remedies);
	return JSON.stringify(ids.map((id) => report.remedies[id]));
};

describe('the option a driver names', () => {
	it('is named in the fix-uri-options steps (Node 7.9 capture)', async () => {
		expect(await stepsOf('MongoParseError: option tlscafil is not supported')).toContain('names the option \\"tlscafil\\"');
	});
	it('is named for a conflict (PyMongo 3.11 capture)', async () => {
		const steps = await stepsOf(
			'pymongo.errors.InvalidURI: URI options tlsInsecure and tlsAllowInvalidCertificates cannot be specified simultaneously.'
		);
		expect(steps).toContain('names the option \\"tlsInsecure\\"');
	});
	it('is left out when it is not one word', () => {
		expect(checkedFacts({ optionNamed: 'tls; rm -rf /' }).optionNamed).toBeUndefined();
		expect(checkedFacts({ optionNamed: 'tlsCAFile' }).optionNamed).toBe('tlsCAFile');
	});
});
