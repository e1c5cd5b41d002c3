/**
 * Issue 14, items 2 and 3: fixes written for the side the text was written from and for the role
 * of the certificate. A mongod log is the server's view, so its peer is the client: no step may
 * aim a command at the client's address, and the certificate it talks about is the client's. A
 * client certificate gets client steps, a server certificate server steps, never the other's.
 * Everything goes through analyze() and the rendered remedies, as the page and the CLI show them.
 *
 * The log lines are built from the MongoDB server source (tests/fixtures/side/README.md); the
 * certificates are made by tests/fixtures/make-side.sh.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeInputs } from '../../helpers/analyze';
import { textInput } from '../../helpers/fixtures';
import type { Remedy, Report } from '../../../src/lib/core/model/report';
import { renderRemedy } from '../../../src/lib/core/remedies/render';
import { wholeDays } from '../../../src/lib/core/model/days';

const PEER = '10.20.1.15';

const LOGS = {
	'no client certificate, 4.2 legacy log': 'side/mongod-4.2-no-client-certificate.log',
	'no client certificate, 4.4+ JSON log': 'side/mongod-json-no-client-certificate.log',
	'client certificate expired, 4.2 legacy log': 'side/mongod-4.2-client-certificate-expired.log',
	'client certificate expired, 4.4+ JSON log': 'side/mongod-json-client-certificate-expired.log'
} as const;

/** Every step a person would run or paste: commands, config snippets, code, files. */
const actionable = (r: Remedy) => r.steps.filter((s) => s.kind !== 'text').map((s) => s.text);
const allText = (r: Remedy) => [r.title, ...r.steps.map((s) => s.text)].join('\n');

/** Words that belong to a server certificate's renewal, and those of a client's. */
const SERVER_WORDS = /mongodb-server\.|\bserver\.pem\b|openssl-server\.cnf|rotateCertificates|serverAuth/;
const CLIENT_WORDS = /mongodb-client\.|\bclient\.pem\b|openssl-client\.cnf|tlsCertificateKeyFile|\$external|clientAuth/;

async function logReport(path: string, extra: Parameters<typeof analyzeInputs>[0] = []): Promise<Report> {
	return analyzeInputs([textInput(path), ...extra]);
}

