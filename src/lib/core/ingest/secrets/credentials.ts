/**
 * Passwords written around a MongoDB connection, each form as the tool that reads it defines it:
 *
 * - command lines: mongosh / the legacy mongo shell and the database tools (--password, -p,
 *   --tlsCertificateKeyFilePassword, --sslPEMKeyPassword, --tlsClusterPassword), keytool
 *   (-storepass, -keypass, -srcstorepass, -deststorepass), openssl (-passin/-passout/-pass/-password
 *   pass:…; env: and file: name no secret), Java system properties (-Djavax.net.ssl.keyStorePassword=…);
 * - environment variables whose names say they hold one (MONGODB_PASSWORD=, MONGO_INITDB_ROOT_PASSWORD=,
 *   AWS_SECRET_ACCESS_KEY=, …) in sh, PowerShell, cmd, Dockerfile and docker-compose spellings;
 * - configuration and code: mongod.conf (certificateKeyFilePassword:, PEMKeyPassword:,
 *   clusterPassword:), YAML and JSON keys, Node's { password: '…' }, Python's password="…".
 *
 * Each span covers the value only, so the report keeps the shape of the line ("--password ****").
 * Values that name where a secret comes from rather than holding it (process.env.X, os.environ[…],
 * $VAR, %VAR%, a <placeholder>, ****) are left alone.
 */

import { trimEndOf } from '../../text/trim-end';
import type { SecretKind, SecretSpan } from './spans';

/** A value as written after a flag or "=": quoted (with escapes) or up to whitespace. */
// Unquoted, it ends at a quote, "&" or ";" too: where the string around it, the command or the URI option ends.
const VALUE = String.raw`("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s"'&;][^\s"'&;]*)`;
/** A value after "key:" in YAML: quoted, or the rest of the line up to a comment (spaces allowed inside). */
const LINE_VALUE = String.raw`("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s"'#][^\n#]*)`;

const REFERENCE =
	/^(?:process\.env\b|os\.(?:environ|getenv)\b|System\.getenv\b|\$\{?[A-Za-z_]|\$\(|%[A-Za-z_][\w]*%|<[^<>]*>$|\*{3,}$|\[?REDACTED\]?$|None$|null$|undefined$|true$|false$)/i;

interface Rule {
	kind: SecretKind;
	pattern: RegExp;
	/** Which capture group holds the value. */
	group: number;
	/** Only on lines where this also appears (mongosh's -p is a password; docker's -p is a port). */
	lineMustMatch?: RegExp;
	/** A prefix inside the value that is not secret (openssl's "pass:"). */
	valuePrefix?: RegExp;
}

const SECRET_NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|_PWD|_PASS)[A-Za-z0-9_]*`;

const CONFIG_KEYS =
	'certificateKeyFilePassword|PEMKeyPassword|clusterPassword|clusterCertificatePassword|CAFilePassword|tlsCertificateKeyFilePassword|sslPEMKeyPassword|ssl_pem_passphrase|proxyPassword|keyStorePassword|trustStorePassword|password|passwd|passphrase|secret';

const RULES: Rule[] = [
	{
		kind: 'command-line-password',
		pattern: new RegExp(
			String.raw`(?<![\w-])--(?:password|tlsCertificateKeyFilePassword|sslPEMKeyPassword|tlsClusterPassword|sslClusterPassword|keyStorePassword|trustStorePassword)(?:=|[ \t]+)` +
				VALUE,
			'gi'
		),
		group: 1
	},
	{
		kind: 'command-line-password',
		pattern: new RegExp(String.raw`(?<![\w-])-p(?:[ \t]+)` + VALUE, 'g'),
		group: 1,
		lineMustMatch: /\bmongo(?:sh|dump|restore|export|import|stat|top|files)?\b/
	},
	{
		kind: 'command-line-password',
		pattern: new RegExp(String.raw`(?<![\w-])-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)[ \t]+` + VALUE, 'g'),
		group: 1
	},
	{
		kind: 'command-line-password',
		pattern: new RegExp(String.raw`(?<![\w-])-(?:passin|passout|pass|password)[ \t]+` + VALUE, 'g'),
		group: 1,
		valuePrefix: /^["']?pass:/
	},
	{
		kind: 'command-line-password',
		pattern: new RegExp(String.raw`(?<![\w-])-D[\w.]*(?:[Pp]assword|[Pp]assphrase|[Ss]ecret)=` + VALUE, 'g'),
		group: 1
	},
	{
		// export NAME=…, NAME=… cmd, ENV NAME=…, set "NAME=…", - NAME=… (compose), $env:NAME = …
		kind: 'environment-password',
		pattern: new RegExp(String.raw`(?<![\w$])(?:\$env:)?(${SECRET_NAME})[ \t]*=[ \t]*` + VALUE, 'g'),
		group: 2
	},
	{
		// NAME: value in YAML (compose environment:, Kubernetes env), "NAME": "value" in JSON.
		kind: 'environment-password',
		pattern: new RegExp(String.raw`(?<![\w$])["']?(${SECRET_NAME})["']?[ \t]*:[ \t]*` + LINE_VALUE, 'g'),
		group: 2
	},
	{
		kind: 'config-password',
		pattern: new RegExp(String.raw`(?<![\w$.])["']?(${CONFIG_KEYS})["']?[ \t]*=[ \t]*` + VALUE, 'gi'),
		group: 2
	},
	{
		kind: 'config-password',
		pattern: new RegExp(String.raw`(?<![\w$.])["']?(${CONFIG_KEYS})["']?[ \t]*:[ \t]*` + LINE_VALUE, 'gi'),
		group: 2
	}
];

