/**
 * Certification path building (RFC 4158): from the leaf, find issuers by name among the trust
 * anchors and the untrusted pool, in any input order, and check each link as it is added, so a
 * bad branch (expired cross-sign, wrong key, violated constraint) is abandoned and the next
 * candidate tried. Candidates whose key identifier matches come first, trusted before untrusted,
 * as in Go and pyca/cryptography. A certificate (or the same subject and key) never appears twice
 * in one path, and a shared budget bounds the whole search, so loops and hostile pools end fast.
 *
 * OpenSSL does not backtrack: it takes one issuer per step (trusted first, then one valid now,
 * else the latest-expiring) and reports what is wrong with that one path. The 'openssl' search
 * reproduces that, so the report shows the chain and the error PyMongo would actually hit.
 */

import type { Budget } from './budget';
import { caProblems, commonProblems, signatureAlgorithmProblems, type PathRole } from './certificate-profile';
import { looksSelfSigned, sameCertificate, type ChainCertificate } from '../x509/chain-certificate';
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

/**
 * How a path ends: at a trust anchor; at a certificate whose issuer is nowhere to be found; at a
 * self-signed certificate nobody trusts; at a link that failed a check; or because it grew too
 * long or the search ran out of budget.
 */
export type PathEnd = 'anchor' | 'no-issuer' | 'untrusted-self-signed' | 'rejected' | 'too-long' | 'budget';

export interface FoundPath {
	links: PathLink[];
	end: PathEnd;
}

export interface SearchInput {
	leaf: ChainCertificate;
	pool: ChainCertificate[];
	anchors: ChainCertificate[];
	policy: ValidationPolicy;
	atMs: number;
	eku?: string;
	maxIntermediates: number;
	crls: CrlInput[];
	verifier: SignatureVerifier;
	budget: Budget;
}

export interface SearchOutcome {
	/** The first path found with no problem at all, if any. */
	valid?: FoundPath;
	/** Paths tried and abandoned (or, without pruning, every complete path), most informative first. */
	failed: FoundPath[];
	/** A problem that stopped the whole search (budget exhausted on hostile input). */
	fatal?: Problem;
}

interface Candidate {
	cert: ChainCertificate;
	trusted: boolean;
}

const MAX_RECORDED = 24;

export class PathSearch {
	private readonly anchorsBySubject = new Map<string, ChainCertificate[]>();
	private readonly poolBySubject = new Map<string, ChainCertificate[]>();
	private readonly intrinsic = new Map<ChainCertificate, Map<PathRole, Problem[]>>();
	private readonly failed: FoundPath[] = [];
	private fatal?: Problem;

	constructor(private readonly input: SearchInput) {
		const anchorsByFingerprint = new Map<string, ChainCertificate[]>();
		for (const a of input.anchors) {
			push(this.anchorsBySubject, a.subject.key, a);
			push(anchorsByFingerprint, a.fingerprint, a);
		}
		// Indexed by fingerprint, so a bundle of thousands of certificates is sorted in linear time.
		for (const c of input.pool) {
			if (!(anchorsByFingerprint.get(c.fingerprint) ?? []).some((a) => sameCertificate(a, c))) push(this.poolBySubject, c.subject.key, c);
		}
	}

	isAnchor(cert: ChainCertificate): boolean {
		return (this.anchorsBySubject.get(cert.subject.key) ?? []).some((a) => sameCertificate(a, cert));
	}

	/** Search every branch, abandoning a branch at its first failing link. Stops at the first valid path. */
	async backtracking(prune: boolean): Promise<SearchOutcome> {
		const start = [{ cert: this.input.leaf, role: 'leaf' as PathRole, problems: [] }];
		const valid = await this.extend(start, prune);
		return this.outcome(valid);
	}

	/**
	 * Every path from the leaf, valid or not, up to `limit` (within the same budget): what a
	 * backtracking client could end up with, so the report can show "this path is expired, that
	 * one is fine". Only branches through a wrong key are cut, as they are not issuers at all.
	 */
	async allPaths(limit: number): Promise<FoundPath[]> {
		const found: FoundPath[] = [];
		await this.explore([{ cert: this.input.leaf, role: 'leaf', problems: [] }], found, limit);
		return found;
	}

