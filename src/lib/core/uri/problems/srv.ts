/**
 * mongodb+srv:// turns TLS on by default (seed 001; Initial DNS Seedlist Discovery spec), and an
 * explicit tls=false overrides that. Atlas always requires TLS, so tls=false with an Atlas SRV
 * name can only fail. The server certificates are checked against the hosts the SRV record lists,
 * not against the SRV name itself.
 */

import type { UriProblem } from '../../model/connection';
import { knownBoolean } from '../option-values';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION = 'Seed 001 (+srv enables TLS); MongoDB Initial DNS Seedlist Discovery spec; pymongo/uri_parser.py parse_uri';

export function srvImpliesTls(ctx: ProblemContext): UriProblem[] {
	if (!ctx.parsed.srv) return [];
	const explicit = ctx.settings.get('tls') ?? ctx.settings.get('ssl');
	const name = ctx.parsed.hosts[0]?.host ?? 'the SRV name';
	if (explicit && knownBoolean(explicit.option.value) === false) {
		const atlas = /\.mongodb\.net$/i.test(name);
		return [
			problem(
				URI_IDS.srvImpliesTls,
				'warning',
				`${explicit.option.written}=false turns off the TLS that mongodb+srv:// would use`,
				'A mongodb+srv:// string uses TLS unless told otherwise, and this one says otherwise. ' +
					(atlas
						? 'Atlas clusters only accept TLS connections, so this cannot work: remove it.'
						: 'Remove it unless the servers really do not use TLS.'),
				{ citation: CITATION, evidence: [`${explicit.option.written}=false`], remedies: ['enable-tls-in-client', 'fix-uri-options'] }
			)
		];
	}
	return [
		problem(
			URI_IDS.srvImpliesTls,
			'info',
			'mongodb+srv:// turns TLS on',
			`With mongodb+srv:// the driver uses TLS without tls=true. It looks up the SRV record _mongodb._tcp.${name} to find the servers, ` +
				'and each server’s certificate must name the host the record points to (not the SRV name itself).',
			{ citation: CITATION }
		)
	];
}
