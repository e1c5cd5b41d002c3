/**
 * IP addresses as SANs hold them (4 or 16 raw bytes), as name constraints hold them (address and
 * mask, 8 or 32 bytes) and as people type them. Every IPv6 address the report shows is in the
 * RFC 5952 canonical form: lower-case, no leading zeros, the longest run of zero groups as "::",
 * an IPv4-mapped address in mixed notation (::ffff:192.0.2.1).
 */

export function ipBytesToString(bytes: Uint8Array): string {
	if (bytes.length === 4) return Array.from(bytes).join('.');
	if (bytes.length === 16) {
		// RFC 5952 §5: IPv4-mapped addresses keep their dotted quad.
		if (bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
			return `::ffff:${Array.from(bytes.subarray(12)).join('.')}`;
		}
		const groups: string[] = [];
		for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
		return compressIpv6(groups);
	}
	return `invalid IP (${bytes.length} bytes)`;
}

/** An address, or (8 or 32 bytes) a name constraint's address/mask pair. */
export function ipOrRangeToString(bytes: Uint8Array): string {
	if (bytes.length !== 8 && bytes.length !== 32) return ipBytesToString(bytes);
	const half = bytes.length / 2;
	return `${ipBytesToString(bytes.subarray(0, half))}/${ipBytesToString(bytes.subarray(half))}`;
}

function compressIpv6(groups: string[]): string {
	// RFC 5952: collapse the longest run (of two or more) of zero groups into "::".
	let bestStart = -1;
	let bestLen = 0;
	for (let i = 0; i < groups.length;) {
		if (groups[i] !== '0') {
			i++;
			continue;
		}
		let j = i;
		while (j < groups.length && groups[j] === '0') j++;
		if (j - i > bestLen && j - i >= 2) {
			bestStart = i;
			bestLen = j - i;
		}
		i = j;
	}
	if (bestStart < 0) return groups.join(':');
	const head = groups.slice(0, bestStart).join(':');
	const tail = groups.slice(bestStart + bestLen).join(':');
	return `${head}::${tail}`;
}

export function isIpLiteral(host: string): boolean {
	return parseIp(host) !== undefined;
}

/** Parse a textual IPv4 or IPv6 address to bytes; undefined when it is not an IP literal. */
export function parseIp(text: string): Uint8Array | undefined {
	const s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
	const v4 = parseIpv4(s);
	if (v4) return v4;
	return s.includes(':') ? parseIpv6(s) : undefined;
}

function parseIpv4(s: string): Uint8Array | undefined {
	const parts = s.split('.');
	if (parts.length !== 4) return undefined;
	const out = new Uint8Array(4);
	for (let i = 0; i < 4; i++) {
		if (!/^(0|[1-9][0-9]{0,2})$/.test(parts[i])) return undefined;
		const n = Number(parts[i]);
		if (n > 255) return undefined;
		out[i] = n;
	}
	return out;
}

function parseIpv6(s: string): Uint8Array | undefined {
	const zone = s.indexOf('%');
	if (zone >= 0) s = s.slice(0, zone);
	const halves = s.split('::');
	if (halves.length > 2) return undefined;
	const parseGroups = (part: string): number[] | undefined => {
		if (part === '') return [];
		const groups: number[] = [];
		const items = part.split(':');
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			if (i === items.length - 1 && item.includes('.')) {
				const v4 = parseIpv4(item);
				if (!v4) return undefined;
				groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
			} else {
				if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return undefined;
				groups.push(parseInt(item, 16));
			}
		}
		return groups;
	};
	const head = parseGroups(halves[0]);
	const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
	if (!head || !tail) return undefined;
	const missing = 8 - head.length - tail.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
	const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
	const out = new Uint8Array(16);
	groups.forEach((g, i) => {
		out[i * 2] = g >> 8;
		out[i * 2 + 1] = g & 0xff;
	});
	return out;
}
