import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCrl } from '../../../src/lib/core/x509/crl';
import { FIXTURES, fixtureBytes } from '../../helpers/fixtures';
import { analyzeFiles } from '../../helpers/analyze';

describe('the CRL reader', () => {
	it('reads issuer, dates, number and entries as openssl does', () => {
		const result = parseCrl(fixtureBytes('ingest/crl.der'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const crl = result.crl;
		expect(crl.thisUpdate.toISOString()).toBe('2026-01-01T00:00:00.000Z');
		expect(crl.nextUpdate?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
		expect(crl.crlNumber).toBe('01');
		expect(crl.revokedCount).toBe(2);
		// make-ingest.sh revokes revoked.crt (serial 2003, keyCompromise) and ed25519.crt (2004, no reason).
		expect(crl.lookup('2003')?.reason).toBe('keyCompromise');
		expect(crl.lookup('2004')).toMatchObject({ date: expect.stringMatching(/^\d{4}-/) });
		expect(crl.lookup('2004')?.reason).toBeUndefined();
		expect(crl.lookup('2001')).toBeUndefined();
		expect(crl.signatureAlgorithmOid).toBe('1.2.840.113549.1.1.11');
		expect(crl.authorityKeyId).toMatch(/^[0-9A-F]{40}$/);
	});

	it('labels the CRL item', async () => {
		const report = await analyzeFiles(['ingest/crl.der']);
		expect(report.items[0]).toMatchObject({ kind: 'crl', label: 'CRL from Ingest Test CA, 2 revoked' });
	});

	it('gives the SHA-256 fingerprint openssl crl -fingerprint prints', async () => {
		const printed = execFileSync(
			'openssl',
			['crl', '-inform', 'DER', '-in', join(FIXTURES, 'ingest/crl.der'), '-noout', '-fingerprint', '-sha256'],
			{
				encoding: 'utf8'
			}
		);
		const report = await analyzeFiles(['ingest/crl.der']);
		const item = report.items[0];
		expect(item.kind).toBe('crl');
		if (item.kind !== 'crl') return;
		expect(printed.trim().split('=')[1]).toBe(item.crl.sha256);
	});

	it('reports truncation with byte positions', () => {
		const der = fixtureBytes('ingest/crl.der');
		const result = parseCrl(der.subarray(0, der.length - 40));
		expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/truncated/) });
	});

	describe('a CRL far beyond asn1js’ default 10,000-node limit', () => {
		const dir = mkdtempSync(join(tmpdir(), 'crl-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		it('is read in full, made by openssl ca -gencrl over 5,000 revoked serials', () => {
			execFileSync(
				'openssl',
				[
					'req',
					'-x509',
					'-newkey',
					'rsa:2048',
					'-nodes',
					'-keyout',
					join(dir, 'ca.key'),
					'-out',
					join(dir, 'ca.pem'),
					'-subj',
					'/CN=Big CRL CA',
					'-days',
					'3650'
				],
				{
					stdio: 'ignore'
				}
			);
			const lines: string[] = [];
			for (let i = 1; i <= 5000; i++)
				lines.push(
					`R\t301231235959Z\t250101000000Z,keyCompromise\t${(0x100000 + i).toString(16).toUpperCase()}\tunknown\t/CN=revoked-${i}`
				);
			writeFileSync(join(dir, 'index.txt'), lines.join('\n') + '\n');
			writeFileSync(join(dir, 'crlnumber'), '1000\n');
			writeFileSync(
				join(dir, 'ca.cnf'),
				`[ca]\ndefault_ca=x\n[x]\ndatabase=${join(dir, 'index.txt')}\ncrlnumber=${join(dir, 'crlnumber')}\ndefault_md=sha256\ndefault_crl_days=7\n`
			);
			execFileSync(
				'openssl',
				[
					'ca',
					'-gencrl',
					'-config',
					join(dir, 'ca.cnf'),
					'-cert',
					join(dir, 'ca.pem'),
					'-keyfile',
					join(dir, 'ca.key'),
					'-out',
					join(dir, 'big.pem')
				],
				{ stdio: 'ignore' }
			);
			execFileSync('openssl', ['crl', '-in', join(dir, 'big.pem'), '-outform', 'DER', '-out', join(dir, 'big.der')]);
			const result = parseCrl(new Uint8Array(readFileSync(join(dir, 'big.der'))));
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.crl.revokedCount).toBe(5000);
			expect(result.crl.lookup((0x100000 + 4321).toString(16).toUpperCase())?.reason).toBe('keyCompromise');
			expect(result.crl.lookup('0FFFFF')).toBeUndefined();
			expect(result.crl.crlNumber).toBe('1000');
		});
	});
});
