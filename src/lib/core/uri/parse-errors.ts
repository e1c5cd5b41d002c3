/**
 * mongodb-connection-string-url's errors in plain words. The parser only ever sees the redacted
 * string, so its messages can be quoted without revealing a password.
 */

import type { ClientId, UriProblem } from '../model/connection';
import { URI_IDS, problem } from './problem';

const SPEC = 'MongoDB Connection String spec (specifications: connection-string/connection-string-spec.md)';
const EVERYONE: ClientId[] = ['pymongo-3', 'pymongo-4', 'node'];

interface Explanation {
	title: string;
	detail: string;
	citation?: string;
}

function explain(message: string): Explanation {
	if (message.startsWith('Invalid scheme')) {
		return {
			title: 'The connection string does not start with mongodb:// or mongodb+srv://',
			detail: 'Every MongoDB driver requires one of these two schemes, in lower case, followed by the host list.'
		};
	}
	if (message === 'URI contained empty userinfo section') {
		return {
			title: 'There is an "@" but no user name before it',
			detail:
				'The part before "@" is the user name and password. Either remove the "@" (no authentication), or put the user name in front of it; ' +
				'an empty user name is refused.'
		};
	}
	if (message.startsWith('Username contains unescaped characters')) {
		return {
			title: 'The user name contains characters that must be percent-encoded',
			detail:
				'In a connection string the user name and password cannot contain : / ? # [ ] @ as they are; write them percent-encoded ' +
				'(@ is %40, : is %3A, / is %2F). In Python, urllib.parse.quote_plus() does this; in JavaScript, encodeURIComponent().'
		};
	}
	if (message === 'mongodb+srv URI cannot have multiple service names') {
		return {
			title: 'A mongodb+srv:// string names more than one host',
			detail:
				'With mongodb+srv:// you give exactly one DNS name, and the driver looks up its SRV record to find the servers. ' +
				'To list several hosts yourself, use mongodb:// (and add tls=true, which mongodb+srv:// turned on for you).',
			citation: 'Initial DNS Seedlist Discovery spec; PyMongo uri_parser: "mongodb+srv:// URIs must include one, and only one, hostname"'
		};
	}
	if (message === 'mongodb+srv URI cannot have port number') {
		return {
			title: 'A mongodb+srv:// string has a port number',
			detail:
				'The SRV record supplies the port of every server, so mongodb+srv:// hosts take no port. Remove ":port", ' +
				'or use mongodb://host:port with tls=true if you meant to reach one server directly.',
			citation: 'Initial DNS Seedlist Discovery spec; PyMongo uri_parser: "mongodb+srv:// URIs must not include a port number"'
		};
	}
	if (message === 'Protocol and host list are required in the uri') {
		return { title: 'The connection string has no host', detail: 'Put at least one host name (or IP address) right after "://".' };
	}
	if (message === 'URI malformed') {
		return {
			title: 'A "%" in the user name is not followed by two hexadecimal digits',
			detail: 'A "%" starts an escape such as %40. A literal % in a user name or password must itself be written %25.'
		};
	}
	if (message.startsWith('Invalid URL')) {
		return {
			title: 'The part after the host list is not valid',
			detail: 'After the hosts comes "/", an optional database name, then "?" and the options. Something in that part cannot be read.'
		};
	}
	return {
		title: 'The connection string cannot be parsed',
		detail:
			'Its overall shape should be mongodb://user:password@host1:port,host2:port/database?option=value&option=value. ' +
			'An "@" after the host list usually means the password contains an unescaped "@".'
	};
}

export function parseErrorProblem(error: unknown): UriProblem {
	const message = error instanceof Error ? error.message : String(error);
	const { title, detail, citation } = explain(message);
	return problem(URI_IDS.invalid, 'error', title, detail, {
		evidence: [`mongodb-connection-string-url: ${message}`],
		rejectedBy: EVERYONE,
		citation: citation ?? SPEC
	});
}
