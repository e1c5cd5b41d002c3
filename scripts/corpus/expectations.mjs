// The top diagnosis an entry of the corpus index should get, from its scenario: the true cause,
// unless the scenario says the client's text cannot show it (expect: [TOP, WHY, HIDDEN?]).
import { HIDDEN } from './scenarios.mjs';

/** The client name of a server's own output in the index. */
export const SERVER_VIEW = 's_server';

export function expectationFor(scenario, clientName) {
	// s_server's own output is the server's side of the scenario (capture.mjs writes it as client "s_server").
	if (clientName === SERVER_VIEW)
		return { top: scenario.serverView.top, ...(scenario.serverView.why ? { why: scenario.serverView.why } : {}) };
	const [top, why, hidden] = scenario.expect?.[clientName] ?? [scenario.cause];
	return { top, ...(why ? { why } : {}), ...(hidden === HIDDEN ? { causeHidden: true } : {}) };
}
