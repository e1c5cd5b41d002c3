import { describe, expect, it } from 'vitest';
import { matchesDnsName } from '../../../src/lib/core/names/dns';
import { matchHost } from '../../../src/lib/core/x509/hostname';
import type { SubjectAltName } from '../../../src/lib/core/model/report';

const dns = (...v: string[]): SubjectAltName[] => v.map((value) => ({ type: 'dns', value }));

describe('matchesDnsName (RFC 6125 §6.4)', () => {
	it.each([
		['db.example.com', 'db.example.com', true],
		['DB.Example.COM', 'db.example.com', true],
		['db.example.com.', 'db.example.com', true],
		['*.example.com', 'db.example.com', true],
		['*.example.com', 'a.b.example.com', false],
		['*.example.com', 'example.com', false],
		['db*.example.com', 'db1.example.com', false],
		['*db.example.com', 'xdb.example.com', false],
		['a.*.example.com', 'a.b.example.com', false],
		['*.com', 'example.com', false],
		['*.co.uk', 'example.co.uk', false],
		['*', 'localhost', false],
		['*.internal', 'db.internal', false],
		['*.github.io', 'me.github.io', false],
		['db_1.example.com', 'db_1.example.com', false],
		['*.example.com', 'db..example.com', false]
	])('%s vs %s → %s', (pattern, host, expected) => {
		expect(matchesDnsName(pattern, host)).toBe(expected);
	});
});

describe('matchHost', () => {
	it('matches IPv4 only against IP SANs', () => {
		expect(matchHost('127.0.0.1', dns('127.0.0.1')).matched).toBe(false);
		expect(matchHost('127.0.0.1', [{ type: 'ip', value: '127.0.0.1' }]).matched).toBe(true);
	});

	it('compares IPv6 by value, not spelling', () => {
		expect(matchHost('[0:0:0:0:0:0:0:1]', [{ type: 'ip', value: '::1' }]).matched).toBe(true);
	});

	it('falls back to the CN for a host name only when there is no DNS SAN, as OpenSSL and Node do', () => {
		expect(matchHost('db.example.com', [], 'db.example.com')).toMatchObject({ matched: true, by: 'cn' });
		expect(matchHost('db.example.com', dns('other.example.com'), 'db.example.com').matched).toBe(false);
		// IP SANs do not count as "a SAN is present" for a host name (OpenSSL v3_utl.c do_x509_check).
		const ipOnly: SubjectAltName[] = [{ type: 'ip', value: '10.0.0.5' }];
		expect(matchHost('db.example.com', ipOnly, 'db.example.com')).toMatchObject({ matched: true, by: 'cn' });
		expect(matchHost('other.example.com', ipOnly, 'db.example.com')).toMatchObject({
			matched: false,
			candidates: ['10.0.0.5', 'db.example.com']
		});
		// …and an IP is still matched against IP SANs only, never the CN.
		expect(matchHost('10.0.0.6', ipOnly, '10.0.0.6').matched).toBe(false);
	});
});
