import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';

const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('key.mismatch / key.match', () => {
	it('flags a key that belongs to another certificate, with both fingerprints', async () => {
		const report = await analyzeFiles(['checks/mismatched-combined.pem']);
		const [f] = find(report, 'key.mismatch');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-2', remedies: ['pair-key-with-cert', 'combine-key-and-cert'] });
		expect(f.evidence).toHaveLength(2);
		expect(f.evidence[0]).not.toBe(`key public key SHA-256: ${f.evidence[1].slice(f.evidence[1].lastIndexOf(': ') + 2)}`);
		// The key is used to compare public keys only: none of its material reaches the report.
		const keyLine = fixtureText('checks/client.key').split('\n')[5];
		expect(keyLine.length).toBeGreaterThan(40);
		expect(JSON.stringify(report)).not.toContain(keyLine);
	});

	it('confirms the key of a combined PEM', async () => {
		const report = await analyzeFiles(['checks/server-combined.pem']);
		expect(find(report, 'key.match')).toEqual([expect.objectContaining({ severity: 'ok', subject: 'item-2' })]);
		expect(findingIds(report)).not.toContain('key.mismatch');
	});
});

describe('key.encrypted', () => {
	it('says the key needs tlsCertificateKeyFilePassword', async () => {
		const report = await analyzeFiles(['checks/server-combined-encrypted.pem']);
		const [f] = find(report, 'key.encrypted');
		expect(f).toMatchObject({ severity: 'warning', remedies: ['key-password'] });
		expect(f.detail).toContain('tlsCertificateKeyFilePassword');
		expect(findingIds(report)).not.toContain('key.mismatch');
	});

	it('with the password, the key opens and is matched', async () => {
		const report = await analyzeFiles(['checks/server-combined-encrypted.pem'], { password: 'secret' });
		expect(find(report, 'key.encrypted')[0].severity).toBe('info');
		expect(findingIds(report)).toContain('key.match');
		expect(JSON.stringify(report)).not.toContain('secret');
	});

	it('says nothing for an unencrypted key', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-combined.pem']))).not.toContain('key.encrypted');
	});
});

describe('key.multiple', () => {
	it('flags two keys in one tlsCertificateKeyFile', async () => {
		const report = await analyzeFiles(['checks/two-keys-combined.pem']);
		const [f] = find(report, 'key.multiple');
		expect(f).toMatchObject({ severity: 'error', title: 'checks/two-keys-combined.pem holds 2 private keys' });
		expect(f.detail).toMatch(/first key does belong/);
	});

	it('is quiet with one key', async () => {
		expect(findingIds(await analyzeFiles(['checks/server-combined.pem']))).not.toContain('key.multiple');
	});
});

describe('key.missing', () => {
	it('reminds that a client certificate needs its key in tlsCertificateKeyFile', async () => {
		const report = await analyzeFiles(['checks/client.crt', 'checks/a-inter.crt', 'checks/ca.pem'], { role: 'client' });
		expect(find(report, 'key.missing')).toEqual([expect.objectContaining({ severity: 'info', subject: 'item-1' })]);
	});

	it('is quiet when the key is there', async () => {
		const report = await analyzeFiles(['checks/client-combined.pem', 'checks/a-inter.crt', 'checks/ca.pem'], { role: 'client' });
		expect(findingIds(report)).not.toContain('key.missing');
		expect(findingIds(report)).toContain('key.match');
	});
});
