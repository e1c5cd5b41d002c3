/**
 * Every ingest reader fed some 2 MB built to hit its worst case — its trigger lines repeated,
 * structures cut off, CRLF everywhere, no terminators — through the whole analyze() within its
 * budget (budgets.ts), with a report under five times the input, and an ordinary analysis after
 * it unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../../src/lib/core/model/context';
import type { Report } from '../../../src/lib/core/model/report';
import { encodeBase64 } from '../../../src/lib/core/bytes/base64';
import { fixtureBytes, fixtureText } from '../../helpers/fixtures';
import { analyzeWithin, expectOrdinaryUnchanged, ordinaryReport, repeatTo, text, unreadable } from './bounded';
import type { BudgetName } from './budgets';

const SIZE = 2_000_000;
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
const b64 = (s: string | Uint8Array) => encodeBase64(typeof s === 'string' ? new TextEncoder().encode(s) : s);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const serverPem = fixtureText('pki/server.crt');
const serverDer = fixtureBytes('pki/server.der');

/** A Java keystore (JKS v2) holding `count` trusted-certificate entries of the same certificate. */
function jks(count: number, der: Uint8Array): Uint8Array {
	const parts: number[] = [];
	const u16 = (n: number) => parts.push((n >> 8) & 0xff, n & 0xff);
	const u32 = (n: number) => parts.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
	const utf = (s: string) => {
		u16(s.length);
		for (const c of s) parts.push(c.charCodeAt(0));
	};
	u32(0xfeedfeed);
	u32(2);
	u32(count);
	for (let i = 0; i < count; i++) {
		u32(2);
		utf(`ca-${i}`);
		for (let k = 0; k < 8; k++) parts.push(0);
		utf('X.509');
		u32(der.length);
		for (const b of der) parts.push(b);
	}
	for (let k = 0; k < 20; k++) parts.push(0);
	return Uint8Array.from(parts);
}

