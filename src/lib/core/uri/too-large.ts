/** Says why a connection string is past a bound of limits.ts, before anything parses it in full. */

import { MAX_CONNECTION_STRING_LENGTH, MAX_HOSTS, MAX_OPTIONS } from './limits';
import type { ConnectionStringForm } from '../model/connection';
import { parsePython } from './parse-python';
import { locateUserinfo } from './userinfo';

const count = (n: number) => n.toLocaleString('en-US');

/** Why this connection string is too large to analyse, or undefined when it is not. */
export function tooLargeToAnalyse(raw: string, form: ConnectionStringForm): string | undefined {
	if (raw.length > MAX_CONNECTION_STRING_LENGTH) {
		return `It is ${count(raw.length)} characters long; connection strings longer than ${count(MAX_CONNECTION_STRING_LENGTH)} characters are not analysed (real ones are a few hundred).`;
	}
	const { hosts, options } = form === 'uri' ? countUri(raw) : countPython(raw);
	if (hosts > MAX_HOSTS) {
		return `It lists ${count(hosts)} hosts; connection strings with more than ${MAX_HOSTS} are not analysed (a replica set has at most 50 members).`;
	}
	if (options > MAX_OPTIONS) {
		return `It sets ${count(options)} options; connection strings with more than ${MAX_OPTIONS} are not analysed (there are some 70 options in all).`;
	}
	return undefined;
}

/** Hosts and options of a URI, counted by their separators, before anything parses it. */
function countUri(uri: string): { hosts: number; options: number } {
	const loc = locateUserinfo(uri);
	const from = loc.at >= 0 ? loc.at + 1 : loc.authorityStart;
	const rest = uri.slice(from);
	const stop = rest.search(/[/?]/);
	const hostList = stop < 0 ? rest : rest.slice(0, stop);
	const q = rest.indexOf('?');
	const query = q < 0 ? '' : rest.slice(q + 1);
	return { hosts: separated(hostList, ','), options: separated(query, '&;') };
}

function countPython(raw: string): { hosts: number; options: number } {
	const parsed = parsePython(raw);
	return { hosts: parsed.hosts.length, options: parsed.options.length };
}

/** How many non-empty pieces the separators cut the text into. */
function separated(text: string, separators: string): number {
	let pieces = 0;
	let inPiece = false;
	for (let i = 0; i < text.length; i++) {
		if (separators.includes(text[i])) inPiece = false;
		else if (!inPiece) {
			inPiece = true;
			pieces++;
		}
	}
	return pieces;
}
