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
	it('removes URI passwords and password options from every string of the report', async () => {
		const report = await analyze([{ kind: 'text', text: TRACEBACK }]);
		expect(JSON.stringify(report)).toContain('Hunter2pw');
		const { report: clean, removed } = redactReport(report);
		const json = JSON.stringify(clean);
		expect(json).not.toContain('Hunter2pw');
		expect(json).not.toContain('k3ypass');
		expect(json).toContain('mongodb://app:****@db.example.com');
		expect(removed).toEqual(expect.arrayContaining(['connection-string passwords', 'password options']));
		expect(toMarkdown(clean)).not.toContain('Hunter2pw');
		// The diagnosis itself survives the scrubbing.
		expect(clean.diagnoses.map((d) => d.id)).toEqual(report.diagnoses.map((d) => d.id));
	});

	it('leaves a report without secrets unchanged', async () => {
		const report = await analyze([{ kind: 'text', text: fixtureText('pki/server.crt') }], { host: 'db.example.com' });
		expect(redactReport(report)).toEqual({ report, removed: [] });
	});
});
