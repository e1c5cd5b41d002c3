/** One line that says what TLS will actually do, for the report's reader who skims. */

import type { UriProblem } from '../../model/connection';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

/** Control characters (a Python "\\n" in a Windows path) shown as escapes, so a title stays one line. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const visible = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

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
					: `, verifying the server against ${tls.caFile ? visible(tls.caFile) : 'the default CA store'}`;
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
