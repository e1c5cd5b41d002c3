import { describe, expect, it } from 'vitest';
import { analyzeInputs, analyzeText } from '../../helpers/analyze';
import { fixtureBytes, fixtureText } from '../../helpers/fixtures';

const bytes = (b: Uint8Array, name?: string) => ({ kind: 'bytes' as const, bytes: b, ...(name ? { name } : {}) });

describe('bad input gets a specific message, never an exception', () => {
	it('random bytes', async () => {
		let seed = 42;
		const noise = Uint8Array.from({ length: 10_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
		const report = await analyzeInputs([bytes(noise, 'noise.bin')]);
		expect(report.items).toHaveLength(1);
		expect(report.items[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/not text|DER/) });
	});

	it('a truncated DER certificate: says where it stops', async () => {
		const der = fixtureBytes('ingest/server.der');
		const report = await analyzeInputs([bytes(der.subarray(0, 500), 'cut.der')]);
		expect(report.items[0]).toMatchObject({
			kind: 'unreadable',
			reason: `Not readable as DER: truncated DER: ends at byte 500 of ${der.length}.`
		});
	});

	it('PEM with corrupted base64: says which block and which line', async () => {
		const lines = fixtureText('ingest/chain.pem').split('\n');
		lines[30] = lines[30].slice(0, 5) + '%' + lines[30].slice(6);
		const report = await analyzeText(lines.join('\n'));
		expect(report.items[0].kind).toBe('certificate');
		expect(report.items[1]).toMatchObject({
			kind: 'unreadable',
			label: expect.stringMatching(/^PEM block 2 \(CERTIFICATE, lines 22–40\)/),
			reason: expect.stringMatching(/Bad base64 at line 31: "%"/)
		});
	});

	it('PEM whose base64 is fine but whose DER is not a certificate', async () => {
		const report = await analyzeText('-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n');
		expect(report.items[0]).toMatchObject({
			kind: 'unreadable',
			reason: expect.stringMatching(/Valid DER \(5 bytes\), but not a certificate/)
		});
	});

	it('an empty paste and an empty file', async () => {
		const report = await analyzeInputs([{ kind: 'text', text: '' }, bytes(new Uint8Array(0), 'empty.pem')]);
		expect(report.findings.map((f) => f.id)).toEqual(['input.empty']);
	});

	it('an image file', async () => {
		const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x80\x00\x00');
		const report = await analyzeInputs([bytes(Uint8Array.from([...gif, 0, 0, 0xff, 0xfe]), 'photo.gif')]);
		expect(report.items[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/GIF image/) });
	});

	it('a 50 MB file of garbage finishes with a message', async () => {
		const big = new Uint8Array(50 * 1024 * 1024);
		for (let i = 0; i < big.length; i += 4096) big[i] = (i >>> 12) & 0xff;
		big[0] = 0x89;
		const report = await analyzeInputs([bytes(big, 'huge.bin')]);
		expect(report.items).toHaveLength(1);
		expect(report.items[0].kind).toBe('unreadable');
	});

	it('a 50 MB paste of one base64-looking run, or of words, finishes quickly with a message', async () => {
		for (const text of ['A'.repeat(50 * 1024 * 1024), 'x '.repeat(25 * 1024 * 1024)]) {
			const report = await analyzeInputs([{ kind: 'text', text }]);
			expect(report.findings.map((f) => f.id)).toEqual(['input.unrecognized']);
		}
	});

	it('a multi-megabyte log keeps its start and end for diagnosis, not all of it', async () => {
		const log =
			'pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired\n' +
			'DEBUG noise\n'.repeat(500_000);
		const report = await analyzeInputs([{ kind: 'text', text: log }]);
		const item = report.items[0];
		expect(item.kind === 'error-text' && item.text.length).toBeLessThan(300 * 1024);
		expect(item.kind === 'error-text' && item.text).toMatch(/characters in the middle not analysed/);
		expect(report.diagnoses[0]?.id).toBe('cert-expired');
	});

	it('DER claiming a length of gigabytes', async () => {
		const report = await analyzeInputs([bytes(Uint8Array.of(0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x30, 0x00), 'liar.der')]);
		expect(report.items[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/truncated DER: ends at byte 8 of/) });
	});
});
