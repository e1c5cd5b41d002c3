/**
 * What leaves the page in "Copy report" and "Download JSON": the report with every string passed
 * through the same scrubber as share links. The report model holds no key material by design,
 * but an error-text item keeps the pasted text verbatim, and a traceback can carry a connection
 * string with its password; this makes sure no export does.
 *
 * Offsets of evidence spans are left as they were: they point into the original paste, which the
 * export no longer contains where something was removed.
 */
import type { Report } from '$lib/core/report/model';
import { sanitizeForSharing } from './sanitize';

function scrub(value: unknown, removed: Set<string>): unknown {
	if (typeof value === 'string') {
		const clean = sanitizeForSharing(value);
		for (const r of clean.removed) removed.add(r);
		return clean.text;
	}
	if (Array.isArray(value)) return value.map((v) => scrub(v, removed));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, removed)]));
	}
	return value;
}

export function redactReport(report: Report): { report: Report; removed: string[] } {
	const removed = new Set<string>();
	const clean = scrub(report, removed) as Report;
	return { report: clean, removed: [...removed] };
}
