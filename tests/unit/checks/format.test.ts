import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../src/lib/core/checks/format';

describe('placeOf: where an item is, in the terms of what was pasted', () => {
	it('names the lines and the file (its base name only)', () => {
		expect(placeOf({ name: '/home/ana/certs/server.pem', block: 2, lines: [21, 42] })).toBe('lines 21–42 of server.pem');
		expect(placeOf({ name: 'C:\\certs\\ca.pem', lines: [3, 3] })).toBe('line 3 of ca.pem');
	});

	it('says "the pasted text" when there is no file', () => {
		expect(placeOf({ block: 1, lines: [1, 20] })).toBe('lines 1–20 of the pasted text');
		expect(placeOf({ block: 4 })).toBe('block 4 of the pasted text');
		expect(placeOf({})).toBe('the pasted text');
	});

	it('counts entries inside a container with English ordinals', () => {
		expect(placeOf({ name: 'bundle.p7b', container: 'item-1', position: 2 })).toBe('the 2nd entry inside bundle.p7b');
		expect(placeOf({ name: 'x.p12', container: 'item-1', position: 11 })).toBe('the 11th entry inside x.p12');
		expect(placeOf({ name: 'x.p12', container: 'item-1', position: 23 })).toBe('the 23rd entry inside x.p12');
		expect(placeOf({ container: 'item-1', position: 1 })).toBe('the 1st entry inside its container');
		// An s_client transcript's certificates have lines: those are more precise.
		expect(placeOf({ name: 's_client.txt', lines: [40, 58], container: 'item-1', position: 2 })).toBe('lines 40–58 of s_client.txt');
	});
});
