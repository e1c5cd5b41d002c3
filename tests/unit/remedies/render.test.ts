import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { DIMENSIONS, ENVIRONMENT_CHOICES, type Environment } from '../../../src/lib/core/model/environment';
import { orderRemedyIds, remedyApplies, renderRemedies, renderRemedy } from '../../../src/lib/core/remedies/render';
import type { Remedy } from '../../../src/lib/core/model/report';
import { analyzeFiles, analyzeText } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';
import { FACTS, renderAll } from './matrix';

const ALL = renderAll();

/** What a person sees of the steps, without the tags: used to tell whether a choice changed anything. */
const visible = (r: Remedy | undefined) => JSON.stringify(r?.steps.map((s) => [s.kind, s.text, s.filename ?? '', s.label ?? '']));

describe('every remedy', () => {
	it('says why it works and how to check it worked, in every environment', () => {
		expect(ALL.length).toBeGreaterThan(REMEDIES.size * 100);
		for (const { remedy } of ALL) {
			const why = remedy.steps[0];
			const verify = remedy.steps.at(-1)!;
			expect(why.role, remedy.id).toBe('why');
			expect(why.text.length, remedy.id).toBeGreaterThan(40);
			expect(verify.role, remedy.id).toBe('verify');
			expect(verify.text, remedy.id).toMatch(/^Check it worked: .{20,}/);
			expect(remedy.steps.length, remedy.id).toBeGreaterThan(2);
		}
	});

	it('names where its facts come from', () => {
		for (const t of REMEDIES.values()) expect(t.source.length, t.id).toBeGreaterThan(5);
	});

	it('lists the placeholders left in each step', () => {
		const r = renderRemedy('use-tlscafile', { client: 'pymongo', os: 'debian' })!;
		const code = r.steps.find((s) => s.kind === 'code')!;
		// No connection string pasted: the snippet reads the person's own, and invents no host.
		expect(code.text).toContain('os.environ["MONGODB_URI"]');
		expect(code.text).not.toMatch(/mongodb(\+srv)?:\/\//);
		expect(code.placeholders).toEqual(expect.arrayContaining(['/path/to/ca.pem']));
		const known = renderRemedy('use-tlscafile', { client: 'pymongo', os: 'debian' }, FACTS)!.steps.find((s) => s.kind === 'code')!;
		expect(known.placeholders).toEqual(expect.arrayContaining(['YOUR_PASSWORD', '/path/to/ca.pem']));
	});
});

describe('risky remedies', () => {
	// Driver settings that switch verification off, in any client's syntax.
	const WEAKENING =
		/tlsInsecure[=:]\s*(?:true|True)|tlsAllowInvalid(?:Certificates|Hostnames)[=:]\s*(?:true|True)|--tlsAllowInvalid|UnsafeLegacyServerConnect|tlsDisableOCSPEndpointCheck[=:]\s*(?:true|True)|AllowInsecureTls = true|invalidHostNameAllowed\(true\)|RemoteCertificateNameMismatch|allowConnectionsWithoutCertificates: true/;

	it('carry risk whenever a step switches verification off, and say what it exposes', () => {
		let weakening = 0;
		for (const { remedy } of ALL) {
			const weakens = remedy.steps.some((s) => s.kind !== 'text' && WEAKENING.test(s.text));
			if (weakens) {
				weakening++;
				expect(remedy.risk, `${remedy.id} weakens security without saying so`).toMatch(/.{40,}/);
			}
		}
		expect(weakening).toBeGreaterThan(0);
	});

	it('include the ones the brief names', () => {
		for (const id of [
			'allow-invalid-hostnames',
			'allow-invalid-certificates',
			'allow-tls-insecure',
			'openssl-conf-unsafe-legacy',
			'disable-ocsp-endpoint-check'
		]) {
			expect(REMEDIES.get(id)?.risk, id).toBeTruthy();
		}
	});

	it('sort after every safe remedy, keeping the order otherwise, whatever order they are named in', () => {
		const ids = [...REMEDIES.keys()];
		fc.assert(
			fc.property(fc.shuffledSubarray(ids, { minLength: 1 }), fc.array(fc.constantFrom(...ids), { maxLength: 5 }), (subset, dupes) => {
				const input = [...subset, ...dupes];
				const out = orderRemedyIds(input);
				expect(new Set(out).size).toBe(out.length);
				expect(new Set(out)).toEqual(new Set(input));
				const risky = out.map((id) => Boolean(REMEDIES.get(id)!.risk));
				const firstRisky = risky.indexOf(true);
				if (firstRisky >= 0) expect(risky.slice(firstRisky).every(Boolean)).toBe(true);
				const firstSeen = (list: string[]) => [...new Set(list)];
				const safeIn = firstSeen(input).filter((id) => !REMEDIES.get(id)!.risk);
				expect(out.filter((id) => !REMEDIES.get(id)!.risk)).toEqual(safeIn);
			})
		);
	});

	it('come last in reports built from real input', async () => {
		const reports = [
			await analyzeFiles(['pki/server.crt'], { host: 'wrong.example.org', os: 'macos', client: 'node' }),
			await analyzeText(fixtureText('errors/pymongo-3.11-local-issuer.txt'), { os: 'windows', shell: 'cmd' })
		];
		let lists = 0;
		for (const report of reports) {
			for (const list of [...report.findings.map((f) => f.remedies), ...report.diagnoses.map((d) => d.remedies)]) {
				const risky = list.map((id) => Boolean(REMEDIES.get(id)?.risk));
				expect(risky).toEqual([...risky].sort((a, b) => Number(a) - Number(b)));
				lists++;
			}
		}
		expect(lists).toBeGreaterThan(0);
	});
});

describe('the environment', () => {
	/** A few starting points, so a dimension is tried with the others both known and unknown. */
	const BASES: Environment[] = [
		{},
		{ os: 'debian', shell: 'bash', client: 'pymongo', python: 'pyenv' },
		{ os: 'windows', shell: 'powershell', client: 'node', python: 'python.org' },
		{ os: 'macos', shell: 'zsh', client: 'pymongo', python: 'python.org' },
		{ os: 'debian', shell: 'bash', client: 'pymongo', python: 'system' },
		{ os: 'rhel', shell: 'fish', client: 'mongosh', python: 'conda' }
	];

	it('changes the steps exactly along the dimensions each remedy declares', () => {
		const wrong: string[] = [];
		for (const [id, t] of REMEDIES) {
			for (const dim of DIMENSIONS) {
				let changed = false;
				// With the person's connection string and without one (then snippets read MONGODB_URI, in the shell's own syntax).
				for (const facts of [FACTS, { ...FACTS, connection: undefined }])
					for (const base of BASES) {
						// The OS also picks the default shell; hold the shell still to see the OS's own effect.
						const start = dim === 'os' ? { shell: 'bash', ...base } : base;
						const renderings = new Set(
							ENVIRONMENT_CHOICES[dim]
								.map((o) => renderRemedy(id, { ...start, [dim]: o.id }, facts))
								.filter(Boolean)
								.map(visible)
						);
						if (renderings.size > 1) changed = true;
					}
				if (changed !== t.varies.includes(dim)) wrong.push(`${id} ${changed ? 'varies' : 'does not vary'} by ${dim}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('switches shell syntax for the same remedy', () => {
		const step = (shell: string) =>
			renderRemedy('ssl-cert-file-certifi', {
				os: shell === 'powershell' || shell === 'cmd' ? 'windows' : 'debian',
				shell,
				python: 'pyenv',
				client: 'pymongo'
			})!.steps.find((s) => s.kind === 'command' && s.text.includes('SSL_CERT_FILE'))!;
		expect(step('bash').text).toBe('export SSL_CERT_FILE="$(python3 -c "import certifi; print(certifi.where())")"');
		expect(step('fish').text).toBe('set -gx SSL_CERT_FILE (python3 -c "import certifi; print(certifi.where())")');
		expect(step('powershell').text).toBe('$env:SSL_CERT_FILE = (python -c "import certifi; print(certifi.where())")');
		expect(step('cmd').text).toBe(
			'for /f "delims=" %i in (\'python -c "import certifi; print(certifi.where())"\') do set "SSL_CERT_FILE=%i"'
		);
		expect(step('cmd').shell).toBe('cmd');
	});

	it('uses portable PyPy’s own interpreter, as PyMongo documents for it', () => {
		const r = renderRemedy('ssl-cert-file-certifi', { python: 'pypy-portable', shell: 'bash' })!;
		const commands = r.steps.filter((s) => s.kind === 'command').map((s) => s.text);
		expect(commands).toContain('pypy -m pip install -U "certifi"');
		expect(commands).toContain('export SSL_CERT_FILE="$(pypy -c "import certifi; print(certifi.where())")"');
		expect(r.steps.some((s) => s.role === 'caution' && /corporate|company/.test(s.text))).toBe(true);
	});

	it('writes each client’s own syntax for tlsCAFile', () => {
		const render = (client: string) =>
			renderRemedy('use-tlscafile', { client, os: 'debian', shell: 'bash' }, FACTS)!
				.steps.map((s) => s.text)
				.join('\n');
		expect(render('pymongo')).toContain('tlsCAFile="/path/to/ca.pem"');
		expect(render('node')).toContain("tlsCAFile: '/path/to/ca.pem'");
		// The connection string bare or in quotes: the same word to the shell.
		// mongosh asks for the password itself, so the user stays and the password placeholder goes.
		expect(render('mongosh')).toMatch(/mongosh (["']?)mongodb:\/\/app@db\.example\.com:27018\/\1 --tls --tlsCAFile \/path\/to\/ca\.pem/);
		expect(render('compass')).toContain('Certificate Authority (.pem)');
		expect(render('java')).toMatch(/keytool -importcert .*-file \/path\/to\/ca\.pem/);
		expect(render('java')).toContain('"-Djavax.net.ssl.trustStore=truststore.p12"');
		expect(render('go')).toContain('tls.Config{RootCAs: pool}');
		expect(render('csharp')).toContain('sudo update-ca-certificates');
	});

	it('leaves out remedies the environment rules out, and keeps them while it is unknown', () => {
		expect(remedyApplies('install-certificates-command', {})).toBe(true);
		expect(remedyApplies('install-certificates-command', { os: 'macos', python: 'python.org' })).toBe(true);
		expect(remedyApplies('install-certificates-command', { os: 'debian' })).toBe(false);
		expect(remedyApplies('install-certificates-command', { os: 'macos', python: 'homebrew' })).toBe(false);
		expect(renderRemedy('certifi-tlscafile', { client: 'java' })).toBeUndefined();
		expect(Object.keys(renderRemedies(['install-certificates-command', 'update-os-ca-store'], { os: 'alpine' }))).toEqual([
			'update-os-ca-store'
		]);
	});

	it('says which environment the steps were written for', () => {
		expect(renderRemedy('check-clock', { os: 'macos', shell: 'zsh', client: 'go' })!.environment).toBe('macos, zsh');
		expect(renderRemedy('pair-key-with-cert', { os: 'macos' })!.environment).toBe('any');
	});

	it('shows every OS’s variant, labelled, while the OS is unknown', () => {
		const r = renderRemedy('update-os-ca-store', {})!;
		const labels = new Set(r.steps.map((s) => s.label).filter(Boolean));
		expect(labels).toEqual(expect.objectContaining({ size: expect.any(Number) }));
		for (const l of ['macOS', 'Windows', 'Debian / Ubuntu', 'RHEL / Fedora / Amazon Linux', 'Alpine Linux', 'A Docker image'])
			expect(labels.has(l), l).toBe(true);
		const docker = renderRemedy('update-os-ca-store', { os: 'docker' })!.steps.filter((s) => s.filename === 'Dockerfile');
		expect(docker.map((s) => s.text).join('\n')).toMatch(
			/apt-get install -y --no-install-recommends ca-certificates[\s\S]*apk add --no-cache ca-certificates/
		);
	});
});

describe('the person’s facts', () => {
	it('put their Python version in the Install Certificates path, and a placeholder otherwise', () => {
		const env = { os: 'macos', python: 'python.org', shell: 'zsh' };
		const known = renderRemedy('install-certificates-command', env, { pythonVersion: '3.12' })!;
		// Double or single quotes: the same path to the shell.
		expect(known.steps.map((s) => s.text)).toEqual(
			expect.arrayContaining([expect.stringMatching(/^open (["'])\/Applications\/Python 3\.12\/Install Certificates\.command\1$/)])
		);
		const unknown = renderRemedy('install-certificates-command', env)!;
		const open = unknown.steps.find((s) => s.text.startsWith('open '))!;
		expect(open.placeholders).toEqual(['YOUR_PYTHON_VERSION']);
	});

	it('name the certificate’s names and the host in hostname remedies', () => {
		const r = renderRemedy(
			'connect-with-listed-name',
			{ client: 'pymongo' },
			{ host: '10.0.0.9', certificateNames: ['db1.example.com', '10.0.0.5'] }
		)!;
		const all = r.steps.map((s) => s.text).join('\n');
		expect(all).toContain('The certificate lists: db1.example.com, 10.0.0.5. You connect to 10.0.0.9.');
		expect(all).toContain('"mongodb://db1.example.com:27017/"');
		const san = renderRemedy(
			'reissue-with-san',
			{},
			{ host: 'db.internal', certificateNames: ['db1.example.com', '10.0.0.5'] }
		)!.steps.find((s) => s.kind === 'file')!;
		expect(san.text).toMatch(/DNS\.1 = db\.internal\nDNS\.2 = db1\.example\.com\nIP\.1 = 10\.0\.0\.5/);
		const hosts = renderRemedy(
			'fix-dns-or-hosts',
			{ os: 'windows', shell: 'powershell' },
			{ host: '10.0.0.9', certificateNames: ['db1.example.com'] }
		)!;
		// Double or single quotes: both are the literal line to PowerShell.
		expect(hosts.steps.map((s) => s.text)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^Add-Content -Path C:\\Windows\\System32\\drivers\\etc\\hosts -Value (["'])10\.0\.0\.9 {2}db1\.example\.com\1$/
				)
			])
		);
	});

	it('write the certificate subject into the createUser command', () => {
		const r = renderRemedy('create-x509-user', {}, { clientSubject: FACTS.clientSubject })!;
		expect(r.steps.find((s) => s.kind === 'code')!.text).toContain(`createUser: "${FACTS.clientSubject}"`);
		const without = renderRemedy('create-x509-user', {})!;
		expect(without.steps.some((s) => s.text.includes('-nameopt RFC2253'))).toBe(true);
	});

	it('come from the report: host, SANs of the server certificate', async () => {
		const report = await analyzeFiles(['pki/server.crt'], { host: 'wrong.example.org', client: 'pymongo' });
		const r = report.remedies['connect-with-listed-name'];
		expect(r).toBeDefined();
		expect(r.steps.map((s) => s.text).join('\n')).toContain(
			'db.example.com, *.db.example.com, 127.0.0.1. You connect to wrong.example.org.'
		);
	});
});

describe('a note said twice in one remedy', () => {
	it('is said once, but a text that leads into the step after it stays with that step', () => {
		const steps = renderRemedy('hostname-litmus-test', { client: 'pymongo', os: 'debian' }, {})!.steps;
		const leadIns = steps.flatMap((s, i) => (s.text === 'Or the same as a connection string:' ? [steps[i + 1]?.kind] : []));
		expect(leadIns).toEqual(['config', 'config']);
	});
});