describe('a mongod log is read from the server’s side (item 2)', () => {
	for (const [name, path] of Object.entries(LOGS)) {
		it(`${name}: no step or next command targets the client at ${PEER}`, async () => {
			const report = await logReport(path);
			expect(report.diagnoses.length).toBeGreaterThan(0);
			for (const remedy of Object.values(report.remedies)) {
				for (const step of actionable(remedy)) expect(step, `${remedy.id}: ${step}`).not.toContain(PEER);
			}
			for (const d of report.diagnoses) {
				for (const n of d.next) expect(n.command ?? '', `${d.id} next: ${n.ask}`).not.toContain(PEER);
				expect(d.facts.hosts?.map((h) => h.host) ?? []).not.toContain(PEER);
			}
		});

		it(`${name}: the evidence says in plain words that the peer is the client`, async () => {
			const top = (await logReport(path)).diagnoses[0];
			expect(top.facts.vantage).toMatchObject({ writer: 'server', program: 'mongod', peer: 'client', direction: 'in' });
			expect(top.facts.vantage?.peers?.map((p) => p.host)).toContain(PEER);
			expect(top.explanation).toContain(`From a mongod log: the peer here is the client at ${PEER}`);
		});
	}

	it('the two formats are told apart', async () => {
		const legacy = (await logReport(LOGS['no client certificate, 4.2 legacy log'])).diagnoses[0];
		const json = (await logReport(LOGS['no client certificate, 4.4+ JSON log'])).diagnoses[0];
		expect(legacy.facts.vantage?.logFormat).toBe('legacy');
		expect(json.facts.vantage?.logFormat).toBe('json');
	});

	it('"no SSL certificate provided by peer; connection rejected": the client sends none; fixes on the client, or the server option with its cost', async () => {
		for (const path of [LOGS['no client certificate, 4.2 legacy log'], LOGS['no client certificate, 4.4+ JSON log']]) {
			const report = await logReport(path);
			expect(report.diagnoses[0].id).toBe('client-cert-required');
			const ids = report.diagnoses[0].remedies;
			expect(ids[0]).toBe('provide-client-certificate');
			expect(ids).toContain('allow-connections-without-certificates');
			expect(allText(report.remedies['provide-client-certificate'])).toContain('tlsCertificateKeyFile');
			const allow = report.remedies['allow-connections-without-certificates'];
			expect(allow.risk, 'says what it weakens').toMatch(/no longer need a certificate/);
			expect(allText(allow)).toContain('allowConnectionsWithoutCertificates: true');
			expect(allText(allow)).toContain('--tlsAllowConnectionsWithoutCertificates');
		}
	});

	it('the warning alone ("No SSL certificate provided by peer") stays harmless, and still names the client as the peer', async () => {
		const report = await logReport('side/mongod-json-no-client-certificate-warning.log');
		expect(report.diagnoses[0].id).toBe('benign-message');
		expect(report.diagnoses[0].explanation).toContain('the peer here is the client at 10.20.1.15');
	});

	it('"certificate has expired" in a server log is the client’s certificate, judged by the server’s clock', async () => {
		for (const path of [LOGS['client certificate expired, 4.2 legacy log'], LOGS['client certificate expired, 4.4+ JSON log']]) {
			const report = await logReport(path);
			const top = report.diagnoses[0];
			expect(top.id).toBe('cert-expired');
			expect(top.title).toMatch(/client’s certificate/);
			expect(top.explanation).toMatch(/server’s own clock/);
			expect(top.explanation).not.toMatch(/The server’s certificate/);
			const renew = report.remedies['renew-certificate'];
			expect(renew.title).toMatch(/client certificate/);
			expect(allText(renew)).not.toMatch(SERVER_WORDS);
			expect(allText(renew)).toMatch(/clientAuth/);
			expect(allText(renew)).toMatch(/tlsCertificateKeyFile/);
			expect(report.remedies['check-clock'].title).toBe('Check the clock of the database server');
			// The server-side reading of the same words (the server's own chain) is not offered.
			expect(report.diagnoses.map((d) => d.id)).not.toContain('untrusted-ca');
		}
	});

	it('with the connection string pasted too, commands go to the server it names, never to the log’s peer', async () => {
		const report = await logReport(LOGS['no client certificate, 4.4+ JSON log'], [
			{ kind: 'text', text: 'mongodb://db1.example.net:27017/?tls=true' }
		]);
		const uri = report.remedies['provide-client-certificate'].steps.filter((s) => s.kind === 'config').map((s) => s.text);
		expect(uri.some((t) => t.includes('db1.example.net:27017'))).toBe(true);
		for (const remedy of Object.values(report.remedies)) for (const step of actionable(remedy)) expect(step).not.toContain(PEER);
	});

	it('a member that dialled out to another member was the client: the peer is that member, its certificate a member’s', async () => {
		// The same check of the peer's certificate (log id 23256), on a replication thread rather than an incoming connN.
		const line =
			'{"t":{"$date":"2024-03-11T09:20:00.100+00:00"},"s":"E",  "c":"NETWORK",  "id":23256,   "ctx":"ReplCoord-3","msg":"SSL peer certificate validation failed","attr":{"error":"SSL peer certificate validation failed: certificate has expired"}}\n' +
			'{"t":{"$date":"2024-03-11T09:20:00.101+00:00"},"s":"I",  "c":"REPL",  "id":21000,   "ctx":"ReplCoord-3","msg":"Error connecting to db2.example.net:27017 :: caused by :: SSLHandshakeFailed: SSL peer certificate validation failed: certificate has expired"}';
		const report = await analyzeInputs([{ kind: 'text', text: line }]);
		const top = report.diagnoses[0];
		expect(top.id).toBe('cert-expired');
		expect(top.facts.vantage).toMatchObject({ writer: 'server', direction: 'out', peer: 'member' });
		expect(top.explanation).toMatch(/this server was connecting to another member/);
		const renew = report.remedies['renew-certificate'];
		expect(renew.title).toMatch(/member certificate/);
		expect(allText(renew)).toContain('serverAuth, clientAuth');
	});

	it('a client’s own error keeps reading the peer as the server', async () => {
		const report = await analyzeInputs([{ kind: 'text', text: 'MongoNetworkError: certificate has expired' }]);
		expect(report.diagnoses[0].id).toBe('cert-expired');
		expect(report.diagnoses[0].facts.vantage).toBeUndefined();
		expect(report.remedies['check-clock'].title).toBe('Check the clock of the client machine');
		expect(allText(report.remedies['renew-certificate'])).not.toMatch(CLIENT_WORDS);
	});
});