const READERS: [BudgetName, string, () => AnalyzeInput[], (r: Report) => void][] = [
	[
		'reader: PEM',
		'PEM: CRLF header lines without their blank line, labels without closing dashes, BEGIN without END',
		() => [
			text(
				repeatTo(
					crlf(
						'-----BEGIN RSA PRIVATE KEY-----\n' +
							'Proc-Type: 4,ENCRYPTED\n'.repeat(26) +
							'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n' +
							'-----END RSA PRIVATE KEY-----\n' +
							'-----BEGIN A----'.repeat(500) +
							'\n-----END CERTIFICATE-----\n' +
							serverPem.slice(0, 400)
					),
					SIZE
				)
			)
		],
		(r) => expect(unreadable(r)[0]).toMatch(/RSA PRIVATE KEY.*bad base64 at line 2/i)
	],
	[
		'reader: PEM objects',
		'PEM: 2 MB of private keys, certificate requests and CRLs, the same ones again and again and 8,000 distinct keys',
		() => {
			const same = ['ingest/request.csr', 'ingest/ec-sec1.key', 'ingest/crl.pem', 'ingest/ed25519.key'].map((f) => fixtureText(f)).join('');
			// Ed25519 keys that differ in their last two bytes: each a valid key of its own.
			const der = Uint8Array.from(Buffer.from(fixtureText('ingest/ed25519.key').replace(/-----[^-]+-----|\s/g, ''), 'base64'));
			const distinct = range(8000)
				.map((i) => {
					const k = der.slice();
					k[k.length - 1] = i & 0xff;
					k[k.length - 2] = i >> 8;
					return `-----BEGIN PRIVATE KEY-----\r\n${b64(k)}\r\n-----END PRIVATE KEY-----\r\n`;
				})
				.join('');
			return [text(repeatTo(same, SIZE / 2) + distinct)];
		},
		(r) => {
			expect(unreadable(r).join('\n')).toMatch(/^[\d,]+ repeated blocks: These are byte for byte the same/m);
			expect(unreadable(r).join('\n')).toMatch(/^[\d,]+ more keys, requests and CRLs: Only the first 100/m);
		}
	],
	[
		'reader: base64 runs',
		'base64 runs: runs of base64 of PEM text of base64 of PEM text, each cut off',
		() => {
			const inner = `-----BEGIN CERTIFICATE-----\n${b64(serverPem.slice(0, 300))}\n`;
			const unit = `${b64(`-----BEGIN CERTIFICATE-----\n${b64(inner)}\n`)}\n\n`;
			return [text(repeatTo(unit, SIZE))];
		},
		(r) => expect(r.items.length).toBeLessThan(500)
	],
	[
		'reader: DER in base64',
		'DER in base64: whole, cut off and deeply nested certificates, one run each',
		() => {
			const nested = Uint8Array.from(range(2000).flatMap(() => [0x30, 0x80]));
			const unit = [b64(serverDer), b64(serverDer.slice(0, 700)), b64(nested), b64(serverDer)].join('\r\n\r\n') + '\r\n\r\n';
			return [text(repeatTo(unit, SIZE))];
		},
		(r) => expect(r.findings.find((f) => f.id === 'chain.duplicate-certificate')?.title).toMatch(/appears [\d,]+ times/)
	],
	[
		'reader: x509 -text',
		'openssl x509 -text: CRLF dumps with runs of blank lines, no signature value',
		() => {
			const dump = fixtureText('ingest/server-text-dump.txt');
			const cut = dump
				.slice(0, dump.indexOf('Signature Value'))
				.replace('Serial Number: 8193 (0x2001)', 'Serial Number:' + '\n'.repeat(2000));
			return [text(repeatTo(crlf(cut + '\n'.repeat(3000)), SIZE))];
		},
		(r) => expect(unreadable(r).at(-1)).toMatch(/more openssl x509 -text dumps/)
	],
	[
		'reader: s_client',
		'openssl s_client: CRLF transcripts with long stderr leads, unclosed verify codes, CA names and brackets',
		() => {
			const unit = crlf(
				'depth=0 CN = db.example.com\nverify error:num=20:unable to get local issuer certificate\n'.repeat(60) +
					'CONNECTED(00000003)\n' +
					'\n'.repeat(500) +
					'Protocol  : TLSv1.3\n' +
					'Acceptable client certificate CA names\nCN = x\n'.repeat(20) +
					'openssl s_client -connect [' +
					'a'.repeat(500) +
					'\nVerify return code: 0 (' +
					'x'.repeat(500) +
					'\n'
			);
			return [text(repeatTo(unit, SIZE))];
		},
		(r) => expect(unreadable(r).join('\n')).toMatch(/^[\d,]+ more openssl s_client transcripts: Only the first 50/m)
	],
	[
		'reader: keytool',
		'keytool -list: CRLF aliases, lines of asterisks with no line after them',
		() => {
			const unit = crlf(
				'Keystore type: PKCS12\nKeystore provider: SUN\n\n\n\nYour keystore contains 3 entries\n\n' +
					'Alias name: ca\nEntry type: trustedCertEntry\nValid from: Mon Jan 01 00:00:00 UTC 2024 until: ' +
					'x'.repeat(100) +
					'\n' +
					'*'.repeat(500) +
					'\n' +
					'*'.repeat(10) +
					'\n'
			);
			return [text(repeatTo(unit, SIZE))];
		},
		(r) => expect(r.items.find((i) => i.kind === 'keytool')?.label).toMatch(/more entries not read/)
	],
	[
		'reader: JKS',
		'JKS: a keystore of 1,500 trusted certificates, and one that claims 10,000 and is cut off',
		() => {
			const store = jks(1500, serverDer);
			return [
				{ kind: 'bytes', bytes: store, name: 'truststore.jks' },
				{ kind: 'bytes', bytes: jks(10_000, serverDer).subarray(0, 50_000), name: 'cut.jks' }
			];
		},
		(r) => expect(unreadable(r).join('\n')).toMatch(/cut\.jks/)
	],
	[
		'reader: URI',
		'connection strings (URI): CRLF lines of joined URIs with 99 hosts, repeated options and runs of "@" in the query',
		() => {
			const hosts = range(99)
				.map((i) => `h${i}.example.com:27017`)
				.join(',');
			const unit = crlf(
				`mongodb://app:s3cret@${hosts}/?tls=true&${'tlsCAFile=/etc/ca.pem&'.repeat(40)}appName=${'@'.repeat(2000)},mongodb://x:y@h/?tls=false\n`
			);
			return [text(repeatTo(unit, SIZE))];
		},
		(r) => {
			// The unit's two connection strings, repeated for 2 MB: each is one item however often it
			// is printed (ingest/builder.ts); the cap of 50 distinct ones is measured-cases.test.ts's 6 and 7.
			const strings = r.items.filter((i) => i.kind === 'connection-string');
			expect(strings.map((s) => (s.kind === 'connection-string' ? s.redacted.slice(0, 16) : ''))).toEqual([
				'mongodb://app:**',
				'mongodb://x:****'
			]);
			expect(JSON.stringify(r)).not.toContain('s3cret');
		}
	],
	[
		'reader: Python call',
		'connection strings (Python): unclosed calls and strings, nested calls, long host lists',
		() => {
			const list = range(99)
				.map((i) => `'h${i}:27017'`)
				.join(', ');
			const unit = crlf(
				`MongoClient(MongoClient(MongoClient(host=[${list}], tls=True, password='s3cret'))\n` +
					`client = MongoClient('''mongodb://a:b@h/?tls=true\n` +
					`MongoClient(host=['h:1', 'h:2'  # a comment\n, tlsCAFile=certifi.where(), ${'tls=True, '.repeat(50)}\n`
			);
			return [text(repeatTo(unit, SIZE))];
		},
		(r) => expect(JSON.stringify(r)).not.toContain('s3cret')
	],
	[
		'reader: error text pieces',
		'error text: 2 MB of short error lines between broken PEM blocks (each a piece of its own)',
		() => [
			text(
				repeatTo(
					'-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\npymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)\r\n',
					SIZE
				)
			)
		],
		(r) => {
			expect(r.diagnoses[0]?.id).toBe('untrusted-ca');
			expect(unreadable(r).join('\n')).toMatch(/^[\d,]+ more pieces of text: Only the first 200/m);
		}
	],
	[
		'reader: error text, one',
		'error text: one 2 MB CRLF traceback with no line the diagnosis can finish on',
		() => [
			text(
				crlf(
					repeatTo('  File "/srv/app/db.py", line 12, in connect\n    client = MongoClient(uri, tls=True, tlsCAFile=\n', SIZE / 2) +
						repeatTo('[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ' + ' '.repeat(200), SIZE / 2)
				)
			)
		],
		(r) => expect(r.items.find((i) => i.kind === 'error-text')).toBeDefined()
	]
];

describe('each text reader against 2 MB built for its worst case', () => {
	let ordinary: unknown;
	beforeAll(async () => {
		ordinary = await ordinaryReport();
	});

	for (const [budget, name, build, expectation] of READERS) {
		it(name, async () => {
			const { report } = await analyzeWithin(budget, build());
			expectation(report);
			await expectOrdinaryUnchanged(ordinary);
		});
	}
});
