/**
 * Amazon DocumentDB: its certificates chain to Amazon's RDS root, which no stock trust store holds,
 * so "self signed certificate in certificate chain" or "unable to get local issuer certificate"
 * from a DocumentDB host means the client lacks Amazon's CA bundle, and the fix downloads it and
 * gives it as tlsCAFile (Amazon DocumentDB Developer Guide, "Connecting programmatically").
 */
import { describe, expect, it } from 'vitest';
import { isDocumentDbHost } from '../../../src/lib/core/diagnose/hosts';
import { analyzeText } from '../../helpers/analyze';

const HOST = 'sample-cluster.cluster-cxyzabc123.us-east-1.docdb.amazonaws.com';
// Built from PyMongo's ServerSelectionTimeoutError format with OpenSSL's result 19, as a client
// without Amazon's bundle gets it from an instance-based cluster.
const SELF_SIGNED = `pymongo.errors.ServerSelectionTimeoutError: ${HOST}:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129), Timeout: 30s`;
const LOCAL_ISSUER = `MongoServerSelectionError: unable to get local issuer certificate\n    host: '${HOST}:27017'`;
const BUNDLE = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';

describe('DocumentDB hosts', () => {
	it('are told by their endpoint names, instance-based, elastic and China', () => {
		expect(isDocumentDbHost(HOST)).toBe(true);
		expect(isDocumentDbHost('docdb-2026-01.cxyzabc123.us-east-1.docdb.amazonaws.com')).toBe(true);
		expect(isDocumentDbHost('my-elastic-1234567890.us-east-1.docdb-elastic.amazonaws.com')).toBe(true);
		expect(isDocumentDbHost('sample.cluster-abc.cn-north-1.docdb.amazonaws.com.cn')).toBe(true);
		expect(isDocumentDbHost('docdb.amazonaws.com.evil.example')).toBe(false);
		expect(isDocumentDbHost('mydocdb.example.com')).toBe(false);
	});

	it.each([
		['self-signed root in the chain', SELF_SIGNED, 'self-signed-in-chain'],
		['no local issuer', LOCAL_ISSUER, 'untrusted-ca']
	])('%s: the client lacks Amazon’s CA bundle, said with high confidence', async (_name, text, id) => {
		const report = await analyzeText(text);
		expect(report.diagnoses[0].id).toBe(id);
		expect(report.diagnoses[0].confidence).toBe('high');
		expect(report.diagnoses[0].explanation).toMatch(/global-bundle\.pem/);
	});

	it.each(['bash', 'zsh', 'fish', 'powershell', 'cmd'] as const)(
		'%s: the fix downloads the bundle and gives it as tlsCAFile',
		async (shell) => {
			const report = await analyzeText(SELF_SIGNED, {
				client: 'pymongo',
				os: shell === 'powershell' || shell === 'cmd' ? 'windows' : 'linux',
				shell
			});
			const steps = report.remedies['use-tlscafile'].steps;
			const download = steps.find((s) => s.kind === 'command')!;
			expect(download.text).toContain(BUNDLE);
			expect(download.text).toMatch(/global-bundle\.pem/);
			const code = steps.find((s) => s.kind === 'code')!;
			expect(code.text).toMatch(/tlsCAFile=['"][^'"]*global-bundle\.pem['"]/);
		}
	);

	it('a Java client is told the bundle must be split for keytool', async () => {
		const report = await analyzeText(SELF_SIGNED, { client: 'java', os: 'linux' });
		const texts = report.remedies['use-tlscafile'].steps.map((s) => s.text).join('\n');
		expect(texts).toMatch(/keytool imports one per alias/);
	});

	it('an Atlas or private host is not read as DocumentDB', async () => {
		const report = await analyzeText(SELF_SIGNED.replaceAll(HOST, 'localhost'));
		expect(report.diagnoses[0].explanation).not.toMatch(/DocumentDB|global-bundle/);
	});
});
