import { describe, expect, it } from 'vitest';
import { ipBytesToString, ipOrRangeToString, parseIp } from '../../../src/lib/core/names/ip';

const canonical = (text: string) => ipBytesToString(parseIp(text)!);

describe('IPv6 in the RFC 5952 canonical form', () => {
	it.each([
		['0:0:0:0:0:0:0:1', '::1'],
		['[::1]', '::1'],
		['2001:0DB8:0:0:0:0:0:5', '2001:db8::5'],
		['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
		['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
		['::ffff:c000:0201', '::ffff:192.0.2.1']
	])('%s → %s', (text, expected) => {
		expect(canonical(text)).toBe(expected);
	});

	it('shows a name constraint as address/mask, each half canonical', () => {
		const v6 = new Uint8Array(32);
		v6.set([0x20, 0x01, 0x0d, 0xb8], 0);
		v6.fill(0xff, 16, 20);
		expect(ipOrRangeToString(v6)).toBe('2001:db8::/ffff:ffff::');
		expect(ipOrRangeToString(new Uint8Array([10, 0, 0, 0, 255, 0, 0, 0]))).toBe('10.0.0.0/255.0.0.0');
	});
});
