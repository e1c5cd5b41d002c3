import { describe, expect, it } from 'vitest';
import { dnsNameFault, matchesDnsName, wildcardFault } from '../../../src/lib/core/names/dns';

describe('the DNS rules agree with the matcher', () => {
	// OpenSSL compares exact names byte for byte, so it "matches" a malformed name to the same
	// malformed host; no resolver hands a client such a host, so the fault is still worth reporting.
	it('explains every well-placed name the matcher refuses', () => {
		for (const name of ['-db.example.com', 'db.example.com ', 'db..example.com']) {
			expect(matchesDnsName(name, name.trim())).toBe(false);
			expect(matchesDnsName(name, name.trim(), 'openssl')).toBe(name !== 'db.example.com ');
			expect(dnsNameFault(name)).toBeDefined();
		}
	});

	it('reads an underscore as OpenSSL does for exact names and as preferred syntax refuses it', () => {
		// X509_check_host compares an exact name byte for byte (v3_utl.c equal_nocase); x509-limbo
		// rfc5280::san::underscore-dns is accepted by OpenSSL 3.0.
		expect(matchesDnsName('db_1.example.com', 'DB_1.example.com', 'openssl')).toBe(true);
		expect(matchesDnsName('db_1.example.com', 'db_1.example.com')).toBe(false);
		expect(dnsNameFault('db_1.example.com')).toBeUndefined();
		// The label a wildcard stands for must be letters, digits and hyphens (wildcard_match).
		expect(matchesDnsName('*.example.com', 'db_1.example.com', 'openssl')).toBe(false);
		expect(matchesDnsName('*.example.com', 'db-1.example.com', 'openssl')).toBe(true);
	});

	it('refuses a wildcard over a public suffix or a single label', () => {
		for (const name of ['*.com', '*.internal', '*.co.uk', '*.github.io']) {
			expect(matchesDnsName(name, name.replace('*', 'a'))).toBe(false);
			expect(wildcardFault(name)).toMatch(/public suffix/);
		}
		expect(wildcardFault('*.example.com')).toBeUndefined();
	});
});
