/**
 * Who wrote a text, and so who its peer is (diagnose/vantage.ts): server logs in both formats,
 * their incoming connections' addresses, and client errors left alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, serverHostsIn } from '../../../src/lib/core/diagnose/facts';
import { fixtureText } from '../../helpers/fixtures';

describe('the vantage of a text', () => {
	it('a 4.2 log (severity padded to two characters) is a server log; 3.x and 4.0 ones too', () => {
		expect(extractFacts(fixtureText('side/mongod-4.2-no-client-certificate.log')).vantage?.logFormat).toBe('legacy');
		expect(
			extractFacts('2019-05-02T10:11:12.345+0000 E NETWORK  [conn7] no SSL certificate provided by peer; connection rejected').vantage
		).toMatchObject({
			writer: 'server',
			direction: 'in',
			peer: 'client'
		});
	});

	it('the addresses of incoming connections are peers, not hosts, in every shape mongod logs them', () => {
		// A public 4.2 log quoted in a forum, with the bold markers the post added around the address.
		const facts = extractFacts(fixtureText('errors/public/mongod-legacy-requiretls-sslhandshakefailed.txt'));
		expect(facts.vantage?.peers).toEqual([{ host: '10.244.1.17', port: 35139 }]);
		expect(facts.hosts ?? []).toEqual([]);
		const json = extractFacts(fixtureText('side/mongod-json-client-certificate-expired.log'));
		expect(json.vantage?.peers).toEqual([{ host: '10.20.1.15', port: 53466 }]);
		expect(serverHostsIn(fixtureText('side/mongod-json-client-certificate-expired.log'))).toEqual([]);
	});

	it('a client’s error has no server vantage, and its hosts stay hosts', () => {
		const text = "MongoServerSelectionError: certificate has expired\n  'db1.example.net:27017' => ServerDescription {";
		const facts = extractFacts(text);
		expect(facts.vantage).toBeUndefined();
		expect(facts.hosts?.map((h) => h.host)).toContain('db1.example.net');
	});

	it('reads a 210 KB line of [connN] markers in linear time (the one-pattern form took 9.7 s)', () => {
		const text =
			'{"t":{"$date":"2024-03-11T09:08:21.004+00:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.20.1.15:53422"}}\n' +
			'[conn1]'.repeat(30000) +
			' x\nSSL thing';
		const start = performance.now();
		extractFacts(text);
		expect(performance.now() - start).toBeLessThan(1000);
	});

	it('an OpenSSL server’s output (s_server, captured) is the server’s view: the peer is the client; a client’s OpenSSL error is not', () => {
		for (const scenario of ['client-cert-required', 'client-cert-untrusted', 'client-cert-expired'])
			expect(extractFacts(fixtureText(`errors/captured/s_server/${scenario}.txt`)).vantage, scenario).toMatchObject({
				writer: 'server',
				program: 'openssl',
				peer: 'client'
			});
		// 1.0.2 named the same step ssl3_get_client_certificate (ssl/s3_srvr.c).
		expect(
			extractFacts('140:error:140890C7:SSL routines:ssl3_get_client_certificate:peer did not return a certificate:s3_srvr.c:3297:').vantage
				?.program
		).toBe('openssl');
		expect(
			extractFacts(
				'error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1889:'
			).vantage
		).toBeUndefined();
	});
});
