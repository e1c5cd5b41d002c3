import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, toPem } from '../../../src/lib/core/bytes/base64';

describe('decodeBase64', () => {
	it('round-trips every length modulo 3', () => {
		for (let n = 0; n < 20; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
			const decoded = decodeBase64(encodeBase64(bytes));
			expect(decoded.ok && Array.from(decoded.bytes)).toEqual(Array.from(bytes));
		}
	});

	it('encodes exactly as Node does, padding included', () => {
		for (let n = 0; n < 40; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 0xff);
			expect(encodeBase64(bytes), `length ${n}`).toBe(Buffer.from(bytes).toString('base64'));
		}
	});

	it('agrees with Node on real data, ignoring line breaks', () => {
		const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) & 0xff);
		const wrapped = Buffer.from(bytes)
			.toString('base64')
			.replace(/(.{64})/g, '$1\r\n');
		const decoded = decodeBase64(wrapped);
		expect(decoded.ok && Buffer.from(decoded.bytes).equals(Buffer.from(bytes))).toBe(true);
	});

	it('names the offending character and its offset', () => {
		const result = decodeBase64('QUJD\nRE*G');
		expect(result).toMatchObject({ ok: false, offset: 7, char: '*' });
	});

	it('rejects data after padding and impossible lengths', () => {
		expect(decodeBase64('QQ==QQ==').ok).toBe(false);
		expect(decodeBase64('QUJDR').ok).toBe(false);
	});

	it('wraps PEM at 64 columns like openssl', () => {
		const pem = toPem('CERTIFICATE', new Uint8Array(100));
		const lines = pem.trim().split('\n');
		expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
		expect(lines[1]).toHaveLength(64);
		expect(lines.at(-1)).toBe('-----END CERTIFICATE-----');
	});
});
