/**
 * The named hostile inputs of the performance issue, each through the real analyze(): every one
 * yields a report with a specific message, none throws, and an ordinary analysis afterwards gives
 * exactly the result it gives on a fresh start (no poisoned state). Bounds on time here are hang
 * guards (the fuzzer's 2 s), not speed targets; speed is measured by npm run bench.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import type { AnalyzeInput } from '../../../src/lib/core/model/context';
import type { Report } from '../../../src/lib/core/model/report';
import { AT_VALID, fixtureBytes, fixtureText } from '../../helpers/fixtures';

const HANG_MS = 2000;

async function timed(inputs: AnalyzeInput[], context = {}): Promise<Report> {
	const started = performance.now();
	const report = await analyze(inputs, context);
	expect(performance.now() - started, 'took longer than the fuzzer allows any input').toBeLessThan(HANG_MS * 4);
	return report;
}

const bytes = (b: Uint8Array, name = 'hostile.der'): AnalyzeInput => ({ kind: 'bytes', bytes: b, name });
const text = (t: string): AnalyzeInput => ({ kind: 'text', text: t });
const unreadable = (r: Report) => r.items.filter((i) => i.kind === 'unreadable').map((i) => (i.kind === 'unreadable' ? i.reason : ''));

/** An ordinary analysis whose report must never change, whatever ran before it. */
const BASELINE: [AnalyzeInput[], object] = [[text(fixtureText('pki/server-chain.pem'))], { host: 'db.example.com', at: AT_VALID }];
const strip = (r: Report) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'at' ? undefined : v)));

function nested(depth: number, indefinite: boolean): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < depth; i++) out.push(0x30, ...(indefinite ? [0x80] : [0x84, 0x00, 0x00, 0x00, 0x00]));
	return Uint8Array.from(out);
}

function reencodeIndefinite(der: Uint8Array): Uint8Array {
	// The outer SEQUENCE with an indefinite length and an end-of-contents marker: valid BER, not DER.
	const headerLength = der[1] & 0x80 ? 2 + (der[1] & 0x7f) : 2;
	return Uint8Array.from([0x30, 0x80, ...der.subarray(headerLength), 0x00, 0x00]);
}

describe('named hostile inputs', () => {
	let baseline: unknown;

	it('an ordinary chain first, for comparison', async () => {
		baseline = strip(await analyze(...BASELINE));
		expect((baseline as Report).chains.length).toBe(1);
	});

	const cases: [string, () => Promise<Report>, (r: Report) => void][] = [
		[
			'ASN.1 nested 20,000 deep (definite lengths)',
			() => timed([bytes(nested(20_000, false))]),
			(r) => expect(unreadable(r)[0]).toMatch(/DER|truncated|length/i)
		],
		[
			'ASN.1 nested 20,000 deep (indefinite lengths)',
			() => timed([bytes(nested(20_000, true))]),
			(r) => expect(unreadable(r)[0]).toMatch(/indefinite length/)
		],
		[
			'a length claiming 4 GB inside a certificate',
			() => {
				const der = fixtureBytes('pki/server.der').slice();
				der.set([0x84, 0xff, 0xff, 0xff, 0xf0], 5);
				return timed([bytes(der)]);
			},
			(r) => expect(unreadable(r)[0]).toMatch(/Not valid DER: the element at byte 4 claims 4,294,967,280 bytes/)
		],
		[
			'a certificate in BER with an indefinite length, which DER forbids',
			() => timed([bytes(reencodeIndefinite(fixtureBytes('pki/server.der')))]),
			(r) => expect(unreadable(r)[0]).toMatch(/indefinite length, which DER forbids/)
		],
		[
			'10,000 PEM blocks of one certificate',
			() => timed([text(fixtureText('pki/server.crt').repeat(10_000))]),
			(r) => {
				expect(r.items.filter((i) => i.kind === 'certificate')).toHaveLength(2);
				expect(r.findings.find((f) => f.id === 'chain.duplicate-certificate')?.title).toMatch(/appears 10,000 times/);
			}
		],
		[
			'10,000 PEM blocks with broken base64',
			() => timed([text('-----BEGIN CERTIFICATE-----\nMIIBzzCCAXWgAwIBAgIU!!!!\n-----END CERTIFICATE-----\n'.repeat(10_000))]),
			(r) => {
				expect(r.items.length).toBeLessThan(300);
				expect(r.items.at(-1)?.label).toMatch(/9,800 more unreadable parts/);
			}
		],
		[
			'a 10,000-line traceback',
			() => {
				const frames = Array.from({ length: 5000 }, (_, i) => `  File "/srv/app/layer${i}.py", line ${i}, in f${i}\n    g()`).join('\n');
				return timed([
					text(
						`Traceback (most recent call last):\n${frames}\npymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)`
					)
				]);
			},
			(r) => expect(r.diagnoses[0]?.id).toBe('cert-expired')
		],
		[
			'NUL, control, right-to-left and zero-width characters in names',
			() =>
				timed([
					bytes(fixtureBytes('hostile/control-cn.crt')),
					bytes(fixtureBytes('hostile/rtl-cn.crt')),
					bytes(fixtureBytes('checks/host-nul-san.crt'))
				]),
			(r) => {
				expect(r.findings.filter((f) => f.id === 'cert.deceptive-characters')).toHaveLength(2);
				expect(r.findings.some((f) => f.id === 'host.nul-byte')).toBe(true);
			}
		],
		[
			'HTML and script in every name of a certificate (kept as text: the page renders it inert)',
			() => timed([bytes(fixtureBytes('hostile/html-fields.crt'))], {}),
			(r) => {
				const item = r.items[0];
				if (item.kind !== 'certificate') throw new Error(`not read as a certificate: ${item.label}`);
				const values = Object.fromEntries(item.certificate.subject.attributes.map((a) => [a.shortName, a.value]));
				expect(values).toMatchObject({
					ST: '<svg onload=alert(1)>',
					L: '<iframe src=javascript:alert(2)>',
					O: '<script>alert(3)</script>',
					OU: '" onmouseover="alert(4)',
					CN: '<img src=x onerror=alert(5)>'
				});
				expect(item.certificate.subjectAltNames.map((s) => s.value)).toEqual([
					'<img src=x onerror=alert(6)>.example.com',
					'javascript:alert(7)',
					'<script>@example.com'
				]);
			}
		],
		[
			'a certificate that claims to be its own issuer, with a bad signature',
			() => timed([bytes(fixtureBytes('hostile/self-issued-bad.crt'))]),
			(r) => expect(r.verdict?.source).toBe('cert.bad-self-signature')
		],
		[
			'a chain with a loop (two CAs that each issued the other)',
			() =>
				timed(
					[
						bytes(fixtureBytes('hostile/loop-leaf.crt')),
						bytes(fixtureBytes('hostile/loop-a.crt')),
						bytes(fixtureBytes('hostile/loop-b.crt'))
					],
					{
						host: 'loop.example.com'
					}
				),
			(r) => {
				expect(r.chains).toHaveLength(1);
				expect(r.findings.some((f) => f.severity === 'error' && f.id.startsWith('chain.'))).toBe(true);
			}
		]
	];

	for (const [name, run, expectation] of cases) {
		it(`${name}: a specific message, and no poisoned state after it`, async () => {
			expectation(await run());
			expect(strip(await analyze(...BASELINE))).toEqual(baseline);
		});
	}
});
