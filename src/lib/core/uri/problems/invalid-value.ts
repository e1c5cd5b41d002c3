/**
 * Values a driver does not accept. Booleans must be exactly "true" or "false" in a URI; PyMongo's
 * MongoClient drops an invalid URI value with only a warning ("The value of tls must be 'true' or
 * 'false'"), so tls=True in a URI leaves TLS off, while the Node driver refuses the string
 * ("tls/ssl must be either "true" or "false""). Keyword arguments are checked strictly by
 * PyMongo (pymongo/common.py validate_boolean_or_string).
 */

import type { UriProblem } from '../../model/connection';
import { isNumeric, readBoolean, readCertReqs } from '../option-values';
import { textOf } from '../parsed';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION = 'pymongo/common.py validate_boolean_or_string, validate_readable; mongodb (Node) lib/connection_string.js getBoolean';

function booleanProblem(written: string, shown: string, source: 'uri' | 'keyword', meant: boolean | undefined): UriProblem {
	const fix =
		meant === undefined ? '' : source === 'keyword' ? ` Write ${written}=${meant ? 'True' : 'False'}.` : ` Write ${written}=${meant}.`;
	const effect =
		source === 'keyword'
			? `PyMongo refuses it before connecting (${written} must be True, False, "true" or "false").`
			: `A URI accepts exactly "true" or "false", in lower case. PyMongo’s MongoClient drops this option with only a warning, so the setting is not applied` +
				(written.toLowerCase() === 'tls' || written.toLowerCase() === 'ssl' ? ' — here that means no TLS' : '') +
				'; the Node driver, mongosh and Compass refuse the connection string.';
	return problem(URI_IDS.invalidValue, 'error', `${written}=${shown} is not a valid value`, `${effect}${fix}`, {
		rejectedBy: source === 'keyword' ? ['pymongo-3', 'pymongo-4'] : ['node'],
		citation: CITATION,
		evidence: [`${written}=${shown}`]
	});
}

export function invalidValues(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	for (const { option, spec } of ctx.settings.all) {
		if (!spec) continue;
		const shown = option.value.kind === 'text' && option.source === 'keyword' ? JSON.stringify(option.value.text) : textOf(option.value);
		if (spec.type === 'boolean') {
			const read = readBoolean(option.value);
			if (read.ok === false) out.push(booleanProblem(option.written, shown, option.source, read.meant));
			continue;
		}
		if (spec.name === 'ssl_cert_reqs') {
			if (option.value.kind !== 'none' && option.value.kind !== 'code' && readCertReqs(option.value) === undefined) {
				out.push(
					problem(
						URI_IDS.invalidValue,
						'error',
						`${option.written}=${shown} is not a valid value`,
						'ssl_cert_reqs takes CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED (from Python’s ssl module).',
						{
							rejectedBy: ['pymongo-3'],
							citation: 'pymongo 3.11 ssl_support.py validate_cert_reqs',
							evidence: [`${option.written}=${shown}`]
						}
					)
				);
			}
			continue;
		}
		if (spec.type === 'integer' && !isNumeric(option.value)) {
			out.push(
				problem(URI_IDS.invalidValue, 'error', `${option.written}=${shown} is not a number`, `${spec.name} takes a number.`, {
					rejectedBy: option.source === 'keyword' ? ['pymongo-3', 'pymongo-4'] : ['node'],
					citation: CITATION,
					evidence: [`${option.written}=${shown}`]
				})
			);
			continue;
		}
		if (
			option.source === 'uri' &&
			option.value.kind === 'text' &&
			option.value.text === '' &&
			option.written.toLowerCase() !== 'readpreferencetags'
		) {
			out.push(
				problem(
					URI_IDS.invalidValue,
					'error',
					`${option.written} has an empty value`,
					`The Node driver refuses an option with no value ("URI option ${option.written} cannot be specified with no value")` +
						(spec.type === 'path' ? ', and PyMongo tries to open a file with an empty name.' : '.') +
						' Give it a value or remove it.',
					{ rejectedBy: ['node'], citation: CITATION, evidence: [`${option.written}=`] }
				)
			);
		}
	}
	return out;
}
