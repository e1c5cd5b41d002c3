/**
 * "unable to get local issuer certificate" names no CA: pasted with the certificates, the chain
 * stage's answer (public root or private CA) settles what the host name alone could only guess.
 */
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from '../../helpers/analyze';
import { textInput } from '../../helpers/fixtures';

const error = (host: string) => ({
	kind: 'text' as const,
	text: `pymongo.errors.ServerSelectionTimeoutError: ${host}:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)`
});
const top = async (...inputs: Parameters<typeof analyzeInputs>[0]) =>
	(await analyzeInputs(inputs, { at: '2026-03-01T00:00:00Z' })).diagnoses.map((d) => `${d.id}:${d.confidence}`);

describe('error text with the chain it came from', () => {
	it('alone, a public-looking host leaves both causes open', async () => {
		expect((await top(error('www.fastly.com'))).slice(0, 2)).toEqual(['untrusted-ca:medium', 'missing-system-roots:medium']);
	});

	it('with a chain to a public root, it is the client’s trust store', async () => {
		expect((await top(error('www.fastly.com'), textInput('checks/public/fastly-chain.pem')))[0]).toBe('missing-system-roots:high');
	});

	it('with a chain to a private CA, it is the CA the client was never given', async () => {
		expect((await top(error('db.example.com'), textInput('checks/server-full-chain.pem')))[0]).toBe('untrusted-ca:high');
	});
});
