/**
 * A remedy's change to the person's connection, made as an edit of options (and, for the hostname
 * remedies, of the one host that was dialled), never by writing a new connection string: the SRV
 * name or the whole seed list, replicaSet, authSource and every other option stay as they were.
 */

import type { ConnectionOption, ConnectionOptionValue, PersonConnection, UriHost } from '../model/connection';
import { lookupOption } from './option-specs';

/**
 * Options to set (true/false, text, or Python code such as certifi.where()), or null to remove.
 * Names are canonical (tlsCAFile); `tls` sets the tls value itself.
 */
export type OptionEdit = Record<string, boolean | string | { code: string } | null>;

/**
 * An edit key, not an option: takes the user name and password out. MONGODB-X509 authenticates as
 * the certificate's subject, and the drivers refuse a password with it (the Node driver: "Password
 * not allowed for mechanism MONGODB-X509"); a snippet that sets the mechanism itself uses this.
 */
export const DROP_CREDENTIALS = '$credentials';

// Setting one of these makes the others contradict it (the drivers refuse tlsInsecure with either).
const EXCLUSIVE: Record<string, readonly string[]> = {
	tlsInsecure: ['tlsAllowInvalidCertificates', 'tlsAllowInvalidHostnames', 'tlsDisableOCSPEndpointCheck'],
	tlsAllowInvalidCertificates: ['tlsInsecure', 'tlsDisableOCSPEndpointCheck'],
	tlsAllowInvalidHostnames: ['tlsInsecure'],
	tlsDisableOCSPEndpointCheck: ['tlsInsecure', 'tlsAllowInvalidCertificates']
};

/** The options that cannot stand beside this one when it is true. */
export const conflictsOf = (name: string): readonly string[] => EXCLUSIVE[name] ?? [];

// authMechanism=MONGODB-X509 authenticates as the certificate's subject, against $external only.
const X509_DROPS = ['authSource'];

function valueFor(name: string, v: boolean | string | { code: string }): ConnectionOptionValue {
	if (typeof v === 'boolean') return { kind: 'bool', value: v };
	if (typeof v === 'object') return { kind: 'code', text: v.code };
	const type = lookupOption(name)?.type;
	if (type === 'secret') return { kind: 'secret' };
	if (type === 'integer') return { kind: 'number', text: v };
	if (type === 'boolean' && (v === 'true' || v === 'false')) return { kind: 'bool', value: v === 'true' };
	return { kind: 'text', text: v };
}

/** The connection with the edit applied; options it does not name keep their place and value. */
export function editConnection(connection: PersonConnection, edit: OptionEdit): PersonConnection {
	let options = [...connection.options];
	let tls = connection.tls;
	let credentials: Pick<PersonConnection, 'username' | 'hasPassword'> = {
		...(connection.username !== undefined ? { username: connection.username } : {}),
		hasPassword: connection.hasPassword
	};
	const drop = (name: string) => (options = options.filter((o) => o.name.toLowerCase() !== name.toLowerCase()));
	for (const [written, v] of Object.entries(edit)) {
		if (written === DROP_CREDENTIALS) {
			credentials = { hasPassword: false };
			continue;
		}
		if (written.toLowerCase() === 'tls') {
			if (typeof v === 'boolean') tls = v;
			else if (v === 'true' || v === 'false') tls = v === 'true';
			continue;
		}
		const spec = lookupOption(written);
		const name = spec?.aliasOf ?? spec?.name ?? written;
		const existing = options.findIndex((o) => o.name.toLowerCase() === name.toLowerCase());
		if (v === null) {
			drop(name);
			continue;
		}
		for (const other of EXCLUSIVE[name] ?? []) if (v === true || v === 'true') drop(other);
		if (name === 'authMechanism' && typeof v === 'string' && v.toUpperCase() === 'MONGODB-X509') {
			X509_DROPS.forEach(drop);
			credentials = { hasPassword: false };
		}
		const option: ConnectionOption = {
			name,
			value: valueFor(name, v),
			tls: Boolean(lookupOption(name)?.tls),
			clients: lookupOption(name)?.clients ?? []
		};
		const at = options.findIndex((o) => o.name.toLowerCase() === name.toLowerCase());
		if (existing >= 0 && at >= 0) options[at] = option;
		else options.push(option);
	}
	const { username: _user, hasPassword: _password, ...rest } = connection;
	return { ...rest, ...credentials, ...(tls !== undefined ? { tls } : {}), options };
}

/**
 * The connection dialling `to` instead of `from`: the one entry of the seed list that is `from`
 * (its port kept), or the only host. Undefined when neither fits (an SRV name, or a seed list
 * without that host): then which host to change is the person's call, not ours.
 */
export function replaceHost(connection: PersonConnection, from: string | undefined, to: UriHost): PersonConnection | undefined {
	if (connection.srv || connection.hostExpression !== undefined) return undefined;
	const index =
		from !== undefined
			? connection.hosts.findIndex((h) => h.host.toLowerCase() === from.toLowerCase())
			: connection.hosts.length === 1
				? 0
				: -1;
	const at = index >= 0 ? index : connection.hosts.length === 1 ? 0 : -1;
	if (at < 0) return undefined;
	const hosts = connection.hosts.map((h, i) =>
		i === at ? { ...to, ...(h.port !== undefined && to.port === undefined ? { port: h.port } : {}) } : h
	);
	return { ...connection, hosts };
}
