/**
 * Secrets out, everything else kept: the password in user:password@, secret query values
 * (tlsCertificateKeyFilePassword, proxyPassword, PyMongo 3's ssl_pem_passphrase), AWS secrets in
 * authMechanismProperties, and in Python the values of password=, tlsCertificateKeyFilePassword=,
 * ssl_pem_passphrase= and proxyPassword= keyword arguments. Works on invalid input too: a
 * password that breaks the URI is exactly the one most likely to be pasted.
 */

import { findConnectionStrings, findUris } from './find';
import { REDACTED, type ConnectionStringForm } from '../model/connection';
import { isSecretOption } from './option-specs';
import { readCall } from './python-call';
import { locateSecretUserinfo } from './userinfo';

const SECRET_QUERY = /([?&;](?:tlsCertificateKeyFilePassword|proxyPassword|ssl_pem_passphrase|password)=)([^&;#]*)/gi;
const SECRET_PROPERTY = /((?:AWS_SESSION_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SECRET_KEY)(?::|%3A))([^,&;#'"]*)/gi;
const SECRET_KEYWORD =
	/(\b(?:password|passphrase|tlsCertificateKeyFilePassword|ssl_pem_passphrase|proxyPassword)\s*=\s*)(?:[rRbBuUfF]{0,2})("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/gi;
const SECRET_DICT_VALUE =
	/((['"])(?:AWS_SESSION_TOKEN|AWS_SECRET_ACCESS_KEY|password|passphrase)\2\s*:\s*)(?:[rRbBuUfF]{0,2})("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/gi;

export function redactUri(uri: string): string {
	let out = uri;
	const loc = locateSecretUserinfo(out);
	if (loc.colon >= 0) out = out.slice(0, loc.colon + 1) + REDACTED + out.slice(loc.at);
	return out.replace(SECRET_QUERY, `$1${REDACTED}`).replace(SECRET_PROPERTY, `$1${REDACTED}`);
}

/** AWS secrets in authMechanismProperties, written "KEY:value" or as a Python dict entry. */
export function redactSecretProperties(text: string): string {
	return text.replace(SECRET_PROPERTY, `$1${REDACTED}`).replace(SECRET_DICT_VALUE, `$1"${REDACTED}"`);
}

function redactPythonCall(text: string): string {
	let out = text;
	const open = out.indexOf('(');
	const call = open >= 0 ? readCall(out, open) : undefined;
	if (call) {
		// Replace from the end so earlier offsets stay valid.
		for (const arg of [...call.args].reverse()) {
			if (!arg.keyword || !isSecretOption(arg.keyword) || arg.value.kind === 'none') continue;
			out = out.slice(0, arg.valueStart) + `"${REDACTED}"` + out.slice(arg.valueEnd);
		}
	}
	out = out.replace(SECRET_KEYWORD, `$1"${REDACTED}"`).replace(SECRET_DICT_VALUE, `$1"${REDACTED}"`);
	return redactUrisIn(out);
}

/** Redacts every mongodb:// URI inside a larger text (a Python call, a log line). */
function redactUrisIn(text: string): string {
	let out = '';
	let at = 0;
	for (const span of findUris(text)) {
		out += text.slice(at, span.start) + redactUri(span.raw);
		at = span.end;
	}
	return out + text.slice(at);
}

/** The connection string with every secret replaced by ****. */
export function redactConnectionString(raw: string, form?: ConnectionStringForm): string {
	const kind = form ?? (/^\s*mongodb(?:\+srv)?:\/\//.test(raw) ? 'uri' : 'python');
	return kind === 'uri' ? redactUri(raw) : redactPythonCall(raw);
}

/** Every connection string found in free text, redacted in place; the rest of the text unchanged. */
export function redactSecretsInText(text: string): string {
	let out = '';
	let at = 0;
	for (const span of findConnectionStrings(text)) {
		out += text.slice(at, span.start) + redactConnectionString(span.raw, span.form);
		at = span.end;
	}
	return out + text.slice(at);
}
