/**
 * One describe per connection-string rule (src/lib/core/uri/problems/*.ts and the parsers): a case
 * that triggers it, with its severity and the clients that refuse it, and a case that must not.
 */
import { describe, expect, it } from 'vitest';
import { URI_IDS } from '../../../src/lib/core/uri/problem';
import { URI_RULES } from '../../../src/lib/core/uri/rules';
import { REMEDIES } from '../../../src/lib/core/remedies/catalogue';
import { analyse, ids, problemsOf } from './helpers';

describe('uri.invalid', () => {
	it('names the parse error in plain words, for every client', () => {
		const [p] = problemsOf('mongodb+srv://cluster0.abcde.mongodb.net:27017/?tls=true', URI_IDS.invalid);
		expect(p.title).toBe('A mongodb+srv:// string has a port number');
		expect(p.rejectedBy).toEqual(['pymongo-3', 'pymongo-4', 'node']);
		expect(analyse('mongodb+srv://cluster0.abcde.mongodb.net:27017/').valid).toBe(false);
	});

	it('refuses a mongodb+srv:// string with two hosts', () => {
		expect(problemsOf('mongodb+srv://a.example.com,b.example.com/', URI_IDS.invalid)[0].title).toMatch(/more than one host/);
	});

	it('is silent for a well-formed string', () => {
		expect(problemsOf('mongodb://db.example.com:27017/?tls=true', URI_IDS.invalid)).toEqual([]);
	});
});

describe('uri.placeholder', () => {
	it('finds the Atlas template password and user name, and can name them (they are not secrets)', () => {
		const a = analyse('mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/');
		const titles = a.problems.filter((p) => p.id === URI_IDS.placeholder).map((p) => p.title);
		expect(titles).toEqual(['The password is still the placeholder <password>', 'The user name still contains the placeholder <username>']);
		expect(a.redacted).toBe('mongodb+srv://<username>:****@cluster0.abcde.mongodb.net/');
	});

	it('is silent for a real password', () => {
		expect(problemsOf('mongodb+srv://app:Str0ngPass@cluster0.abcde.mongodb.net/', URI_IDS.placeholder)).toEqual([]);
	});
});

describe('uri.conflicting-tls-options', () => {
	it('refuses tlsInsecure with tlsAllowInvalidCertificates in PyMongo 3, 4 and Node, whatever the values', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsInsecure=false&tlsAllowInvalidCertificates=false', URI_IDS.conflictingTlsOptions);
		expect(p.severity).toBe('error');
		expect(p.rejectedBy).toEqual(['pymongo-3', 'pymongo-4', 'node']);
	});

	it('refuses tlsInsecure with tlsDisableOCSPEndpointCheck in PyMongo only (Node has no such option)', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsInsecure=true&tlsDisableOCSPEndpointCheck=true', URI_IDS.conflictingTlsOptions);
		expect(p.rejectedBy).toEqual(['pymongo-3', 'pymongo-4']);
	});

	it('refuses tls and ssl with different values', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&ssl=false', URI_IDS.conflictingTlsOptions);
		expect(p.title).toBe('tls and ssl disagree');
		expect(analyse('mongodb://h/?tls=true&ssl=false').tls.enabled).toBeUndefined();
	});

	it('accepts tls and ssl with the same value, and each allow-flag alone', () => {
		expect(problemsOf('mongodb://h/?tls=true&ssl=true', URI_IDS.conflictingTlsOptions)).toEqual([]);
		expect(problemsOf('mongodb://h/?tls=true&tlsAllowInvalidHostnames=true', URI_IDS.conflictingTlsOptions)).toEqual([]);
	});
});

describe('uri.crl-with-ocsp', () => {
	it('refuses a CRL file with an OCSP setting (seeds 000/001: CRL and OCSP cannot be used together)', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsCRLFile=/etc/ssl/crl.pem&tlsDisableOCSPEndpointCheck=true', URI_IDS.crlWithOcsp);
		expect(p.severity).toBe('error');
		expect(p.rejectedBy).toEqual(['pymongo-3', 'pymongo-4']);
	});

	it('notes a CRL file alone, with the remedy that keeps it fresh', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsCRLFile=/etc/ssl/crl.pem', URI_IDS.crlWithOcsp);
		expect(p.severity).toBe('info');
		expect(p.remedies).toEqual(['refresh-crl']);
	});
});

