/** How a corrected option value is written in each output. */

import type { CorrectedOption } from '../correct';
import { pythonStringLiteral } from '../python-string';

/** Environment variables the snippets read secrets from, so no secret is ever written down. */
export const PASSWORD_ENV = 'MONGODB_PASSWORD';
export const KEY_PASSWORD_ENV = 'MONGODB_TLS_KEY_PASSWORD';
export const PROXY_PASSWORD_ENV = 'MONGODB_PROXY_PASSWORD';

/**
 * What a written connection string says in place of a secret: a word the person plainly has to
 * replace (and the page highlights, like every YOUR_ placeholder), never a masked "****" that
 * reads as if the secret were still in it.
 */
export const PASSWORD_PLACEHOLDER = 'YOUR_PASSWORD';

export function secretPlaceholder(name: string): string {
	return name === 'proxyPassword' ? 'YOUR_PROXY_PASSWORD' : 'YOUR_KEY_PASSWORD';
}

/** The note that goes with every copied connection string that had a password. */
export const PASSWORD_NOTE = `Put your password back in place of ${PASSWORD_PLACEHOLDER} (percent-encoded: @ becomes %40, : becomes %3A).`;

export function secretEnv(name: string): string {
	return name === 'proxyPassword' ? PROXY_PASSWORD_ENV : KEY_PASSWORD_ENV;
}

/** The value as URI text; undefined when it cannot go in a URI (Python code). */
export function uriText(o: CorrectedOption): string | undefined {
	switch (o.value.kind) {
		case 'bool':
			return String(o.value.value);
		case 'secret':
			return secretPlaceholder(o.name);
		case 'code':
			return undefined;
		default:
			return o.value.text;
	}
}

export function pythonValue(o: CorrectedOption): string {
	switch (o.value.kind) {
		case 'bool':
			return o.value.value ? 'True' : 'False';
		case 'secret':
			return `os.environ[${JSON.stringify(secretEnv(o.name))}]`;
		case 'code':
			return safePythonExpression(o.value.text) ?? 'None';
		case 'number':
			return /^\s*-?\d+(?:\.\d+)?\s*$/.test(o.value.text) ? o.value.text.trim() : 'None';
		case 'text':
			return pythonStringLiteral(o.value.text);
	}
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const DOTTED = new RegExp(`^${NAME}(?:\\.${NAME})*$`);
// Calls a snippet may repeat: the ones that return a CA file's path. Any other call from a paste
// (os.abort(), sys.exit(), a function of the person's own) would run in whatever a person pastes the
// snippet into, and a shared link can put one there.
const KNOWN_CALLS = new Set(['certifi.where()']);

/**
 * The shape of what safePythonExpression returns, for the snippet templates' verbatim check: a
 * (dotted) name, certifi.where(), or an environment lookup in our own quoting.
 */
export const SAFE_PYTHON_EXPRESSION =
	/^(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*|certifi\.where\(\)|os\.(?:environ\[|environ\.get\(|getenv\()"[A-Za-z_]\w*"[\])])$/;
const ENV_LOOKUP = new RegExp(`^os\\.(?:environ\\[|environ\\.get\\(|getenv\\()\\s*(["'])(${NAME})\\1\\s*[\\])]$`);

/**
 * A Python expression from the paste, as the snippets may write it back: a name, a dotted name,
 * certifi.where(), or an environment lookup with a plain variable name,
 * rewritten in our own quoting. Anything else (a call with arguments, an f-string, code) is not
 * copied into a snippet someone will run, since a shared link could have put it there.
 */
export function safePythonExpression(text: string): string | undefined {
	const t = text.trim();
	if (DOTTED.test(t) || KNOWN_CALLS.has(t)) return t;
	const env = ENV_LOOKUP.exec(t);
	if (env)
		return t.startsWith('os.getenv')
			? `os.getenv(${JSON.stringify(env[2])})`
			: t.startsWith('os.environ.get')
				? `os.environ.get(${JSON.stringify(env[2])})`
				: `os.environ[${JSON.stringify(env[2])}]`;
	return undefined;
}

/** Why an option weakens security, as an end-of-line warning for code snippets. */
export function unsafeNote(o: CorrectedOption): string | undefined {
	if (o.value.kind !== 'bool' || !o.value.value) return undefined;
	switch (o.name) {
		case 'tlsInsecure':
			return 'UNSAFE: no certificate or host-name checks; anyone on the network can impersonate the server';
		case 'tlsAllowInvalidCertificates':
			return 'UNSAFE: the server certificate is not verified; anyone on the network can impersonate the server';
		case 'tlsAllowInvalidHostnames':
			return 'UNSAFE: accepts a trusted certificate issued for any host';
		case 'tlsDisableOCSPEndpointCheck':
			return 'weaker: a revoked certificate may be accepted';
		default:
			return undefined;
	}
}
