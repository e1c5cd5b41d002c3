/**
 * Does the leaf name the peer the client dialled? Strict clients (Go, browsers, rustls) look only
 * at subjectAltName and accept only whole left-most "*" wildcards; OpenSSL-based clients and Java
 * fall back to the subject CN when there is no subjectAltName, with the rules x509/hostname.ts
 * models. IP addresses only ever match iPAddress entries, byte for byte.
 */

import type { SubjectAltName } from '../model/report';
import { matchHost } from '../x509/hostname';
import { matchesDnsName, toAsciiHost } from '../names/dns';
import type { ChainCertificate } from '../x509/chain-certificate';
import { sameBytes } from '../bytes/bytes';
import { describeGeneralName } from '../x509/general-name';
import { ipOrRangeToString, parseIp } from '../names/ip';
import { commonNames } from '../x509/name-key';
import type { ValidationPolicy } from './policy';
import { problem, type Problem } from './problems';

export interface PeerName {
	kind: 'dns' | 'ip';
	value: string;
}

export function peerNameOf(host: string): PeerName {
	const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
	return parseIp(bare) ? { kind: 'ip', value: bare } : { kind: 'dns', value: toAsciiHost(host).replace(/\.$/, '') };
}

export function checkPeerName(leaf: ChainCertificate, peer: PeerName, policy: ValidationPolicy): Problem | undefined {
	const names = leaf.ext.subjectAltName?.names ?? [];
	if (peer.kind === 'ip') {
		const wanted = parseIp(peer.value);
		const hit = wanted && names.some((n) => n.kind === 'ip' && sameBytes(n.bytes, wanted));
		if (hit) return undefined;
		const ips = names.filter((n) => n.kind === 'ip').map((n) => ipOrRangeToString((n as { bytes: Uint8Array }).bytes));
		return problem(
			'ip-mismatch',
			`the certificate lists ${ips.length ? `the IP addresses ${ips.join(', ')}` : 'no IP addresses'}, not ${peer.value}`
		);
	}
	if (policy.hostname.commonNameFallback) {
		const sans: SubjectAltName[] = names.flatMap((n): SubjectAltName[] =>
			n.kind === 'dns' ? [{ type: 'dns', value: n.value }] : n.kind === 'ip' ? [{ type: 'ip', value: ipOrRangeToString(n.bytes) }] : []
		);
		const match = matchHost(peer.value, sans, commonNames(leaf.subject).at(-1));
		if (match.matched) return undefined;
		return problem(
			'hostname-mismatch',
			`the certificate is for ${match.candidates.length ? match.candidates.join(', ') : 'no host names at all'}, not ${peer.value}`
		);
	}
	if (names.some((n) => n.kind === 'dns' && matchesDnsName(n.value, peer.value))) return undefined;
	const listed = names.filter((n) => n.kind === 'dns' || n.kind === 'ip').map(describeGeneralName);
	return problem(
		'hostname-mismatch',
		listed.length
			? `the certificate's subjectAltName lists ${listed.join(', ')}, not ${peer.value}`
			: `the certificate has no DNS subjectAltName, and this client does not fall back to the common name`
	);
}