/** Where the value captured by `group` starts and ends, given the match. */
function valueSpan(m: RegExpExecArray, group: number): { start: number; value: string } {
	const value = m[group];
	return { start: m.index + m[0].length - value.length, value };
}

/**
 * Whether a pattern occurs on the same line before a position, for positions asked in increasing
 * order: each line is searched once, so a 2 MB line of "-p x" stays linear.
 */
class LineTest {
	private lineStart = 0;
	private nextBreak = -1;
	private found = new Map<RegExp, number>();

	constructor(private readonly text: string) {
		this.nextBreak = text.indexOf('\n');
	}

	before(at: number, pattern: RegExp): boolean {
		while (this.nextBreak >= 0 && this.nextBreak < at) {
			this.lineStart = this.nextBreak + 1;
			this.nextBreak = this.text.indexOf('\n', this.lineStart);
			this.found.clear();
		}
		let first = this.found.get(pattern);
		if (first === undefined) {
			const end = this.nextBreak < 0 ? this.text.length : this.nextBreak;
			const m = pattern.exec(this.text.slice(this.lineStart, end));
			first = m ? this.lineStart + m.index : Infinity;
			this.found.set(pattern, first);
		}
		return first < at;
	}
}

export function credentialSpans(text: string): SecretSpan[] {
	const spans: SecretSpan[] = [];
	for (const rule of RULES) {
		const lines = new LineTest(text);
		rule.pattern.lastIndex = 0;
		for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
			if (m[0].length === 0) {
				rule.pattern.lastIndex++;
				continue;
			}
			let { start, value } = valueSpan(m, rule.group);
			if (rule.lineMustMatch && !lines.before(m.index, rule.lineMustMatch)) continue;
			if (rule.valuePrefix) {
				const prefix = rule.valuePrefix.exec(value);
				if (!prefix) continue;
				start += prefix[0].length;
				value = value.slice(prefix[0].length);
			}
			// A quoted value keeps its quotes outside the span, so the line still reads as it did.
			const quoted = /^["']/.test(value) && value.length >= 2 && value.endsWith(value[0]);
			const inner = quoted ? value.slice(1, -1) : trimEndOf(value, ' \t\r\n,;)}]');
			if (inner === '' || REFERENCE.test(inner)) continue;
			// "mongosh -p --tls": -p with no value asks for the password; the next word is a flag.
			if (rule.kind === 'command-line-password' && !quoted && inner.startsWith('-')) continue;
			const innerStart = quoted ? start + 1 : start;
			spans.push({ start: innerStart, end: innerStart + inner.length, kind: rule.kind });
		}
	}
	return spans;
}
