/**
 * Percent-encoding for each part of a connection string. Option values keep ":" "," and "/"
 * readable (PyMongo does not decode authMechanismProperties, so "SERVICE_NAME:mongodb" must stay
 * as is) and encode everything either driver would misread: "+" (read as a space), "&" ";" "#"
 * "%" "=" (PyMongo splits on it), backslashes, spaces and non-ASCII.
 */

const QUERY_SAFE = /[A-Za-z0-9\-._~:/,!$()*@]/;

export function encodeQueryValue(value: string): string {
	let out = '';
	for (const ch of value)
		out += QUERY_SAFE.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return out;
}

/** User names (and database names): everything outside the unreserved set is encoded. */
export function encodeComponent(value: string): string {
	return encodeURIComponent(value);
}
