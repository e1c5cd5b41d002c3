/**
 * Issue 15: a text with a TLS, SSL, x509 or certificate word that no signature names is never a
 * bare "not enough to go on": it says which part of TLS failed and asks for what settles it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../helpers/analyze';

describe('an unrecognised TLS text', () => {
	const cases = [
		{ text: 'x509: frobnicated certificate while dialing', family: 'certificate', asks: /certificate chain the server sends/ },
		{ text: 'ssl handshake went sideways on connect', family: 'handshake', asks: /server’s log lines/ },
		{
			text: 'MongoNetworkError: the TLS session was closed by the remote end before it began',
			family: 'connection',
			asks: /handshake made by hand/
		},
		{ text: 'MongoNetworkError: SSL routines::frobnication', family: 'tls', asks: /whole error/ }
	] as const;
	for (const c of cases) {
		it(`says it is about the ${c.family}: ${c.text}`, async () => {
			const [top] = (await analyzeText(c.text)).diagnoses;
			expect(top.id).toBe('unknown');
			expect(top.facts.tlsFamily).toBe(c.family);
			expect(top.title).not.toBe('Not enough to go on yet');
			expect(top.evidence.length).toBe(1);
			expect(top.next[0].ask).toMatch(c.asks);
		});
	}

	it('stays "not enough to go on" for text with no TLS word', async () => {
		const [top] = (await analyzeText('Traceback (most recent call last):\n  File "app.py", line 3\nKeyError: widgets')).diagnoses;
		expect(top?.title ?? 'Not enough to go on yet').toBe('Not enough to go on yet');
	});
});
