// The top diagnosis an entry of the corpus index should get, from its scenario: the true cause,
// unless the scenario says the client's text cannot show it (expect: [TOP, WHY, HIDDEN?]).
import { HIDDEN } from './scenarios.mjs';

export function expectationFor(scenario, clientName) {
	const [top, why, hidden] = scenario.expect?.[clientName] ?? [scenario.cause];
	return { top, ...(why ? { why } : {}), ...(hidden === HIDDEN ? { causeHidden: true } : {}) };
}
