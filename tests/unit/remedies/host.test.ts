import { describe, expect, it } from 'vitest';
import { checkHost } from '../../../src/lib/core/syntax/host';
import { HOSTILE_VALUES } from './hostile-values';

describe('hosts a command may use', () => {
	it('are DNS names and IP literals, with a port when one is written', () => {
		expect(checkHost('DB1.Example.com.')).toEqual({ ok: true, host: 'db1.example.com', kind: 'dns' });
		expect(checkHost('cluster0.abcde.mongodb.net')).toMatchObject({ ok: true, kind: 'dns' });
		expect(checkHost('my_db.corp.internal')).toMatchObject({ ok: true, kind: 'dns' });
		expect(checkHost('10.0.0.5:27018')).toEqual({ ok: true, host: '10.0.0.5', kind: 'ipv4', port: 27018 });
		expect(checkHost('[::1]:27017')).toEqual({ ok: true, host: '::1', kind: 'ipv6', port: 27017 });
		expect(checkHost('2001:db8::5')).toEqual({ ok: true, host: '2001:db8::5', kind: 'ipv6' });
	});

	it('are never anything a command would read as more than one host', () => {
		for (const v of HOSTILE_VALUES) expect(checkHost(v).ok, JSON.stringify(v)).toBe(false);
	});

	it('say why not, in words', () => {
		expect(checkHost('-oProxyCommand=x')).toEqual({ ok: false, why: expect.stringContaining('option') });
		expect(checkHost('db example')).toEqual({ ok: false, why: expect.stringContaining('spaces') });
		expect(checkHost('dб.example.com')).toEqual({ ok: false, why: expect.stringContaining('xn--') });
		expect(checkHost('fe80::1%eth0')).toEqual({ ok: false, why: expect.stringContaining('%') });
		expect(checkHost('db.example.com:99999')).toEqual({ ok: false, why: expect.stringContaining('port') });
		expect(checkHost('999.1.1.1')).toEqual({ ok: false, why: expect.stringContaining('IP address') });
		expect(checkHost('a..b')).toEqual({ ok: false, why: expect.stringContaining('empty label') });
	});
});
