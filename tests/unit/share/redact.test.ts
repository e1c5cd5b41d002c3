import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { redactReport } from '../../../src/lib/share/redact';
import { fixtureText } from '../../helpers/fixtures';

// A traceback that carries the application's connection string, password and all: the error-text
// item keeps the pasted text verbatim, so the exports must scrub it.
const TRACEBACK = [
	'Traceback (most recent call last):',
	'  File "/srv/app/db.py", line 4, in <module>',
	'    client = MongoClient("mongodb://app:Hunter2pw@db.example.com/?tls=true&tlsCertificateKeyFilePassword=k3ypass")',
	'pymongo.errors.ServerSelectionTimeoutError: db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)'
].join('\n');

describe('redactReport', () => {
	it('leaves no URI password or password option in the exports of a real analysis', async () => {
		const { report: clean } = redactReport(await analyze([{ kind: 'text', text: TRACEBACK }]));
		const json = JSON.stringify(clean);
		for (const secret of ['Hunter2pw', 'k3ypass']) {
			expect(json).not.toContain(secret);
			expect(toMarkdown(clean)).not.toContain(secret);
		}
		expect(clean.diagnoses.length).toBeGreaterThan(0);
	});

	it('scrubs every string of the report, wherever a secret got in', async () => {
		// The core keeps secrets out of the report; the exports must not depend on that alone.
		const report = await analyze([{ kind: 'text', text: TRACEBACK }]);
		const leaky = structuredClone(report);
		for (const item of leaky.items) if (item.kind === 'error-text') item.text = TRACEBACK;
		leaky.diagnoses[0].evidence.push({ itemId: 'item-x', start: 0, end: 10, text: 'password="pw-in-code"' });
		expect(JSON.stringify(leaky)).toContain('Hunter2pw');
		const { report: clean, removed } = redactReport(leaky);
		const json = JSON.stringify(clean);
		for (const secret of ['Hunter2pw', 'k3ypass', 'pw-in-code']) expect(json).not.toContain(secret);
		expect(json).toContain('mongodb://app:****@db.example.com');
		expect(removed).toEqual(expect.arrayContaining(['connection-string passwords', 'password options', 'password arguments']));
		// Only the secrets change: the diagnoses and their ids survive.
		expect(clean.diagnoses.map((d) => d.id)).toEqual(report.diagnoses.map((d) => d.id));
	});

	it('leaves a report without secrets unchanged', async () => {
		const report = await analyze([{ kind: 'text', text: fixtureText('pki/server.crt') }], { host: 'db.example.com' });
		expect(redactReport(report)).toEqual({ report, removed: [] });
	});
});
