/**
 * Template text left in the string: Atlas and the docs show mongodb+srv://user:<password>@… and
 * <db_password>, <cluster>, <hostname>. The angle brackets are taken literally, so authentication
 * (or DNS) fails with a message that never mentions the template.
 */

import type { UriProblem } from '../../model/connection';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

export function placeholders(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	const { password, hosts, username, database } = ctx.parsed;
	if (password.placeholder) {
		out.push(
			problem(
				URI_IDS.placeholder,
				'error',
				`The password is still the placeholder ${password.placeholder}`,
				`Replace ${password.placeholder}, angle brackets included, with the database user’s password (percent-encoded if it contains : / ? # [ ] @ or %). As it is, authentication fails.`,
				{
					citation: 'Seed 001 (connection string examples); MongoDB Atlas connection string template',
					remedies: ['fix-uri-options']
				}
			)
		);
	}
	const parts = [
		...hosts.map((h) => ({ what: 'host', text: h.host })),
		...(username ? [{ what: 'user name', text: username }] : []),
		...(database ? [{ what: 'database name', text: database }] : [])
	];
	for (const part of parts) {
		const m = /<[^<>]{1,40}>/.exec(part.text);
		if (!m) continue;
		out.push(
			problem(
				URI_IDS.placeholder,
				'error',
				`The ${part.what} still contains the placeholder ${m[0]}`,
				`Replace ${m[0]}, angle brackets included, with the real ${part.what}.`,
				{
					citation: 'MongoDB Atlas connection string template',
					evidence: [part.text],
					remedies: ['fix-uri-options']
				}
			)
		);
	}
	return out;
}
