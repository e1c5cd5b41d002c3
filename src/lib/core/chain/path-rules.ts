/**
 * The checks of path validation, one named rule each, with where it comes from. The path builder
 * (path-builder.ts) only builds: each time it puts a candidate issuer above the top of a path it
 * asks every 'link' rule here about the certificates the new link concerns, and when a path reaches
 * a trust anchor it asks every 'path' rule about each certificate of the complete path. What a rule
 * returns is attached to the certificate it judged, in registry order, so a report lists problems
 * the same way whichever search found the path.
 *
 * A link rule judges one of: the new issuer in its role ('issuer'), the certificate it signed
 * ('child'), or every certificate below it in turn ('below', for limits an issuer sets on the
 * whole path under it). A rule marked `perCertificate` depends on nothing but the certificate and
 * its role, so the builder judges it once per certificate and role however many paths it appears in.
 */

import type { Budget } from './budget';
import {
	caBasicConstraintsProblems,
	caEkuProblems,
	caKeyUsageProblems,
	caProfileProblems,
	encodingProblems,
	extensionProblems,
	keyProblems,
	signatureAlgorithmMismatch,
	signatureAlgorithmProblems,
	validityProblems,
	type PathRole
} from './certificate-profile';
import type { ChainCertificate } from '../x509/chain-certificate';
import { checkNameConstraints } from './name-constraints';
import { describeName } from '../x509/name-key';
import type { ValidationPolicy } from './policy';
import { problem, type Problem } from './problems';
import { revocationStatus, type CrlInput, type RevocationStatus } from './revocation';
import type { SignatureVerifier } from './signature';

export interface PathLink {
	cert: ChainCertificate;
	role: PathRole;
	/** What is wrong with this certificate in this position; empty when it holds its place. */
	problems: Problem[];
	/** Set when CRLs were checked for this certificate. */
	revocation?: RevocationStatus;
}

/** What every rule may consult: the client's policy, the time, the purpose, and the shared means. */
export interface RuleSettings {
	policy: ValidationPolicy;
	atMs: number;
	/** The extended key usage the leaf must allow (serverAuth or clientAuth OID). */
	eku?: string;
	crls: CrlInput[];
	verifier: SignatureVerifier;
}

/** Thrown by a rule that cannot finish within the budget: it stops the whole search. */
export class SearchHalted extends Error {
	constructor(readonly problem: Problem) {
		super(problem.detail);
	}
}

export interface LinkContext extends RuleSettings {
	/** The path before the new link, leaf first; its top is the certificate the issuer signed. */
	path: readonly PathLink[];
	issuer: ChainCertificate;
	issuerRole: 'intermediate' | 'anchor';
	budget: Budget;
}

export interface PathContext extends RuleSettings {
	/** The complete path, leaf first, ending at a trust anchor. */
	links: readonly PathLink[];
	/** Record what a CRL lookup found for the certificate at `at`. */
	revocation(at: number, status: RevocationStatus): void;
}

type Judged = Problem[] | Promise<Problem[]>;

export interface LinkRule {
	id: string;
	citation: string;
	stage: 'link';
	on: 'issuer' | 'child' | 'below';
	/** Depends on the issuer certificate and its role only: judged once per certificate and role. */
	perCertificate?: boolean;
	/** `at` is the index of the certificate judged: `path.length` for the issuer, `path.length - 1` for the child. */
	judge(ctx: LinkContext, at: number): Judged;
}

export interface PathRule {
	id: string;
	citation: string;
	stage: 'path';
	/** Called for each certificate of a complete path, `at` its index from the leaf. */
	judge(ctx: PathContext, at: number): Judged;
}

export type Rule = LinkRule | PathRule;

const issuerRule = (
	id: string,
	citation: string,
	judge: (cert: ChainCertificate, role: 'intermediate' | 'anchor', ctx: LinkContext) => Problem[]
): LinkRule => ({
	id,
	citation,
	stage: 'link',
	on: 'issuer',
	perCertificate: true,
	judge: (ctx) => judge(ctx.issuer, ctx.issuerRole, ctx)
});

/** Intermediates on the path that count against path lengths: not the leaf, not anchors, not self-issued (RFC 5280 §6.1.4(l)). */
export function intermediateCount(path: readonly PathLink[]): number {
	let n = 0;
	for (let i = 1; i < path.length; i++) if (path[i].role === 'intermediate' && !path[i].cert.selfIssued) n++;
	return n;
}