describe('uri.tls-disabled', () => {
	it('refuses tls=false with TLS file options in PyMongo, which Node silently ignores', () => {
		const [p] = problemsOf('mongodb://h/?tls=false&tlsCAFile=/ca.pem', URI_IDS.tlsDisabled);
		expect(p.severity).toBe('error');
		expect(p.rejectedBy).toEqual(['pymongo-3', 'pymongo-4']);
	});

	it('says when nothing turns TLS on', () => {
		const [p] = problemsOf('mongodb://db.example.com:27017/', URI_IDS.tlsDisabled);
		expect(p.title).toBe('Nothing in this connection string turns TLS on');
		expect(p.remedies).toContain('enable-tls-in-client');
	});

	it('is silent with tls=true and with mongodb+srv://', () => {
		expect(problemsOf('mongodb://h/?tls=true', URI_IDS.tlsDisabled)).toEqual([]);
		expect(problemsOf('mongodb+srv://cluster0.abcde.mongodb.net/', URI_IDS.tlsDisabled)).toEqual([]);
	});
});

describe('uri.tls-implied', () => {
	it('warns that only PyMongo turns TLS on from tlsCAFile alone', () => {
		const a = analyse('mongodb://h/?tlsCAFile=/ca.pem');
		expect(a.tls.enabled).toBe(true);
		expect(a.problems.find((p) => p.id === URI_IDS.tlsImplied)?.severity).toBe('warning');
		expect(a.outputs?.uri).toBe('mongodb://h/?tls=true&tlsCAFile=/ca.pem');
	});

	it('is silent when tls=true is written', () => {
		expect(problemsOf('mongodb://h/?tls=true&tlsCAFile=/ca.pem', URI_IDS.tlsImplied)).toEqual([]);
	});
});

describe('uri.srv-implies-tls', () => {
	it('warns when tls=false switches off the TLS that +srv turns on', () => {
		const a = analyse('mongodb+srv://cluster0.abcde.mongodb.net/?tls=false');
		expect(a.tls.enabled).toBe(false);
		expect(a.problems.find((p) => p.id === URI_IDS.srvImpliesTls)?.severity).toBe('warning');
	});

	it('explains that +srv turns TLS on by itself', () => {
		const a = analyse('mongodb+srv://cluster0.abcde.mongodb.net/');
		expect(a.tls).toMatchObject({ enabled: true, reason: 'mongodb+srv:// turns it on' });
		expect(a.problems.find((p) => p.id === URI_IDS.srvImpliesTls)?.severity).toBe('info');
	});
});

describe('uri.ssl-alias', () => {
	it('treats ssl as tls and writes tls in the corrected string', () => {
		const a = analyse('mongodb://h/?ssl=true');
		expect(a.tls).toMatchObject({ enabled: true, reason: 'ssl=true' });
		expect(ids(a)).toContain(URI_IDS.sslAlias);
		expect(a.outputs?.uri).toBe('mongodb://h/?tls=true');
	});

	it('is silent for tls', () => {
		expect(problemsOf('mongodb://h/?tls=true', URI_IDS.sslAlias)).toEqual([]);
	});
});

describe('uri.legacy-option', () => {
	it('translates PyMongo 3 names, which PyMongo 4 and Node refuse', () => {
		const a = analyse('mongodb://h/?ssl=true&ssl_ca_certs=/etc/ssl/ca.pem');
		const [p] = a.problems.filter((x) => x.id === URI_IDS.legacyOption);
		expect(p.rejectedBy).toEqual(['pymongo-4', 'node']);
		expect(a.tls.caFile).toBe('/etc/ssl/ca.pem');
		expect(a.outputs?.uri).toBe('mongodb://h/?tls=true&tlsCAFile=/etc/ssl/ca.pem');
	});

	it('reads ssl_cert_reqs=CERT_NONE as verification off', () => {
		const a = analyse('mongodb://h/?ssl=true&ssl_cert_reqs=CERT_NONE');
		expect(a.tls.allowInvalidCertificates).toBe(true);
		// …which the corrected form does not carry over: it says so instead.
		expect(a.outputs?.uri).toBe('mongodb://h/?tls=true');
		expect(a.changes.some((c) => c.startsWith('removed tlsAllowInvalidCertificates: it switches off certificate checks'))).toBe(true);
	});
});

