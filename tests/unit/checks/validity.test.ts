import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

describe('cert.expired', () => {
	it('flags a certificate past notAfter, naming the date', async () => {
		const report = await analyzeFiles(['pki/server-expired.crt']);
		const f = report.findings.find((x) => x.id === 'cert.expired');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1', citation: expect.stringContaining('RFC 5280') });
		expect(f?.evidence).toContain('notAfter: 2021-01-01T00:00:00.000Z');
		expect(f?.remedies).toContain('renew-certificate');
		expect(report.verdict?.source).toBe('cert.expired');
	});

	it('passes a certificate within its dates', async () => {
		const report = await analyzeFiles(['pki/server.crt']);
		expect(findingIds(report)).not.toContain('cert.expired');
		expect(findingIds(report)).toContain('cert.valid');
	});

	it('respects the validation time', async () => {
		const report = await analyzeFiles(['pki/server-expired.crt'], { at: '2020-06-01T00:00:00Z' });
		expect(findingIds(report)).not.toContain('cert.expired');
	});
});

describe('cert.not-yet-valid', () => {
	it('flags a certificate before notBefore', async () => {
		const report = await analyzeFiles(['pki/server-not-yet-valid.crt']);
		const f = report.findings.find((x) => x.id === 'cert.not-yet-valid');
		expect(f).toMatchObject({ severity: 'error' });
		expect(f?.remedies[0]).toBe('check-clock');
	});

	it('names clock skew when the start is hours away', async () => {
		const report = await analyzeFiles(['pki/server-not-yet-valid.crt'], { at: '2089-12-31T20:00:00Z' });
		expect(report.findings.find((x) => x.id === 'cert.not-yet-valid')?.detail).toMatch(/clock/);
	});

	it('passes a certificate already valid', async () => {
		expect(findingIds(await analyzeFiles(['pki/server.crt']))).not.toContain('cert.not-yet-valid');
	});
});
