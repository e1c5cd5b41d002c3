import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { analyzeFiles, analyzeInputs, analyzeText } from '../../helpers/analyze';
import { FIXTURES, fixtureText } from '../../helpers/fixtures';
import { HAVE_OPENSSL } from '../remedies/tools';
import { outsideCode } from '../../helpers/markdown-lint';

describe('toMarkdown', () => {
	it('carries the verdict, findings and fingerprints', async () => {
		const report = await analyzeFiles(['pki/server-expired.crt']);
		const md = toMarkdown(report);
		expect(md).toContain('**Verdict:**');
		expect(md).toContain('`cert.expired`');
		expect(md).toContain(report.items[0].kind === 'certificate' ? report.items[0].certificate.sha256 : 'x');
	});

	it('renders certificate names that are Markdown as text: no image, no link, in a GFM renderer', async () => {
		const report = await analyzeFiles(['hostile/markdown-fields.crt'], { host: 'db.example.com' });
		const md = toMarkdown(report);
		// marked with GFM on, as GitHub and GitLab render tickets: autolinks for bare URLs, www. and e-mail too.
		const html = await marked.parse(md, { gfm: true });
		expect(html).not.toMatch(/<img|<a |<strong>bold|<em>it/);
		expect(html).toContain('evil.example');
		expect(md).toContain('\\!\\[x\\]\\(`http://evil.example/a.png`\\)');
	});

	it('keeps pasted markup inert', async () => {
		const md = toMarkdown(await analyzeText('<script>alert(1)</script> ' + fixtureText('errors/pymongo-3.11-local-issuer.txt')));
		// Outside code it is escaped; the error line is quoted in a code span, which renders as text.
		expect(outsideCode(md)).not.toContain('<script>');
		const html = await marked.parse(md, { gfm: true });
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('prints the facts and the steps for the chosen environment, risky ones last', async () => {
		const report = await analyzeFiles(['pki/server.crt'], {
			host: 'wrong.example.org',
			os: 'windows',
			shell: 'powershell',
			client: 'pymongo'
		});
		const md = toMarkdown(report);
		expect(md).toContain('## Steps (OS windows, shell powershell, client pymongo)');
		expect(md).toContain('### Connect with a name the certificate lists');
		expect(md).toMatch(/```python\n[\s\S]*MongoClient\(/);
		// Each remedy says why and how to check, and the risky one comes last with what it exposes.
		expect(md).toContain('Check it worked:');
		const safe = md.indexOf('### Reissue the certificate with the right subjectAltName');
		const risky = md.indexOf('— ⚠️ weakens security');
		expect(safe).toBeGreaterThan(0);
		expect(risky).toBeGreaterThan(safe);
		expect(md.slice(risky)).toContain('**What it exposes:**');
		const diagnosed = toMarkdown(await analyzeText(fixtureText('errors/pymongo-3.11-local-issuer.txt')));
		expect(diagnosed).toContain('## What the error text says');
		expect(diagnosed).toMatch(/^- Python: `3\.\d+`$/m);
	});

	it('cannot be broken out of by backticks in a step', async () => {
		const md = toMarkdown(await analyzeText('```\n# injected heading\n```\n' + fixtureText('errors/pymongo-3.11-local-issuer.txt')));
		expect(md).not.toMatch(/^# injected heading$/m);
	});
});

describe.skipIf(!HAVE_OPENSSL)('the ticket summary keeps secrets out', () => {
	const PASSWORD = 'Tls-D0ctor-Pa55';
	const URI_PASSWORD = 'Uri-S3cret-Pa55';
	const dir = mkdtempSync(join(tmpdir(), 'markdown-secrets-'));
	const openssl = (args: string[]) => {
		const r = spawnSync('openssl', args, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(r.stderr);
	};
	// A PKCS#12 and an encrypted key made here by openssl, with a password no other text contains.
	openssl([
		'pkcs12',
		'-export',
		'-inkey',
		join(FIXTURES, 'ingest/rsa-pkcs8.key'),
		'-in',
		join(FIXTURES, 'ingest/server.crt'),
		'-passout',
		`pass:${PASSWORD}`,
		'-out',
		join(dir, 'client.p12')
	]);
	openssl([
		'pkcs8',
		'-topk8',
		'-in',
		join(FIXTURES, 'ingest/ec-pkcs8.key'),
		'-v2',
		'aes-256-cbc',
		'-passout',
		`pass:${PASSWORD}`,
		'-out',
		join(dir, 'client.key')
	]);
	const keyLines = (file: string) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((l) => /^[A-Za-z0-9+/=]{40,}$/.test(l));

	it('with a URI password, a PKCS#12 password and an encrypted key', async () => {
		const report = await analyzeInputs(
			[
				{
					kind: 'text',
					text: `pymongo.errors.ServerSelectionTimeoutError: mongodb://app:${URI_PASSWORD}@db.example.com:27017/?tls=true [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)`
				},
				{ kind: 'bytes', bytes: new Uint8Array(readFileSync(join(dir, 'client.p12'))), name: 'client.p12' },
				{ kind: 'text', text: readFileSync(join(dir, 'client.key'), 'utf8'), name: 'client.key' }
			],
			{ password: PASSWORD, os: 'debian', client: 'pymongo' }
		);
		const md = toMarkdown(report);
		expect(md).not.toContain(PASSWORD);
		expect(md).not.toContain(URI_PASSWORD);
		expect(md).not.toContain(encodeURIComponent(URI_PASSWORD));
		// No key block (a caution that quotes the END/BEGIN markers is fine; a block with a body is not).
		expect(md).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----\s*\n[A-Za-z0-9+/]/);
		for (const line of [...keyLines(join(dir, 'client.key')), ...keyLines(join(FIXTURES, 'ingest/rsa-pkcs8.key'))])
			expect(md).not.toContain(line);
		// What is said instead: the key is there and encrypted, the URI with ****, the certificate's fingerprint.
		expect(md).toMatch(/encrypted/);
		expect(md).toContain('mongodb://app:****@db.example.com:27017/?tls=true');
		expect(md).toMatch(/SHA-256 `[0-9A-F:]{95}`/);
	});
});

describe('the ticket Markdown shows the chain', () => {
	it('each certificate of the path with its fingerprint, and which clients accept it', async () => {
		const report = await analyzeFiles(['checks/server-full-chain.pem'], { host: 'db.example.com' });
		const md = toMarkdown(report);
		expect(md).toContain('## Certificate chain');
		for (const link of report.chains[0].links) expect(md).toContain(link.certificate.sha256);
		expect(md).toMatch(/✅ Go \(the Go driver/);
	});
});
