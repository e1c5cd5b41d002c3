/**
 * Facts read from error text: the client and its version, each server of a topology with its own
 * error, Atlas hosts, OpenSSL reasons and verify results in both spellings, the Python version an
 * "_ssl.c:NNNN" implies, OS hints in paths, and the TLS options the text shows. Real captured
 * texts where the corpus has them; short lines in the exact shape clients print otherwise.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/core/diagnose/facts';
import { pythonFromSslCLine } from '../../../src/lib/core/diagnose/python-versions';
import { analyzeText } from '../../helpers/analyze';
import { captured } from './corpus';

describe('client and version', () => {
	it.each([
		['pymongo', 'untrusted-ca', 'pymongo'],
		['node', 'untrusted-ca', 'node'],
		['java', 'untrusted-ca', 'java'],
		['go', 'untrusted-ca', 'go'],
		['c', 'untrusted-ca', 'libmongoc'],
		['s_client', 'untrusted-ca', 'openssl']
	])('%s text names its client', (client, scenario, name) => {
		expect(extractFacts(captured(client, scenario)).client).toBe(name);
	});

	it('mongosh with its version, from the appName it prints', () => {
		const facts = extractFacts(captured('mongosh', 'untrusted-ca'));
		expect(facts).toMatchObject({ client: 'mongosh', clientVersion: '2.12.0' });
	});

	it('the Node.js version a crash prints last', () => {
		expect(extractFacts(captured('node', 'untrusted-ca')).nodeVersion).toBe('v20.20.2');
	});
});

describe('each server of a topology on its own', () => {
	it.each(['pymongo', 'node', 'java', 'go', 'c'])('%s: two members, two different errors', (client) => {
		const servers = extractFacts(captured(client, 'replica-set-mixed')).servers!;
		expect(servers).toHaveLength(2);
		const [tls, down] = servers;
		expect(tls.host).toBe('localhost');
		expect(down.port).toBe(tls.port! + 1);
		expect(tls.error).toMatch(/CERTIFICATE_VERIFY_FAILED|local issuer|unknown authority|PKIX/);
		expect(down.error).toMatch(/refused|connection closed|opening socket/i);
	});

	it('and the diagnoses keep both causes', async () => {
		const report = await analyzeText(captured('go', 'replica-set-mixed'));
		expect(report.diagnoses.map((d) => d.id)).toEqual(expect.arrayContaining(['untrusted-ca', 'connection-refused']));
	});
});

describe('Atlas hosts', () => {
	it('*.mongodb.net is Atlas', () => {
		expect(extractFacts(captured('pymongo', 'atlas-ip-access-list')).atlas).toBe(true);
		expect(extractFacts(captured('pymongo', 'untrusted-ca')).atlas).toBeUndefined();
	});

	it('an s_client transcript with no host takes the certificate’s name', async () => {
		const report = await analyzeText(captured('s_client', 'atlas-missing-roots'));
		expect(report.diagnoses[0].id).toBe('missing-system-roots');
		expect(report.diagnoses[0].facts.peerNames).toEqual(['*.abcde.mongodb.net']);
	});
});

describe('OpenSSL reason and verify result', () => {
	it('OpenSSL 1.1 and 3.x packed errors give the same reason', () => {
		const v11 = extractFacts('SSL: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed');
		const v3 = extractFacts('error:0A000086:SSL routines::certificate verify failed');
		expect(v11.opensslReason).toBe('certificate verify failed');
		expect(v3.opensslReason).toBe('certificate verify failed');
	});

	it('Python’s bracketed reason and its verify text', () => {
		const facts = extractFacts(captured('pymongo', 'self-signed-in-chain'));
		expect(facts).toMatchObject({
			opensslReason: 'CERTIFICATE_VERIFY_FAILED',
			verifyError: 'self-signed certificate in certificate chain',
			verifyCode: 19
		});
	});

	it('the 1.1 spelling ("self signed") reads like the 3.x one', async () => {
		const v3 = captured('pymongo', 'self-signed-in-chain');
		const v11 = v3.replaceAll('self-signed certificate', 'self signed certificate');
		expect(extractFacts(v11).verifyCode).toBe(19);
		expect((await analyzeText(v11)).diagnoses[0].id).toBe((await analyzeText(v3)).diagnoses[0].id);
		const purpose = extractFacts('certificate verify failed: unsupported certificate purpose (_ssl.c:1006)');
		expect(purpose.verifyCode).toBe(26);
	});

	it('libmongoc’s numbered form and s_client’s verify lines carry the code', () => {
		expect(extractFacts(captured('c', 'untrusted-ca'))).toMatchObject({
			verifyCode: 20,
			verifyError: 'unable to get local issuer certificate'
		});
		expect(extractFacts(captured('s_client', 'expired')).verifyCode).toBe(10);
	});

	it('Node’s bare verify text and code names', () => {
		expect(extractFacts(captured('node', 'untrusted-ca'))).toMatchObject({ verifyCode: 20 });
		expect(extractFacts('Error: self signed certificate in certificate chain { code: SELF_SIGNED_CERT_IN_CHAIN }').verifyCode).toBe(19);
	});
});

describe('the Python version implied by _ssl.c:NNNN', () => {
	it.each([
		['(_ssl.c:992)', '3.11'],
		['(_ssl.c:997)', '3.10'],
		['(_ssl.c:1006)', '3.11'],
		['(_ssl.c:1028)', '3.13']
	])('%s → Python %s', (line, version) => {
		expect(pythonFromSslCLine(`certificate verify failed: unable to get local issuer certificate ${line}`)).toBe(version);
	});

	it('an unknown line or the unparenthesised timeout form says nothing', () => {
		expect(pythonFromSslCLine('(_ssl.c:1234)')).toBeUndefined();
		expect(pythonFromSslCLine('_ssl.c:975: The handshake operation timed out')).toBeUndefined();
	});

	it('from a real traceback: the hint and the path’s own version', () => {
		const facts = extractFacts(captured('pymongo', 'untrusted-ca'));
		expect(facts).toMatchObject({ sslCLine: 992, pythonVersionHint: '3.11', pythonVersion: '3.11' });
	});
});

describe('OS hints', () => {
	it.each([
		['  File "/Users/ana/app/.venv/lib/python3.12/site-packages/pymongo/pool.py", line 1, in connect', 'macos', '3.12'],
		['  File "/opt/homebrew/lib/python3.13/site-packages/pymongo/synchronous/pool.py", line 1, in _configured_socket', 'macos', '3.13'],
		['  File "/Library/Frameworks/Python.framework/Versions/3.11/lib/python3.11/ssl.py", line 1, in do_handshake', 'macos', '3.11'],
		['  File "C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\Lib\\ssl.py", line 1, in do_handshake', 'windows', '3.12'],
		['  File "/usr/lib/python3/dist-packages/pymongo/pool.py", line 1, in connect', 'debian', undefined]
	])('%s', (line, os, python) => {
		const facts = extractFacts(line);
		expect(facts.os).toBe(os);
		expect(facts.pythonVersion).toBe(python);
	});
});

describe('TLS options visible in the text', () => {
	it('from the URI mongosh prints, decoded', () => {
		expect(extractFacts(captured('mongosh', 'ca-file-wrong-ca')).tlsOptions).toMatchObject({
			tls: 'true',
			tlsCAFile: '/tmp/tls-doctor-corpus/pki/other-root.crt'
		});
	});

	it('from Python keyword arguments and shell flags, with passwords masked', () => {
		const py = extractFacts('client = MongoClient(uri, tls=True, tlsCAFile=certifi.where(), tlsCertificateKeyFilePassword="hunter2")');
		expect(py.tlsOptions).toEqual({ tls: 'True', tlsCAFile: 'certifi.where()', tlsCertificateKeyFilePassword: '****' });
		const sh = extractFacts('mongosh --tls --tlsCertificateKeyFile client.pem --tlsCAFile ca.pem');
		expect(sh.tlsOptions).toEqual({ tls: 'true', tlsCertificateKeyFile: 'client.pem', tlsCAFile: 'ca.pem' });
	});

	it('a certifi CA file against Atlas turns an unknown issuer into interception', async () => {
		const text = `${captured('pymongo', 'atlas-missing-roots')}\nclient = MongoClient(uri, tlsCAFile=certifi.where())`;
		expect((await analyzeText(text)).diagnoses[0].id).toBe('tls-interception-proxy');
	});
});
