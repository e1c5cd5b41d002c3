/** Small formatting helpers shared by check texts. */

import { DAY_MS, wholeDays } from '../model/days';

export function formatDate(iso: string): string {
	return iso
		.replace('T', ' ')
		.replace(/\.\d{3}Z$/, ' UTC')
		.replace(/Z$/, ' UTC');
}

/** "3 days", "1 day", "5 hours" — for how long ago or how far ahead. */
export function formatSpan(ms: number): string {
	const abs = Math.abs(ms);
	// Whole days by the one rule of model/days.ts, so this agrees with every other day count.
	if (abs >= 2 * DAY_MS) return `${wholeDays(0, abs)} days`;
	if (abs >= DAY_MS) return '1 day';
	const hours = Math.floor(abs / (60 * 60 * 1000));
	if (hours >= 1) return hours === 1 ? '1 hour' : `${hours} hours`;
	const minutes = Math.max(1, Math.floor(abs / 60000));
	return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function certName(view: { subject: { commonName?: string; rfc2253: string } }): string {
	return view.subject.commonName ?? (view.subject.rfc2253 || '(empty subject)');
}

export { placeOf } from '../model/place';
