/**
 * Words the report shows a person must read as what they are. Names copied from a certificate
 * may carry a right-to-left override or a zero-width space; interpolated into a finding's title
 * or an item's label, an override would flip the rest of the sentence on screen and in a ticket.
 * So every such sentence is passed through showInvisible, which writes each of those characters
 * as a visible ⟨U+202E⟩. Data stays as it is: the certificate views (the page marks their names
 * itself), the pasted error text and the evidence spans that point into it. Remedy steps are
 * marked too, commands and files included.
 */

import { showInvisibleInProse } from '../x509/invisible-characters';
import type { Report } from '../model/report';

function visibleDeep<T>(value: T): T {
	if (typeof value === 'string') return showInvisibleInProse(value) as T;
	if (Array.isArray(value)) return value.map(visibleDeep) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = visibleDeep(v);
		return out as T;
	}
	return value;
}

export function withVisibleNames(report: Report): Report {
	return {
		...report,
		items: report.items.map((item) => ({ ...item, label: visibleDeep(item.label) })),
		chains: visibleDeep(report.chains),
		findings: visibleDeep(report.findings),
		// Commands and files too: an invisible character pasted into a terminal or a config is the
		// oldest trick of all, and a visible ⟨U+200B⟩ fails loudly where a hidden one would not.
		remedies: visibleDeep(report.remedies),
		// What to paste next can name a certificate's issuer (report/next-inputs.ts).
		diagnoses: report.diagnoses.map((d) => ({
			...d,
			title: visibleDeep(d.title),
			explanation: visibleDeep(d.explanation),
			next: visibleDeep(d.next)
		})),
		...(report.next ? { next: visibleDeep(report.next) } : {}),
		...(report.verdict ? { verdict: { ...report.verdict, text: visibleDeep(report.verdict.text) } } : {})
	};
}
