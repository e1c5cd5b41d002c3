import { describe, expect, it } from 'vitest';
import { findPemBlocks } from '../../../src/lib/core/ingest/pem';
import { fixtureText } from '../../helpers/fixtures';

describe('findPemBlocks', () => {
	const server = fixtureText('pki/server.crt');
	const inter = fixtureText('pki/intermediate-ca.crt');

	it('finds blocks among other text, with line ranges', () => {
		const text = `Here is my chain:\n${server}\nand the CA:\n${inter}thanks`;
		const blocks = findPemBlocks(text);
		expect(blocks.map((b) => b.label)).toEqual(['CERTIFICATE', 'CERTIFICATE']);
		expect(blocks[0].lines[0]).toBe(2);
		expect(blocks.every((b) => b.decoded.ok)).toBe(true);
	});

	it('tolerates CRLF, indentation and a missing final newline', () => {
		const mangled = server
			.trim()
			.split('\n')
			.map((l) => `    ${l}`)
			.join('\r\n');
		const [block] = findPemBlocks(mangled);
		expect(block.decoded.ok).toBe(true);
	});

	it('reports corrupted base64 with its line', () => {
		const lines = server.split('\n');
		lines[5] = lines[5].slice(0, 10) + '!' + lines[5].slice(11);
		const [block] = findPemBlocks(lines.join('\n'));
		expect(block.decoded).toEqual({ ok: false, reason: expect.stringMatching(/bad base64 at line 6/) });
	});

	it('reports a block that is cut off', () => {
		const cut = server.split('\n').slice(0, 8).join('\n');
		const [block] = findPemBlocks(cut);
		expect(block.decoded.ok).toBe(false);
		expect(!block.decoded.ok && block.decoded.reason).toMatch(/cut off/);
	});

	it('reads RFC 1421 headers of legacy encrypted keys', () => {
		const text =
			'-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nQUJD\n-----END RSA PRIVATE KEY-----\n';
		const [block] = findPemBlocks(text);
		expect(block.headers['Proc-Type']).toBe('4,ENCRYPTED');
		expect(block.decoded.ok).toBe(true);
	});
});
