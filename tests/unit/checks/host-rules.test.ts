import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeInputs, findingIds } from '../../helpers/analyze';
import { bytesInput } from '../../helpers/fixtures';

const CHAIN = ['checks/a-inter.crt', 'checks/ca.pem'];
const find = (report: Awaited<ReturnType<typeof analyzeFiles>>, id: string) => report.findings.filter((f) => f.id === id);

describe('host names: SAN matching', () => {
	it('matches IPv4 and IPv6 SANs (any spelling of the address), case-insensitively', async () => {
		for (const host of ['127.0.0.1', '::1', '[::1]', '2001:db8::5', '2001:0db8:0:0:0:0:0:5', 'DB.Example.COM', 'node7.db.example.com']) {
			const report = await analyzeFiles(['checks/server.crt', ...CHAIN], { host });
			expect(findingIds(report), host).toContain('host.match');
			expect(
				report.chains[0].clients.every((c) => c.policy === 'webpki' || c.accepts),
				host
			).toBe(true);
		}
	});

	it('refuses an IP that is not listed, and a wildcard over two labels', async () => {
		for (const host of ['10.0.0.1', '2001:db8::6', 'a.b.db.example.com']) {
			const report = await analyzeFiles(['checks/server.crt', ...CHAIN], { host });
			expect(findingIds(report), host).toContain('host.mismatch');
			expect(report.chains[0].clients[0].reasons[0].problem.code, host).toMatch(/hostname-mismatch|ip-mismatch/);
		}
	});

	it('compares an internationalised name as its A-label', async () => {
		const report = await analyzeFiles(['checks/host-idn.crt', ...CHAIN], { host: 'bücher.example.com' });
		const match = find(report, 'host.match')[0];
		expect(match.evidence).toContain('bücher.example.com is written on the wire as xn--bcher-kva.example.com');
		expect(report.chains[0].clients[0].accepts).toBe(true);
		expect(findingIds(await analyzeFiles(['checks/host-idn.crt', ...CHAIN], { host: 'bucher.example.com' }))).toContain('host.mismatch');
	});
});

describe('host.wildcard-invalid', () => {
	it('flags partial-label, non-left-most and public-suffix wildcards', async () => {
		const report = await analyzeFiles(['checks/host-partial-wildcard.crt', 'checks/host-public-suffix.crt', ...CHAIN]);
		const [partial, suffix] = find(report, 'host.wildcard-invalid');
		expect(partial).toMatchObject({ severity: 'warning', subject: 'item-1', evidence: ['DNS:db*.example.com', 'DNS:*.*.example.org'] });
		expect(partial.detail).toMatch(/partial-label/);
		expect(suffix).toMatchObject({ subject: 'item-2', evidence: ['DNS:*.co.uk', 'DNS:*.com'] });
		expect(suffix.detail).toMatch(/public suffix/);
	});

	it('and the partial wildcard really matches nothing', async () => {
		expect(findingIds(await analyzeFiles(['checks/host-partial-wildcard.crt', ...CHAIN], { host: 'db1.example.com' }))).toContain(
			'host.mismatch'
		);
	});

	it('accepts a proper *.name wildcard', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('host.wildcard-invalid');
	});
});

describe('host.nul-byte', () => {
	it('flags a NUL byte hidden in a dNSName as hostile, and never matches it', async () => {
		const report = await analyzeFiles(['checks/host-nul-san.crt', ...CHAIN], { host: 'db.example.com' });
		const [f] = find(report, 'host.nul-byte');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.evidence).toEqual(['DNS:db.example.com\\0.evil.test']);
		expect(findingIds(report)).toContain('host.mismatch');
		expect(report.chains[0].clients.some((c) => c.accepts)).toBe(false);
	});

	it('says nothing for clean names', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('host.nul-byte');
	});
});

