/** One line that says what TLS will actually do, for the report's reader who skims. */

import type { UriProblem } from '../model';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

export function effectiveSummary(ctx: ProblemContext): UriProblem[] {
	const { tls, parsed } = ctx;
	const state = tls.enabled === true ? 'on' : tls.enabled === false ? 'off' : 'undecided';
	const checks =
		tls.enabled !== true
			? ''
			: tls.insecure || tls.allowInvalidCertificates
				? ', without verifying the server'
				: tls.allowInvalidHostnames
					? ', verifying the certificate but not the host name'
					: `, verifying the server against ${tls.caFile ? tls.caFile : 'the default CA store'}`;
	const evidence = [...tls.derivation];
	if (parsed.hostExpression)
		evidence.push(`The host comes from the Python expression ${parsed.hostExpression}; paste its value to have it checked too`);
	return [
		problem(URI_IDS.effectiveTls, 'info', `TLS is ${state} (${tls.reason})${checks}`, evidence.join('. ') + '.', {
			citation: 'pymongo/client_options.py _parse_ssl_options; seed 001',
			evidence,
			remedies: []
		})
	];
}
