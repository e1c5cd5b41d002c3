/**
 * The person's values, or clear placeholders when we do not know them. Placeholders are shell-safe
 * words (YOUR_HOST) and conventional paths (/path/to/ca.pem), so every rendered command still
 * parses; the renderer lists the ones left in each step so the page can highlight them.
 */

import { encodeQueryValue } from '../uri/outputs/encode';
import { buildUri, portable } from '../uri/outputs/uri';
import { PASSWORD_NOTE, PASSWORD_PLACEHOLDER } from '../uri/outputs/values';
import { editConnection, replaceHost, type OptionEdit } from '../uri/edit';
import { checkHost } from '../syntax/host';
import { isIpLiteral } from '../names/ip';
import type { ConnectionOption, PersonConnection, UriHost } from '../model/connection';
import type { RenderContext } from './remedy';
import { connectionString, type ConnectionString } from '../syntax/template';

export { HOST_PLACEHOLDER } from './facts';
import { HOST_PLACEHOLDER } from './facts';
export const PYTHON_VERSION_PLACEHOLDER = 'YOUR_PYTHON_VERSION';
export const SUBJECT_PLACEHOLDER = 'YOUR_CLIENT_CERTIFICATE_SUBJECT';
export const DEFAULT_PORT = 27017;

/** Tokens that mark a placeholder in rendered text. */
const PLACEHOLDER_PATTERN = /\bYOUR_[A-Z0-9_]+\b|(?:C:[\\/]path[\\/]to[\\/]|\/path\/to\/)[\w.-]+/g;

export function placeholdersIn(text: string): string[] {
	return [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];
}

export const hostOf = (c: RenderContext): string => c.facts.host ?? HOST_PLACEHOLDER;
/** Whose certificate a renewal or reissue is for: the server's unless the context or a server log says otherwise (facts.ts). */
export const roleOf = (c: RenderContext) => c.facts.certificateRole ?? 'server';
export const portOf = (c: RenderContext): number => c.facts.port ?? DEFAULT_PORT;

/** host:port, with brackets around an IPv6 address. */
export function hostPortOf(c: RenderContext): string {
	const host = hostOf(c);
	return `${host.includes(':') ? `[${host}]` : host}:${portOf(c)}`;
}

/** The environment variable snippets read the person's own connection string from when none was pasted. */
export const URI_ENV = 'MONGODB_URI';

/**
 * The person's connection with the remedy's change applied as an option edit, or undefined when
 * no connection string was pasted. Hosts from error text or s_client never stand in for one (see
 * RemedyFacts.connection): a snippet then reads the person's own string from MONGODB_URI.
 */
export function connectionOf(c: RenderContext, edit: OptionEdit = {}): PersonConnection | undefined {
	return c.facts.connection ? editConnection(c.facts.connection, edit) : undefined;
}

export interface UriWriting {
	/** 'placeholder' writes user:YOUR_PASSWORD@ (and a note says to put it back); 'omit' leaves it for the client to ask. */
	password?: 'placeholder' | 'omit';
	/** The client the string is for: options it does not know are left out. Undefined: what PyMongo 4 and Node both accept. */
	client?: 'pymongo-4' | 'node';
	/** Leave tls=… out (the snippet passes it separately). */
	noTls?: boolean;
}

/** The connection as text; options the client does not know are left out unless the remedy set them. */
function writeConnection(connection: PersonConnection, edited: ReadonlySet<string>, w: UriWriting): string | undefined {
	const include = (o: ConnectionOption) => edited.has(o.name.toLowerCase()) || (w.client ? o.clients.includes(w.client) : portable(o));
	return buildUri(connection, { password: w.password ?? 'placeholder', tls: !w.noTls, include });
}

/**
 * The person's connection string with the change, for copying, or undefined when there is none to
 * write (none pasted, or its host is a Python variable).
 */
export function connectionUriOf(c: RenderContext, edit: OptionEdit = {}, w: UriWriting = {}): ConnectionString | undefined {
	const connection = connectionOf(c, edit);
	if (!connection) return undefined;
	const text = writeConnection(connection, new Set(Object.keys(edit).map((k) => k.toLowerCase())), w);
	return text !== undefined ? connectionString(text) : undefined;
}

/**
 * The context for steps that connect to `name` instead of the host the certificate did not match:
 * in the person's connection only that host changes (a seed list keeps its other members, its
 * replicaSet and options). Without a pasted string, or when the dialled host is not one of its
 * entries (an SRV name), the name is the one host, with the person's user and options kept.
 */
export function dialling(c: RenderContext, name: string): RenderContext {
	const checked = checkHost(name);
	// A placeholder (NAME_ON_CERTIFICATE, YOUR_SERVER_IP) stays in capitals so the page marks it.
	const to: UriHost = /^[A-Z][A-Z0-9_]*$/.test(name)
		? { host: name, kind: 'dns' }
		: checked.ok
			? { host: checked.host, kind: checked.kind }
			: { host: HOST_PLACEHOLDER, kind: 'dns' };
	const port = c.facts.port;
	const base: PersonConnection = c.facts.connection ?? { srv: false, hosts: [], hasPassword: false, options: [] };
	const replaced = c.facts.connection ? replaceHost(c.facts.connection, c.facts.host, to) : undefined;
	const connection: PersonConnection = replaced ?? {
		...base,
		srv: false,
		hostExpression: undefined,
		hosts: [{ ...to, port: port ?? DEFAULT_PORT }]
	};
	if (connection.hostExpression === undefined) delete connection.hostExpression;
	const { srvHost: _srv, ...facts } = c.facts;
	return { ...c, facts: { ...facts, host: to.host, connection } };
}

/** Options as the query text a person adds to their own connection string: tls=true&tlsCAFile=… */
export function optionQueryOf(options: Record<string, string>): string {
	return Object.entries({ tls: 'true', ...options })
		.map(([k, v]) => `${k}=${encodeQueryValue(v)}`)
		.join('&');
}

/** Whether a written snippet holds the password placeholder, so the steps must say to put it back. */
export const needsPasswordNote = (written: string): boolean => written.includes(`:${PASSWORD_PLACEHOLDER}@`);

export { PASSWORD_NOTE, PASSWORD_PLACEHOLDER };

/**
 * Where a file lives, as a placeholder path in the style the consumer expects: Windows shells want
 * backslashes; code and connection strings accept forward slashes on Windows too.
 */
export function pathOf(c: RenderContext, name: string, where: 'shell' | 'code' = 'shell'): string {
	if (c.os === 'windows') return where === 'shell' ? `C:\\path\\to\\${name}` : `C:/path/to/${name}`;
	return `/path/to/${name}`;
}

export function pythonVersionOf(c: RenderContext): string {
	return c.facts.pythonVersion ?? PYTHON_VERSION_PLACEHOLDER;
}

/** Names the certificate lists, for prose: "db1.example.com, 10.0.0.5". */
export function listedNames(c: RenderContext): string | undefined {
	const names = c.facts.certificateNames;
	return names?.length ? names.join(', ') : undefined;
}

/** An IPv4 or IPv6 literal (hosts in facts are checked already; this only tells the two kinds apart). */
export { isIpLiteral };
