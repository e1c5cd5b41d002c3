/**
 * DNS names, wildcard patterns and email addresses as strict validators read them: RFC 5280
 * §4.2.1.6 "preferred name syntax" (RFC 1034 §3.5 as amended by RFC 1123 §2.1), RFC 6125 §6.4.3
 * wildcards as the CA/Browser Forum narrows them (a whole left-most "*" label only), and the
 * RFC 5280 §4.2.1.10 subtree rules for name constraints. The one wildcard matcher
 * (matchesDnsName) and the reasons a dNSName or a wildcard can never match (dnsNameFault,
 * wildcardFault) live here too, for the checks and the remedies alike.
 */

import { isPublicSuffix } from './public-suffix';

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const LABEL_WITH_UNDERSCORE = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$/;

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

/** A host as clients compare it: trimmed, lower-case, without the one trailing dot of a fully qualified name. */
export function normalizeHost(host: string): string {
	let h = host.trim().toLowerCase();
	if (h.endsWith('.')) h = h.slice(0, -1);
	return h;
}

/**
 * The host as a client puts it on the wire and compares it: an internationalised name turned
 * into its IDNA A-label (bücher.example → xn--bcher-kva.example), as certificates must carry
 * it (RFC 5280 §7.2). WHATWG URL parsing does the conversion, in browsers and in Node alike.
 */
export function toAsciiHost(host: string): string {
	// eslint-disable-next-line no-control-regex -- plain ASCII needs no conversion
	if (/^[\u0000-\u007f]*$/.test(host)) return host;
	try {
		return new URL(`http://${host}/`).hostname;
	} catch {
		return host;
	}
}

/**
 * How strictly a name's characters are read. 'preferred' is RFC 5280 §4.2.1.6 preferred name
 * syntax, as Go, Java, rustls and browsers hold certificates to it. 'openssl' is what
 * X509_check_host does (crypto/x509/v3_utl.c): an exact name is compared byte for byte, case
 * folded, whatever its characters (so "a_b.example.com" matches itself); only the label a
 * wildcard stands for must be letters, digits and hyphens (wildcard_match).
 */
export type NameSyntax = 'preferred' | 'openssl';

/**
 * The one SAN/CN matcher, RFC 6125 §6.4: both sides compared case-insensitively without a
 * trailing dot (the pattern untrimmed); its wildcard a whole left-most label standing for exactly
 * one label (§6.4.3, as OpenSSL's X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, Go and browsers apply it),
 * and never over a public suffix or a single label ("*.com", "*.co.uk", "*.internal"). The
 * syntax decides which characters a name may hold (see NameSyntax).
 */
export function matchesDnsName(pattern: string, host: string, syntax: NameSyntax = 'preferred'): boolean {
	const h = normalizeHost(host);
	const written = pattern.endsWith('.') ? pattern.slice(0, -1) : pattern;
	if (syntax === 'openssl') return matchesOpenSslStyle(written, h);
	if (!isDnsName(h)) return false;
	// The host is what a person typed, so it is trimmed; the certificate's pattern is taken as written.
	const p = readDnsPattern(written);
	if (!p) return false;
	if (p.wildcard && (!p.base.includes('.') || isPublicSuffix(p.base))) return false;
	return patternMatchesHost(p, h);
}

const WILDCARD_LABEL = /^[A-Za-z0-9-]+$/;

function matchesOpenSslStyle(pattern: string, host: string): boolean {
	if (pattern === '' || host === '') return false;
	const p = lower(pattern);
	if (!p.startsWith('*.')) return !p.includes('*') && p === host;
	const base = p.slice(2);
	if (base.includes('*') || !base.includes('.') || isPublicSuffix(base)) return false;
	const dot = host.indexOf('.');
	return dot > 0 && WILDCARD_LABEL.test(host.slice(0, dot)) && host.slice(dot + 1) === base;
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

/** Why a dNSName cannot match any host a client dials, or undefined when it is well formed. */
export function dnsNameFault(value: string): string | undefined {
	if (value === '') return 'it is empty';
	if (value.includes('\u0000')) return undefined; // host.nul-byte says it louder
	if (value.trim() !== value || /\s/.test(value)) return 'it contains spaces';
	// eslint-disable-next-line no-control-regex -- only ASCII is allowed in a dNSName
	if (/[^\u0000-\u007f]/.test(value))
		return 'it holds non-ASCII characters: an internationalised name must be written as its IDNA A-label (xn--…), which is what clients compare';
	if (value.endsWith('.')) return 'it ends with a dot, which clients do not expect in a certificate';
	const labels = value.split('.');
	if (labels.some((l) => l === '')) return 'it has an empty label (two dots in a row)';
	// An underscore is outside preferred name syntax, but OpenSSL-based clients (PyMongo, Node, the
	// shells) compare exact names byte for byte and match it, so it is not called unmatchable here.
	const bad = labels.find((l) => !LABEL_WITH_UNDERSCORE.test(l) && !l.includes('*'));
	if (bad !== undefined) return `the label “${bad}” is not letters, digits and hyphens`;
	return undefined;
}

/** Why a wildcard dNSName matches nothing for a current client, or undefined when it is a usable "*.name". */
export function wildcardFault(value: string): string | undefined {
	if (!value.includes('*')) return undefined;
	const labels = value.toLowerCase().replace(/\.$/, '').split('.');
	if (labels.slice(1).some((l) => l.includes('*')))
		return 'a wildcard may only be the whole left-most label; one further right (or two of them) matches nothing';
	if (labels[0] !== '*')
		return `a partial-label wildcard (“${labels[0]}”) is refused by Python and OpenSSL-based clients (X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS), Go, Java and browsers`;
	const base = labels.slice(1).join('.');
	if (labels.length < 3 || isPublicSuffix(base))
		return `“*.${base}” would stand for every name under the public suffix “${base}”; clients refuse to match it, and no CA may issue it`;
	return undefined;
}
