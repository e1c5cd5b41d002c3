import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/lib/core/model/report';
import { analyzeFiles, analyzeText } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';

const kinds = (items: Item[]) => items.map((i) => i.kind);

describe('PEM blocks of every kind, in one paste, in any order', () => {
	it('reads certificates, keys, a CRL, a CSR and PKCS#7 mixed together', async () => {
		const text = [
			'Here is everything from the server:',
			fixtureText('ingest/crl.pem'),
			fixtureText('ingest/rsa-pkcs1.key'),
			fixtureText('ingest/server.crt'),
			fixtureText('ingest/request.csr'),
			fixtureText('ingest/chain.p7b'),
			fixtureText('ingest/ec-sec1.key')
		].join('\n');
		const report = await analyzeText(text);
		expect(kinds(report.items)).toEqual(['crl', 'private-key', 'certificate', 'csr', 'pkcs7', 'certificate', 'certificate', 'private-key']);
		expect(report.items.filter((i) => i.kind === 'unreadable')).toEqual([]);
	});

	it('labels each item in plain words', async () => {
		const report = await analyzeFiles(['ingest/server.crt', 'ingest/crl.pem', 'ingest/rsa-encrypted-pkcs8.key', 'ingest/request.csr']);
		expect(report.items.map((i) => i.label)).toEqual([
			'Certificate for mongo1.example.net, issued by Ingest Test CA (RSA 2048)',
			'CRL from Ingest Test CA, 2 revoked',
			'Private key, encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC): needs tlsCertificateKeyFilePassword',
			'Certificate request for csr.example.net (RSA 2048)'
		]);
	});

	it('reads TRUSTED CERTIFICATE (OpenSSL trust settings appended)', async () => {
		const report = await analyzeFiles(['ingest/ca-trusted.pem']);
		expect(report.items[0]).toMatchObject({ kind: 'certificate', origin: 'trusted-pem' });
	});

	it('reads NEW CERTIFICATE REQUEST and the SANs it asks for', async () => {
		const report = await analyzeFiles(['ingest/request-new.csr']);
		const csr = report.items[0];
		expect(csr.kind).toBe('csr');
		if (csr.kind === 'csr')
			expect(csr.csr.subjectAltNames).toEqual([
				{ type: 'dns', value: 'csr.example.net' },
				{ type: 'ip', value: '10.0.0.7' }
			]);
	});

	it('gives line ranges and block numbers', async () => {
		const report = await analyzeFiles(['ingest/chain.pem']);
		expect(report.items.map((i) => i.source)).toEqual([
			{ name: 'ingest/chain.pem', block: 1, lines: [1, 21] },
			{ name: 'ingest/chain.pem', block: 2, lines: [22, 40] }
		]);
	});

	it('tolerates CRLF, indentation, blank lines and no final newline', async () => {
		const mangled =
			'\r\n\r\n' +
			fixtureText('ingest/chain.pem')
				.trim()
				.split('\n')
				.map((l) => `\t  ${l}`)
				.join('\r\n\r\n');
		const report = await analyzeText(mangled);
		expect(kinds(report.items)).toEqual(['certificate', 'certificate']);
	});

	it('reads PEM escaped inside JSON (literal \\n)', async () => {
		const report = await analyzeFiles(['ingest/pem-in.json']);
		expect(kinds(report.items)).toEqual(['certificate', 'certificate']);
	});

	it('ignores EC PARAMETERS, and names SSH keys as not TLS', async () => {
		const ecparams = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
		const ssh = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n';
		const report = await analyzeText(ecparams + fixtureText('ingest/ec-sec1.key') + ssh);
		expect(kinds(report.items)).toEqual(['private-key', 'unreadable']);
		expect(report.items[1]).toMatchObject({ reason: expect.stringMatching(/SSH key, not a TLS key/) });
	});
});
