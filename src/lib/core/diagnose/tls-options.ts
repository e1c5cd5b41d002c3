/**
 * TLS options visible in the pasted text: in a connection string (mongosh prints it on its
 * "Connecting to:" line, URL-encoded), as Python keyword arguments, or as mongosh flags. A given
 * tlsCAFile turns "unable to get local issuer certificate" from "no CA given" into "the wrong CA
 * given"; a tlsCAFile of certifi.where() against Atlas points at an intercepting proxy.
 */

import { gated, gateFor, type May } from './gate';

const NAMES = [
	'tls',
	'ssl',
	'tlsCAFile',
	'tlsCertificateKeyFile',
	'tlsCertificateKeyFilePassword',
	'tlsCRLFile',
	'tlsAllowInvalidCertificates',
	'tlsAllowInvalidHostnames',
	'tlsInsecure',
	'tlsDisableOCSPEndpointCheck',
	'tlsDisableCertificateRevocationCheck',
	'ssl_cert_reqs',
	'ssl_ca_certs',
	'ssl_certfile',
	'ssl_keyfile',
	'sslValidate',
	'sslCAFile',
	'sslPEMKeyFile',
	// PyMongo 3's name for tlsCertificateKeyFilePassword (common.py: renamed).
	'ssl_pem_passphrase',
	'directConnection'
];
const CANONICAL = new Map(NAMES.map((n) => [n.toLowerCase(), n]));
const SECRET = /password|passphrase/i;

// What follows the "=" of a keyword argument: a quoted string, a name, or a call such as certifi.where().
const KEYWORD_VALUE = /^\s*("[^"\n]*"|'[^'\n]*'|[\w.]+(?:\(\))?)/;

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

// The host part stops where another URI starts: otherwise each of a line of glued "mongodb://"
// looks 2,000 characters ahead for its "?", over the same characters as its neighbours.
const URI_QUERY = gated(/(?:mongodb:\/\/|mongodb\+srv:\/\/)(?:(?!mongodb(?:\+srv)?:\/\/)[^\s'"<>?]){0,2000}\?([^\s'"<>]{1,4000})/g);

export function extractTlsOptions(text: string, may: May = gateFor(text)): Record<string, string> {
	const options: Record<string, string> = {};
	const set = (name: string, value: string) => {
		const canonical = CANONICAL.get(name.toLowerCase());
		if (!canonical || canonical in options) return;
		options[canonical] = SECRET.test(canonical) ? '****' : value;
	};
	// URI query parameters: ?tls=true&tlsCAFile=%2Fetc%2Fca.pem
	if (may(URI_QUERY))
		for (const uri of text.matchAll(URI_QUERY)) {
			for (const pair of uri[1].split('&')) {
				const [name, value = ''] = pair.split('=');
				set(name, safeDecode(value));
			}
		}
	// Python keyword arguments: tlsCAFile="/path", tlsCAFile=certifi.where(), tls=True. Found from
	// each "=" backwards: trying a word pattern at every position of a long traceback is slow.
	for (let eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
		let end = eq;
		while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
		let start = end;
		while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
		if (end - start < 3 || !/^(?:tls|ssl)/i.test(text.slice(start, start + 3))) continue;
		const value = KEYWORD_VALUE.exec(text.slice(eq + 1, eq + 1 + 2048));
		if (value) set(text.slice(start, end), value[1].replace(/^["']|["']$/g, ''));
	}
	// mongosh / mongo shell flags: --tlsCAFile ca.pem, --tls
	if (text.includes('--'))
		for (const flag of text.matchAll(/(?:^|\s)--(tls\w*|ssl\w*)(?:[ =]((?!--)[^\s]+))?/gi)) set(flag[1], flag[2] ?? 'true');
	return options;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
