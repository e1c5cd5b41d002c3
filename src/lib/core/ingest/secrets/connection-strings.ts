/**
 * Secrets inside MongoDB connection strings: the password in user:password@ (the widest reading,
 * so a raw "@", ":" or "/" in it does not leave a piece behind), the values of secret options
 * (tlsCertificateKeyFilePassword, proxyPassword, PyMongo 3's ssl_pem_passphrase, password), and
 * AWS credentials in authMechanismProperties. Python keyword arguments are credentials.ts's.
 */

import { findUris } from '../../uri/find';
import { locateSecretUserinfo } from '../../uri/userinfo';
import type { SecretSpan } from './spans';

const SECRET_QUERY = /[?&;](?:tlsCertificateKeyFilePassword|proxyPassword|ssl_pem_passphrase|sslPEMKeyPassword|password)=([^&;#\s]*)/gi;
const SECRET_PROPERTY = /(?:AWS_SESSION_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SECRET_KEY)(?::|%3A)([^,&;#'"\s]*)/gi;
/** Template text (<password>, <db_password>) names no secret, and the report must be able to say it. */
const PLACEHOLDER = /^(?:<[^<>]{1,40}>|%3C[^%]{1,40}%3E|\*+)$/i;

export function connectionStringSpans(text: string): SecretSpan[] {
	const spans: SecretSpan[] = [];
	for (const uri of findUris(text)) {
		const loc = locateSecretUserinfo(uri.raw);
		if (loc.colon >= 0 && loc.at > loc.colon + 1) {
			const password = uri.raw.slice(loc.colon + 1, loc.at);
			if (!PLACEHOLDER.test(password))
				spans.push({ start: uri.start + loc.colon + 1, end: uri.start + loc.at, kind: 'connection-string-password' });
		}
		for (const [pattern, kind] of [
			[SECRET_QUERY, 'password-option'],
			[SECRET_PROPERTY, 'cloud-secret']
		] as const) {
			pattern.lastIndex = 0;
			for (const m of uri.raw.matchAll(pattern)) {
				if (m[1] === '' || PLACEHOLDER.test(m[1])) continue;
				const start = uri.start + m.index + m[0].length - m[1].length;
				spans.push({ start, end: start + m[1].length, kind });
			}
		}
	}
	return spans;
}
