/**
 * Option names a client does not know. PyMongo's MongoClient ignores an unknown URI option with
 * only a warning ("Unknown option tlsCAFiles") and raises ConfigurationError for an unknown
 * keyword argument; pymongo.uri_parser.parse_uri raises for both; the Node driver refuses the whole
 * string ("option tlscafiles is not supported"). An ignored TLS option is the dangerous case: the
 * connection goes ahead without the setting the person believes they made.
 */

import type { ClientId, UriProblem } from '../../model/connection';
import { suggestOption } from '../nearest-option';
import { PYTHON_KEYWORD_ONLY } from '../option-specs';
import { URI_IDS, clientList, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION =
	'pymongo/common.py get_validated_options, raise_config_error ("Unknown option"); mongodb (Node) lib/connection_string.js parseOptions ("is not supported")';
const ALL: ClientId[] = ['pymongo-3', 'pymongo-4', 'node'];

export function unknownOptions(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	for (const { option, spec } of ctx.settings.all) {
		const keyword = option.source === 'keyword';
		if (keyword && PYTHON_KEYWORD_ONLY.has(option.written.toLowerCase())) continue;
		if (!spec) {
			const suggestion = suggestOption(option.written);
			const hint = suggestion
				? suggestion.inverted
					? ` It looks like ${suggestion.name}, with the opposite meaning: ${option.written}=false is ${suggestion.name}=true.`
					: ` Did you mean ${suggestion.name}?`
				: '';
			const effect = keyword
				? 'PyMongo raises ConfigurationError ("Unknown option …") before connecting.'
				: 'PyMongo’s MongoClient only prints a warning and connects without it, so the setting silently does not apply; ' +
					'the Node driver, mongosh and Compass refuse the whole connection string.';
			out.push(
				problem(
					URI_IDS.unknownOption,
					'error',
					`Unknown option "${option.written}"`,
					`No MongoDB driver has an option called ${option.written}. ${effect}${hint}`,
					{
						rejectedBy: keyword ? ['pymongo-3', 'pymongo-4'] : ALL,
						citation: CITATION,
						evidence: [option.written, ...(suggestion ? [`nearest known option: ${suggestion.name}`] : [])]
					}
				)
			);
			continue;
		}
		// Known somewhere, but not to every client. ssl_* names are reported by uri.legacy-option.
		if (spec.aliasOf && !spec.clients.includes('pymongo-4')) continue;
		if (spec.name === 'ssl_keyfile') continue;
		const missing = (keyword ? (['pymongo-3', 'pymongo-4'] as ClientId[]) : ALL).filter((c) => !spec.clients.includes(c));
		if (missing.length === 0) continue;
		const detail =
			spec.clients.length === 0
				? `${spec.name} is in the MongoDB URI options spec, but neither PyMongo nor the Node driver implements it, so both refuse it.`
				: `${spec.name} is understood by ${clientList(spec.clients)} only. ${clientList(missing)} ${missing.length === 1 ? 'does' : 'do'} not know it ` +
					'(PyMongo ignores an unknown URI option with a warning; the Node driver refuses the connection string).';
		out.push(
			problem(
				URI_IDS.unknownOption,
				spec.clients.length === 0 || keyword ? 'error' : 'warning',
				`${option.written} is not supported by ${clientList(missing)}`,
				detail,
				{
					rejectedBy: missing,
					citation: CITATION,
					evidence: [option.written]
				}
			)
		);
	}
	return out;
}
