/**
 * The x509-limbo suite (C2SP, ../shared/conformance/x509-limbo/limbo.json, or LIMBO_DIR) and the rules for
 * which testcases this validator runs. A testcase is skipped only for a reason written here: a
 * feature tag we declare unsupported, something the validate() API cannot express, or an id on
 * the reviewed list below. Everything else runs, and a wrong verdict is a failure.
 */

import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../helpers/shared';

export const LIMBO_DIR = process.env.LIMBO_DIR ?? sharedPath('conformance', 'x509-limbo') ?? '../shared/conformance/x509-limbo';

export interface LimboPeerName {
	kind: 'DNS' | 'IP' | 'RFC822';
	value: string;
}

export interface LimboTestcase {
	id: string;
	description: string;
	features?: string[];
	validation_kind: 'SERVER' | 'CLIENT';
	trusted_certs: string[];
	untrusted_intermediates: string[];
	peer_certificate: string;
	validation_time: string | null;
	expected_peer_name: LimboPeerName | null;
	extended_key_usage: string[];
	key_usage: string[];
	signature_algorithms: string[];
	max_chain_depth: number | null;
	crls: string[];
	expected_result: 'SUCCESS' | 'FAILURE';
	conflicts_with?: string[];
}

export function limboAvailable(): boolean {
	return existsSync(`${LIMBO_DIR}/limbo.json`);
}

export function loadLimbo(): LimboTestcase[] {
	return (JSON.parse(readFileSync(`${LIMBO_DIR}/limbo.json`, 'utf8')) as { testcases: LimboTestcase[] }).testcases;
}

/** Reference verdicts (expected, OpenSSL brief, OpenSSL upstream-flags, pyca), one letter each: S, F or -. */
export function loadAnchors(): Record<string, string> {
	const path = `${LIMBO_DIR}/anchors-per-testcase.json`;
	if (!existsSync(path)) return {};
	return (JSON.parse(readFileSync(path, 'utf8')) as { results: Record<string, string> }).results;
}

/** Feature tags this validator does not implement, with the reason. */
export const UNSUPPORTED_FEATURES: Record<string, string> = {
	'pedantic-public-suffix-wildcard':
		'no Public Suffix List is shipped; wildcards over public suffixes are judged by a short list in x509/hostname.ts only',
	'pedantic-webpki-eku': 'a leaf without extendedKeyUsage, and a root carrying one, are accepted, as every TLS client in use does',
	'pedantic-rfc5280':
		'a trusted cross-signed root without AKI is accepted, as OpenSSL, Go, browsers and x509-limbo cve::cve-2024-0567 expect',
	'rfc5280-incompatible-with-webpki': 'the validator follows the CA/B Forum exception (non-critical nameConstraints allowed)',
	'has-policy-constraints': 'certificate policy processing (RFC 5280 §6.1.3(d)-(f), §6.1.4(i)-(j)) is not implemented'
};

/** Testcases skipped by id, each with a reviewed reason. Keep this short. */
export const SKIPPED_IDS: Record<string, string> = {
	'rfc5280::ca-as-leaf':
		'conflicts with webpki::ca-as-leaf (limbo conflicts_with): the validator follows the CA/B Forum rule that a CA certificate is not a TLS leaf',
	'pathlen::validation-ignores-pathlen-in-leaf':
		'its leaf is a CA certificate (CA:TRUE, pathlen:0): the same situation as rfc5280::ca-as-leaf, decided the other way by webpki::ca-as-leaf'
};

export type SkipReason = string | undefined;

/** Why a testcase is not run, or undefined when it must run. */
export function skipReason(tc: LimboTestcase): SkipReason {
	if (tc.validation_kind !== 'SERVER') return 'CLIENT validation (peer names are e-mail addresses): not expressible in validate()';
	if (tc.key_usage.length) return 'asks for a key usage constraint, which validate() cannot express';
	if (tc.signature_algorithms.length) return 'restricts signature algorithms, which validate() cannot express';
	if (tc.extended_key_usage.some((e) => e !== 'serverAuth')) return 'asks for an EKU other than serverAuth';
	const feature = (tc.features ?? []).find((f) => f in UNSUPPORTED_FEATURES);
	if (feature) return `feature ${feature}: ${UNSUPPORTED_FEATURES[feature]}`;
	if (tc.id in SKIPPED_IDS) return SKIPPED_IDS[tc.id];
	return undefined;
}

/**
 * Testcases this validator decides against x509-limbo's expectation on purpose. They still run
 * and still count as failures; the reason is printed next to them.
 */
export const KNOWN_DISAGREEMENTS: { prefix: string; reason: string }[] = [
	{
		prefix: 'webpki::cn::',
		reason:
			'CA/B BR §7.1.4.3 (a CN must copy a SAN value) is expected here, yet 387 other testcases (bettertls::, rfc5280::nc::, webpki::san::, webpki::nc::) ' +
			'expect success for leaves whose CN is not among their SANs, and OpenSSL and pyca accept all nine: the rule cannot be applied without failing those'
	}
];

export function disagreementReason(id: string): string | undefined {
	return KNOWN_DISAGREEMENTS.find((d) => id.startsWith(d.prefix))?.reason;
}

/**
 * A deterministic part of the suite small enough for every `npm test`: every testcase outside
 * bettertls:: (the hand-written ones, a few hundred) and every `stride`-th BetterTLS one.
 */
export function representativeSubset(cases: LimboTestcase[], stride: number): LimboTestcase[] {
	let n = 0;
	return cases.filter((tc) => !tc.id.startsWith('bettertls::') || n++ % stride === 0);
}
