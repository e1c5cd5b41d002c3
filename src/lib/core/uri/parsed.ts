/**
 * The parsed form both readers (URI and Python call) produce, before any judgement. It never holds
 * a password: the readers replace it with REDACTED before parsing, and keep only facts about it.
 */

import type { ConnectionStringForm, UriHost, UriProblem } from '../model/connection';
import type { PythonString } from './python-string';

/** An option value as it was given. */
export type OptionValue =
	/** Text from the URI (already percent-decoded) or a Python str literal. */
	| { kind: 'text'; text: string; python?: PythonString }
	| { kind: 'bool'; value: boolean }
	| { kind: 'number'; text: string }
	| { kind: 'none' }
	/** Python code that is not a literal (a variable, ssl.CERT_NONE, certifi.where()). */
	| { kind: 'code'; text: string };

export interface ParsedOption {
	/** The name as written. */
	written: string;
	value: OptionValue;
	source: 'uri' | 'keyword';
	/** For URI options: the value exactly as typed, before percent-decoding. */
	rawValue?: string;
}

/** Facts about the password that checks may use without ever seeing it. */
export interface PasswordFacts {
	present: boolean;
	/** Still the template text from Atlas or the docs, e.g. <password> or <db_password>. */
	placeholder?: string;
	/** Contains characters that must be percent-encoded (: / ? # [ ] @) or a stray %. */
	needsEscaping: boolean;
	/** Given as a Python keyword argument rather than in the URI. */
	keyword?: boolean;
}

export interface ParsedConnectionString {
	form: ConnectionStringForm;
	/** False when the reader hit an error that a client would refuse. */
	valid: boolean;
	/** Nothing useful could be read (wrong scheme, unreadable call). */
	unreadable: boolean;
	srv: boolean;
	hosts: UriHost[];
	/** Python only: the host argument is code (a variable), so its value is unknown. */
	hostExpression?: string;
	/** Python only: the port= argument, which applies to hosts written without one. */
	defaultPort?: number;
	username?: string;
	password: PasswordFacts;
	database?: string;
	options: ParsedOption[];
	/** Parse errors and reading notes, already phrased as problems. */
	problems: UriProblem[];
	/** URI only: the query used ";" between options (PyMongo accepts it, the Node driver does not). */
	semicolonSeparated?: boolean;
	/** URI only: there was no "/" between the hosts and "?" (PyMongo 3 refuses that). */
	missingSlash?: boolean;
	/** URI only: text after a "#", which the Node driver drops. */
	fragment?: string;
	/** Python only: arguments the doctor cannot see into (**kwargs). */
	hiddenArguments?: string[];
}

/** A value as it would be written in Python source: text as it is, True/False, None. */
export type ShownValue = { kind: 'bool'; value: boolean } | { kind: 'none' } | { text: string };

export function textOf(value: ShownValue): string {
	if ('text' in value) return value.text;
	if (value.kind === 'none') return 'None';
	return value.value ? 'True' : 'False';
}
