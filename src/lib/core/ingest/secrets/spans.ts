/**
 * Where secrets sit in a pasted text: spans found by the detectors in this folder (each one kind
 * of secret, taken from the formats that print it), merged, and then either masked in place for
 * what the analysis keeps or cut out of what leaves the page. Redaction works on these spans,
 * never on serialised output: a password "true" or "host" can then only ever hide itself.
 */

export type SecretKind =
	| 'private-key'
	| 'private-key-numbers'
	| 'connection-string-password'
	| 'password-option'
	| 'command-line-password'
	| 'environment-password'
	| 'config-password'
	| 'cloud-secret';

export interface SecretSpan {
	start: number;
	end: number;
	kind: SecretKind;
}

/** How each kind is named when the page says what it left out. */
export const SECRET_KIND_NAMES: Record<SecretKind, [one: string, many: string]> = {
	'private-key': ['private key', 'private keys'],
	'private-key-numbers': ['private key printed by openssl -text', 'private keys printed by openssl -text'],
	'connection-string-password': ['connection-string password', 'connection-string passwords'],
	'password-option': ['password option', 'password options'],
	'command-line-password': ['password on a command line', 'passwords on command lines'],
	'environment-password': ['password in an environment variable', 'passwords in environment variables'],
	'config-password': ['password in a configuration file or code', 'passwords in configuration files or code'],
	'cloud-secret': ['cloud credential', 'cloud credentials']
};

/** Sorted, with overlapping and touching spans joined (the wider kind, a key, wins the name). */
export function mergeSpans(spans: readonly SecretSpan[]): SecretSpan[] {
	const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
	const out: SecretSpan[] = [];
	for (const s of sorted) {
		const last = out[out.length - 1];
		if (last && s.start <= last.end) {
			if (s.end > last.end) last.end = s.end;
			if (s.kind === 'private-key') last.kind = 'private-key';
		} else out.push({ ...s });
	}
	return out;
}

/** What replaces each kind: a password becomes ****, key material a note saying what it was. */
export function replacementFor(kind: SecretKind): string {
	switch (kind) {
		case 'private-key':
			return '[private key removed]';
		case 'private-key-numbers':
			return '[private key numbers removed]';
		default:
			return '****';
	}
}

/** The text with every span replaced by its replacement. Spans must be merged (mergeSpans). */
export function replaceSpans(text: string, spans: readonly SecretSpan[]): string {
	if (spans.length === 0) return text;
	const parts: string[] = [];
	let at = 0;
	for (const s of spans) {
		parts.push(text.slice(at, s.start), replacementFor(s.kind));
		at = s.end;
	}
	parts.push(text.slice(at));
	return parts.join('');
}

/** "1 private key, 2 connection-string passwords", in the order the kinds are declared. */
export function describeRemoved(spans: readonly SecretSpan[]): string[] {
	const counts = new Map<SecretKind, number>();
	for (const s of spans) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
	return (Object.keys(SECRET_KIND_NAMES) as SecretKind[])
		.filter((k) => counts.has(k))
		.map((k) => {
			const n = counts.get(k)!;
			return `${n} ${SECRET_KIND_NAMES[k][n === 1 ? 0 : 1]}`;
		});
}
