/**
 * What may go into a share link: the error text and other public input, never secrets. Private
 * keys are dropped whole, PKCS#12 / keystore passwords are never part of the input to begin with,
 * and credentials in connection strings (and password-like URI options) are replaced.
 */

const PRIVATE_KEY_BLOCK = /-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY)-----[\s\S]*?(?:-----END \1-----|$)/g;
const URI_CREDENTIALS = /(mongodb(?:\+srv)?:\/\/)([^@/\s"'`]+)@/gi;
const SECRET_OPTIONS =
	/\b(tlsCertificateKeyFilePassword|sslPEMKeyPassword|password|proxyPassword|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|authMechanismProperties)=([^&\s"'`]+)/gi;
const PYTHON_SECRETS = /\b(password|tlsCertificateKeyFilePassword|ssl_pem_passphrase|proxyPassword)\s*=\s*(['"])(.*?)\2/gi;

export interface Sanitized {
	text: string;
	/** What was taken out, in words, so the person knows the link is safe. */
	removed: string[];
}

export function sanitizeForSharing(input: string): Sanitized {
	const removed = new Set<string>();
	let text = input.replace(PRIVATE_KEY_BLOCK, () => {
		removed.add('private keys');
		return '[private key removed]';
	});
	text = text.replace(URI_CREDENTIALS, (_m, scheme: string, userinfo: string) => {
		if (!userinfo.includes(':')) return `${scheme}${userinfo}@`;
		removed.add('connection-string passwords');
		return `${scheme}${userinfo.slice(0, userinfo.indexOf(':'))}:****@`;
	});
	text = text.replace(SECRET_OPTIONS, (_m, key: string) => {
		removed.add('password options');
		return `${key}=****`;
	});
	text = text.replace(PYTHON_SECRETS, (_m, key: string, quote: string) => {
		removed.add('password arguments');
		return `${key}=${quote}****${quote}`;
	});
	return { text, removed: [...removed] };
}