describe('renewal and reissue steps follow the certificate’s role (item 3)', () => {
	it('an expired client certificate with role client: client steps only', async () => {
		const report = await analyzeFiles(['side/client-expired.crt', 'side/ca.pem'], { role: 'client' });
		expect(report.findings.map((f) => f.id)).toContain('cert.expired');
		const renew = report.remedies['renew-certificate'];
		expect(renew, 'renewal is offered').toBeDefined();
		const text = allText(renew);
		expect(text).toMatch(/extendedKeyUsage = clientAuth/);
		expect(text).toMatch(/tlsCertificateKeyFile/);
		// Keep the subject DN identical, or move the $external user to the new one.
		expect(text).toContain('openssl x509 -x509toreq -in mongodb-client.crt -signkey mongodb-client.key');
		expect(text).toContain('db.getSiblingDB("$external").createUser(');
		expect(text).toContain('db.getSiblingDB("$external").dropUser("DC=example,DC=com,OU=Reporting,O=Example Apps,CN=reporting-app")');
		// mongod's own CA file is the server's side by definition: for a client certificate from a private CA
		// that is where its CA goes (trust-client-ca-in-mongod); every other step is the client's.
		const SERVER_CONFIG = new Set(['trust-client-ca-in-mongod']);
		for (const remedy of Object.values(report.remedies))
			if (!SERVER_CONFIG.has(remedy.id)) expect(allText(remedy), remedy.id).not.toMatch(SERVER_WORDS);
	});

	it('an expired server certificate: server steps only', async () => {
		const report = await analyzeFiles(['checks/server-expired.crt', 'checks/a-inter.crt', 'checks/a-root.crt']);
		const renew = report.remedies['renew-certificate'];
		expect(renew).toBeDefined();
		expect(allText(renew)).toMatch(/rotateCertificates/);
		for (const id of ['renew-certificate', 'check-clock']) expect(allText(report.remedies[id]), id).not.toMatch(CLIENT_WORDS);
	});

	it.each(['reissue-with-eku', 'reissue-stronger-key', 'renew-certificate'])(
		'%s: client words for a client, server words for a server',
		(id) => {
			const client = renderRemedy(id, {}, { certificateRole: 'client' })!;
			const server = renderRemedy(id, {}, {})!;
			expect(allText(client)).not.toMatch(SERVER_WORDS);
			expect(allText(client)).toMatch(/mongodb-client\./);
			expect(allText(server)).not.toMatch(CLIENT_WORDS);
		}
	);

	it('a member certificate is its own case: both purposes, member files, one member at a time', () => {
		const member = renderRemedy('renew-certificate', {}, { certificateRole: 'member' })!;
		const text = allText(member);
		expect(member.title).toMatch(/member certificate/);
		expect(text).toContain('extendedKeyUsage = serverAuth, clientAuth');
		expect(text).toMatch(/mongodb-member\.crt/);
		expect(text).toMatch(/same O, OU and DC/);
		expect(text).not.toMatch(/mongodb-(?:server|client)\./);
		expect(allText(renderRemedy('reissue-with-eku', {}, { certificateRole: 'member' })!)).toContain('serverAuth, clientAuth');
	});
});

describe('one date arithmetic (item 3)', () => {
	it('whole days, floor of the exact span, with its sign', () => {
		const day = 86_400_000;
		expect(wholeDays(0, 701.5 * day)).toBe(701);
		expect(wholeDays(701.5 * day, 0)).toBe(-701);
		expect(wholeDays(0, day - 1)).toBe(0);
		expect(Object.is(wholeDays(1, 0), 0)).toBe(true);
	});

	it('a certificate expired 701.5 days ago: the finding and the chain say the same number', async () => {
		// client-expired.crt ends 2024-06-29T12:00:00Z, 701.5 days before the tests' 2026-06-01.
		const report = await analyzeFiles(['side/client-expired.crt', 'side/ca.pem'], { role: 'client' });
		const expired = report.findings.find((f) => f.id === 'cert.expired')!;
		expect(expired.title).toMatch(/expired 701 days ago/);
		const leaf = report.chains[0].links[0];
		expect(leaf.validity.daysLeft).toBe(-701);
	});
});

describe('a driver’s error pasted beside a mongod log', () => {
	it('is read from the client’s side: the server’s certificate expired, by the client’s clock', async () => {
		const text = [
			'pymongo.errors.ServerSelectionTimeoutError: db1.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)',
			'{"t":{"$date":"2024-03-11T09:08:21.004+00:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.20.1.15:53422","connectionId":12,"connectionCount":3}}',
			'{"t":{"$date":"2024-03-11T09:08:21.032+00:00"},"s":"I",  "c":"NETWORK",  "id":22944,   "ctx":"conn12","msg":"Connection ended","attr":{"remote":"10.20.1.15:53422","connectionId":12,"connectionCount":2}}'
		].join('\n');
		const report = await analyzeInputs([{ kind: 'text', text }]);
		const top = report.diagnoses[0];
		expect(top.id).toBe('cert-expired');
		expect(top.title).not.toMatch(/client’s certificate/);
		expect(report.remedies['check-clock']?.title).toBe('Check the clock of the client machine');
		for (const step of actionable(report.remedies['renew-certificate'])) expect(step).not.toMatch(CLIENT_WORDS);
	});
});
