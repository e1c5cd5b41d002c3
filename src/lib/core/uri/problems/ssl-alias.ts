/** ssl is the old name of tls (pymongo/common.py URI_OPTIONS_ALIAS_MAP: 'tls': ['ssl']). */

import type { UriProblem } from '../../model/connection';
import { textOf } from '../parsed';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

export function sslAlias(ctx: ProblemContext): UriProblem[] {
	const ssl = ctx.settings.get('ssl');
	if (!ssl) return [];
	return [
		problem(
			URI_IDS.sslAlias,
			'info',
			`${ssl.option.written} is the old name of tls`,
			'Every current driver still accepts ssl and treats it exactly like tls (TLS replaced SSL long ago; the setting is the same). ' +
				'The corrected connection string uses tls.',
			{
				citation: 'pymongo/common.py URI_OPTIONS_ALIAS_MAP; MongoDB URI Options spec',
				evidence: [`${ssl.option.written}=${textOf(ssl.option.value)}`]
			}
		)
	];
}
