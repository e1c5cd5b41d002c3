import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { analyzeFiles, analyzeText } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';

describe('toMarkdown', () => {
	it('carries the verdict, findings and fingerprints', async () => {
		const report = await analyzeFiles(['pki/server-expired.crt']);
		const md = toMarkdown(report);
		expect(md).toContain('**Verdict:**');
		expect(md).toContain('`cert.expired`');
		expect(md).toContain(report.items[0].kind === 'certificate' ? report.items[0].certificate.sha256 : 'x');
	});

	it('keeps pasted markup inert', async () => {
		const md = toMarkdown(await analyzeText('<script>alert(1)</script> ' + fixtureText('errors/pymongo-3.11-local-issuer.txt')));
		expect(md).not.toContain('<script>');
	});
});
