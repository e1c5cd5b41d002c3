/**
 * The journey matrix of issue 14: generated journeys (what was pasted × who is asking) and the
 * invariants every rendered answer must keep, whatever the combination. fast-check draws the
 * combinations with a fixed seed, so a failure names one reproducible journey.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import type { AnalysisContext, AnalyzeInput } from '../../../src/lib/core/model/context';
import { CLIENT_OPTIONS, OS_OPTIONS, PYTHON_OPTIONS, SHELL_OPTIONS } from '../../../src/lib/core/model/environment';
import type { Report } from '../../../src/lib/core/model/report';
import { toMarkdown } from '../../../src/lib/core/report/markdown';
import { AT_VALID, FIXTURES } from '../../helpers/fixtures';
import { markdownProblems } from '../../helpers/markdown-lint';
import { journeyViolations, type Journey } from './invariants';

const E2E_CERTS = join(import.meta.dirname, '..', '..', 'e2e', 'certs');
const file = (path: string): AnalyzeInput => ({ kind: 'bytes', bytes: new Uint8Array(readFileSync(path)), name: path.split('/').pop() });
const fixture = (p: string) => file(join(FIXTURES, p));
const text = (p: string): AnalyzeInput => ({ kind: 'text', text: readFileSync(join(FIXTURES, p), 'utf8') });

/** What people paste: each with what it is, so the invariants know whose certificate it is and who the peer is. */
const PASTES: Omit<Journey, 'connection' | 'context'>[] = [
	{
		name: 'a complete server chain (leaf + intermediate, root not sent)',
		inputs: [fixture('pki/server-chain.pem')],
		certificateRole: 'server',
		verdictNot: ['chain.missing-intermediate']
	},
	{ name: 'a server leaf alone', inputs: [fixture('pki/server.crt')], certificateRole: 'server' },
	{
		name: 'a .p12 with the server’s key, leaf and intermediate',
		inputs: [fixture('verdict/server-chain.p12')],
		certificateRole: 'server',
		verdictNot: ['chain.missing-intermediate']
	},
	{
		name: 'an s_client chain that verified (return code 0)',
		inputs: [text('verdict/s_client-chain-verified.txt')],
		certificateRole: 'server',
		verdictNot: ['chain.missing-intermediate', 'chain.untrusted-root']
	},
	{
		name: 'a chain with its private root',
		inputs: [fixture('pki/server-chain.pem'), fixture('pki/root-ca.crt')],
		certificateRole: 'server'
	},
	{ name: 'an expired server certificate', inputs: [fixture('pki/server-expired.crt')], certificateRole: 'server' },
	{
		name: 'a client certificate and its key',
		inputs: [file(join(E2E_CERTS, 'dropped.crt')), file(join(E2E_CERTS, 'dropped.key'))],
		certificateRole: 'client'
	},
	{ name: 'a client certificate alone, issued by an intermediate', inputs: [fixture('checks/client.crt')], certificateRole: 'client' },
	{ name: 'a locked .p12', inputs: [file(join(E2E_CERTS, 'dropped.p12'))], verdictIs: 'input.locked' },
	{ name: 'an opened .p12', inputs: [file(join(E2E_CERTS, 'dropped.p12'))], password: 'Tr0ub4dor-p12-pass', certificateRole: 'client' },
	{ name: 'a PyMongo traceback (local issuer)', inputs: [text('errors/pymongo-3.11-local-issuer.txt')] },
	{ name: 'a PyMongo traceback against Atlas through a proxy', inputs: [text('errors/captured/pymongo/atlas-intercepted.txt')] },
	{ name: 'a Node driver error (expired)', inputs: [text('errors/captured/node/expired.txt')] },
	{ name: 'a Go driver error (hostname)', inputs: [text('errors/captured/go/hostname-mismatch.txt')] },
	{ name: 'a Java driver error (untrusted CA)', inputs: [text('errors/captured/java/untrusted-ca.txt')] },
	{ name: 'openssl s_client output', inputs: [text('errors/captured/s_client/missing-intermediate.txt')] },
	{
		name: 'a mongod log: no certificate from the client',
		inputs: [text('errors/public/mongod-legacy-no-client-certificate-warning.txt')],
		serverLog: true
	},
	{ name: 'a mongod JSON log: TLS required', inputs: [text('errors/public/mongod-json-requiretls.txt')], serverLog: true },
	{ name: 'a mongod 4.2 log: no client certificate', inputs: [text('side/mongod-4.2-no-client-certificate.log')], serverLog: true },
	{
		name: 'a mongod JSON log: the client’s certificate expired',
		inputs: [text('side/mongod-json-client-certificate-expired.log')],
		serverLog: true,
		certificateRole: 'client'
	}
];