describe('uri.insecure-tls', () => {
	it('reports every option that switches verification off, with what it exposes', () => {
		const a = analyse('mongodb://h/?tls=true&tlsAllowInvalidCertificates=true&tlsAllowInvalidHostnames=true');
		const found = a.problems.filter((p) => p.id === URI_IDS.insecureTls);
		expect(found.map((p) => p.evidence[0])).toEqual(['tlsAllowInvalidCertificates=true', 'tlsAllowInvalidHostnames=true']);
		for (const p of found) expect(p.detail).toMatch(/impersonate|pose as/);
	});

	it('follows tlsInsecure to both allow-flags and the OCSP check in the effective settings', () => {
		expect(analyse('mongodb://h/?tls=true&tlsInsecure=true').tls).toMatchObject({
			insecure: true,
			allowInvalidCertificates: true,
			allowInvalidHostnames: true,
			disableOcspEndpointCheck: true
		});
	});

	it('flags a Python variable that decides it at run time', () => {
		const [p] = problemsOf('MongoClient("mongodb://h/", tls=True, tlsInsecure=DEBUG)', URI_IDS.insecureTls);
		expect(p.title).toBe('tlsInsecure is decided at run time by DEBUG');
	});

	it('is silent for false', () => {
		expect(problemsOf('mongodb://h/?tls=true&tlsAllowInvalidCertificates=false', URI_IDS.insecureTls)).toEqual([]);
	});
});

describe('uri.unknown-option', () => {
	it('refuses a misspelt option and corrects it', () => {
		const a = analyse('mongodb://h/?tls=true&tlsCAfle=/ca.pem');
		const [p] = a.problems.filter((x) => x.id === URI_IDS.unknownOption);
		expect(p.severity).toBe('error');
		expect(a.outputs?.uri).toBe('mongodb://h/?tls=true&tlsCAFile=/ca.pem');
		expect(a.changes).toContain('replaced tlsCAfle with tlsCAFile');
	});

	it('warns about a PyMongo-only option that the Node driver would refuse', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsDisableOCSPEndpointCheck=true', URI_IDS.unknownOption);
		expect(p).toMatchObject({ severity: 'warning', rejectedBy: ['node'] });
	});

	it('accepts names in any case', () => {
		expect(problemsOf('mongodb://h/?TLS=true&TLSCAFILE=/ca.pem', URI_IDS.unknownOption)).toEqual([]);
	});
});

describe('uri.invalid-value', () => {
	it('refuses tls=yes in the Node driver', () => {
		const [p] = problemsOf('mongodb://h/?tls=yes', URI_IDS.invalidValue);
		expect(p.rejectedBy).toEqual(['node']);
		expect(analyse('mongodb://h/?tls=yes').outputs?.uri).toBe('mongodb://h/?tls=true');
	});

	it('refuses a timeout that is not a number', () => {
		expect(problemsOf('mongodb://h/?tls=true&connectTimeoutMS=ten', URI_IDS.invalidValue)[0].title).toMatch(/not a number/);
	});
});

describe('uri.duplicate-option', () => {
	it('warns about an option repeated in the URI (Node refuses some repeats)', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tls=true', URI_IDS.duplicateOption);
		expect(p.rejectedBy).toEqual(['node']);
	});

	it('notes a keyword argument that overrides the URI', () => {
		const [p] = problemsOf('MongoClient("mongodb://h/?tls=false", tls=True)', URI_IDS.duplicateOption);
		expect(p.severity).toBe('info');
	});
});

describe('uri.key-password-without-key', () => {
	it('warns, and the password never appears', () => {
		const a = analyse('mongodb://h/?tls=true&tlsCertificateKeyFilePassword=hunter22');
		expect(ids(a)).toContain(URI_IDS.keyPasswordWithoutKey);
		expect(JSON.stringify(a)).not.toContain('hunter22');
	});
});

