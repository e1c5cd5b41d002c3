import { describe, expect, it } from 'vitest';
import type { ContainerItem } from '../../../src/lib/core/model/report';
import { analyzeFiles } from '../../helpers/analyze';

const container = (items: { kind: string }[]) => items.find((i) => ['pkcs7', 'pkcs12', 'java-keystore'].includes(i.kind)) as ContainerItem;

describe('PKCS#7 bundles', () => {
	it.each(['ingest/chain.p7b', 'ingest/chain-der.p7b'])('%s lists its certificates inside the bundle', async (path) => {
		const report = await analyzeFiles([path]);
		const c = container(report.items);
		expect(c).toMatchObject({ kind: 'pkcs7', label: 'PKCS#7 bundle with 2 certificates', contents: { certificates: 2, keys: 0, crls: 0 } });
		const inside = report.items.filter((i) => i.source.container === c.id);
		expect(inside.map((i) => [i.kind, i.source.position])).toEqual([
			['certificate', 1],
			['certificate', 2]
		]);
	});

	it('reads a CRL carried in a .p7c', async () => {
		const report = await analyzeFiles(['ingest/with-crl.p7c']);
		expect(report.items.map((i) => i.kind)).toEqual(['pkcs7', 'certificate', 'crl']);
	});
});

describe('PKCS#12 files', () => {
	it('opens a file with an empty password without asking', async () => {
		const report = await analyzeFiles(['ingest/server-empty-password.p12']);
		const c = container(report.items);
		expect(c).toMatchObject({ password: 'empty', contents: { certificates: 1, keys: 1 } });
		expect(c.label).toMatch(/no password/);
		expect(report.items.map((i) => i.kind)).toEqual(['pkcs12', 'certificate', 'private-key']);
	});

	it('asks for the password when the empty one does not open it', async () => {
		const report = await analyzeFiles(['ingest/server-secret.p12']);
		expect(container(report.items)).toMatchObject({ password: 'missing', label: 'PKCS#12 file: password needed' });
	});

	it('says clearly when the password is wrong', async () => {
		const report = await analyzeFiles(['ingest/server-secret.p12'], { password: 'wrong-one' });
		const c = container(report.items);
		expect(c).toMatchObject({ password: 'wrong', label: 'PKCS#12 file: wrong password' });
		expect(c.problems[0]).toMatch(/password is wrong/);
	});

	it('opens it with the right password: chain and key, and the key pairs with the leaf', async () => {
		const report = await analyzeFiles(['ingest/server-secret.p12'], { password: 'secret' });
		expect(container(report.items)).toMatchObject({ password: 'given', contents: { certificates: 2, keys: 1 } });
		const cert = report.items.find((i) => i.kind === 'certificate' && i.certificate.subject.commonName === 'mongo1.example.net');
		const key = report.items.find((i) => i.kind === 'private-key');
		expect(
			cert?.kind === 'certificate' && key?.kind === 'private-key' && cert.certificate.publicKeySha256 === key.key.publicKeySha256
		).toBe(true);
	});

	it('names legacy RC2/3DES encryption and gives the openssl command', async () => {
		const report = await analyzeFiles(['ingest/client-legacy.p12'], { password: 'secret' });
		const c = container(report.items);
		expect(c.password).toBe('given');
		expect(c.problems.join(' ')).toMatch(/40-bit RC2.*openssl pkcs12 -legacy/);
	});
});

describe('Java keystores', () => {
	it.each([
		['ingest/truststore.jks', 'JKS', 2],
		['ingest/truststore.jceks', 'JCEKS', 1]
	])('%s: reads the trusted certificates and gives the keytool conversion', async (path, type, count) => {
		const report = await analyzeFiles([path]);
		const c = container(report.items);
		expect(c.kind).toBe('java-keystore');
		expect(c.contents.certificates).toBe(count);
		expect(c.hint).toBe(
			`keytool -importkeystore -srckeystore ${path} -srcstoretype ${type} -destkeystore ${path.replace(/\.\w+$/, '')}.p12 -deststoretype PKCS12`
		);
		expect(report.items.filter((i) => i.kind === 'certificate')).toHaveLength(count);
	});
});
