/**
 * Unsaid, whose certificate a paste holds: one that allows client authentication only is a
 * client's (chain/leaf-role.ts); anything else keeps the default reading as a server's, and a
 * role the person chose always wins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../../src/lib/core/model/context';
import { analyzeFiles, analyzeInputs, findingIds } from '../../helpers/analyze';

const CERTS = join(import.meta.dirname, '..', '..', 'e2e', 'certs');
const clientCert = (): AnalyzeInput[] => [
	{ kind: 'bytes', bytes: new Uint8Array(readFileSync(join(CERTS, 'dropped.crt'))), name: 'dropped.crt' }
];

describe('the role of a certificate nobody named', () => {
	it('is a client’s when its extended key usage is clientAuth only (made by make-certs.sh)', async () => {
		const report = await analyzeInputs(clientCert());
		expect(report.context).toMatchObject({ role: 'client', roleFrom: 'certificate' });
		// Judged as a client certificate, it is not "not allowed for server authentication".
		expect(findingIds(report)).not.toContain('purpose.eku');
		expect(report.chains[0].role).toBe('client');
	});

	it('stays a server’s when it names the host the person connects to: then it is a wrong certificate on a server', async () => {
		const report = await analyzeFiles(['checks/server-clientauth-only.crt'], { host: 'clientauth.example.com' });
		expect(report.context.role).toBe('server');
		expect(findingIds(report)).toContain('purpose.eku');
	});

	it('stays a server’s for a serverAuth certificate', async () => {
		const report = await analyzeFiles(['pki/server.crt']);
		expect(report.context.role).toBe('server');
		expect(report.context.roleFrom).toBeUndefined();
	});

	it('is what the person chose, even against the certificate', async () => {
		const report = await analyzeInputs(clientCert(), { role: 'server' });
		expect(report.context).toMatchObject({ role: 'server', roleFrom: 'chosen' });
		expect(findingIds(report)).toContain('purpose.eku');
	});

	it('is the server’s for a chain a server presented (s_client), whatever the role field says', async () => {
		const report = await analyzeFiles(['verdict/s_client-chain-verified.txt'], { role: 'client' });
		expect(report.context).toMatchObject({ role: 'server', roleFrom: 'certificate' });
		expect(findingIds(report)).not.toContain('purpose.eku');
	});

	it('a client’s own root or self-signed certificate is for mongod to trust (net.tls.CAFile), not a tlsCAFile', async () => {
		const report = await analyzeInputs(clientCert());
		expect(report.chains[0].trust.explanation).toMatch(/net\.tls\.CAFile/);
		expect(report.chains[0].trust.explanation).not.toMatch(/tlsCAFile\)/);
		const selfSigned = report.findings.find((f) => f.id === 'chain.self-signed-leaf');
		expect(selfSigned?.detail).toMatch(/mongod accepts it only with this very certificate in its net\.tls\.CAFile/);
	});
});
