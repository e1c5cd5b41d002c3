/**
 * Connection strings anywhere in a paste become items of their own, and their secrets reach no
 * output: not the item, not the error text around them, not a label, not the unrecognised text.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../helpers/analyze';

const SECRETS = ['hunter2', 's3cret', 'pw-in-kwarg'];
const leaks = (value: unknown) => SECRETS.filter((s) => JSON.stringify(value).includes(s));

describe('connection strings in pasted text', () => {
	it('a URI alone is one connection-string item, redacted, analysed', async () => {
		const report = await analyzeText('mongodb://admin:hunter2@db.example.com:27017/app?tls=true&tlsAllowInvalidCertificates=true');
		expect(report.items.map((i) => i.kind)).toEqual(['connection-string']);
		const item = report.items[0];
		expect(item.kind === 'connection-string' && item.redacted).toBe(
			'mongodb://admin:****@db.example.com:27017/app?tls=true&tlsAllowInvalidCertificates=true'
		);
		expect(report.connections).toHaveLength(1);
		expect(report.findings.some((f) => f.id.startsWith('uri.'))).toBe(true);
		expect(leaks(report)).toEqual([]);
	});

	it('a URI quoted in a traceback is an item, and the error text keeps it redacted for the diagnosis', async () => {
		const text = [
			'Traceback (most recent call last):',
			'  File "app.py", line 3, in <module>',
			'    client = MongoClient("mongodb://admin:hunter2@db.example.com/?tls=true&tlsCertificateKeyFilePassword=s3cret", password="pw-in-kwarg")',
			'pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'
		].join('\n');
		const report = await analyzeText(text);
		expect(report.items.map((i) => i.kind)).toEqual(['connection-string', 'error-text']);
		const error = report.items[1];
		expect(error.kind === 'error-text' && error.text).toContain('mongodb://admin:****@db.example.com');
		expect(report.diagnoses[0]?.id).toMatch(/untrusted-ca|missing-system-roots/);
		for (const span of report.diagnoses.flatMap((d) => d.evidence)) {
			expect(error.kind === 'error-text' && error.text.slice(span.start, span.end)).toBe(span.text);
		}
		expect(leaks(report)).toEqual([]);
	});

	it('text that is neither keeps no secret either', async () => {
		const report = await analyzeText('see mongodb+srv://bob:hunter2@cluster0.abcde.mongodb.net/ for the thing we talked about');
		expect(report.items[0]?.kind).toBe('connection-string');
		expect(leaks(report)).toEqual([]);
	});
});
