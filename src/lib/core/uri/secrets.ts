/**
 * A last line of defence: every secret found in the raw input is looked for in the finished
 * analysis and replaced if it slipped through. Secrets are the URI password (as typed and decoded),
 * secret query values and secret Python keyword literals. Very short secrets are skipped, since
 * replacing "a" everywhere would mangle the report without protecting anything real.
 */

import { findConnectionStrings } from './find';
import { REDACTED, type ConnectionStringForm } from './model';
import { isSecretOption } from './option-specs';
import { readCall } from './python-call';
import { rawPassword } from './userinfo';

const SECRET_QUERY = /[?&;](?:tlsCertificateKeyFilePassword|proxyPassword|ssl_pem_passphrase|password)=([^&;#]*)/gi;
const SECRET_PROPERTY = /(?:AWS_SESSION_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SECRET_KEY)(?::|%3A)([^,&;#'"]*)/gi;
const MIN_LENGTH = 4;
/** Template text such as <password> or <db_password> is not a secret, and the report must be able to name it. */
const PLACEHOLDER = /^<[^<>]{1,40}>$/;

function variants(secret: string): string[] {
	const out = [secret];
	try {
		out.push(decodeURIComponent(secret.replace(/\+/g, ' ')));
	} catch {
		// Not valid percent-encoding: the typed form is the only one.
	}
	out.push(encodeURIComponent(secret));
	return out;
}

function fromUri(uri: string): string[] {
	const found: string[] = [];
	const password = rawPassword(uri);
	if (password) found.push(password);
	for (const m of uri.matchAll(SECRET_QUERY)) found.push(m[1]);
	for (const m of uri.matchAll(SECRET_PROPERTY)) found.push(m[1]);
	return found;
}

export function collectSecrets(raw: string, form: ConnectionStringForm): string[] {
	const found: string[] = [];
	const uris = form === 'uri' ? [raw] : findConnectionStrings(raw.slice(raw.indexOf('(') + 1)).map((s) => s.raw);
	for (const uri of uris) found.push(...fromUri(uri));
	if (form === 'python') {
		const open = raw.indexOf('(');
		const call = open >= 0 ? readCall(raw, open) : undefined;
		for (const arg of call?.args ?? []) {
			if (arg.keyword && isSecretOption(arg.keyword) && arg.value.kind === 'str') found.push(arg.value.value, arg.value.typed);
		}
	}
	return [...new Set(found.flatMap(variants))].filter((s) => s.length >= MIN_LENGTH && s !== REDACTED && !PLACEHOLDER.test(s));
}

/** The value with every occurrence of every secret replaced; structure and types unchanged. */
export function scrubSecrets<T>(value: T, secrets: string[]): T {
	if (secrets.length === 0) return value;
	let json = JSON.stringify(value);
	for (const secret of secrets.sort((a, b) => b.length - a.length)) {
		const escaped = JSON.stringify(secret).slice(1, -1);
		json = json.split(escaped).join(REDACTED);
	}
	return JSON.parse(json) as T;
}
