/**
 * One "host[:port]" entry of a host list, checked the way the drivers check it: IPv6 in brackets,
 * a numeric port from 1 to 65535, Unix sockets percent-encoded (PyMongo's parse_host and
 * split_hosts; the Node driver's HostAddress.fromString).
 */

import { parseIp } from '../names/ip';
import type { UriHost } from '../model/connection';

export type HostParse = { ok: true; host: UriHost } | { ok: false; reason: string };

function kindOf(host: string): UriHost['kind'] {
	const ip = parseIp(host);
	if (ip?.length === 4) return 'ipv4';
	if (ip?.length === 16) return 'ipv6';
	return 'dns';
}

function readPort(text: string, entry: string): number | string {
	if (!/^\d+$/.test(text)) {
		return (
			`the port of "${entry}" is "${text}", not a number. When the host list looks wrong like this, ` +
			'the usual cause is a password (or user name) with an unescaped ":" or "@", which makes the rest of it look like a host and port'
		);
	}
	const port = Number(text);
	if (port < 1 || port > 65535) return `the port of "${entry}" is ${text}; a port must be between 1 and 65535`;
	return port;
}

export function parseHostEntry(entry: string): HostParse {
	if (entry === '') return { ok: false, reason: 'the host list has an empty entry (two commas in a row, or a comma at the end)' };
	if (/%2f/i.test(entry) || /\.sock$/.test(entry)) {
		let path: string;
		try {
			path = decodeURIComponent(entry);
		} catch {
			return { ok: false, reason: `"${entry}" is not a valid percent-encoded socket path` };
		}
		return { ok: true, host: { host: path, kind: 'unix-socket' } };
	}
	if (entry.startsWith('[')) {
		const close = entry.indexOf(']');
		if (close < 0) return { ok: false, reason: `"${entry}" opens an IPv6 address with "[" but never closes it with "]"` };
		const host = entry.slice(1, close).toLowerCase();
		if (parseIp(host)?.length !== 16) return { ok: false, reason: `"${host}" inside [ ] is not an IPv6 address` };
		const after = entry.slice(close + 1);
		if (after === '') return { ok: true, host: { host, kind: 'ipv6' } };
		if (!after.startsWith(':')) return { ok: false, reason: `unexpected text "${after}" after the IPv6 address in "${entry}"` };
		const port = readPort(after.slice(1), entry);
		return typeof port === 'number' ? { ok: true, host: { host, port, kind: 'ipv6' } } : { ok: false, reason: port };
	}
	const colons = entry.split(':').length - 1;
	if (colons > 1) {
		return {
			ok: false,
			reason: parseIp(entry)
				? `"${entry}" is an IPv6 address; in a connection string it must be written in brackets, e.g. [${entry}]:27017`
				: `"${entry}" has more than one ":"; an IPv6 address must be in brackets, and a ":" in a password must be written %3A`
		};
	}
	const [name, portText] = colons === 1 ? [entry.slice(0, entry.indexOf(':')), entry.slice(entry.indexOf(':') + 1)] : [entry, undefined];
	if (name === '') return { ok: false, reason: `"${entry}" has a port but no host name` };
	if (/[\s<>"{}|\\^`]/.test(name)) return { ok: false, reason: `"${name}" contains characters a host name cannot have` };
	const host = name.toLowerCase();
	if (portText === undefined) return { ok: true, host: { host, kind: kindOf(host) } };
	const port = readPort(portText, entry);
	return typeof port === 'number' ? { ok: true, host: { host, port, kind: kindOf(host) } } : { ok: false, reason: port };
}

/** "db.example.com:27017", "[::1]:27017", "/tmp/mongodb-27017.sock" */
export function hostText(h: UriHost): string {
	const name = h.kind === 'ipv6' ? `[${h.host}]` : h.kind === 'unix-socket' ? encodeURIComponent(h.host) : h.host;
	return h.port === undefined ? name : `${name}:${h.port}`;
}