	private async explore(path: PathLink[], found: FoundPath[], limit: number): Promise<void> {
		const { budget, policy } = this.input;
		const top = path[path.length - 1].cert;
		const candidates = this.candidates(top, path);
		if (candidates.length === 0) {
			found.push({ links: path, end: looksSelfSigned(top) ? 'untrusted-self-signed' : 'no-issuer' });
			return;
		}
		for (const candidate of candidates) {
			if (found.length >= limit || this.fatal) return;
			if (budget.exhausted) {
				found.push({ links: path, end: 'budget' });
				return;
			}
			const next = await this.link(path, candidate);
			if (next === 'fatal') return;
			if (next[next.length - 2].problems.some((p) => p.code === 'bad-signature')) continue;
			if (candidate.trusted && (policy.partialChain || looksSelfSigned(candidate.cert))) {
				found.push({ links: await this.withRevocation(next), end: 'anchor' });
				continue;
			}
			if (intermediateCount(next) > this.input.maxIntermediates) {
				found.push({ links: next, end: 'too-long' });
				continue;
			}
			await this.explore(next, found, limit);
		}
	}

	/** OpenSSL's single path: one issuer per step, never the same certificate twice. */
	async openssl(): Promise<SearchOutcome> {
		let path: PathLink[] = [{ cert: this.input.leaf, role: 'leaf', problems: [] }];
		let end: PathEnd | undefined;
		while (!end) {
			const top = path[path.length - 1];
			const candidates = this.candidates(top.cert, path, 'same-certificate').filter((c) => opensslWouldConsider(top.cert, c.cert));
			if (candidates.length === 0) {
				end = looksSelfSigned(top.cert) ? 'untrusted-self-signed' : 'no-issuer';
				break;
			}
			const trusted = candidates.filter((c) => c.trusted);
			const pick = preferCurrent(trusted.length ? trusted : candidates, this.input.atMs);
			const next = await this.link(path, pick);
			if (next === 'fatal') return this.outcome(undefined);
			path = next;
			if (pick.trusted && (this.input.policy.partialChain || looksSelfSigned(pick.cert))) end = 'anchor';
			else if (intermediateCount(path) > this.input.maxIntermediates) end = 'too-long';
		}
		if (end === 'anchor') path = await this.withRevocation(path);
		const found = { links: path, end };
		if (end === 'anchor' && isClean(path)) return this.outcome(found);
		this.record(found);
		return this.outcome(undefined);
	}

	private outcome(valid: FoundPath | undefined): SearchOutcome {
		const failed = [...this.failed].sort(byUsefulness);
		return { valid, failed, fatal: this.fatal };
	}

	private async extend(path: PathLink[], prune: boolean): Promise<FoundPath | undefined> {
		const { budget, policy } = this.input;
		const top = path[path.length - 1].cert;
		const candidates = this.candidates(top, path);
		if (candidates.length === 0) {
			this.record({ links: path, end: looksSelfSigned(top) ? 'untrusted-self-signed' : 'no-issuer' });
			return undefined;
		}
		for (const candidate of candidates) {
			if (this.fatal) return undefined;
			if (budget.exhausted) {
				this.record({ links: path, end: 'budget' });
				return undefined;
			}
			const next = await this.link(path, candidate);
			if (next === 'fatal') return undefined;
			const ends = candidate.trusted && (policy.partialChain || looksSelfSigned(candidate.cert));
			if (ends) {
				const complete = await this.withRevocation(next);
				const found: FoundPath = { links: complete, end: 'anchor' };
				if (isClean(complete)) return found;
				this.record(found);
				continue;
			}
			const linkFailed =
				next[next.length - 1].problems.length > 0 || next.slice(0, -1).some((l, i) => l.problems.length > path[i].problems.length);
			// A wrong key is not "a problem with this issuer": it is not the issuer at all, so never follow it.
			const wrongKey = next[next.length - 2].problems.some((p) => p.code === 'bad-signature');
			if (linkFailed && (prune || wrongKey)) {
				this.record({ links: next, end: 'rejected' });
				continue;
			}
			if (intermediateCount(next) > this.input.maxIntermediates) {
				this.record({ links: next, end: 'too-long' });
				continue;
			}
			const found = await this.extend(next, prune);
			if (found) return found;
		}
		return undefined;
	}

