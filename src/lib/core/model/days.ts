/**
 * The one day count of the app, so a page never says 701 days in one place and 702 in another
 * for the same span. The rule: whole days, floor, of the exact span between the two instants,
 * with the span's sign. A certificate that expired 701.5 days ago expired "701 days" ago and has
 * -701 days left; flooring the signed span would give -702 and disagree with the finding.
 */

export const DAY_MS = 86_400_000;

/** Whole days from `fromMs` to `toMs` (negative when `toMs` is earlier), rounded toward zero. */
export function wholeDays(fromMs: number, toMs: number): number {
	const span = toMs - fromMs;
	const days = Math.floor(Math.abs(span) / DAY_MS);
	return span < 0 && days !== 0 ? -days : days;
}
