/**
 * Name constraints (RFC 5280 §4.2.1.10, §6.1.3(b)-(c)): a CA limited to some namespaces may only
 * vouch for certificates whose names lie inside its permitted subtrees and outside its excluded
 * ones. Applied to every certificate below the constraining CA, except self-issued intermediates;
 * a name of a kind the CA constrains in a way that cannot be evaluated fails the path, as the RFC
 * requires. Every comparison is counted against a budget so hostile certificates with thousands
 * of names and constraints fail quickly instead of hanging the page.
 */

import type { Budget } from './budget';
import type { ChainCertificate } from '../x509/chain-certificate';
import {
	constraintContainsPattern,
	constraintOverlapsPattern,
	emailConstraintMatches,
	isDnsName,
	readDnsPattern,
	readEmailConstraint,
	readMailbox,
	uriHost,
	type DnsPattern
} from '../names/dns';
import type { GeneralSubtree } from '../x509/extensions';
import { describeGeneralName, type GeneralName } from '../x509/general-name';
import { ipOrRangeToString } from '../names/ip';
import { commonNames, describeName, emailAddresses, nameWithinSubtree } from '../x509/name-key';
import type { ValidationPolicy } from './policy';
import { problem, type Problem } from './problems';

export type ConstraintVerdict = { ok: true } | { ok: false; problem: Problem; fatal: boolean };

type Match = 'match' | 'no-match' | 'not-applicable' | { error: string };

/** The names of `target` a constraint applies to: its SANs, its subject, and e-mail addresses in the subject. */
function namesOf(target: ChainCertificate, isLeaf: boolean, policy: ValidationPolicy): GeneralName[] {
	const names: GeneralName[] = [...(target.ext.subjectAltName?.names ?? [])];
	if (!target.subject.empty) names.push({ kind: 'directory', name: target.subject });
	for (const email of emailAddresses(target.subject)) names.push({ kind: 'email', value: email });
	// OpenSSL checks a host-like CN against DNS constraints when the leaf has no DNS SAN (x509_vfy.c check_name_constraints).
	if (isLeaf && policy.nameConstraints.checkCommonName && !names.some((n) => n.kind === 'dns')) {
		for (const cn of commonNames(target.subject)) if (cn.includes('.') && isDnsName(cn)) names.push({ kind: 'dns', value: cn });
	}
	return names;
}

export function checkNameConstraints(
	constrainer: ChainCertificate,
	target: ChainCertificate,
	isLeaf: boolean,
	policy: ValidationPolicy,
	budget: Budget
): ConstraintVerdict {
	const nc = constrainer.ext.nameConstraints;
	if (!nc) return { ok: true };
	const permitted = nc.permitted ?? [];
	const excluded = nc.excluded ?? [];
	for (const name of namesOf(target, isLeaf, policy)) {
		let permittedApplies = false;
		let permittedHit = false;
		for (const subtree of permitted) {
			const m = evaluate(subtree, name, 'permitted', policy, budget);
			if (budget.exhausted) return exhausted();
			if (typeof m === 'object') return { ok: false, problem: problem('name-constraint-unsupported', m.error), fatal: false };
			if (m === 'not-applicable') continue;
			permittedApplies = true;
			if (m === 'match') {
				permittedHit = true;
				break;
			}
		}
		if (permittedApplies && !permittedHit) {
			return {
				ok: false,
				fatal: false,
				problem: problem(
					'name-constraint-violated',
					`${describeTarget(name)} is outside the names this CA may certify (permitted: ${describeSubtrees(permitted, name.kind)})`
				)
			};
		}
		for (const subtree of excluded) {
			const m = evaluate(subtree, name, 'excluded', policy, budget);
			if (budget.exhausted) return exhausted();
			if (typeof m === 'object') return { ok: false, problem: problem('name-constraint-unsupported', m.error), fatal: false };
			if (m === 'match') {
				return {
					ok: false,
					fatal: false,
					problem: problem(
						'name-constraint-violated',
						`${describeTarget(name)} falls in a subtree this CA is forbidden to certify (${describeGeneralName(subtree.base)})`
					)
				};
			}
		}
	}
	return { ok: true };
}

function exhausted(): ConstraintVerdict {
	return {
		ok: false,
		fatal: true,
		problem: problem(
			'name-constraint-unsupported',
			'too many names and constraints to compare: validation stopped rather than run for minutes'
		)
	};
}

function evaluate(
	subtree: GeneralSubtree,
	name: GeneralName,
	kind: 'permitted' | 'excluded',
	policy: ValidationPolicy,
	budget: Budget
): Match {
	const base = subtree.base;
	if (base.kind !== name.kind) return 'not-applicable';
	if (base.kind === 'other' && name.kind === 'other' && base.tag !== name.tag) return 'not-applicable';
	if (--budget.nameChecks < 0) {
		budget.exhausted = true;
		return 'no-match';
	}
	switch (base.kind) {
		case 'dns':
			return dnsMatch(dnsConstraintOf(base.value, policy), dnsPatternOf((name as { value: string }).value), kind);
		case 'ip':
			return ipMatch(base.bytes, (name as { bytes: Uint8Array }).bytes);
		case 'email': {
			const constraint = readEmailConstraint(base.value);
			if (!constraint) return { error: `the CA's e-mail name constraint "${base.value}" is malformed` };
			const mailbox = readMailbox((name as { value: string }).value);
			if (!mailbox)
				return {
					error: `the e-mail address "${(name as { value: string }).value}" is malformed, so it cannot be shown to satisfy the CA's constraints`
				};
			return emailConstraintMatches(constraint, mailbox) ? 'match' : 'no-match';
		}
		case 'directory':
			return nameWithinSubtree((name as { name: typeof base.name }).name, base.name) ? 'match' : 'no-match';
		case 'uri': {
			const host = uriHost((name as { value: string }).value);
			if (!host) return { error: `the URI "${(name as { value: string }).value}" has no host to compare with the CA's URI constraints` };
			const c = base.value.toLowerCase();
			return (c.startsWith('.') ? host.endsWith(c) : host === c) ? 'match' : 'no-match';
		}
		case 'other':
			return { error: `the CA constrains ${describeGeneralName(base)} names, which cannot be evaluated, and the certificate carries one` };
	}
}

