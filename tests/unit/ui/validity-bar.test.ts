/** The validity bar's words for a span under a day (whole days are floored, model/days.ts): never "0 days". */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ValidityBar from '../../../src/lib/ui/ValidityBar.svelte';

const base = { notBefore: '2025-01-01T00:00:00.000Z', notAfter: '2026-06-01T00:00:00.000Z' };

describe('the validity bar', () => {
	it('says "less than a day" rather than 0 days, both ways', () => {
		const expired = render(ValidityBar, {
			props: { at: '2026-06-01T12:00:00.000Z', validity: { ...base, state: 'expired', daysLeft: 0 } }
		}).body;
		expect(expired).toContain('expired less than a day ago');
		expect(expired).not.toContain('0 days');
		const soon = render(ValidityBar, {
			props: { at: '2026-05-31T12:00:00.000Z', validity: { ...base, state: 'expiring', daysLeft: 0 } }
		}).body;
		expect(soon).toContain('expires in less than a day');
	});

	it('counts whole days otherwise', () => {
		expect(
			render(ValidityBar, { props: { at: '2028-05-02T00:00:00.000Z', validity: { ...base, state: 'expired', daysLeft: -701 } } }).body
		).toContain('expired 701 days ago');
		expect(
			render(ValidityBar, { props: { at: '2026-05-31T00:00:00.000Z', validity: { ...base, state: 'expiring', daysLeft: 1 } } }).body
		).toContain('expires in 1 day');
	});
});
