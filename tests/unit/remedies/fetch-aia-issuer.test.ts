/** fetch-aia-issuer: the URL from the certificate goes into a command only when it is plainly a URL, and the steps work with openssl. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { fixtureBytes } from '../../helpers/fixtures';

const facts = (url: string) => ({ missingIssuer: { name: 'CN=Checks Intermediate CA', keyId: 'a8c1', caIssuers: [url] } });
const commands = (url: string, shell = 'bash') =>
	renderRemedy('fetch-aia-issuer', { shell }, facts(url))!
		.steps.filter((s) => s.kind === 'command')
		.map((s) => s.text);

describe('fetch-aia-issuer', () => {
	it('downloads from the published URL in each shell', () => {
		const url = 'http://pki.example.test/checks-intermediate.crt';
		// The URL bare or in quotes the shell reads literally: each is the same single argument.
		const u = url.replace(/[./]/g, '\\$&');
		expect(commands(url)[0]).toMatch(new RegExp(`^curl -fsSL -o issuer\\.crt (['"]?)${u}\\1$`));
		expect(commands(url, 'powershell')[0]).toMatch(
			new RegExp(`^Invoke-WebRequest -UseBasicParsing -Uri (['"]?)${u}\\1 -OutFile issuer\\.crt$`)
		);
		expect(commands(url, 'cmd')[0]).toMatch(new RegExp(`^curl\\.exe -fsSL -o issuer\\.crt ("?)${u}\\1$`));
	});

	it('never puts a URL a shell could read as more than a URL into a command (the certificate may be hostile)', () => {
		for (const url of [
			"http://x.test/a';touch /tmp/pwned;'",
			'http://x.test/$(id)',
			'http://x.test/`id`',
			'file:///etc/passwd',
			'http://x.test/a b'
		]) {
			// No download command at all: the steps say to fetch it by hand or from the CA, in prose.
			const all = commands(url);
			expect(all.some((c) => /curl|Invoke-WebRequest/.test(c))).toBe(false);
			expect(all.join('\n')).not.toContain('x.test');
			expect(all.join('\n')).not.toContain('AIA_URL');
		}
	});

	it('with no URL in the certificate, asks the CA’s operator instead of showing a download with a placeholder', () => {
		const remedy = renderRemedy(
			'fetch-aia-issuer',
			{ shell: 'bash' },
			{ missingIssuer: { name: 'CN=Checks Intermediate CA', caIssuers: [] } }
		)!;
		expect(remedy.title).not.toMatch(/download/i);
		expect(JSON.stringify(remedy)).not.toMatch(/AIA_URL|curl|none given/);
		expect(remedy.steps.filter((s) => s.kind === 'text').map((s) => s.text)).toContainEqual(expect.stringMatching(/whoever runs the CA/));
		expect(remedy.steps.flatMap((s) => s.placeholders ?? [])).toEqual([]);
	});

	it('its conversion step turns the DER a CA publishes into the PEM the drivers read', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aia-'));
		writeFileSync(join(dir, 'issuer.crt'), fixtureBytes('pki/server.der'));
		const convert = commands('http://pki.example.test/i.crt')[1];
		expect(convert).toMatch(/-inform DER/);
		execFileSync('bash', ['-c', convert], { cwd: dir });
		const subject = execFileSync('openssl', ['x509', '-in', 'intermediate.pem', '-noout', '-subject'], { cwd: dir, encoding: 'utf8' });
		expect(subject).toMatch(/^subject=/);
	});
});
