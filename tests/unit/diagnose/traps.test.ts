/**
 * The traps of issue 5: the same words mean different causes depending on who the host is and
 * what else the text shows. Real captured texts first; where a case needs another host, the
 * captured text is re-pointed at it (only the host name changes).
 */
import { describe, expect, it } from 'vitest';
import type { ServerError } from '../../../src/lib/core/diagnose/servers';
import { analyzeText, diagnosisIds } from '../../helpers/analyze';
import { captured } from './corpus';

const S_CLIENT = (host: string, port: number) => `openssl s_client -connect ${host}:${port} -servername ${host} -showcerts </dev/null`;

describe('TLSV1_ALERT_INTERNAL_ERROR', () => {
	it('against Atlas means the IP access list, not a certificate', async () => {
		for (const client of ['pymongo', 'node', 'c', 'go', 'java', 's_client']) {
			const report = await analyzeText(captured(client, 'atlas-ip-access-list'));
			expect(report.diagnoses[0].id, client).toBe('atlas-ip-access-list');
		}
		const report = await analyzeText(captured('pymongo', 'atlas-ip-access-list'));
		expect(report.diagnoses[0].confidence).toBe('high');
		expect(report.diagnoses[0].next.some((n) => /Access List/i.test(n.ask))).toBe(true);
	});

	it('against a self-managed host is only a weak hint', async () => {
		const text = captured('pymongo', 'atlas-ip-access-list').replaceAll('cluster0-shard-00-00.abcde.mongodb.net', 'db.internal');
		const report = await analyzeText(text);
		expect(report.diagnoses[0]).toMatchObject({ id: 'atlas-ip-access-list', confidence: 'low' });
		expect(report.diagnoses[0].next.some((n) => /server’s log/.test(n.ask))).toBe(true);
	});
});

describe('unable to get local issuer certificate', () => {
	it('against a public-CA host (Atlas) → missing-system-roots', async () => {
		const report = await analyzeText(captured('pymongo', 'atlas-missing-roots'));
		expect(report.diagnoses[0]).toMatchObject({ id: 'missing-system-roots', confidence: 'high' });
	});

	it('against a private host → untrusted-ca (the CA was never given as tlsCAFile)', async () => {
		const report = await analyzeText(captured('pymongo', 'untrusted-ca'));
		expect(report.diagnoses[0]).toMatchObject({ id: 'untrusted-ca', confidence: 'high' });
	});

	it('against an unknown host → both, with the s_client command for that host that tells them apart', async () => {
		const text = captured('pymongo', 'untrusted-ca').replaceAll('localhost', 'db.acme-corp.com');
		const report = await analyzeText(text);
		expect(diagnosisIds(report).slice(0, 2).sort()).toEqual(['missing-system-roots', 'untrusted-ca']);
		for (const d of report.diagnoses.slice(0, 2)) {
			expect(d.confidence).toBe('medium');
			expect(d.next[0].command).toBe(S_CLIENT('db.acme-corp.com', 28100));
			expect(d.next[0].ask).toMatch(/public CA.*tlsCAFile/);
		}
	});

	it('with a tlsCAFile in the text → that file lacks the CA, or the server lacks its intermediate', async () => {
		const report = await analyzeText(captured('mongosh', 'ca-file-wrong-ca'));
		expect(diagnosisIds(report).slice(0, 2)).toEqual(['ca-file-incomplete', 'missing-intermediate']);
		// The path bare or single-quoted: the same word to bash.
		expect(report.diagnoses[0].next[0].command).toMatch(/-CAfile ('?)\/tmp\/tls-doctor-corpus\/pki\/other-root\.crt\1 /);
	});
});

describe('self-signed certificate in certificate chain', () => {
	it('with an Atlas name → a TLS-intercepting proxy', async () => {
		for (const client of ['pymongo', 'node', 'mongosh', 'c', 's_client']) {
			const report = await analyzeText(captured(client, 'atlas-intercepted'));
			expect(report.diagnoses[0].id, client).toBe('tls-interception-proxy');
		}
	});

	it('on an unknown (corporate) host → the proxy is ranked beside the private root, with what tells them apart', async () => {
		const text = captured('node', 'self-signed-in-chain').replaceAll('localhost', 'mongo.corp-network.com');
		const report = await analyzeText(text);
		const ids = diagnosisIds(report);
		expect(ids.slice(0, 2)).toEqual(['self-signed-in-chain', 'tls-interception-proxy']);
		const proxy = report.diagnoses[1];
		expect(proxy.confidence).toBe('medium');
		expect(proxy.next[0].ask).toMatch(/Zscaler/);
		expect(proxy.next[0].command).toMatch(/^openssl s_client -connect mongo\.corp-network\.com:\d+ /);
	});

	it('on localhost → the private root, the proxy only low', async () => {
		const report = await analyzeText(captured('pymongo', 'self-signed-in-chain'));
		expect(report.diagnoses[0]).toMatchObject({ id: 'self-signed-in-chain', confidence: 'high' });
		expect(report.diagnoses.find((d) => d.id === 'tls-interception-proxy')?.confidence).toBe('low');
	});
});

describe('wrong version number', () => {
	it('means TLS spoken to a port that does not speak TLS', async () => {
		for (const client of ['pymongo', 'node', 'mongosh', 'c', 's_client']) {
			const report = await analyzeText(captured(client, 'tls-to-http-port'));
			expect(report.diagnoses[0].id, client).toBe('tls-to-plain-server');
		}
	});
});

describe('a connection closed or reset right after connect', () => {
	it('without TLS in the text → a plain client against a requireTLS server is considered, and the server log asked for', async () => {
		for (const client of ['pymongo', 'node', 'go', 'c']) {
			const report = await analyzeText(captured(client, 'plain-to-tls-server'));
			expect(report.diagnoses[0].id, client).toBe('plain-to-tls-server');
			expect(diagnosisIds(report), client).toContain('connection-reset');
		}
		const report = await analyzeText(captured('pymongo', 'plain-to-tls-server'));
		expect(report.diagnoses[0].next.some((n) => /only allow SSL|log/i.test(n.ask))).toBe(true);
	});

	it('with TLS in use → not a plain client', async () => {
		const report = await analyzeText(captured('pymongo', 'connection-reset'));
		expect(report.diagnoses[0].id).toBe('connection-reset');
		expect(diagnosisIds(report)).not.toContain('plain-to-tls-server');
	});
});

describe('two members failing differently', () => {
	it('each diagnosis probes the member whose error it came from', async () => {
		const report = await analyzeText(captured('pymongo', 'replica-set-mixed'));
		const ids = diagnosisIds(report);
		expect(ids[0]).toBe('untrusted-ca');
		expect(ids).toContain('connection-refused');
		const servers = report.diagnoses[0].facts.servers as ServerError[];
		expect(servers).toHaveLength(2);
		const tlsMember = servers.find((s) => /CERTIFICATE_VERIFY_FAILED/.test(s.error ?? ''))!;
		const chainStep = report.diagnoses.find((d) => d.id === 'missing-intermediate')!.next.find((n) => n.command)!;
		expect(chainStep.command).toBe(S_CLIENT('localhost', tlsMember.port!));
		const refused = report.diagnoses.find((d) => d.id === 'connection-refused')!;
		const downMember = (refused.facts.servers as ServerError[]).find((s) => /Connection refused/.test(s.error ?? ''))!;
		expect(refused.next[0].command).toBe(`nc -vz localhost ${downMember.port}`);
	});
});
