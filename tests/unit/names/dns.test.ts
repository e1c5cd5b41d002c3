import { describe, expect, it } from 'vitest';
import { dnsNameFault, matchesDnsName, wildcardFault } from '../../../src/lib/core/names/dns';

describe('the DNS rules agree with the matcher', () => {
	it('explains every well-placed name the matcher refuses', () => {
		for (const name of ['db_1.example.com', '-db.example.com', 'db.example.com ']) {
			expect(matchesDnsName(name, name.trim())).toBe(false);
			expect(dnsNameFault(name)).toBeDefined();
		}
	});

	it('refuses a wildcard over a public suffix or a single label', () => {
		for (const name of ['*.com', '*.internal', '*.co.uk', '*.github.io']) {
			expect(matchesDnsName(name, name.replace('*', 'a'))).toBe(false);
			expect(wildcardFault(name)).toMatch(/public suffix/);
		}
		expect(wildcardFault('*.example.com')).toBeUndefined();
	});
});
