import type { SourceRef } from './report';

/**
 * Where an item is in what the person gave, in their terms: "lines 21–42 of server.pem", "the
 * 2nd certificate inside bundle.p7b". Item ids (item-3) are the report's own and never shown.
 */
export function placeOf(source: SourceRef): string {
	const file = source.name ? source.name.split(/[\\/]/).pop() : undefined;
	const input = file ?? 'the pasted text';
	if (source.lines) {
		const [from, to] = source.lines;
		return from === to ? `line ${from} of ${input}` : `lines ${from}–${to} of ${input}`;
	}
	// Inside a PKCS#7 or PKCS#12 there are no lines to point at: count the entries.
	if (source.container) return `the ${ordinal(source.position ?? 1)} entry inside ${file ?? 'its container'}`;
	if (source.block) return `block ${source.block} of ${input}`;
	return input;
}

function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}
