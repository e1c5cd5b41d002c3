/**
 * Does a certificate name the host the client connects to? The rules are RFC 6125 §6.4 as
 * OpenSSL's X509_check_host applies them with the flags Python sets
 * (X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS): names/dns.ts matchesDnsName compares each DNS name with
 * OpenSSL's character rules;
 * IP addresses match only IP SANs, byte for byte; the CN counts only when there is no SAN.
 */

import { sameBytes } from '../bytes/bytes';
import type { SubjectAltName } from '../model/report';
import { matchesDnsName, normalizeHost } from '../names/dns';
import { parseIp } from '../names/ip';

export type HostMatch =
	| { matched: true; by: 'dns' | 'ip' | 'cn'; name: string }
	| { matched: false; reason: 'no-names' | 'no-match' | 'ip-not-in-san'; candidates: string[] };

export function matchHost(host: string, sans: SubjectAltName[], commonName?: string): HostMatch {
	const h = normalizeHost(host);
	const ip = parseIp(h);
	const dnsNames = sans.filter((s) => s.type === 'dns').map((s) => s.value);
	const ipNames = sans.filter((s) => s.type === 'ip').map((s) => s.value);
	const candidates = [...dnsNames, ...ipNames];
	if (ip) {
		const hit = ipNames.find((n) => {
			const b = parseIp(n);
			return b !== undefined && sameBytes(b, ip);
		});
		if (hit) return { matched: true, by: 'ip', name: hit };
		return { matched: false, reason: candidates.length ? 'ip-not-in-san' : 'no-names', candidates };
	}
	const hit = dnsNames.find((n) => matchesDnsName(n, h, 'openssl'));
	if (hit) return { matched: true, by: 'dns', name: hit };
	// For a host name OpenSSL counts only DNS SANs as "a SAN is present" (v3_utl.c do_x509_check sets
	// san_present for the checked type alone), and Node's checkServerIdentity likewise reads the CN
	// whenever there is no DNS SAN: a certificate whose only SANs are IP addresses still has its CN
	// checked. (x509-limbo: 32 bettertls cases OpenSSL accepts on that CN.)
	if (dnsNames.length === 0 && commonName) {
		if (matchesDnsName(commonName, h, 'openssl')) return { matched: true, by: 'cn', name: commonName };
		return { matched: false, reason: 'no-match', candidates: [...candidates, commonName] };
	}
	return { matched: false, reason: candidates.length ? 'no-match' : 'no-names', candidates };
}
