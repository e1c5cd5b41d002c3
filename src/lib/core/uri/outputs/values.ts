/** How a corrected option value is written in each output. */

import { REDACTED } from '../model';
import type { CorrectedOption } from '../correct';
import { pythonStringLiteral } from '../python-string';

/** Environment variables the snippets read secrets from, so no secret is ever written down. */
export const PASSWORD_ENV = 'MONGODB_PASSWORD';
export const KEY_PASSWORD_ENV = 'MONGODB_TLS_KEY_PASSWORD';
export const PROXY_PASSWORD_ENV = 'MONGODB_PROXY_PASSWORD';

export function secretEnv(name: string): string {
	return name === 'proxyPassword' ? PROXY_PASSWORD_ENV : KEY_PASSWORD_ENV;
}

/** The value as URI text; undefined when it cannot go in a URI (Python code). */
export function uriText(o: CorrectedOption): string | undefined {
	switch (o.value.kind) {
		case 'bool':
			return String(o.value.value);
		case 'secret':
			return REDACTED;
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
		case 'number':
			return o.value.text;
		case 'text':
			return pythonStringLiteral(o.value.text);
	}
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
