/**
 * The connection-string stage of analyze(): each pasted string analysed against the pasted server
 * certificate (a real one, made by tests/fixtures/make-pki.sh: db.example.com, *.db.example.com,
 * 127.0.0.1), its problems turned into findings, and nothing secret in what comes out.
 */
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../src/lib/core/context';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { buildReport } from '../../../src/lib/core/report/build';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { URI_IDS } from '../../../src/lib/core/uri/problem';
import { connectionsOf, evidenceWith } from './helpers';
import { analyzeConnections } from '../../../src/lib/core/connections/analyze-connections';

const SECRET = 'Sup3r-S3cret!';
const URI = `mongodb://app:${encodeURIComponent(SECRET)}@10.0.0.5:27017,db.example.com/?tls=true&tlsInsecure=true&tlsAllowInvalidHostnames=true`;

describe('analyzeConnections', () => {
	it('makes one finding per problem, with the item as subject, a citation and remedies that exist', async () => {
		const { connections, findings } = await connectionsOf(URI, ['pki/server.crt']);
		expect(connections).toHaveLength(1);
		expect(findings.map((f) => f.id)).toEqual(connections[0].findings);
		for (const f of findings) {
			expect(f.id).toMatch(/^uri\.[a-z-]+$/);
			expect(f.subject).toBe('cs-1');
			expect(f.citation.length, f.id).toBeGreaterThan(5);
			for (const r of f.remedies) expect(REMEDIES.has(r), `${f.id} → ${r}`).toBe(true);
			if (f.severity === 'ok') expect(f.remedies).toEqual([]);
		}
		expect(findings.map((f) => f.id)).toEqual(
			expect.arrayContaining([URI_IDS.conflictingTlsOptions, URI_IDS.insecureTls, URI_IDS.ipLiteralHost, URI_IDS.hostInCertificate])
		);
	});

	it('compares the hosts with the pasted server certificate’s names', async () => {
		const { connections, findings } = await connectionsOf('mongodb://10.0.0.5,db.example.com,other.example.org/?tls=true', [
			'pki/server.crt'
		]);
		expect(connections[0].certificate?.names).toEqual(['db.example.com', '*.db.example.com', '127.0.0.1']);
		const ip = findings.find((f) => f.id === URI_IDS.ipLiteralHost)!;
		expect(ip.severity).toBe('error');
		expect(ip.evidence).toEqual(['connecting to: 10.0.0.5', 'subjectAltName: DNS:db.example.com, DNS:*.db.example.com, IP:127.0.0.1']);
		expect(findings.find((f) => f.id === URI_IDS.hostNotInCertificate)?.title).toContain('other.example.org');
		expect(findings.find((f) => f.id === URI_IDS.hostInCertificate)?.severity).toBe('ok');
		// 127.0.0.1 is listed as an IP address, so connecting to it passes.
		const local = await connectionsOf('mongodb://127.0.0.1:27017/?tls=true', ['pki/server.crt']);
		expect(local.findings.find((f) => f.id === URI_IDS.ipLiteralHost)?.severity).toBe('info');
	});

	it('uses the server leaf, not the CA, when a chain is pasted', async () => {
		const { connections } = await connectionsOf('mongodb://db.example.com/?tls=true', ['pki/server-chain.pem']);
		expect(connections[0].certificate?.names).toContain('db.example.com');
	});

	it('does not compare with a client certificate (role client)', async () => {
		const { connections } = await connectionsOf('mongodb://other.example.org/?tls=true', ['pki/server.crt'], { role: 'client' });
		expect(connections[0].certificate).toBeUndefined();
		expect(connections[0].findings).not.toContain(URI_IDS.hostNotInCertificate);
	});

	it('analyses every connection string, including a MongoClient(...) call', async () => {
		const text = `first: mongodb://a.example.com/?tls=true\nclient = MongoClient("mongodb://b.example.com/", tls=True, tlsCAFile="/etc/ssl/ca.pem", password="${SECRET}")`;
		const { connections } = await connectionsOf(text);
		expect(connections.map((c) => c.analysis.form)).toEqual(['uri', 'python']);
		expect(connections[1].analysis.tls.caFile).toBe('/etc/ssl/ca.pem');
	});

	it('never lets the password out: not in the analysis, the findings, the report or the Markdown', async () => {
		const text = `${URI}\nMongoClient("mongodb://b/", password="${SECRET}", tlsCertificateKeyFilePassword="${SECRET}x")`;
		const evidence = await evidenceWith(text, ['pki/server.crt']);
		const context = resolveContext({ client: 'pymongo', os: 'debian' });
		const uri = analyzeConnections(evidence, context);
		const report = buildReport(
			{
				items: [...evidence.items, ...evidence.connectionStrings.map((c) => c.item)],
				findings: uri.findings,
				diagnoses: [],
				chains: [],
				connections: uri.connections
			},
			context
		);
		const outputs = [JSON.stringify(uri), JSON.stringify(report), toMarkdown(report)];
		for (const out of outputs) {
			for (const form of [SECRET, encodeURIComponent(SECRET), `${SECRET}x`]) expect(out).not.toContain(form);
		}
		expect(report.connections[0].analysis.redacted).toContain('app:****@');
	});

	it('puts the corrected connection string into the fix-uri-options remedy', async () => {
		const evidence = await evidenceWith('mongodb://app:pw12345@db.example.com/?tls=true&tlsCAfle=/etc/ssl/ca.pem');
		const context = resolveContext({});
		const uri = analyzeConnections(evidence, context);
		const report = buildReport(
			{
				items: evidence.connectionStrings.map((c) => c.item),
				findings: uri.findings,
				diagnoses: [],
				chains: [],
				connections: uri.connections
			},
			context
		);
		const steps = report.remedies['fix-uri-options'].steps.map((s) => s.text);
		expect(steps).toContain('mongodb://app:YOUR_PASSWORD@db.example.com/?tls=true&tlsCAFile=/etc/ssl/ca.pem');
		expect(steps.join('\n')).toMatch(/put your password back in place of YOUR_PASSWORD/i);
		expect(steps.join('\n')).not.toContain('****');
	});
});
