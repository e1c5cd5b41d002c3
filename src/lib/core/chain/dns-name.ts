/**
 * DNS names, wildcard patterns and email addresses as strict validators read them: RFC 5280
 * §4.2.1.6 "preferred name syntax" (RFC 1034 §3.5 as amended by RFC 1123 §2.1), RFC 6125 §6.4.3
 * wildcards as the CA/Browser Forum narrows them (a whole left-most "*" label only), and the
 * RFC 5280 §4.2.1.10 subtree rules for name constraints.
 */

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isDnsName(name: string): boolean {
	if (name.length === 0 || name.length > 253) return false;
	return name.split('.').every((label) => LABEL.test(label));
}

const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** A SAN dNSName: an exact name, or "*." followed by a name. Anything else matches nothing. */
export type DnsPattern = { wildcard: boolean; base: string };

export function readDnsPattern(value: string): DnsPattern | undefined {
	if (value.startsWith('*.')) {
		const base = value.slice(2);
		return isDnsName(base) ? { wildcard: true, base: lower(base) } : undefined;
	}
	return isDnsName(value) ? { wildcard: false, base: lower(value) } : undefined;
}

export function patternMatchesHost(pattern: DnsPattern, host: string): boolean {
	const h = lower(host);
	if (!pattern.wildcard) return pattern.base === h;
	const dot = h.indexOf('.');
	// "*" stands for exactly one label: never for nothing, never for several.
	return dot > 0 && h.slice(dot + 1) === pattern.base;
}

/** RFC 5280 §4.2.1.10: a DNS constraint matches the name itself and anything with labels added on the left. */
export function dnsConstraintMatches(constraint: string, name: string): boolean {
	const c = lower(constraint);
	const n = lower(name);
	return n === c || n.endsWith('.' + c);
}

/** OpenSSL also accepts ".example.com" as a DNS constraint, meaning subdomains only. */
export function leadingDotConstraintMatches(constraint: string, name: string): boolean {
	return lower(name).endsWith(lower(constraint));
}

/** Does every name a wildcard stands for lie inside the constraint (a permitted subtree must hold them all)? */
export function constraintContainsPattern(constraint: string, pattern: DnsPattern): boolean {
	return dnsConstraintMatches(constraint, pattern.base);
}

/** Could any name the wildcard stands for lie inside the constraint (an excluded subtree must not touch any)? */
export function constraintOverlapsPattern(constraint: string, pattern: DnsPattern): boolean {
	if (dnsConstraintMatches(constraint, pattern.base)) return true;
	const c = lower(constraint);
	const dot = c.indexOf('.');
	return dot > 0 && c.slice(dot + 1) === pattern.base;
}

const ATEXT = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+$/;

/** An RFC 5321 mailbox in dot-atom form (quoted local parts are not accepted, as in pyca/cryptography). */
export function readMailbox(value: string): { local: string; domain: string } | undefined {
	const at = value.indexOf('@');
	if (at <= 0 || at !== value.lastIndexOf('@')) return undefined;
	const local = value.slice(0, at);
	const domain = value.slice(at + 1);
	if (!local.split('.').every((part) => ATEXT.test(part))) return undefined;
	if (!isDnsName(domain)) return undefined;
	return { local, domain: lower(domain) };
}

export type EmailConstraint =
	{ kind: 'mailbox'; local: string; domain: string } | { kind: 'host'; domain: string } | { kind: 'within'; domain: string };

/** RFC 5280 §4.2.1.10 rfc822Name constraint: a mailbox, all mail at one host, or at any host under a domain. */
export function readEmailConstraint(value: string): EmailConstraint | undefined {
	if (value.startsWith('.')) return isDnsName(value.slice(1)) ? { kind: 'within', domain: lower(value.slice(1)) } : undefined;
	const mailbox = readMailbox(value);
	if (mailbox) return { kind: 'mailbox', ...mailbox };
	return isDnsName(value) ? { kind: 'host', domain: lower(value) } : undefined;
}

export function emailConstraintMatches(constraint: EmailConstraint, mailbox: { local: string; domain: string }): boolean {
	switch (constraint.kind) {
		case 'mailbox':
			// The local part is compared exactly: "*" in a constraint is a literal asterisk.
			return constraint.local === mailbox.local && constraint.domain === mailbox.domain;
		case 'host':
			return constraint.domain === mailbox.domain;
		case 'within':
			return mailbox.domain.endsWith('.' + constraint.domain);
	}
}

/** The host of a URI, for URI name constraints (RFC 5280 §4.2.1.10 compares hosts, not whole URIs). */
export function uriHost(uri: string): string | undefined {
	const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/.exec(uri);
	return m && m[1] ? lower(m[1]) : undefined;
}
