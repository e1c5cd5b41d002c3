import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function cli(args: string[], input?: string | Buffer) {
	const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, input, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts the CLI (tsx) several times: slow on two shared cores.
describe('the command line', { timeout: 90_000 }, () => {
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

	it('takes the environment and writes the steps for it into JSON and Markdown', () => {
		const file = join(FIXTURES, 'pki/server.crt');
		const env = ['--os', 'windows', '--shell', 'powershell', '--client', 'node', '--python', 'python.org'];
		const json = cli(['analyze', '--host', 'wrong.example.org', ...env, file]);
		expect(json.status).toBe(0);
		const report = JSON.parse(json.stdout);
		expect(report.context).toMatchObject({ os: 'windows', shell: 'powershell', client: 'node', python: 'python.org' });
		const remedy = report.remedies['reissue-with-san'];
		const command = remedy.steps.find((s: { kind: string }) => s.kind === 'command');
		expect(command.shell).toBe('powershell');
		expect(command.text).toContain('Get-Content mongodb-server.key, mongodb-server.crt | Set-Content mongodb-server.pem');
		const md = cli(['analyze', '--format', 'markdown', '--host', 'wrong.example.org', ...env, file]);
		expect(md.stdout).toContain('## Steps (OS windows, Python from python.org, shell powershell, client node)');
		expect(md.stdout).toContain('```powershell');
		expect(md.stdout).toContain("new MongoClient('mongodb://db.example.com:27017/'");
		// Another OS, other steps.
		const debian = cli(['analyze', '--format', 'markdown', '--host', 'wrong.example.org', '--os', 'debian', file]);
		expect(debian.stdout).toContain('```sh');
		expect(debian.stdout).not.toContain('```powershell');
	});

	it('refuses an environment value it does not know, in one line, exit 2', () => {
		for (const [flag, value] of [
			['--os', 'solaris'],
			['--python', 'jython'],
			['--shell', 'tcsh'],
			['--client', 'rust']
		]) {
			const r = cli(['analyze', flag, value]);
			expect(r.status, flag).toBe(2);
			const lines = r.stderr.trim().split('\n');
			expect(lines, flag).toHaveLength(1);
			expect(lines[0]).toMatch(new RegExp(`^tls-doctor: ${flag} must be one of .+ \\(got "${value}"\\)`));
		}
		expect(cli(['analyze', '--help']).stdout).toMatch(/--shell {2,}bash\|zsh\|fish\|powershell\|cmd/);
	});

	it('never prints a password that was pasted inside an error text', () => {
		const text = 'ServerSelectionTimeoutError: mongodb://app:Cli-S3cret-Pa55@db.example.com/?tls=true [SSL: CERTIFICATE_VERIFY_FAILED]';
		for (const format of ['json', 'markdown']) {
			const r = cli(['analyze', '--format', format], text);
			expect(r.status).toBe(0);
			expect(r.stdout).not.toContain('Cli-S3cret-Pa55');
			expect(r.stdout).toContain('app:****@');
		}
	});
});
