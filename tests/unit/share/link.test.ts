import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressText, decompressText, readLink } from '../../../src/lib/share/link';

/**
 * A #z= value that inflates to `megabytes` MB of one letter, built without that buffer: one
 * megabyte compressed and flushed with Z_FULL_FLUSH (which resets the compressor, so every copy is
 * the same bytes and follows on from the last), repeated, then an empty final block.
 */
function bombLink(megabytes: number): string {
	const chunk = deflateRawSync(Buffer.alloc(1 << 20, 0x41), { finishFlush: constants.Z_FULL_FLUSH });
	return Buffer.concat([...Array<Buffer>(megabytes).fill(chunk), deflateRawSync(Buffer.alloc(0))]).toString('base64url');
}

describe('share links inflate with a cap', () => {
	it('a link that inflates to 1 GB is cut at 200,000 characters within a second, in little memory', async () => {
		// The construction holds: three copies inflate to exactly three megabytes.
		expect(inflateRawSync(Buffer.from(bombLink(3), 'base64url')).equals(Buffer.alloc(3 << 20, 0x41))).toBe(true);
		const z = bombLink(1024);
		// About a megabyte: a link a browser accepts.
		expect(z.length).toBeLessThan(2_000_000);
		const memory = process.memoryUsage();
		const started = performance.now();
		const state = await readLink(new URL(`https://x.test/#z=${z}&host=db.example.com`));
		const ms = performance.now() - started;
		expect(ms).toBeLessThan(1_000);
		expect(state.cut).toBe(true);
		expect(state.error).toBe('A'.repeat(200_000));
		expect(state.host).toBe('db.example.com');
		const grown = process.memoryUsage();
		expect(grown.arrayBuffers - memory.arrayBuffers).toBeLessThan(32 * 1024 * 1024);
		expect(grown.rss - memory.rss).toBeLessThan(128 * 1024 * 1024);
	});

	it('a text within the limit comes back whole, not marked as cut', async () => {
		const text = 'é🔒 CERTIFICATE_VERIFY_FAILED\n'.repeat(1000);
		expect(await decompressText(await compressText(text))).toEqual({ text, cut: false });
		expect(await readLink(new URL(`https://x.test/#z=${await compressText(text)}`))).toEqual({ error: text });
	});

	it('cuts between characters, never inside one', async () => {
		const text = '🔒'.repeat(50);
		const out = await decompressText(await compressText(text), 11);
		expect(out).toEqual({ text: '🔒'.repeat(5) + '\ud83d', cut: true });
		// With a byte limit below the text's UTF-8 length, the decoder holds back a split character.
		const ascii = await decompressText(await compressText('é'.repeat(100)), 10);
		expect(ascii).toEqual({ text: 'é'.repeat(10), cut: true });
	});

	it('a plain ?error= longer than the limit is cut and says so', async () => {
		const state = await readLink(new URL(`https://x.test/?error=${'x'.repeat(200_001)}`));
		expect(state.error).toHaveLength(200_000);
		expect(state.cut).toBe(true);
	});
});
