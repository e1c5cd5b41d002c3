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

/** The raw (still percent-encoded) password, or undefined. For checks that never echo it. */
export function rawPassword(uri: string): string | undefined {
	const loc = locateUserinfo(uri);
	return loc.colon < 0 ? undefined : uri.slice(loc.colon + 1, loc.at);
}

/**
 * For redaction only, where hiding too much is harmless and too little is a leak: when PyMongo's
 * reading (last "@" before the first "/") and the query-aware reading disagree, the password
 * runs to the later "@". A query value that gets masked with it costs nothing.
 */
export function locateSecretUserinfo(uri: string): UserinfoLocation {
	const loc = locateUserinfo(uri);
	const rest = uri.slice(loc.authorityStart);
	const slash = rest.indexOf('/');
	const widest = (slash < 0 ? rest : rest.slice(0, slash)).lastIndexOf('@');
	if (widest < 0 || loc.authorityStart + widest <= loc.at) return loc;
	const colon = rest.slice(0, widest).indexOf(':');
	if (colon < 0) return loc;
	return { authorityStart: loc.authorityStart, at: loc.authorityStart + widest, colon: loc.authorityStart + colon };
}
