/**
 * Where the user:password@ part of a URI is, even when the password breaks the rules (an
 * unescaped @, :, / or ?). Redaction and parsing both start here, so a password that makes the URI
 * invalid is still found and hidden. The userinfo ends at the last "@" before the first "/" (as
 * PyMongo reads it), else the last "@" before the query; an "@" inside the query only counts when
 * no "key=value" comes before it.
 */

export interface UserinfoLocation {
	/** Index just after "://". */
	authorityStart: number;
	/** Index of the "@" that ends the userinfo, or -1 when there is none. */
	at: number;
	/** Index of the ":" between user and password, or -1 when there is no password. */
	colon: number;
}

export function locateUserinfo(uri: string): UserinfoLocation {
	const scheme = uri.indexOf('://');
	const authorityStart = scheme < 0 ? 0 : scheme + 3;
	const rest = uri.slice(authorityStart);
	const query = rest.indexOf('?');
	const beforeQuery = query < 0 ? rest : rest.slice(0, query);
	// PyMongo's reading first: the authority runs to the first "/", and its last "@" ends the
	// userinfo (so a password with "?" or "&" in it is still a password). Not when the "/" is
	// missing and that "@" is inside the query: an earlier "@" followed by a "?" (user@host?…@), or
	// a "?" with no "user:" before it (host?appName=a@b).
	const slash = rest.indexOf('/');
	const beforeSlash = slash < 0 ? rest : rest.slice(0, slash);
	const authorityAt = beforeSlash.lastIndexOf('@');
	const userinfo = beforeSlash.slice(0, authorityAt);
	const inQuery = /@[\w.[\]:,%-]+\?/.test(userinfo) || (!userinfo.includes(':') && userinfo.includes('?'));
	let at = authorityAt >= 0 && !inQuery ? authorityAt : beforeQuery.lastIndexOf('@');
	if (at < 0 && query >= 0) {
		// The last "@" before the first "=" or "&" (searched once: testing the text before every "@" is quadratic).
		const firstPair = rest.search(/[=&]/);
		const before = firstPair < 0 ? rest.length : firstPair;
		for (let k = rest.indexOf('@', query); k >= 0 && k < before; k = rest.indexOf('@', k + 1)) at = k;
	}
	if (at < 0) return { authorityStart, at: -1, colon: -1 };
	const colon = rest.slice(0, at).indexOf(':');
	return { authorityStart, at: authorityStart + at, colon: colon < 0 ? -1 : authorityStart + colon };
}

/**
 * The raw (still percent-encoded) password, or undefined, in the widest reading (see
 * locateSecretUserinfo): a password with a raw "@" or "/" is the whole of it, which is what the
 * person typed and what must be escaped. For checks that never echo it.
 */
export function rawPassword(uri: string): string | undefined {
	const loc = locateSecretUserinfo(uri);
	return loc.colon < 0 ? undefined : uri.slice(loc.colon + 1, loc.at);
}

// What may follow the "@" that ends a userinfo: a host list, up to the path, query or fragment.
const HOST_LIST = /^[\w.\-[\]:,%]+(?=[/?#]|$)/;
/** "@"s looked at from the end; a real URI has one or two, a hostile one thousands. */
const MAX_AT_CANDIDATES = 64;

/**
 * For redaction, where hiding too much is harmless and too little is a leak: the userinfo ends at
 * the last "@" that is followed by something shaped like a host list and is not inside an option
 * value (no "?" followed by "=" before it). So "user:p@ss/w0rd@db.example.com" has the password
 * "p@ss/w0rd", however a driver would split it, and "host/?appName=a@b" keeps its option.
 */
export function locateSecretUserinfo(uri: string): UserinfoLocation {
	const loc = locateUserinfo(uri);
	const start = loc.authorityStart;
	const rest = uri.slice(start);
	const q = rest.indexOf('?');
	const optionStart = q < 0 ? -1 : rest.indexOf('=', q);
	const limit = optionStart < 0 ? rest.length : optionStart;
	let k = rest.lastIndexOf('@', limit - 1);
	for (let tries = 0; k > 0 && tries < MAX_AT_CANDIDATES; tries++, k = rest.lastIndexOf('@', k - 1)) {
		if (start + k <= loc.at) return loc;
		if (!HOST_LIST.test(rest.slice(k + 1, k + 1 + 300))) continue;
		const colon = rest.slice(0, k).indexOf(':');
		if (colon < 0) return loc;
		return { authorityStart: start, at: start + k, colon: start + colon };
	}
	return loc;
}