/** Every rule, in the order their problems are listed for a certificate. */
export const PATH_RULES: readonly Rule[] = [
	issuerRule('issuer.validity', 'RFC 5280 §4.1.2.5, §6.1.3(a)(2); OpenSSL X509_V_ERR_CERT_HAS_EXPIRED', (cert, role, { policy, atMs }) =>
		role !== 'anchor' || policy.checkAnchor.validity ? validityProblems(cert, atMs) : []
	),
	issuerRule('issuer.extensions', 'RFC 5280 §4.2; OpenSSL X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION', (cert, _role, { policy }) =>
		extensionProblems(cert, policy)
	),
	issuerRule('issuer.signature-algorithm-match', 'RFC 5280 §4.1.1.2; OpenSSL X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY', (cert) =>
		signatureAlgorithmMismatch(cert)
	),
	issuerRule('issuer.key', 'CA/B Forum BR §6.1.5; OpenSSL X509_V_ERR_CA_KEY_TOO_SMALL', (cert, _role, { policy }) =>
		keyProblems(cert, policy)
	),
	issuerRule('issuer.encoding', 'RFC 5280 §4.1.2.2, §4.1.2.5, §4.2.1.1, §4.2.1.2, §4.2.1.6', (cert, role, { policy }) =>
		encodingProblems(cert, role, policy)
	),
	issuerRule('ca.basic-constraints', 'RFC 5280 §4.2.1.9, §6.1.4(k); OpenSSL X509_V_ERR_INVALID_CA', (cert, role, { policy }) =>
		caBasicConstraintsProblems(cert, role, policy)
	),
	issuerRule('ca.key-usage', 'RFC 5280 §4.2.1.3, §6.1.4(n); OpenSSL X509_V_ERR_KEYUSAGE_NO_CERTSIGN', (cert, role, { policy }) =>
		caKeyUsageProblems(cert, role, policy)
	),
	issuerRule('ca.profile', 'RFC 5280 §4.2.1.1, §4.2.1.2, §4.2.1.10; CA/B Forum BR §7.1.2', (cert, role, { policy }) =>
		caProfileProblems(cert, role, policy)
	),
	issuerRule('ca.extended-key-usage', 'CA/B Forum BR §7.1.2.2(g); OpenSSL X509_V_ERR_INVALID_PURPOSE', (cert, role, { policy, eku }) =>
		caEkuProblems(cert, role, policy, eku)
	),
	{
		id: 'ca.path-length',
		citation: 'RFC 5280 §4.2.1.9, §6.1.4(l)-(m); OpenSSL X509_V_ERR_PATH_LENGTH_EXCEEDED',
		stage: 'link',
		on: 'issuer',
		judge: ({ issuer, path }) => {
			const pathLen = issuer.ext.basicConstraints?.pathLen;
			const below = intermediateCount(path);
			if (pathLen === undefined || below <= pathLen) return [];
			const allows = `it allows at most ${pathLen} intermediate CA${pathLen === 1 ? '' : 's'} below it`;
			return [problem('path-length-exceeded', `${allows}, and this path has ${below}`)];
		}
	},
	{
		id: 'child.signature-algorithm',
		citation: 'CA/B Forum BR §7.1.3.2; OpenSSL X509_V_ERR_CA_MD_TOO_WEAK',
		stage: 'link',
		on: 'child',
		judge: ({ path, policy }, at) => signatureAlgorithmProblems(path[at].cert, policy)
	},
	{
		id: 'child.signature',
		citation: 'RFC 5280 §6.1.3(a)(1); OpenSSL X509_V_ERR_CERT_SIGNATURE_FAILURE',
		stage: 'link',
		on: 'child',
		judge: ({ path, issuer, verifier }, at) =>
			verifier.verifyCertificate(path[at].cert, issuer).then((signature) => {
				if (signature.status === 'invalid') {
					const why = `its signature does not verify with the key of "${describeName(issuer.subject)}": ${signature.reason}`;
					return [problem('bad-signature', why)];
				}
				if (signature.status === 'unsupported') return [problem('signature-unverifiable', signature.reason)];
				return [];
			})
	},
	{
		id: 'name-constraints',
		citation: 'RFC 5280 §4.2.1.10, §6.1.3(b)-(c); OpenSSL X509_V_ERR_PERMITTED_VIOLATION',
		stage: 'link',
		on: 'below',
		judge: ({ path, issuer, policy, budget }, at) => {
			const target = path[at].cert;
			// §6.1.3(b): self-issued certificates other than the leaf are not held to the names below them.
			if (!issuer.ext.nameConstraints || (at > 0 && target.selfIssued)) return [];
			const verdict = checkNameConstraints(issuer, target, at === 0, policy, budget);
			if (verdict.ok) return [];
			if (verdict.fatal) throw new SearchHalted(verdict.problem);
			return [{ ...verdict.problem, detail: `${verdict.problem.detail}, a limit set by "${describeName(issuer.subject)}"` }];
		}
	},
	{
		id: 'revocation',
		citation: 'RFC 5280 §6.3, §5.3.1; OpenSSL X509_V_ERR_CERT_REVOKED, X509_V_ERR_UNABLE_TO_GET_CRL',
		stage: 'path',
		judge: (ctx, at) => {
			const { links, crls, policy } = ctx;
			if (crls.length === 0 || at + 1 >= links.length || (policy.revocation.scope === 'leaf' && at > 0)) return [];
			return revocationProblems(ctx, at);
		}
	}
];

async function revocationProblems(ctx: PathContext, at: number): Promise<Problem[]> {
	const { links, crls, policy, atMs, verifier } = ctx;
	const issuer = links[at + 1].cert;
	const status = await revocationStatus(links[at].cert, issuer, crls, atMs, verifier, policy.revocation);
	ctx.revocation(at, status);
	if (status.status === 'revoked') {
		const reason = status.entry.reason ? ` (${status.entry.reason})` : '';
		return [problem('revoked', `its issuer's CRL lists it as revoked on ${status.entry.date}${reason}`)];
	}
	if (status.status === 'no-crl')
		return [problem('crl-unusable', `revocation checking is on, and no CRL from "${describeName(issuer.subject)}" was given`)];
	if (status.status === 'unusable') {
		const why = status.defects.flatMap((d) => d.defects.map((x) => x.detail)).join('; ');
		return [problem('crl-unusable', `the CRL from its issuer cannot be used: ${why}`)];
	}
	return [];
}

export const LINK_RULES: readonly LinkRule[] = PATH_RULES.filter((r): r is LinkRule => r.stage === 'link');
export const COMPLETE_PATH_RULES: readonly PathRule[] = PATH_RULES.filter((r): r is PathRule => r.stage === 'path');