type PreparedConstraint = { ok: true; value: string; lowered: string; dotted: string; leadingDot: boolean } | { ok: false; error: string };
type PreparedPattern = { ok: true; pattern: DnsPattern } | { ok: false; error: string };

// Hostile certificates pair thousands of names with thousands of constraints: each string is
// parsed and lower-cased once, not once per pair, so the comparison budget is reached in
// milliseconds rather than seconds.
const preparedConstraints = { dot: new Map<string, PreparedConstraint>(), plain: new Map<string, PreparedConstraint>() };
const preparedPatterns = new Map<string, PreparedPattern>();
const CACHE_LIMIT = 50_000;

function dnsConstraintOf(constraint: string, policy: ValidationPolicy): PreparedConstraint {
	const cache = policy.nameConstraints.leadingDotDns ? preparedConstraints.dot : preparedConstraints.plain;
	let prepared = cache.get(constraint);
	if (!prepared) {
		const leadingDot = constraint.startsWith('.');
		const valid = leadingDot ? policy.nameConstraints.leadingDotDns && isDnsName(constraint.slice(1)) : isDnsName(constraint);
		const lowered = constraint.replace(/[A-Z]/g, (c) => c.toLowerCase());
		prepared = valid
			? { ok: true, value: constraint, lowered, dotted: `.${lowered}`, leadingDot }
			: { ok: false, error: `the CA's DNS name constraint "${constraint}" is malformed` };
		if (cache.size > CACHE_LIMIT) cache.clear();
		cache.set(constraint, prepared);
	}
	return prepared;
}

function dnsPatternOf(value: string): PreparedPattern {
	let prepared = preparedPatterns.get(value);
	if (!prepared) {
		const pattern = readDnsPattern(value);
		prepared = pattern
			? { ok: true, pattern }
			: { ok: false, error: `the DNS name "${value}" is malformed, so it cannot be shown to satisfy the CA's constraints` };
		if (preparedPatterns.size > CACHE_LIMIT) preparedPatterns.clear();
		preparedPatterns.set(value, prepared);
	}
	return prepared;
}

function dnsMatch(c: PreparedConstraint, p: PreparedPattern, kind: 'permitted' | 'excluded'): Match {
	if (!c.ok) return { error: c.error };
	if (!p.ok) return { error: p.error };
	const { pattern } = p;
	if (c.leadingDot) {
		// OpenSSL's ".example.com": subdomains only (the pattern's base is already lower-case).
		const probe = pattern.wildcard ? `x.${pattern.base}` : pattern.base;
		return probe.endsWith(c.lowered) ? 'match' : 'no-match';
	}
	if (!pattern.wildcard) return pattern.base === c.lowered || pattern.base.endsWith(c.dotted) ? 'match' : 'no-match';
	// A wildcard stands for many names: permitted must hold all of them, excluded must touch none.
	const hit = kind === 'permitted' ? constraintContainsPattern(c.value, pattern) : constraintOverlapsPattern(c.value, pattern);
	return hit ? 'match' : 'no-match';
}

function ipMatch(constraint: Uint8Array, address: Uint8Array): Match {
	if (constraint.length !== 8 && constraint.length !== 32)
		return { error: `the CA's IP name constraint ${ipOrRangeToString(constraint)} is not an address and a mask` };
	const half = constraint.length / 2;
	const mask = constraint.subarray(half);
	if (!contiguousMask(mask)) return { error: `the CA's IP name constraint ${ipOrRangeToString(constraint)} has a non-contiguous mask` };
	if (address.length !== 4 && address.length !== 16) return { error: `the IP address entry ${ipOrRangeToString(address)} is malformed` };
	if (address.length !== half) return 'no-match';
	for (let i = 0; i < half; i++) if ((address[i] & mask[i]) !== (constraint[i] & mask[i])) return 'no-match';
	return 'match';
}

function contiguousMask(mask: Uint8Array): boolean {
	let zeroSeen = false;
	for (const byte of mask) {
		for (let bit = 7; bit >= 0; bit--) {
			const set = (byte >> bit) & 1;
			if (set && zeroSeen) return false;
			if (!set) zeroSeen = true;
		}
	}
	return true;
}

function describeTarget(name: GeneralName): string {
	if (name.kind === 'directory') return `the subject "${describeName(name.name)}"`;
	return `the name ${describeGeneralName(name)}`;
}

function describeSubtrees(subtrees: GeneralSubtree[], kind: GeneralName['kind']): string {
	const same = subtrees.filter((s) => s.base.kind === kind);
	return same.map((s) => (s.base.kind === 'directory' ? describeName(s.base.name) : describeGeneralName(s.base))).join(', ') || 'none';
}
