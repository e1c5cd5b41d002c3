/**
 * Does a certificate name the host the client connects to? The rules are RFC 6125 §6.4 as
 * OpenSSL's X509_check_host applies them with the flags Python sets
 * (X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS): a wildcard is a whole left-most label, matches exactly
 * one label, and never stands for a public suffix; IP addresses match only IP SANs, byte for byte.
 */

import type { SubjectAltName } from '../model/report';
import { parseIp, ipBytesToString } from '../names/ip';

export type HostMatch =
	| { matched: true; by: 'dns' | 'ip' | 'cn'; name: string }
	| { matched: false; reason: 'no-names' | 'no-match' | 'ip-not-in-san'; candidates: string[] };

export function normalizeHost(host: string): string {
	let h = host.trim().toLowerCase();
	if (h.endsWith('.')) h = h.slice(0, -1);
	return h;
}

export function isIpLiteral(host: string): boolean {
	return parseIp(host) !== undefined;
}

/** Single-label suffixes and the two-label ones people actually meet; a wildcard over these is refused. */
const PUBLIC_SUFFIXES = new Set([
	'com',
	'net',
	'org',
	'io',
	'dev',
	'app',
	'cloud',
	'co.uk',
	'org.uk',
	'ac.uk',
	'gov.uk',
	'com.au',
	'net.au',
	'co.jp',
	'co.nz',
	'com.br',
	'co.in',
	'com.cn',
	'appspot.com',
	'herokuapp.com',
	'github.io',
	'azurewebsites.net',
	'cloudfront.net',
	'amazonaws.com',
	'compute.amazonaws.com'
]);

/** Is this a public suffix (from the short list above): a name under which anyone may register? */
export function isPublicSuffix(name: string): boolean {
	return PUBLIC_SUFFIXES.has(normalizeHost(name));
}

export function matchesDnsName(pattern: string, host: string): boolean {
	const p = normalizeHost(pattern);
	const h = normalizeHost(host);
	if (p === '' || h === '') return false;
	if (!p.includes('*')) return p === h;
	const pLabels = p.split('.');
	const hLabels = h.split('.');
	// Only "*" as the entire left-most label; never "f*o", "*.*", or a wildcard further right.
	if (pLabels[0] !== '*' || pLabels.slice(1).some((l) => l.includes('*'))) return false;
	if (pLabels.length < 3) return false;
	const suffix = pLabels.slice(1).join('.');
	if (PUBLIC_SUFFIXES.has(suffix)) return false;
	if (pLabels.length !== hLabels.length) return false;
	if (hLabels[0] === '') return false;
	return hLabels.slice(1).join('.') === suffix;
}

export function matchHost(host: string, sans: SubjectAltName[], commonName?: string): HostMatch {
	const h = normalizeHost(host);
	const ip = parseIp(h);
	const dnsNames = sans.filter((s) => s.type === 'dns').map((s) => s.value);
	const ipNames = sans.filter((s) => s.type === 'ip').map((s) => s.value);
	const candidates = [...dnsNames, ...ipNames];
	if (ip) {
		const wanted = ipBytesToString(ip);
		const hit = ipNames.find((n) => {
			const b = parseIp(n);
			return b !== undefined && ipBytesToString(b) === wanted;
		});
		if (hit) return { matched: true, by: 'ip', name: hit };
		return { matched: false, reason: candidates.length ? 'ip-not-in-san' : 'no-names', candidates };
	}
	const hit = dnsNames.find((n) => matchesDnsName(n, h));
	if (hit) return { matched: true, by: 'dns', name: hit };
	// For a host name OpenSSL counts only DNS SANs as "a SAN is present" (v3_utl.c do_x509_check sets
	// san_present for the checked type alone), and Node's checkServerIdentity likewise reads the CN
	// whenever there is no DNS SAN: a certificate whose only SANs are IP addresses still has its CN
	// checked. (x509-limbo: 32 bettertls cases OpenSSL accepts on that CN.)
	if (dnsNames.length === 0 && commonName) {
		if (matchesDnsName(commonName, h)) return { matched: true, by: 'cn', name: commonName };
		return { matched: false, reason: 'no-match', candidates: [...candidates, commonName] };
	}
	return { matched: false, reason: candidates.length ? 'no-match' : 'no-names', candidates };
}

/**
 * The host as a client puts it on the wire and compares it: an internationalised name turned
 * into its IDNA A-label (bücher.example → xn--bcher-kva.example), as certificates must carry
 * it (RFC 5280 §7.2). WHATWG URL parsing does the conversion, in browsers and in Node alike.
 */
export function toAsciiHost(host: string): string {
	// eslint-disable-next-line no-control-regex -- plain ASCII needs no conversion
	if (/^[\u0000-\u007f]*$/.test(host)) return host;
	try {
		return new URL(`http://${host}/`).hostname;
	} catch {
		return host;
	}
}
