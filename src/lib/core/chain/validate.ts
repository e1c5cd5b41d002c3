/**
 * The whole validation a TLS client performs on a peer's certificate: the leaf's own profile,
 * the peer name, a path from the leaf through the supplied intermediates to a trust anchor with
 * every signature verified, and revocation when CRLs are given. One function, parameterised by
 * a client policy; the report runs it once per client behaviour, the conformance suite runs it
 * against x509-limbo.
 */

import { Budget } from './budget';
import { commonProblems, leafProblems as leafProfileProblems, wholeSeconds } from './certificate-profile';
import { looksSelfSigned, type ChainCertificate } from '../x509/chain-certificate';
import { PathBuilder, type FoundPath } from './path-builder';
import { checkPeerName, type PeerName } from './peer-name';
import type { PolicyId, ValidationPolicy } from './policy';
import type { Problem } from './problems';
import type { CrlInput } from './revocation';
import { SignatureVerifier } from './signature';

export interface ValidationInput {
	leaf: ChainCertificate;
	/** Untrusted certificates to build with, in any order; irrelevant ones are ignored. */
	intermediates: ChainCertificate[];
	/** Trust anchors: any of them ends a path (self-signed, or any when the policy allows partial chains). */
	anchors: ChainCertificate[];
	at: Date;
	/** The host or IP the client dialled; omitted for client certificates. */
	peer?: PeerName;
	/** The extended key usage the leaf must allow (serverAuth or clientAuth OID). */
	eku?: string;
	/** CRLs to check revocation against; none means revocation is not checked. */
	crls?: CrlInput[];
	/** Overrides the policy's limit on intermediates. */
	maxIntermediates?: number;
	policy: ValidationPolicy;
	/** Share one verifier between validations of the same certificates to reuse signature results. */
	verifier?: SignatureVerifier;
	/** When no valid path exists, search again without abandoning bad branches, to show the whole broken chain. */
	explain?: boolean;
	/** Also list every path from the leaf (at most this many), valid or not, in `paths`. */
	explore?: number;
}

export interface ValidationResult {
	valid: boolean;
	policy: PolicyId;
	/** The valid path; otherwise the path that best explains the failure (leaf problems included). */
	path?: FoundPath;
	/** Problems with the leaf itself, whatever the path: profile, purpose, peer name. */
	leafProblems: Problem[];
	/** Other paths that were tried and failed, for "one path is fine, another is expired". */
	alternatives: FoundPath[];
	/** A problem that stopped validation outright (hostile input exhausting the budget). */
	fatal?: Problem;
	/** With `explore`: every path from the leaf, leaf problems included. */
	paths?: FoundPath[];
}

export async function validate(input: ValidationInput): Promise<ValidationResult> {
	const { leaf, policy } = input;
	const atMs = wholeSeconds(input.at);
	const verifier = input.verifier ?? new SignatureVerifier();
	const leafProblems = [
		...commonProblems(leaf, 'leaf', policy, atMs),
		...leafProfileProblems(leaf, { policy, eku: input.eku, expectsHostName: input.peer !== undefined }),
		...(input.peer ? [checkPeerName(leaf, input.peer, policy)].filter((p): p is Problem => p !== undefined) : [])
	];
	const builder = new PathBuilder({
		leaf,
		pool: input.intermediates,
		anchors: input.anchors,
		policy,
		atMs,
		eku: input.eku,
		maxIntermediates: input.maxIntermediates ?? policy.maxIntermediates,
		crls: input.crls ?? [],
		verifier
	});
	if (builder.isAnchor(leaf) && (policy.partialChain || looksSelfSigned(leaf))) {
		const path: FoundPath = { links: [{ cert: leaf, role: 'leaf', problems: leafProblems }], end: 'anchor' };
		return {
			valid: leafProblems.length === 0,
			policy: policy.id,
			path,
			leafProblems,
			alternatives: [],
			...(input.explore ? { paths: [path] } : {})
		};
	}
	// Each search has a budget of its own.
	const outcome = await builder.build(policy.issuerSearch === 'openssl' ? 'openssl' : 'prune', Budget.standard());
	let explanation = outcome.valid;
	let failed = outcome.failed;
	if (!explanation && input.explain && policy.issuerSearch === 'backtracking' && !outcome.fatal) {
		const thorough = await builder.build('thorough', Budget.standard());
		failed = thorough.failed.length ? thorough.failed : failed;
	}
	explanation ??= failed[0];
	const withLeafProblems = (found: FoundPath): FoundPath => ({
		...found,
		links: found.links.map((l, i) => (i === 0 ? { ...l, problems: [...leafProblems, ...l.problems] } : l))
	});
	const path = explanation && withLeafProblems(explanation);
	const paths = input.explore ? (await builder.build('explore', Budget.standard(), input.explore)).failed.map(withLeafProblems) : undefined;
	return {
		valid: outcome.valid !== undefined && leafProblems.length === 0 && !outcome.fatal,
		policy: policy.id,
		path,
		leafProblems,
		alternatives: failed.filter((f) => f !== explanation).slice(0, 8),
		fatal: outcome.fatal,
		...(paths ? { paths } : {})
	};
}
