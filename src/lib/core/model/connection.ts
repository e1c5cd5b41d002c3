/**
 * What the connection-string doctor says about one connection string. Everything here is plain
 * data (it survives JSON.stringify / structuredClone) and never holds a password: secrets are
 * replaced by REDACTED before any value lands in these types.
 */

import type { Severity, SubjectAltName } from './common';

/** The marker every output uses in place of a password or other secret. */
export const REDACTED = '****';

/** 'uri' for mongodb:// and mongodb+srv://, 'python' for a MongoClient(...) call. */
export type ConnectionStringForm = 'uri' | 'python';

/** Where a connection string sits in pasted text. Offsets are UTF-16 code units, end exclusive. */
export interface ConnectionStringSpan {
	form: ConnectionStringForm;
	/** The text exactly as pasted, password included: hand it to analysis only, never to output. */
	raw: string;
	start: number;
	end: number;
}

export interface UriHost {
	/** The host as written (lower-cased, IPv6 without brackets, a socket path decoded). */
	host: string;
	port?: number;
	kind: 'dns' | 'ipv4' | 'ipv6' | 'unix-socket';
}

/** The clients whose behaviour the doctor models. */
export type ClientId = 'pymongo-3' | 'pymongo-4' | 'node';

/** One option as the person set it, with secrets already redacted. */
export interface UriOptionView {
	/** The name as written, case preserved (tlsCAfile, ssl_cert_reqs, …). */
	written: string;
	/** The canonical spelling when the name is known (tlsCAFile), or undefined. */
	canonical?: string;
	/** The value for display: decoded text, a Python literal, or Python code for an expression. */
	value: string;
	/** In the URI query, or a MongoClient keyword argument. */
	source: 'uri' | 'keyword';
}

/** The TLS settings the client ends up with, the way PyMongo 4 works them out. */
export interface EffectiveTlsSettings {
	/** Whether the client will speak TLS; undefined when the settings contradict each other. */
	enabled: boolean | undefined;
	/** Why, in a few words: "tls=true", "mongodb+srv:// turns it on", "tlsCAFile implies it", … */
	reason: string;
	caFile?: string;
	certificateKeyFile?: string;
	/** PyMongo 3's separate private-key file (ssl_keyfile). */
	keyFile?: string;
	/** Whether a key-file password was given (never the password itself). */
	certificateKeyFilePassword: boolean;
	crlFile?: string;
	allowInvalidCertificates: boolean;
	allowInvalidHostnames: boolean;
	disableOcspEndpointCheck: boolean;
	insecure: boolean;
	/** How each value came about, one line per step, in order. */
	derivation: string[];
}

/** One thing wrong with (or worth knowing about) a connection string; each becomes one finding. */
export interface UriProblem {
	/** The finding id: uri.invalid, uri.conflicting-tls-options, … */
	id: string;
	severity: Severity;
	title: string;
	detail: string;
	evidence: string[];
	/** Clients that refuse this outright, so the UI can say which ones. */
	rejectedBy?: ClientId[];
	/** A more specific source than the rule's general citation. */
	citation?: string;
	/** Overrides the rule's remedies when this case needs different ones. */
	remedies?: string[];
}

/** A field to fill in MongoDB Compass: New Connection → Advanced Connection Options. */
export interface CompassField {
	tab: 'General' | 'Authentication' | 'TLS/SSL' | 'Advanced';
	/** The label exactly as Compass shows it. */
	field: string;
	value: string;
	/** Set for fields that weaken security, saying what they expose. */
	warning?: string;
}

export interface NodeDriverOutput {
	/** The connection string to pass, TLS settings moved to the options; undefined when it is a variable in the pasted code. */
	uri?: string;
	/** The options object as data (paths and booleans only: secrets are left out). */
	options: Record<string, string | number | boolean>;
	/** A JavaScript snippet that creates the client. */
	code: string;
}

/** The same settings, corrected, for every client. Passwords appear only as a placeholder, an environment variable or a prompt. */
export interface ConnectionStringOutputs {
	/** The corrected settings every output below is written from; remedies edit these (never the text). */
	connection: PersonConnection;
	/** The corrected connection string (works with PyMongo 4, the Node driver, mongosh and Compass), or undefined when the host is a variable. */
	uri?: string;
	/** A Python snippet: MongoClient with the TLS settings as keyword arguments. */
	python: string;
	node: NodeDriverOutput;
	/** A POSIX shell command line for mongosh; it prompts for the password. */
	mongosh: string;
	compass: CompassField[];
}

/** Where a connection string points and as whom: what a corrected string must keep as it was. */
export interface ConnectionTarget {
	srv: boolean;
	/** Hosts as written; for mongodb+srv:// the single SRV name. Empty when the host is a Python variable. */
	hosts: UriHost[];
	/** The host came from a Python expression (a variable), so hosts is empty. */
	hostExpression?: string;
	username?: string;
	hasPassword: boolean;
	database?: string;
}

/** One option's value after correction. */
export type ConnectionOptionValue =
	| { kind: 'bool'; value: boolean }
	| { kind: 'text'; text: string }
	| { kind: 'number'; text: string }
	/** Python code (a variable, certifi.where()): usable in the Python snippet only. */
	| { kind: 'code'; text: string }
	/** A secret: rendered as a placeholder or an environment variable, never as a value. */
	| { kind: 'secret' };

export interface ConnectionOption {
	/** The canonical name (tlsCAFile, replicaSet, authSource, …). */
	name: string;
	value: ConnectionOptionValue;
	tls: boolean;
	clients: readonly ClientId[];
}

/**
 * The person's connection as every snippet writes it: where it points and as whom (the SRV name or
 * the whole seed list), with every option they set. A remedy changes it by editing options, so
 * its snippets keep the rest exactly as it was.
 */
export interface PersonConnection extends ConnectionTarget {
	/** The tls value to write, or undefined to leave it out (mongodb+srv:// default, or no TLS). */
	tls?: boolean;
	/** Canonical names: TLS options first in a fixed order, then the rest as given. */
	options: ConnectionOption[];
}

export interface ConnectionStringAnalysis extends ConnectionTarget {
	form: ConnectionStringForm;
	/** The input with every secret replaced by REDACTED. */
	redacted: string;
	/** True when the connection string parsed without errors (problems may still be reported). */
	valid: boolean;
	options: UriOptionView[];
	tls: EffectiveTlsSettings;
	problems: UriProblem[];
	/** Undefined only when nothing could be read at all (e.g. the scheme is wrong). */
	outputs?: ConnectionStringOutputs;
	/** What the corrected outputs changed compared with the input, one line each. */
	changes: string[];
}

/** What analysis may be told besides the text: the server certificate's names, when one was pasted. */
export interface AnalyzeConnectionStringOptions {
	certificateSans?: SubjectAltName[];
	certificateCommonName?: string;
	/** How to refer to the certificate in messages, e.g. its common name. */
	certificateName?: string;
}

/** One connection string of the input, analysed: what the report holds for it. */
export interface ConnectionReport {
	/** The connection-string item's id. */
	item: string;
	analysis: ConnectionStringAnalysis;
	/** The server certificate the hosts were compared with, when one was pasted. */
	certificate?: { item: string; names: string[] };
	/** The ids of the findings made from this connection string's problems, in order. */
	findings: string[];
}
