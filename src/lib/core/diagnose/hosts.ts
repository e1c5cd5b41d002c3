/**
 * What kind of host is this? The same "unable to get local issuer certificate" means missing
 * system roots against a host with a public certificate (Atlas), and a CA never given to the
 * client against a private one. The host is the best clue the text carries.
 */

import { parseIp } from '../names/ip';

export type HostKind = 'atlas' | 'documentdb' | 'private' | 'public-or-unknown';

export function isAtlasHost(host: string): boolean {
	return /(^|\.)mongodb\.net\.?$/i.test(host) || /(^|\.)mongodb-dev\.net\.?$/i.test(host);
}

/**
 * An Amazon DocumentDB endpoint: instance-based clusters (NAME.cluster-ID.REGION.docdb.amazonaws.com
 * and its instances), elastic clusters (….docdb-elastic.amazonaws.com), and the China regions (.com.cn).
 * Its certificates come from Amazon's RDS certificate authorities, which no stock trust store holds.
 * Source: Amazon DocumentDB Developer Guide, "Connecting programmatically" and "Encrypting data in transit".
 */
export function isDocumentDbHost(host: string): boolean {
	return /\.docdb(?:-elastic)?\.amazonaws\.com(?:\.cn)?\.?$/i.test(host);
}

export function hostKind(host: string): HostKind {
	const h = host.toLowerCase().replace(/\.$/, '');
	if (isAtlasHost(h)) return 'atlas';
	if (isDocumentDbHost(h)) return 'documentdb';
	if (h === 'localhost' || h.endsWith('.localhost')) return 'private';
	const ip = parseIp(h);
	if (ip) return isPrivateIp(ip) ? 'private' : 'public-or-unknown';
	if (!h.includes('.')) return 'private';
	if (/\.(local|internal|lan|corp|home|intranet|private|test|example|invalid|localdomain|svc|cluster\.local)$/.test(h)) {
		return 'private';
	}
	return 'public-or-unknown';
}

function isPrivateIp(ip: Uint8Array): boolean {
	if (ip.length === 4) {
		const [a, b] = ip;
		return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
	}
	const allZeroButLast = ip.slice(0, 15).every((x) => x === 0);
	return (allZeroButLast && ip[15] === 1) || (ip[0] & 0xfe) === 0xfc || (ip[0] === 0xfe && (ip[1] & 0xc0) === 0x80);
}
