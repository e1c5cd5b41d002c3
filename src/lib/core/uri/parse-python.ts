/**
 * Reads a Python MongoClient(...) call the way PyMongo's MongoClient.__init__ does: the first
 * positional argument (or host=) is a URI, a "host:port" list or a list of either; the second (or
 * port=) is the default port; every other keyword argument is an option that overrides the same
 * option in the URI. Values that are code (a variable, certifi.where()) are kept as code.
 */

import { parseHostEntry } from './hosts';
import { REDACTED, type UriHost } from '../model/connection';
import { isSecretOption, PYTHON_KEYWORD_ONLY } from './option-specs';
import { parseUri } from './parse-uri';
import type { OptionValue, ParsedConnectionString } from './parsed';
import { URI_IDS, problem } from './problem';
import { readCall, type PyArg, type PyValue } from './python-call';
import { redactSecretProperties, redactSecretsInText } from './redact';
import { decodePythonStrings, type PythonString } from './python-string';

export interface ParsedPythonCall extends ParsedConnectionString {
	/** The host argument when it was a string literal (for its escape problems). */
	hostString?: PythonString;
}

function withoutSecretProperties(value: OptionValue): OptionValue {
	// The decoded Python string (value.python) holds the secrets too: it is not kept.
	if (value.kind === 'text') return { kind: 'text', text: redactSecretProperties(value.text) };
	if (value.kind === 'code') return { kind: 'code', text: redactSecretProperties(value.text) };
	return value;
}

function toOptionValue(value: PyValue): OptionValue {
	switch (value.kind) {
		case 'str':
			return { kind: 'text', text: value.value, python: value };
		case 'bool':
			return value;
		case 'none':
			return value;
		case 'number':
			return { kind: 'number', text: value.text };
		default:
			return { kind: 'code', text: value.text };
	}
}

/**
 * Strings of a list literal such as ['h1:27017', "h2:27017"], or undefined when it is not one.
 * Scanned by hand, each character once: a string-literal regex retried from every quote of an
 * unclosed string is quadratic.
 */
function listOfStrings(code: string): PythonString[] | undefined {
	if (code.length < 2 || code[0] !== '[' || code[code.length - 1] !== ']') return undefined;
	const inner = code.slice(1, -1);
	const items: string[] = [];
	let i = 0;
	while (i < inner.length) {
		const c = inner[i];
		if (c === ',' || /\s/.test(c)) {
			i++;
			continue;
		}
		const quoteAt = 'rRuU'.includes(c) ? i + 1 : i;
		const quote = inner[quoteAt];
		if (quote !== '"' && quote !== "'") return undefined;
		let k = quoteAt + 1;
		while (k < inner.length && inner[k] !== quote) k += inner[k] === '\\' ? 2 : 1;
		if (k >= inner.length) return undefined;
		items.push(inner.slice(i, k + 1));
		i = k + 1;
	}
	const decoded = items.map((t) => decodePythonStrings([t]));
	return decoded.every((d): d is PythonString => d !== undefined) ? decoded : undefined;
}

function addHosts(out: ParsedPythonCall, text: string): void {
	for (const entry of text.split(',')) {
		const parsed = parseHostEntry(entry.trim());
		if (parsed.ok) out.hosts.push(parsed.host);
		else {
			out.valid = false;
			out.problems.push(
				problem(URI_IDS.invalid, 'error', 'A host passed to MongoClient is not valid', `In the host argument, ${parsed.reason}.`, {
					rejectedBy: ['pymongo-3', 'pymongo-4'],
					citation: 'pymongo/uri_parser.py split_hosts, parse_host',
					evidence: [entry]
				})
			);
		}
	}
}

function mergeUri(out: ParsedPythonCall, uri: string): void {
	const parsed = parseUri(uri, 'python');
	out.valid &&= parsed.valid;
	out.unreadable = parsed.unreadable;
	out.srv = parsed.srv;
	// One at a time: spreading a long list into push() overflows the stack.
	for (const host of parsed.hosts) out.hosts.push(host);
	out.username = parsed.username;
	out.password = parsed.password;
	out.database = parsed.database;
	for (const option of parsed.options) out.options.push(option);
	for (const p of parsed.problems) out.problems.push(p);
	out.semicolonSeparated = parsed.semicolonSeparated;
	out.missingSlash = parsed.missingSlash;
	out.fragment = parsed.fragment;
}

