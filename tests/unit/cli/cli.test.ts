import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function cli(args: string[], input?: string | Buffer) {
	const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, input, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line', () => {
	it('prints a JSON report for a certificate file, with --host and --at', () => {
		const r = cli(['analyze', '--host', 'wrong.example.org', '--at', '2026-06-01T00:00:00Z', join(FIXTURES, 'pki/server.crt')]);
		expect(r.status).toBe(0);
		const report = JSON.parse(r.stdout);
		expect(report.items[0].kind).toBe('certificate');
		expect(report.findings.map((f: { id: string }) => f.id)).toContain('host.mismatch');
		expect(report.context).toMatchObject({ host: 'wrong.example.org', at: '2026-06-01T00:00:00.000Z' });
	});

	it('reads standard input and prints Markdown', () => {
		const r = cli(
			['analyze', '--format', 'markdown'],
			'[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:992)'
		);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^# TLS Doctor report/);
		expect(r.stdout).toContain('cert-expired');
	});

	it('exits 0 with a friendly finding for input it cannot use', () => {
		const r = cli(['analyze', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).findings[0].id).toBe('input.unrecognized');
	});

	it('exits 2 with one line for a missing file', () => {
		const r = cli(['analyze', '/nonexistent/cert.pem']);
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toEqual(['tls-doctor: /nonexistent/cert.pem: no such file']);
	});

	it('exits 2 on a usage error, without a stack trace', () => {
		const r = cli(['analyze', '--role', 'admin']);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^tls-doctor: --role must be/);
		expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
		expect(cli(['frobnicate']).status).toBe(2);
		expect(cli(['analyze', '--at', 'yesterday']).status).toBe(2);
	});
});