/** How people connect: none pasted, one host, a replica set's seed list, an SRV name. */
const CONNECTIONS: (string | undefined)[] = [
	undefined,
	'mongodb://app:Hunter2-pass@db.example.com:27017/?tls=true',
	'mongodb://db0.example.com:27017,db1.example.com:27017,db2.example.com:27017/app?replicaSet=rs0&tls=true&tlsCAFile=/etc/ssl/mongo-ca.pem&authSource=admin',
	'mongodb+srv://reporter:S3cret-pass@cluster0.abcde.mongodb.net/sales?retryWrites=true&w=majority&appName=reports'
];

const ids = (options: readonly { id: string }[]) => [undefined, ...options.map((o) => o.id)];

const journeys = fc.record({
	paste: fc.constantFrom(...PASTES),
	connection: fc.constantFrom(...CONNECTIONS),
	role: fc.constantFrom(undefined, 'server' as const, 'client' as const),
	os: fc.constantFrom(...ids(OS_OPTIONS)),
	shell: fc.constantFrom(...ids(SHELL_OPTIONS)),
	client: fc.constantFrom(...ids(CLIENT_OPTIONS)),
	python: fc.constantFrom(...ids(PYTHON_OPTIONS))
});

async function run(j: Journey): Promise<Report> {
	const inputs = [...j.inputs, ...(j.connection ? [{ kind: 'text' as const, text: j.connection }] : [])];
	return analyze(inputs, { at: AT_VALID, ...j.context, ...(j.password ? { password: j.password } : {}) });
}

describe('the journey matrix', { timeout: 600_000 }, () => {
	it('keeps every invariant on every generated journey, and reaches every part of the matrix', async () => {
		const failures: string[] = [];
		const seen = {
			paste: new Set<string>(),
			connection: new Set<string>(),
			role: new Set<string>(),
			os: new Set<string>(),
			shell: new Set<string>()
		};
		await fc.assert(
			fc.asyncProperty(journeys, async ({ paste, connection, ...choice }) => {
				const context: AnalysisContext = Object.fromEntries(Object.entries(choice).filter(([, v]) => v !== undefined));
				seen.paste.add(paste.name);
				seen.connection.add(connection ?? '');
				seen.role.add(String(choice.role));
				seen.os.add(String(choice.os));
				seen.shell.add(String(choice.shell));
				// A pasted certificate's role is what the person says it is, else what the paste shows; a server log's
				// certificate is its peer's whatever the role field says (the field is about pasted certificates).
				// An s_client chain is the server's by how it was taken, like a server log's certificate.
				const fixedRole = paste.serverLog || paste.name.startsWith('openssl s_client') || paste.name.startsWith('an s_client');
				const certificateRole = fixedRole ? paste.certificateRole : (context.role ?? paste.certificateRole);
				const journey: Journey = { ...paste, connection, context, certificateRole };
				const report = await run(journey);
				const problems = [...journeyViolations(journey, report), ...markdownProblems(toMarkdown(report)).map((p) => `Markdown: ${p}`)];
				if (problems.length)
					failures.push(`${paste.name} | ${connection ?? 'no URI'} | ${JSON.stringify(context)}\n  ${problems.join('\n  ')}`);
				return true;
			}),
			{ numRuns: 300, seed: 14 }
		);
		expect(failures.slice(0, 8), `${failures.length} of 300 journeys break an invariant`).toEqual([]);
		// The matrix proves little if the draw never reaches a part of it.
		expect(seen.paste.size).toBe(PASTES.length);
		expect(seen.connection.size).toBe(CONNECTIONS.length);
		expect(seen.role.size).toBe(3);
		expect(seen.os.size).toBe(OS_OPTIONS.length + 1);
		expect(seen.shell.size).toBe(SHELL_OPTIONS.length + 1);
	});
});