	/**
	 * Issuers of `cert` by name, minus what is already on the path, most likely first. A
	 * backtracking search also passes over another certificate with the same subject and key (a
	 * cross-sign of a CA already on the path), which only makes the path longer; OpenSSL passes over
	 * the very same certificate only (x509_vfy.c, find_issuer: `sk_X509_contains(ctx->chain, …)`),
	 * so through a fully cross-signed set it climbs cross-sign after cross-sign until one of them
	 * was issued by a trusted root.
	 */
	private candidates(cert: ChainCertificate, path: PathLink[], repeat: 'same-key' | 'same-certificate' = 'same-key'): Candidate[] {
		const key = cert.issuer.key;
		const all: Candidate[] = [
			...(this.anchorsBySubject.get(key) ?? []).map((c) => ({ cert: c, trusted: true })),
			...(this.poolBySubject.get(key) ?? []).map((c) => ({ cert: c, trusted: false }))
		];
		const fresh = all.filter(
			(c) =>
				!path.some(
					(l) =>
						sameCertificate(l.cert, c.cert) ||
						(repeat === 'same-key' && l.cert.subject.key === c.cert.subject.key && l.cert.keyFingerprint === c.cert.keyFingerprint)
				)
		);
		const wanted = cert.ext.authorityKeyId?.keyId;
		const rank = (c: Candidate) => {
			const have = c.cert.ext.subjectKeyId?.id;
			if (wanted && have) return wanted === have ? 0 : 2;
			return 1;
		};
		return fresh
			.map((c, i) => ({ c, i, r: rank(c) }))
			.sort((a, b) => a.r - b.r || a.i - b.i)
			.map((x) => x.c);
	}

	/** Add `candidate` above the top of `path`, with every problem the new link reveals. */
	private async link(path: PathLink[], candidate: Candidate): Promise<PathLink[] | 'fatal'> {
		const { policy, budget, verifier } = this.input;
		const childIndex = path.length - 1;
		const child = path[childIndex].cert;
		const cand = candidate.cert;
		const role: PathRole = candidate.trusted ? 'anchor' : 'intermediate';
		const issuerProblems = [...this.intrinsicProblems(cand, role)];
		const pathLen = cand.ext.basicConstraints?.pathLen;
		const below = intermediateCount(path);
		if (pathLen !== undefined && below > pathLen) {
			issuerProblems.push(
				problem(
					'path-length-exceeded',
					`it allows at most ${pathLen} intermediate CA${pathLen === 1 ? '' : 's'} below it, and this path has ${below}`
				)
			);
		}
		const added = new Map<number, Problem[]>();
		const add = (i: number, p: Problem) => added.set(i, [...(added.get(i) ?? []), p]);
		for (const p of signatureAlgorithmProblems(child, policy)) add(childIndex, p);
		if (!budget.spendSignature()) {
			this.fatal = problem(
				'signature-unverifiable',
				'path building stopped: too many candidate issuers to check (a hostile or broken bundle)'
			);
			return 'fatal';
		}
		const signature = await verifier.verifyCertificate(child, cand);
		if (signature.status === 'invalid')
			add(
				childIndex,
				problem('bad-signature', `its signature does not verify with the key of "${describeName(cand.subject)}": ${signature.reason}`)
			);
		if (signature.status === 'unsupported') add(childIndex, problem('signature-unverifiable', signature.reason));
		if (cand.ext.nameConstraints) {
			for (let i = 0; i <= childIndex; i++) {
				const target = path[i].cert;
				if (i > 0 && target.selfIssued) continue;
				const verdict = checkNameConstraints(cand, target, i === 0, policy, budget);
				if (verdict.ok) continue;
				if (verdict.fatal) {
					this.fatal = verdict.problem;
					return 'fatal';
				}
				add(i, { ...verdict.problem, detail: `${verdict.problem.detail}, a limit set by "${describeName(cand.subject)}"` });
			}
		}
		const links = path.map((l, i) => (added.has(i) ? { ...l, problems: [...l.problems, ...(added.get(i) ?? [])] } : l));
		links.push({ cert: cand, role, problems: issuerProblems });
		return links;
	}