describe('uri.file-path', () => {
	it('sees a Windows path that Python escapes mangled', () => {
		const a = analyse('MongoClient("mongodb://h/", tls=True, tlsCAFile="C:\\new\\ca.pem")');
		expect(a.problems.find((p) => p.id === URI_IDS.filePath)?.severity).toBe('error');
		expect(a.problems.find((p) => p.id === URI_IDS.effectiveTls)?.title).toContain('C:\\new\\ca.pem');
	});

	it('sees a DER file where PEM is needed', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsCAFile=/etc/ssl/ca.der', URI_IDS.filePath);
		expect(p.remedies).toContain('convert-der-to-pem');
	});

	it('is silent for a plain PEM path', () => {
		expect(problemsOf('mongodb://h/?tls=true&tlsCAFile=/etc/ssl/ca.pem', URI_IDS.filePath)).toEqual([]);
	});
});

describe('uri.ip-literal-host and uri.localhost-host (no certificate pasted)', () => {
	it('warns that an IP address must be an IP subjectAltName', () => {
		const [p] = problemsOf('mongodb://10.0.0.5:27017/?tls=true', URI_IDS.ipLiteralHost);
		expect(p.severity).toBe('warning');
		expect(p.remedies).toEqual(['connect-with-listed-name', 'reissue-with-san', 'fix-dns-or-hosts']);
	});

	it('lowers it to info when host-name checks are already off (and says that is unsafe)', () => {
		const [p] = problemsOf('mongodb://10.0.0.5/?tls=true&tlsAllowInvalidHostnames=true', URI_IDS.ipLiteralHost);
		expect(p.severity).toBe('info');
		expect(p.detail).toMatch(/unsafe/);
	});

	it('handles IPv6 literals', () => {
		const a = analyse('mongodb://[::1]:27017/?tls=true');
		expect(a.hosts[0]).toMatchObject({ host: '::1', kind: 'ipv6' });
		expect(ids(a)).toContain(URI_IDS.ipLiteralHost);
	});

	it('explains localhost through a tunnel', () => {
		expect(problemsOf('mongodb://localhost:27017/?tls=true', URI_IDS.localhostHost)).toHaveLength(1);
	});

	it('says nothing about hosts when TLS is off', () => {
		expect(problemsOf('mongodb://10.0.0.5/', URI_IDS.ipLiteralHost)).toEqual([]);
	});
});

describe('uri.direct-connection', () => {
	it('refuses directConnection=true with several hosts or with +srv', () => {
		expect(problemsOf('mongodb://a,b/?tls=true&directConnection=true', URI_IDS.directConnection)[0].severity).toBe('error');
		expect(problemsOf('mongodb+srv://cluster0.abcde.mongodb.net/?directConnection=true', URI_IDS.directConnection)[0].rejectedBy).toEqual([
			'pymongo-3',
			'pymongo-4',
			'node'
		]);
	});

	it('explains replica-set discovery for a single IP host', () => {
		expect(problemsOf('mongodb://10.0.0.5/?tls=true', URI_IDS.directConnection)[0].severity).toBe('info');
		expect(problemsOf('mongodb://10.0.0.5/?tls=true&directConnection=true', URI_IDS.directConnection)).toEqual([]);
	});
});

describe('uri.effective-tls', () => {
	it('says in one line what TLS will do', () => {
		const [p] = problemsOf('mongodb://h/?tls=true&tlsCAFile=/etc/ssl/ca.pem', URI_IDS.effectiveTls);
		expect(p.title).toBe('TLS is on (tls=true), verifying the server against /etc/ssl/ca.pem');
	});
});

describe('the rule table', () => {
	it('has one entry per uri.* id, each with a citation and remedies that exist', () => {
		expect(URI_RULES.map((r) => r.id).sort()).toEqual(Object.values(URI_IDS).sort());
		for (const r of URI_RULES) {
			expect(r.citation.length, r.id).toBeGreaterThan(5);
			for (const id of r.remedies) expect(REMEDIES.has(id), `${r.id} → ${id}`).toBe(true);
		}
	});
});
