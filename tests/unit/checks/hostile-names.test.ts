/** cert.deceptive-characters and cert.bad-self-signature, on certificates made by tests/fixtures/make-hostile.sh. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import { bytesInput } from '../../helpers/fixtures';

// The hostile fixtures are valid from the day they were made for a century: analyse at "now".
const run = (files: string[], host?: string) => analyze(files.map(bytesInput), host ? { host } : {});
const byId = (report: Awaited<ReturnType<typeof run>>, id: string) => report.findings.filter((f) => f.id === id);

describe('cert.deceptive-characters', () => {
	it('flags a right-to-left override in the CN and a zero-width space in a DNS name, showing both', async () => {
		const [f] = byId(await run(['hostile/rtl-cn.crt']), 'cert.deceptive-characters');
		expect(f.severity).toBe('error');
		expect(f.detail).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
		expect(f.detail).toContain('U+200B ZERO WIDTH SPACE');
		expect(f.evidence).toContain('subjectAltName DNS: pay⟨U+200B⟩pal.example.com');
		expect(f.evidence).toContain('subject CN: exe.⟨U+202E⟩gpj.example.com');
	});

	it('flags control characters (BEL, ESC, NEL) in a name as a warning', async () => {
		const [f] = byId(await run(['hostile/control-cn.crt']), 'cert.deceptive-characters');
		expect(f.severity).toBe('warning');
		expect(f.detail).toMatch(/U\+0007 BELL.*U\+001B ESCAPE.*U\+0085 NEXT LINE/);
	});

	it('says nothing about ordinary names', async () => {
		expect(byId(await run(['pki/server.crt']), 'cert.deceptive-characters')).toEqual([]);
		expect(byId(await run(['checks/host-idn.crt']), 'cert.deceptive-characters')).toEqual([]);
	});
});

describe('cert.bad-self-signature', () => {
	it('reports a self-issued certificate whose own signature does not verify', async () => {
		const report = await run(['hostile/self-issued-bad.crt']);
		const [f] = byId(report, 'cert.bad-self-signature');
		expect(f.severity).toBe('error');
		expect(f.detail).toMatch(/signature does not match/);
		expect(report.verdict?.source).toBe('cert.bad-self-signature');
	});

	it('is silent for a sound self-signed certificate and for roots that verify', async () => {
		expect(byId(await run(['pki/self-signed.crt']), 'cert.bad-self-signature')).toEqual([]);
		expect(byId(await run(['pki/root-ca.crt', 'pki/intermediate-ca.crt', 'pki/server.crt']), 'cert.bad-self-signature')).toEqual([]);
	});
});
