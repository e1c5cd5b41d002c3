import { describe, expect, it } from 'vitest';
import { analyzeText, findingIds } from '../../helpers/analyze';

describe('host.invalid', () => {
	it('says why a host that is not a host is used nowhere', async () => {
		const report = await analyzeText('CERTIFICATE_VERIFY_FAILED', { host: 'db.example.com; touch /tmp/x' });
		const f = report.findings.find((x) => x.id === 'host.invalid')!;
		expect(f.severity).toBe('warning');
		expect(f.detail).toMatch(/spaces/);
		const commands = Object.values(report.remedies).flatMap((r) => r.steps.filter((s) => s.kind === 'command').map((s) => s.text));
		expect(commands.some((c) => c.includes('touch'))).toBe(false);
	});

	it('stays quiet for names, addresses and host:port', async () => {
		for (const host of ['db.example.com', '10.0.0.5', '[::1]:27017', 'db.example.com:27018']) {
			expect(findingIds(await analyzeText('CERTIFICATE_VERIFY_FAILED', { host }))).not.toContain('host.invalid');
		}
	});
});
