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

	describe('a locked PKCS#12 file', () => {
		const P12 = join(ROOT, 'tests/e2e/certs/dropped.p12');
		const PASSWORD = 'Tr0ub4dor-p12-pass';

		it('without a password: says so on stderr and in the report, and does not print "0 certificates" as if that were all', () => {
			const r = cli(['analyze', P12]);
			expect(r.status).toBe(0);
			expect(r.stderr).toMatch(/dropped\.p12 is locked: give its password with --password-env NAME/);
			const report = JSON.parse(r.stdout);
			expect(report.findings.map((f: { id: string }) => f.id)).toContain('input.locked');
			expect(report.verdict.source).toBe('input.locked');
		});

		it('opens with --password-env NAME, and never prints the password', () => {
			const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'analyze', '--password-env', 'P12_PASSWORD', P12], {
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...process.env, P12_PASSWORD: PASSWORD }
			});
			expect(result.status).toBe(0);
			expect(result.stderr).toBe('');
			const report = JSON.parse(result.stdout);
			expect(report.items.filter((i: { kind: string }) => i.kind === 'certificate')).toHaveLength(1);
			expect(result.stdout).not.toContain(PASSWORD);
		});

		it('says the same of an encrypted private key', () => {
			const r = cli(['analyze', join(FIXTURES, 'pkcs12/key-iter-1m.key')]);
			expect(r.status).toBe(0);
			expect(r.stderr).toMatch(/key-iter-1m\.key is locked: give its password with --password-env NAME/);
		});

		it('refuses a --password-env that names no variable, with exit 2', () => {
			const r = cli(['analyze', '--password-env', 'TLS_DOCTOR_UNSET_VARIABLE', P12]);
			expect(r.status).toBe(2);
			expect(r.stderr.trim()).toBe('tls-doctor: --password-env TLS_DOCTOR_UNSET_VARIABLE: no such environment variable is set');
		});

		it('asks for the password on a terminal, without echoing it', () => {
			// A real pseudo-terminal (Python's pty), so stdin and stderr are TTYs as for a person typing.
			const script = [
				'import os, pty, sys',
				'pid, fd = pty.fork()',
				'if pid == 0:',
				`    os.execvp('npm', ['npm', 'run', '--silent', 'cli', '--', 'analyze', '--format', 'markdown', ${JSON.stringify(P12)}])`,
				"out = b''",
				'sent = False',
				'while True:',
				'    try:',
				'        chunk = os.read(fd, 4096)',
				'    except OSError:',
				'        break',
				'    if not chunk:',
				'        break',
				'    out += chunk',
				"    if not sent and b'Password for' in out:",
				`        os.write(fd, ${JSON.stringify(PASSWORD)}.encode() + b'\\r')`,
				'        sent = True',
				'os.waitpid(pid, 0)',
				"sys.stdout.write(out.decode('utf8', 'replace'))"
			].join('\n');
			const r = spawnSync('/usr/bin/python3', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
			expect(r.stdout).toMatch(/Password for .*dropped\.p12: /);
			expect(r.stdout).toContain('# TLS Doctor report');
			expect(r.stdout).toContain('opened with the password');
			expect(r.stdout).not.toContain(PASSWORD);
		});
	});
});
