import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingIds } from '../../helpers/analyze';

const CHAIN = ['checks/a-inter.crt', 'checks/ca.pem'];

describe('x509.subject', () => {
	it('gives the exact RFC 2253 user name and a createUser command for $external', async () => {
		const report = await analyzeFiles(['checks/client.crt', ...CHAIN], { role: 'client' });
		const f = report.findings.find((x) => x.id === 'x509.subject');
		const subject = 'CN=reporting-app,OU=Reporting,O=Example Apps,DC=example,DC=com';
		expect(f).toMatchObject({ severity: 'info', subject: 'item-1', remedies: ['create-x509-user', 'x509-auth-mechanism'] });
		expect(f?.evidence).toEqual([
			`subject (RFC 2253): ${subject}`,
			`mongosh: db.getSiblingDB("$external").runCommand({ createUser: "${subject}", roles: [{ role: "readWrite", db: "test" }], writeConcern: { w: "majority" } })`
		]);
	});

	it('is only for client certificates', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('x509.subject');
	});
});

describe('x509.subject-like-member', () => {
	it('refuses a client subject with the same O, OU and DC as a member certificate (BadValue)', async () => {
		const report = await analyzeFiles(['checks/client-like-member.crt', 'checks/member.crt', ...CHAIN], { role: 'client' });
		const found = report.findings.filter((x) => x.id === 'x509.subject-like-member');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ severity: 'error', subject: 'item-1', remedies: ['reissue-client-subject'] });
		expect(found[0].detail).toContain(
			'Cannot create an x.509 user with a subjectname that would be recognized as an internal cluster member'
		);
		expect(found[0].evidence).toEqual([
			'client: CN=ops-app,OU=Members,O=Example DB,DC=example,DC=com',
			'member: CN=node1.db.example.com,OU=Members,O=Example DB,DC=example,DC=com'
		]);
	});

	it('accepts a client whose OU differs', async () => {
		const report = await analyzeFiles(['checks/client.crt', 'checks/member.crt', ...CHAIN], { role: 'client' });
		expect(findingIds(report)).not.toContain('x509.subject-like-member');
	});
});
