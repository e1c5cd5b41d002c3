/**
 * Java has no tlsCAFile: the JVM's trust store decides. Where its cacerts comes from depends on the
 * OS: Debian/Ubuntu (ca-certificates-java, /etc/ssl/certs/java/cacerts) and RHEL/Fedora
 * (update-ca-trust, /etc/pki/java/cacerts) build it from the system store; macOS and Windows JDKs
 * keep their own. The keytool step is run for real against an openssl-made CA when keytool exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OsId } from '../../../src/lib/core/model/environment';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { fixtureBytes } from '../../helpers/fixtures';

const render = (id: string, os?: OsId) => renderRemedy(id, { client: 'java', ...(os ? { os } : {}) }, {})!;
const words = (id: string, os?: OsId) => {
	const r = render(id, os);
	return [r.title, ...r.steps.map((s) => s.text)].join('\n');
};
const HAVE_KEYTOOL = spawnSync('keytool', ['-help'], { stdio: 'ignore' }).status === 0;

describe('Java trust steps', () => {
	it('never call the JVM trust store "tlsCAFile"', () => {
		for (const os of [undefined, 'debian', 'rhel', 'macos', 'windows', 'alpine', 'docker'] as const) {
			const r = render('use-tlscafile', os);
			expect(r.title, os).not.toMatch(/tlsCAFile/);
			expect(r.title, os).toMatch(/trust store/);
			expect(words('use-tlscafile', os), os).not.toMatch(/tlsCAFile tells the driver/);
			expect(
				r.steps
					.filter((s) => s.kind === 'command')
					.map((s) => s.text)
					.join('\n'),
				os
			).toMatch(/keytool -importcert/);
		}
	});

	it('on Debian: the distribution’s cacerts follows the system store (ca-certificates-java)', () => {
		const text = words('use-tlscafile', 'debian');
		expect(text).toContain('/etc/ssl/certs/java/cacerts');
		expect(text).toContain('ca-certificates-java');
		expect(text).toMatch(/sudo update-ca-certificates/);
		expect(words('add-ca-to-os-store', 'debian')).not.toMatch(/not the system one|own trust store \(cacerts\)/);
	});

	it('on RHEL: /etc/pki/java/cacerts is written by update-ca-trust', () => {
		const text = words('use-tlscafile', 'rhel');
		expect(text).toContain('/etc/pki/java/cacerts');
		expect(text).toMatch(/sudo update-ca-trust/);
		expect(words('add-ca-to-os-store', 'rhel')).not.toMatch(/not the system one|own trust store \(cacerts\)/);
	});

	it('on macOS and Windows: the JDK keeps its own cacerts (Windows can read its store with Windows-ROOT)', () => {
		expect(words('use-tlscafile', 'macos')).toMatch(/own cacerts/);
		expect(words('use-tlscafile', 'macos')).not.toContain('update-ca-certificates');
		expect(words('use-tlscafile', 'windows')).toContain('Windows-ROOT');
	});

	it('the system-roots note does not say Debian’s Java ignores the OS store', () => {
		for (const os of ['debian', 'rhel'] as const) {
			const text = words('update-os-ca-store', os);
			expect(text, os).toMatch(/system (store|trust)/);
			expect(text, os).not.toMatch(/JDK’s own cacerts file/);
		}
	});

	it.skipIf(!HAVE_KEYTOOL)('the keytool command imports an openssl-made CA into a PKCS#12 trust store', () => {
		const dir = mkdtempSync(join(tmpdir(), 'java-trust-'));
		writeFileSync(join(dir, 'ca.pem'), fixtureBytes('pki/root-ca.crt'));
		const step = renderRemedy('use-tlscafile', { client: 'java', os: 'macos', shell: 'bash' }, {})!.steps.find(
			(s) => s.kind === 'command' && s.text.startsWith('keytool')
		)!;
		const run = step.text.replace('/path/to/ca.pem', 'ca.pem').replace(/YOUR_TRUSTSTORE_PASSWORD/g, 'changeit');
		execFileSync('bash', ['-c', run], { cwd: dir, stdio: 'ignore' });
		const list = execFileSync('keytool', ['-list', '-keystore', 'truststore.p12', '-storepass', 'changeit'], {
			cwd: dir,
			encoding: 'utf8'
		});
		expect(list).toMatch(/mongodb-ca.*trustedCertEntry/);
	});
});

describe('a CA bundle for Java (add-intermediate-to-cafile)', () => {
	it('imports the root and the intermediate one alias each, and never hands keytool the bundle', () => {
		const r = renderRemedy('add-intermediate-to-cafile', { client: 'java', os: 'debian' }, {})!;
		const commands = r.steps
			.filter((s) => s.kind === 'command')
			.map((s) => s.text)
			.join('\n');
		expect(commands).toMatch(/-alias mongodb-ca-1 -file \/path\/to\/root-ca\.pem/);
		expect(commands).toMatch(/-alias mongodb-ca-2 -file \/path\/to\/intermediate\.pem/);
		expect(commands).not.toMatch(/keytool[^\n]*ca-bundle\.pem/);
		expect(r.steps.find((s) => s.role === 'why')?.text).not.toContain('tlsCAFile');
	});
});