	private intrinsicProblems(cert: ChainCertificate, role: PathRole): Problem[] {
		let byRole = this.intrinsic.get(cert);
		if (!byRole) this.intrinsic.set(cert, (byRole = new Map()));
		let found = byRole.get(role);
		if (!found) {
			const { policy, atMs, eku } = this.input;
			found = [...commonProblems(cert, role, policy, atMs), ...(role === 'leaf' ? [] : caProblems(cert, role, policy, eku))];
			byRole.set(role, found);
		}
		return found;
	}

	private async withRevocation(path: PathLink[]): Promise<PathLink[]> {
		const { crls, policy, atMs, verifier } = this.input;
		if (crls.length === 0) return path;
		const last = policy.revocation.scope === 'leaf' ? 1 : path.length - 1;
		const out = [...path];
		for (let i = 0; i < last && i + 1 < path.length; i++) {
			const status = await revocationStatus(path[i].cert, path[i + 1].cert, crls, atMs, verifier, policy.revocation);
			const extra: Problem[] = [];
			if (status.status === 'revoked') {
				const reason = status.entry.reason ? ` (${status.entry.reason})` : '';
				extra.push(problem('revoked', `its issuer's CRL lists it as revoked on ${status.entry.date}${reason}`));
			} else if (status.status === 'no-crl') {
				extra.push(
					problem('crl-unusable', `revocation checking is on, and no CRL from "${describeName(path[i + 1].cert.subject)}" was given`)
				);
			} else if (status.status === 'unusable') {
				const why = status.defects.flatMap((d) => d.defects.map((x) => x.detail)).join('; ');
				extra.push(problem('crl-unusable', `the CRL from its issuer cannot be used: ${why}`));
			}
			out[i] = { ...out[i], revocation: status, problems: [...out[i].problems, ...extra] };
		}
		return out;
	}

	private record(found: FoundPath): void {
		if (this.failed.length < MAX_RECORDED) this.failed.push(found);
		else {
			this.failed.sort(byUsefulness);
			if (byUsefulness(found, this.failed[this.failed.length - 1]) < 0) this.failed[this.failed.length - 1] = found;
		}
	}
}

function push(map: Map<string, ChainCertificate[]>, key: string, cert: ChainCertificate): void {
	const list = map.get(key);
	if (!list) map.set(key, [cert]);
	else if (!list.some((c) => sameCertificate(c, cert))) list.push(cert);
}

/** Intermediates on the path that count against path lengths: not the leaf, not anchors, not self-issued (RFC 5280 §6.1.4(l)). */
export function intermediateCount(path: PathLink[]): number {
	let n = 0;
	for (let i = 1; i < path.length; i++) if (path[i].role === 'intermediate' && !path[i].cert.selfIssued) n++;
	return n;
}

function isClean(path: PathLink[]): boolean {
	return path.every((l) => l.problems.length === 0);
}

/** OpenSSL's check_issued: a candidate whose key identifier contradicts the AKI, or whose key usage forbids signing, is passed over. */
function opensslWouldConsider(child: ChainCertificate, issuer: ChainCertificate): boolean {
	const wanted = child.ext.authorityKeyId?.keyId;
	const have = issuer.ext.subjectKeyId?.id;
	if (wanted && have && wanted !== have) return false;
	const ku = issuer.ext.keyUsage;
	return !ku || ku.usages.has('keyCertSign');
}

/** X509_STORE_CTX_get1_issuer / get0_best_issuer_sk: the first one valid now, else the one that expires last. */
function preferCurrent(candidates: Candidate[], atMs: number): Candidate {
	const current = candidates.find((c) => c.cert.notBefore <= atMs && atMs <= c.cert.notAfter);
	if (current) return current;
	return candidates.reduce((best, c) => (c.cert.notAfter > best.cert.notAfter ? c : best));
}

/** Paths that reach an anchor with fewest problems explain most; then the longest dead ends. */
function byUsefulness(a: FoundPath, b: FoundPath): number {
	const anchored = (p: FoundPath) => (p.end === 'anchor' ? 0 : 1);
	const problems = (p: FoundPath) => p.links.reduce((n, l) => n + l.problems.length, 0);
	return anchored(a) - anchored(b) || problems(a) - problems(b) || b.links.length - a.links.length;
}
