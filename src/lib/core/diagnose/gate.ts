/**
 * A gate in front of every pattern diagnose() runs: signatures and fact readers register their
 * patterns once, each text is scanned once for all their literal needles (NeedleScanner), and a
 * pattern whose needles are absent is not run at all. A pattern with no literal needle always
 * runs. This is what keeps classifying 1,000 texts under 100 ms (scripts/bench/diagnose.ts).
 */

import { needlesOf } from './needles';
import { NeedleScanner } from './scanner';

/** May this registered pattern match the text the gate was built for? Unregistered ones: yes. */
export interface May {
	(pattern: RegExp): boolean;
	/** The text in lower case, for readers that check a word or two themselves. */
	readonly lower: string;
}

const registered: RegExp[] = [];
const slot = new Map<RegExp, number>();
let scanner: NeedleScanner | undefined;

/** Registers a pattern (at module load) and returns it, so a declaration reads as before. */
export function gated<T extends RegExp>(pattern: T): T {
	if (!slot.has(pattern)) {
		slot.set(pattern, registered.length);
		registered.push(pattern);
		scanner = undefined;
	}
	return pattern;
}

/** Every registered pattern (the tests check the gate's promise on each). */
export function registeredPatterns(): readonly RegExp[] {
	return registered;
}

export function gateFor(text: string): May {
	scanner ??= new NeedleScanner(registered.map((p) => needlesOf(p.source)));
	const lower = text.toLowerCase();
	const present = scanner.scan(lower);
	const may = (pattern: RegExp) => {
		const at = slot.get(pattern);
		return at === undefined || at >= present.length || present[at] === 1;
	};
	return Object.assign(may, { lower });
}
