/**
 * Which hosts may go into a command at all. Quoting keeps a value from running as code, but a
 * value that is not a host (a name starting with "-" is read as an option by nc and openssl;
 * "a b" is two hosts; a look-alike Unicode name is not the server the person means) would still
 * send the command somewhere else. So a host is used only when it is a DNS name in the preferred
 * name syntax (RFC 1123 §2.1, with "_" allowed as real private zones use it) or an IP literal, and
 * otherwise the steps keep their placeholder and say why.
 */

import { parseIp } from '../names/ip';

export type HostCheck = { ok: true; host: string; port?: number; kind: 'dns' | 'ipv4' | 'ipv6' } | { ok: false; why: string };

const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/**
 * The host as a command may use it (lower-cased, IPv6 without brackets, no final dot), with the
 * port when one was written after it ("db.example.com:27017", "[::1]:27017"), or why not.
 */
export function checkHost(input: string): HostCheck {
	const value = input.trim();
	if (value === '') return { ok: false, why: 'it is empty' };
	if (value.length > 261) return { ok: false, why: 'it is longer than any host name can be (253 characters)' };
	if (/[^\u0021-\u007e]/.test(value)) {
		return /\s/.test(value)
			? { ok: false, why: 'it contains spaces or line breaks' }
			: { ok: false, why: 'it contains characters that are not ASCII (an internationalised name is written in its xn-- form)' };
	}
	const split = splitPort(value);
	if (!split.ok) return split;
	const { name, port } = split;
	if (name.includes('%'))
		return { ok: false, why: 'it contains "%" (an IPv6 zone index or a percent-encoding), which no command here takes' };
	const ip = parseIp(name);
	if (ip?.length === 4) return { ok: true, host: name, kind: 'ipv4', ...(port !== undefined ? { port } : {}) };
	if (ip?.length === 16)
		return { ok: true, host: name.replace(/^\[|\]$/g, '').toLowerCase(), kind: 'ipv6', ...(port !== undefined ? { port } : {}) };
	if (name.startsWith('-')) return { ok: false, why: 'it starts with "-", so commands would read it as an option' };
	const dns = name.endsWith('.') ? name.slice(0, -1) : name;
	if (dns.length > 253) return { ok: false, why: 'it is longer than 253 characters' };
	const labels = dns.split('.');
	if (labels.some((l) => l === '')) return { ok: false, why: 'it has an empty label (two dots in a row, or a dot at the start)' };
	const bad = labels.find((l) => !LABEL.test(l));
	if (bad !== undefined) return { ok: false, why: `“${bad}” is not a host-name label (letters, digits, hyphens; at most 63 characters)` };
	if (/^\d+$/.test(labels[labels.length - 1])) return { ok: false, why: 'it looks like an IP address but is not one' };
	return { ok: true, host: dns.toLowerCase(), kind: 'dns', ...(port !== undefined ? { port } : {}) };
}

function splitPort(value: string): { ok: true; name: string; port?: number } | { ok: false; why: string } {
	let name = value;
	let portText: string | undefined;
	if (value.startsWith('[')) {
		const close = value.indexOf(']');
		if (close < 0) return { ok: false, why: 'it opens an IPv6 address with "[" but never closes it' };
		name = value.slice(1, close);
		const rest = value.slice(close + 1);
		if (rest !== '') {
			if (!rest.startsWith(':')) return { ok: false, why: `unexpected text after the IPv6 address` };
			portText = rest.slice(1);
		}
		if (parseIp(name)?.length !== 16) return { ok: false, why: 'the text in [ ] is not an IPv6 address' };
	} else if ((value.match(/:/g) ?? []).length === 1) {
		name = value.slice(0, value.indexOf(':'));
		portText = value.slice(value.indexOf(':') + 1);
	}
	if (portText === undefined) return { ok: true, name };
	if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
		return { ok: false, why: `the port “${portText}” is not a number from 1 to 65535` };
	}
	return { ok: true, name, port: Number(portText) };
}

/** A port a command may use: an integer from 1 to 65535. */
export const isPort = (port: unknown): port is number => Number.isInteger(port) && (port as number) >= 1 && (port as number) <= 65535;
