import { describe, expect, it } from 'vitest';
import type { KeytoolItem, SClientItem, X509TextItem } from '../../../src/lib/core/model/report';
import { analyzeFiles, analyzeText } from '../../helpers/analyze';
import { fixtureText } from '../../helpers/fixtures';

const sclient = (items: { kind: string }[]) => items.find((i) => i.kind === 's-client') as SClientItem;

describe('openssl s_client transcripts', () => {
	it('reads the chain in order, the verify result, protocol and cipher', async () => {
		const report = await analyzeFiles(['ingest/s_client-untrusted.txt']);
		const t = sclient(report.items).transcript;
		expect(t).toMatchObject({
			verifyReturnCode: 19,
			verifyText: 'self-signed certificate in certificate chain',
			protocol: 'TLSv1.3',
			cipher: 'TLS_AES_256_GCM_SHA384'
		});
		expect(t.clientCertificateRequested).toBe(false);
		const chain = t.chain.map((id) => report.items.find((i) => i.id === id));
		expect(chain.map((c) => (c?.kind === 'certificate' ? c.certificate.subject.commonName : ''))).toEqual([
			'mongo1.example.net',
			'Ingest Test CA'
		]);
		expect(chain.every((c) => c?.kind === 'certificate' && c.origin === 's-client')).toBe(true);
		// Its verify error reaches the diagnosis step.
		expect(report.diagnoses[0]?.id).toBe('self-signed-in-chain');
	});

	it('notices the server asking for a client certificate, and which CAs it accepts', async () => {
		const t = sclient((await analyzeFiles(['ingest/s_client-client-cert-requested.txt'])).items).transcript;
		expect(t.clientCertificateRequested).toBe(true);
		expect(t.acceptableClientCaNames).toEqual(['O = Ingest Test, CN = Ingest Test CA']);
		expect(t.verifyReturnCode).toBe(0);
	});

	it('reads a handshake against a plain-text port', async () => {
		const report = await analyzeFiles(['ingest/s_client-plain-server.txt']);
		const t = sclient(report.items).transcript;
		expect(t).toMatchObject({ noPeerCertificate: true, chain: [] });
		expect(t.errors.join('\n')).toMatch(/wrong version number/);
		expect(t.protocol).toBeUndefined();
	});

	it('keeps the host and port from the command line when it was pasted too', async () => {
		const text = 'openssl s_client -connect db.example.com:27017 -showcerts\n' + fixtureText('ingest/s_client-verified.txt');
		expect(sclient((await analyzeText(text)).items).transcript).toMatchObject({ host: 'db.example.com', port: 27017 });
	});
});

describe('keytool listings', () => {
	it('-list -rfc: entries with their certificates', async () => {
		const report = await analyzeFiles(['ingest/keytool-list-rfc.txt']);
		const k = report.items.find((i): i is KeytoolItem => i.kind === 'keytool')!;
		expect(k.listing.storeType).toBe('JKS');
		expect(k.listing.entries.map((e) => [e.alias, e.type, e.certificateIds.length])).toEqual([
			['ingest-ca', 'trustedCertEntry', 1],
			['server', 'trustedCertEntry', 1]
		]);
		expect(report.items.filter((i) => i.kind === 'certificate')).toHaveLength(2);
	});

	it('-list -v: says which command prints the PEM', async () => {
		const report = await analyzeFiles(['ingest/keytool-list-v.txt']);
		const k = report.items.find((i): i is KeytoolItem => i.kind === 'keytool')!;
		expect(k.listing.entries).toHaveLength(2);
		expect(k.label).toMatch(/keytool -list -rfc/);
		expect(report.diagnoses).toEqual([]);
	});
});

describe('openssl x509 -text dumps', () => {
	it('without PEM: reads the fields and says how to get the PEM', async () => {
		const report = await analyzeFiles(['ingest/server-text-dump.txt']);
		const d = report.items.find((i): i is X509TextItem => i.kind === 'x509-text')!;
		expect(d.dump).toMatchObject({
			subject: 'O = Ingest Test, CN = mongo1.example.net',
			subjectAltNames: ['DNS:mongo1.example.net', 'DNS:mongo2.example.net']
		});
		expect(d.hint).toMatch(/openssl x509 -in FILE/);
		expect(report.items).toHaveLength(1);
	});

	it('with the PEM after it: reads the certificate, not the text', async () => {
		const report = await analyzeFiles(['ingest/server-text-with-pem.txt']);
		expect(report.items.map((i) => i.kind)).toEqual(['certificate']);
	});
});

describe('bare base64', () => {
	it('reads base64 DER, as keytool or a JSON field gives it', async () => {
		const report = await analyzeText(`"certificate": "${fixtureText('ingest/server.der.b64').trim()}"`);
		expect(report.items[0]).toMatchObject({ kind: 'certificate', origin: 'base64' });
	});

	it('reads base64 of a PEM file, as a Kubernetes secret holds it', async () => {
		const secret = `apiVersion: v1\nkind: Secret\ndata:\n  tls.crt: ${fixtureText('ingest/server-pem.b64').trim()}\n`;
		const report = await analyzeText(secret);
		expect(report.items.map((i) => i.kind)).toEqual(['certificate']);
	});

	it('leaves hex fingerprints and tokens alone', async () => {
		const report = await analyzeText('SHA256 Fingerprint=' + 'AB'.repeat(64) + '\ntoken=' + 'x'.repeat(120));
		expect(report.items).toEqual([]);
	});
});
