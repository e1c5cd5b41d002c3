/**
 * The same option given twice. In a URI the Node driver refuses it ("URI option … cannot appear
 * more than once"), PyMongo warns ("Duplicate URI option") and keeps the last. A keyword argument
 * replaces the same option from the URI without any warning (MongoClient: opts.update(keyword_opts)).
 */

import type { UriProblem } from '../../model/connection';
import { textOf } from '../parsed';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION =
	'MongoDB Connection String spec, "Repeated keys"; pymongo/uri_parser.py _parse_options; mongodb (Node) lib/connection_string.js';

export function duplicateOptions(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	const groups = new Map<string, typeof ctx.settings.all>();
	for (const r of ctx.settings.all) {
		const key = r.option.written.toLowerCase();
		if (key === 'readpreferencetags') continue;
		const group = groups.get(key);
		// Pushed, not copied: a string repeating one option thousands of times stays linear.
		if (group) group.push(r);
		else groups.set(key, [r]);
	}
	for (const entries of groups.values()) {
		const inUri = entries.filter((r) => r.option.source === 'uri');
		const keyword = entries.find((r) => r.option.source === 'keyword');
		if (inUri.length > 1) {
			const values = inUri.map((r) => `${r.option.written}=${textOf(r.option.value)}`);
			out.push(
				problem(
					URI_IDS.duplicateOption,
					'warning',
					`${inUri[0].option.written} appears ${inUri.length} times in the URI`,
					`The Node driver, mongosh and Compass refuse a repeated option; PyMongo warns and uses the last one (${values[values.length - 1]}). Keep one.`,
					{ rejectedBy: ['node'], citation: CITATION, evidence: values }
				)
			);
		}
		const last = inUri.at(-1);
		if (keyword && last && textOf(last.option.value).toLowerCase() !== textOf(keyword.option.value).toLowerCase()) {
			out.push(
				problem(
					URI_IDS.duplicateOption,
					'info',
					`The keyword argument ${keyword.option.written} overrides ${last.option.written} in the URI`,
					`PyMongo uses the keyword argument (${keyword.option.written}=${textOf(keyword.option.value)}) and ignores ${last.option.written}=${textOf(last.option.value)} from the URI. ` +
						'Setting it in one place avoids surprises.',
					{
						citation: 'pymongo/mongo_client.py MongoClient.__init__ (keyword options override URI options)',
						evidence: [`${last.option.written}=${textOf(last.option.value)}`, `${keyword.option.written}=${textOf(keyword.option.value)}`]
					}
				)
			);
		}
	}
	return out;
}