function readHost(out: ParsedPythonCall, arg: PyArg | undefined): void {
	if (!arg || arg.value.kind === 'none') {
		// PyMongo's default: MongoClient.HOST = "localhost", PORT = 27017.
		out.hosts.push({ host: 'localhost', kind: 'dns' });
		return;
	}
	const value = arg.value;
	const strings = value.kind === 'str' ? [value] : value.kind === 'expr' ? listOfStrings(value.text) : undefined;
	if (!strings) {
		// The expression is shown as written, so a connection string inside it (a nested MongoClient
		// call, a URI) loses its secrets first: nothing else scrubs a password from code.
		out.hostExpression = value.kind === 'name' || value.kind === 'expr' ? redactSecretsInText(value.text) : String(value.kind);
		return;
	}
	if (value.kind === 'str') out.hostString = value;
	for (const s of strings) {
		// When escapes mangled the string (a Windows path), read what was typed: that is what was meant,
		// and uri.file-path explains what Python does with it.
		const text = s.syntaxError || s.changedBy.length ? s.typed : s.value;
		if (text.includes('://')) mergeUri(out, text);
		else addHosts(out, text);
	}
}

export function parsePython(raw: string): ParsedPythonCall {
	const out: ParsedPythonCall = {
		form: 'python',
		valid: true,
		unreadable: false,
		srv: false,
		hosts: [],
		password: { present: false, needsEscaping: false },
		options: [],
		problems: []
	};
	const open = raw.indexOf('(');
	const call = open >= 0 ? readCall(raw, open) : undefined;
	if (!call) {
		out.valid = false;
		out.unreadable = true;
		out.problems.push(
			problem(
				URI_IDS.invalid,
				'error',
				'The MongoClient(...) call could not be read',
				'A parenthesis or a quote is not closed, so the arguments cannot be told apart.',
				{
					citation: 'Python reference, Lexical analysis'
				}
			)
		);
		return out;
	}
	const positional = call.args.filter((a) => !a.keyword && !a.splat);
	const keyword = (name: string) => call.args.find((a) => a.keyword?.toLowerCase() === name);
	readHost(out, keyword('host') ?? positional[0]);
	const port = keyword('port') ?? positional[1];
	if (port?.value.kind === 'number' && /^\d+$/.test(port.value.text)) {
		out.defaultPort = Number(port.value.text);
		if (!out.srv)
			out.hosts = out.hosts.map((h): UriHost => (h.port === undefined && h.kind !== 'unix-socket' ? { ...h, port: out.defaultPort } : h));
	}
	const hidden = call.args
		.filter((a) => a.splat)
		.map((a) => `${a.splat}${a.value.kind === 'str' ? a.value.value : 'text' in a.value ? a.value.text : ''}`);
	if (positional.length > 2) hidden.push(`${positional.length - 2} more positional argument(s)`);
	if (hidden.length) out.hiddenArguments = hidden;
	const seen = new Set<string>();
	for (const arg of call.args) {
		if (!arg.keyword) continue;
		const lower = arg.keyword.toLowerCase();
		if (seen.has(arg.keyword)) {
			out.valid = false;
			out.problems.push(
				problem(
					URI_IDS.invalid,
					'error',
					`The keyword argument ${arg.keyword} is given twice`,
					'Python refuses the call before PyMongo runs ("SyntaxError: keyword argument repeated").',
					{
						citation: 'Python reference, Calls'
					}
				)
			);
		}
		seen.add(arg.keyword);
		if (lower === 'host' || lower === 'port') continue;
		if (lower === 'username') {
			if (arg.value.kind === 'str') out.username = arg.value.value;
			continue;
		}
		if (lower === 'password') {
			if (arg.value.kind !== 'none') out.password = { present: true, needsEscaping: false, keyword: true };
			continue;
		}
		if (PYTHON_KEYWORD_ONLY.has(lower)) continue;
		// Secrets never leave this function: their value is replaced here, before anything else sees it.
		// AWS credentials inside authMechanismProperties (a dict or "KEY:value" text) go the same way.
		const value: OptionValue =
			isSecretOption(arg.keyword) && arg.value.kind !== 'none'
				? { kind: 'text', text: REDACTED }
				: lower === 'authmechanismproperties'
					? withoutSecretProperties(toOptionValue(arg.value))
					: toOptionValue(arg.value);
		out.options.push({ written: arg.keyword, value, source: 'keyword' });
	}
	return out;
}
