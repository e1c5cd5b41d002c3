/** Small formatting helpers shared by check texts. */
import type { SourceRef } from '../report/model';

const DAY = 24 * 60 * 60 * 1000;

export function formatDate(iso: string): string {
	return iso
		.replace('T', ' ')
		.replace(/\.\d{3}Z$/, ' UTC')
		.replace(/Z$/, ' UTC');
}

/** "3 days", "1 day", "5 hours" — for how long ago or how far ahead. */
export function formatSpan(ms: number): string {
	const abs = Math.abs(ms);
	if (abs >= 2 * DAY) return `${Math.floor(abs / DAY)} days`;
	if (abs >= DAY) return '1 day';
	const hours = Math.floor(abs / (60 * 60 * 1000));
	if (hours >= 1) return hours === 1 ? '1 hour' : `${hours} hours`;
	const minutes = Math.max(1, Math.floor(abs / 60000));
	return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function certName(view: { subject: { commonName?: string; rfc2253: string } }): string {
	return view.subject.commonName ?? (view.subject.rfc2253 || '(empty subject)');
}

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
