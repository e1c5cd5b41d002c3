/** Writes a connection string from corrected settings. */

import type { ConnectionOption, PersonConnection } from '../../model/connection';
import { hostText } from '../hosts';
import { encodeComponent, encodeQueryValue } from './encode';
import { PASSWORD_PLACEHOLDER, uriText } from './values';

export interface UriParts {
	/** 'placeholder' writes user:YOUR_PASSWORD@, 'omit' writes user@ only (the client supplies the password), 'no-user' neither. */
	password: 'placeholder' | 'omit' | 'no-user';
	/** Which options to write. */
	include: (o: ConnectionOption) => boolean;
	/** Write tls=… when the settings have it. */
	tls: boolean;
	/** Options to add at the end (name, already-final text). */
	extra?: [string, string][];
}

/** The connection string, or undefined when the host is a Python variable. */
export function buildUri(c: PersonConnection, parts: UriParts): string | undefined {
	if (c.hostExpression !== undefined || c.hosts.length === 0) return undefined;
	let auth = '';
	if (c.username !== undefined && parts.password !== 'no-user') {
		auth = encodeComponent(c.username) + (c.hasPassword && parts.password === 'placeholder' ? `:${PASSWORD_PLACEHOLDER}` : '') + '@';
	}
	const query: string[] = [];
	if (parts.tls && c.tls !== undefined) query.push(`tls=${c.tls}`);
	for (const o of c.options) {
		if (!parts.include(o)) continue;
		const text = uriText(o);
		if (text !== undefined) query.push(`${o.name}=${o.value.kind === 'secret' ? text : encodeQueryValue(text)}`);
	}
	for (const [name, text] of parts.extra ?? []) query.push(`${name}=${text}`);
	const scheme = c.srv ? 'mongodb+srv' : 'mongodb';
	const db = c.database ? encodeComponent(c.database) : '';
	return `${scheme}://${auth}${c.hosts.map(hostText).join(',')}/${db}${query.length ? `?${query.join('&')}` : ''}`;
}

/** Accepted by PyMongo 4 and the Node driver alike. */
export function portable(o: ConnectionOption): boolean {
	return o.clients.includes('pymongo-4') && o.clients.includes('node');
}