describe('host.no-san and host.cn-only', () => {
	it('warns that Go cannot match a CN-only certificate when no host is given', async () => {
		const report = await analyzeFiles(['checks/host-cn-only.crt', ...CHAIN]);
		const [f] = find(report, 'host.no-san');
		expect(f).toMatchObject({ severity: 'warning', evidence: ['CN=cn-only.example.com', 'subjectAltName: none'] });
		expect(f.detail).toMatch(/Go/);
	});

	it('with the host: OpenSSL and Java fall back to the CN, Go and the Web PKI do not', async () => {
		const report = await analyzeFiles(['checks/host-cn-only.crt', ...CHAIN], { host: 'cn-only.example.com' });
		expect(findingIds(report)).toContain('host.cn-only');
		expect(findingIds(report)).not.toContain('host.no-san');
		const accepts = Object.fromEntries(report.chains[0].clients.map((c) => [c.policy, c.accepts]));
		expect(accepts).toMatchObject({ openssl: true, java: true, go: false, webpki: false });
	});

	it('says nothing for a certificate with SANs', async () => {
		expect(findingIds(await analyzeFiles(['checks/server.crt', ...CHAIN]))).not.toContain('host.no-san');
	});
});

describe('host.san-invalid', () => {
	it('passes well-formed names, wildcards and A-labels', async () => {
		const report = await analyzeFiles(['checks/server.crt', 'checks/host-idn.crt', ...CHAIN]);
		expect(findingIds(report)).not.toContain('host.san-invalid');
	});
});

describe('host.srv-targets', () => {
	const srv = { kind: 'text' as const, text: 'mongodb+srv://app:secret@cluster0.abcde.example.net/?retryWrites=true' };
	const error = {
		kind: 'text' as const,
		text:
			'pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.example.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ' +
			"Hostname mismatch, certificate is not valid for 'cluster0-shard-00-03.abcde.example.net'. (_ssl.c:1006),cluster0-shard-00-03.abcde.example.net:27017: timed out"
	};
	const certs = ['checks/host-srv-members.crt', ...CHAIN].map(bytesInput);

	it('checks the certificate against each SRV target the error names, not the SRV name', async () => {
		const report = await analyzeInputs([...certs, srv, error]);
		const [f] = find(report, 'host.srv-targets');
		expect(f).toMatchObject({ severity: 'error', subject: 'item-1' });
		expect(f.title).toContain('cluster0-shard-00-03.abcde.example.net');
		expect(f.title).not.toContain('cluster0-shard-00-00');
	});

	it('passes when every known target is covered, even though the SRV name is not', async () => {
		const ok = {
			kind: 'text' as const,
			text: 'connection to cluster0-shard-00-01.abcde.example.net:27017 failed: [SSL: CERTIFICATE_VERIFY_FAILED] (_ssl.c:1006)'
		};
		const report = await analyzeInputs([...certs, srv, ok], { host: 'cluster0.abcde.example.net' });
		expect(findingIds(report)).toContain('host.srv-targets-match');
		expect(findingIds(report)).not.toContain('host.mismatch');
		expect(report.chains[0].host).toBe('cluster0-shard-00-01.abcde.example.net');
	});

	it('without targets, explains what must match and how to list them', async () => {
		const report = await analyzeInputs([...certs, srv], { host: 'cluster0.abcde.example.net' });
		const [f] = find(report, 'host.srv-name');
		expect(f.severity).toBe('info');
		expect(f.detail).toContain('nslookup -type=SRV _mongodb._tcp.cluster0.abcde.example.net');
		expect(findingIds(report)).not.toContain('host.mismatch');
	});
});

describe('host.san-invalid (malformed names)', () => {
	it('flags DNS names with an empty label, a trailing dot or a space', async () => {
		const report = await analyzeFiles(['checks/host-bad-san.crt', ...CHAIN]);
		const [f] = find(report, 'host.san-invalid');
		expect(f).toMatchObject({ severity: 'warning', subject: 'item-1' });
		expect(f.evidence).toEqual(['DNS:db..example.com', 'DNS:db.example.com.', 'DNS:db example.com']);
		expect(f.detail).toMatch(/empty label/);
		expect(f.detail).toMatch(/ends with a dot/);
		expect(f.detail).toMatch(/spaces/);
	});
});
