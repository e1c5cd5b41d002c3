/**
 * Issue 16: a refused login gets a remedy of its own (check-login-credentials), written from the
 * person's connection string, beside the MONGODB-X509 one. The person's password never appears:
 * the string is written with YOUR_PASSWORD, every other part kept (tests/helpers/same-connection).
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSES } from '../../../src/lib/core/diagnose/catalogue';
import { collectRemedyFacts } from '../../../src/lib/core/remedies/facts';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { analyzeConnectionString } from '../../../src/lib/core/uri/analyze';
import { analyzeText } from '../../helpers/analyze';
import { connectionDifferences, connectionShape, urisIn } from '../../helpers/same-connection';

// The password p@ss:w/rd%"' written the only way a driver accepts it: percent-encoded.
const PASSWORD = `p@ss:w/rd%"'`;
const URI = `mongodb://app:${encodeURIComponent(PASSWORD).replace(/'/g, '%27')}@db1.example.com:27017,db2.example.com:27017/shop?replicaSet=rs0&tls=true`;

const factsFor = (uri: string) => collectRemedyFacts({ connections: [{ analysis: analyzeConnectionString(uri, 'uri') }], diagnoses: [] });

describe('the unauthorized diagnosis', () => {
	it('offers the credentials check and keeps MONGODB-X509 for certificate logins', () => {
		expect(DIAGNOSES.unauthorized.remedies).toContain('check-login-credentials');
		expect(DIAGNOSES.unauthorized.remedies).toContain('x509-auth-mechanism');
		expect(DIAGNOSES.unauthorized.explanation).toMatch(/password/);
	});

	it('is the reading of a pasted refused login, with the remedy in the report', async () => {
		const report = await analyzeText(`${URI}\nMongoServerError: Authentication failed.`);
		const top = report.diagnoses[0];
		expect(top?.id).toBe('unauthorized');
		expect(top?.remedies).toContain('check-login-credentials');
	});
});

describe('check-login-credentials', () => {
	for (const shell of ['bash', 'powershell', 'cmd'] as const) {
		it(`writes the person's string with authSource=admin and never their password (${shell})`, () => {
			const remedy = renderRemedy('check-login-credentials', { os: shell === 'bash' ? 'debian' : 'windows', shell }, factsFor(URI))!;
			const all = remedy.steps.map((s) => s.text).join('\n');
			expect(all).not.toContain(PASSWORD);
			expect(all).not.toContain(encodeURIComponent(PASSWORD));
			const uris = remedy.steps.filter((s) => s.kind !== 'text').flatMap((s) => urisIn(s.text));
			expect(uris).toHaveLength(1);
			const written = uris[0]!;
			expect(connectionShape(written).password).toBe('YOUR_PASSWORD');
			expect(connectionShape(written).options.authsource).toBe('admin');
			expect(connectionDifferences(URI, written, { options: ['authSource'], tlsOutside: false, credentials: false })).toEqual([]);
			expect(all).toMatch(/Put your password back in place of YOUR_PASSWORD/);
			// The encoder reads the password from the keyboard: nothing of it is in the command.
			const encoder = remedy.steps.find((s) => s.kind === 'command')!.text;
			expect(encoder).toMatch(/getpass/);
		});
	}

	it('leaves an authSource the person set as it is', () => {
		const uri = 'mongodb://reporting@10.0.0.5:27017/sales?authSource=sales&tls=true';
		const remedy = renderRemedy('check-login-credentials', { os: 'debian', shell: 'bash' }, factsFor(uri))!;
		const written = remedy.steps.filter((s) => s.kind !== 'text').flatMap((s) => urisIn(s.text))[0]!;
		expect(connectionShape(written).options.authsource).toBe('sales');
		expect(connectionDifferences(uri, written, { options: [], tlsOutside: false, credentials: false })).toEqual([]);
	});

	it('without a pasted string says where authSource goes, with no string of its own', () => {
		const remedy = renderRemedy('check-login-credentials', { os: 'debian', shell: 'bash' }, {})!;
		expect(remedy.steps.map((s) => s.text).join('\n')).toMatch(/authSource=admin/);
		expect(remedy.steps.flatMap((s) => urisIn(s.text))).toEqual([]);
	});
});

describe('the Atlas sentence of check-login-credentials', () => {
	it('is there for an Atlas host and left out for another known host', async () => {
		const atlas = await analyzeText(
			"pymongo.errors.OperationFailure: bad auth : Authentication failed., full error: {'ok': 0, 'errmsg': 'bad auth : Authentication failed.', 'code': 8000, 'codeName': 'AtlasError'}\nmongodb+srv://app:x@cluster0.abcde.mongodb.net/"
		);
		const other = await analyzeText(
			"pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}\nmongodb://app:x@db.internal:27017/shop"
		);
		const said = (r: typeof atlas) =>
			r.remedies['check-login-credentials'].steps.some((s) => /On Atlas the user is a database user/.test(s.text));
		expect(said(atlas)).toBe(true);
		expect(said(other)).toBe(false);
	});
});
