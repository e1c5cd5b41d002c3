/**
 * Reads a mongodb:// or mongodb+srv:// string with mongodb-connection-string-url, the parser the
 * Node driver, mongosh and Compass use. The password is replaced by **** before the parser sees
 * the string, so nothing downstream can leak it; what matters about it (present, a template
 * placeholder, needs escaping) is recorded first. When strict parsing fails, the error becomes a
 * problem and a lenient parse still reads hosts and options, so the rest of the analysis can help.
 */

import ConnectionString from 'mongodb-connection-string-url';
import type { ClientId, ConnectionStringForm, UriHost } from '../model/connection';
import { hostText, parseHostEntry } from './hosts';
import { parseErrorProblem } from './parse-errors';
import type { ParsedConnectionString, ParsedOption, PasswordFacts } from './parsed';
import { URI_IDS, problem } from './problem';
import { redactUri } from './redact';
import { locateUserinfo, rawPassword } from './userinfo';

const SCHEME = /^mongodb(\+srv)?:\/\//;
const PYMONGO: ClientId[] = ['pymongo-3', 'pymongo-4'];

function passwordFacts(uri: string): PasswordFacts {
	const raw = rawPassword(uri);
	if (raw === undefined) return { present: false, needsEscaping: false };
	let decoded = raw;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		// A stray % is reported through needsEscaping.
	}
	const placeholder = /^<[^<>]{1,40}>$/.test(decoded) ? decoded : undefined;
	const needsEscaping = !placeholder && (/[:/?#[\]@]/.test(raw) || /%(?![0-9a-fA-F]{2})/.test(raw));
	return { present: true, needsEscaping, ...(placeholder ? { placeholder } : {}) };
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function emptyParse(form: ConnectionStringForm): ParsedConnectionString {
	return {
		form,
		valid: false,
		unreadable: true,
		srv: false,
		hosts: [],
		password: { present: false, needsEscaping: false },
		options: [],
		problems: []
	};
}

/** The query as typed (after "?", a "#" and what follows included, as PyMongo reads it), from the redacted string. */
function rawQuery(uri: string): string {
	const loc = locateUserinfo(uri);
	const afterAuth = uri.slice(loc.at >= 0 ? loc.at + 1 : loc.authorityStart);
	const q = afterAuth.indexOf('?');
	return q < 0 ? '' : afterAuth.slice(q + 1);
}

function readOptions(cs: ConnectionString, query: string, out: ParsedConnectionString): void {
	const semicolons = query.includes(';');
	const ampersands = query.includes('&');
	if (semicolons && ampersands) {
		out.valid = false;
		out.problems.push(
			problem(
				URI_IDS.invalid,
				'error',
				'The options are separated by both "&" and ";"',
				'Use "&" between every option. PyMongo refuses a mix ("Can not mix \'&\' and \';\' for option separators").',
				{
					rejectedBy: PYMONGO,
					citation: 'pymongo/uri_parser.py split_options',
					evidence: [`?${query}`]
				}
			)
		);
	}
	// PyMongo accepts ";" alone as the separator and keeps a "#" as part of a value; in those cases read
	// the options its way (form decoding, as both drivers do), and report what the Node driver does instead.
	const pymongoWay = (semicolons && !ampersands) || cs.hash !== '';
	// The platform's URLSearchParams over the parsed URL's own query is cs.searchParams, entry for
	// entry; whatwg-url's iterator copies the whole list at every step, quadratic in the options.
	const entries = pymongoWay
		? [...new URLSearchParams(semicolons && !ampersands ? query.replace(/;/g, '&') : query)]
		: [...new URLSearchParams(cs.search)];
	if (semicolons && !ampersands) out.semicolonSeparated = true;
	const rawPairs = query === '' ? [] : query.split(semicolons && !ampersands ? ';' : '&');
	entries.forEach(([key, value], i) => {
		const option: ParsedOption = { written: key, value: { kind: 'text', text: value }, source: 'uri' };
		const pair = rawPairs.length === entries.length ? rawPairs[i] : undefined;
		if (pair !== undefined) {
			const eq = pair.indexOf('=');
			option.rawValue = eq < 0 ? '' : pair.slice(eq + 1);
			if (eq < 0) {
				out.problems.push(
					problem(
						URI_IDS.invalid,
						'error',
						`The option "${key}" has no "=value"`,
						'Every option is written name=value. PyMongo refuses a bare name, and the Node driver refuses an empty value.',
						{
							rejectedBy: ['pymongo-3', 'pymongo-4', 'node'],
							citation: 'pymongo/uri_parser.py _parse_options ("MongoDB URI options are key=value pairs"); MongoDB Connection String spec',
							evidence: [pair]
						}
					)
				);
			} else if (pair.indexOf('=', eq + 1) >= 0) {
				out.problems.push(
					problem(
						URI_IDS.invalid,
						'error',
						`The value of "${key}" contains an unencoded "="`,
						'PyMongo splits each option on "=" and refuses one with two of them ("MongoDB URI options are key=value pairs"). Write "=" inside a value as %3D.',
						{ rejectedBy: PYMONGO, citation: 'pymongo/uri_parser.py _parse_options', evidence: [pair] }
					)
				);
			}
		}
		out.options.push(option);
	});
}

export function parseUri(input: string, form: ConnectionStringForm = 'uri'): ParsedConnectionString {
	const raw = input.trim();
	const scheme = SCHEME.exec(raw);
	if (!scheme) {
		const out = emptyParse(form);
		out.problems.push(
			parseErrorProblem(new Error('Invalid scheme, expected connection string to start with "mongodb://" or "mongodb+srv://"'))
		);
		return out;
	}
	const password = passwordFacts(raw);
	const redacted = redactUri(raw);
	const out: ParsedConnectionString = { ...emptyParse(form), valid: true, unreadable: false, srv: Boolean(scheme[1]), password };
	let cs: ConnectionString;
	try {
		cs = new ConnectionString(redacted);
	} catch (error) {
		out.valid = false;
		out.problems.push(parseErrorProblem(error));
		try {
			cs = new ConnectionString(redacted, { looseValidation: true });
		} catch {
			out.unreadable = true;
			return out;
		}
	}
	if (password.needsEscaping) {
		out.valid = false;
		out.problems.push(
			problem(
				URI_IDS.invalid,
				'error',
				'The password contains characters that must be percent-encoded',
				'In a connection string a password cannot contain : / ? # [ ] @ or a lone % as they are: they would be read as part of the ' +
					'structure. Percent-encode them (@ is %40, : is %3A, / is %2F, ? is %3F, # is %23, % is %25); in Python use ' +
					'urllib.parse.quote_plus(password), in JavaScript encodeURIComponent(password). Or pass the password separately ' +
					'(PyMongo: password=…, Node: auth: { password }), where no encoding is needed. The password itself is not shown here.',
				{
					rejectedBy: ['pymongo-3', 'pymongo-4', 'node'],
					citation:
						'RFC 3986 §3.2.1; pymongo/uri_parser.py parse_userinfo; mongodb-connection-string-url ("Password contains unescaped characters")'
				}
			)
		);
	}
	out.srv = cs.isSRV;
	if (cs.username) out.username = decode(cs.username);
	const db = cs.pathname.replace(/^\//, '');
	if (db) out.database = decode(db);
	const hosts: UriHost[] = [];
	for (const entry of cs.hosts) {
		const parsed = parseHostEntry(entry);
		if (parsed.ok) hosts.push(parsed.host);
		else {
			out.valid = false;
			out.problems.push(
				problem(URI_IDS.invalid, 'error', 'A host in the host list is not valid', `In the host list, ${parsed.reason}.`, {
					rejectedBy: ['pymongo-3', 'pymongo-4', 'node'],
					citation: 'pymongo/uri_parser.py parse_host, split_hosts; Node driver HostAddress.fromString',
					evidence: [entry]
				})
			);
		}
	}
	out.hosts = hosts;
	const loc = locateUserinfo(redacted);
	const afterAuth = redacted.slice(loc.at >= 0 ? loc.at + 1 : loc.authorityStart);
	const firstSep = afterAuth.search(/[/?]/);
	out.missingSlash = firstSep >= 0 && afterAuth[firstSep] === '?';
	readOptions(cs, rawQuery(redacted), out);
	if (cs.hash) {
		out.fragment = cs.hash;
		out.problems.push(
			problem(
				URI_IDS.invalid,
				'error',
				'The connection string contains a "#"',
				'In a URL, "#" starts a fragment: the Node driver, mongosh and Compass silently drop it and everything after it, while PyMongo ' +
					'keeps it as part of the last value. A "#" inside a file path or password must be written %23.',
				{ citation: 'RFC 3986 §3.5; WHATWG URL (used by mongodb-connection-string-url)', evidence: [`dropped: ${cs.hash}`] }
			)
		);
	}
	if (out.missingSlash) {
		out.problems.push(
			problem(
				URI_IDS.invalid,
				'warning',
				'There is no "/" between the hosts and the "?"',
				'PyMongo 3 refuses this ("A \'/\' is required between the host list and any options"); PyMongo 4 and the Node driver accept it. ' +
					`Write ${hosts.map(hostText).join(',') || 'host'}/?… to work everywhere.`,
				{ rejectedBy: ['pymongo-3'], citation: 'pymongo 3.x uri_parser.py parse_uri; MongoDB Connection String spec' }
			)
		);
	}
	return out;
}
