/**
 * Certification path building (RFC 4158): from the leaf, find issuers by name among the trust
 * anchors and the untrusted pool, in any input order, and have each link judged as it is added
 * (path-rules.ts), so a bad branch (expired cross-sign, wrong key, violated constraint) can be
 * abandoned and the next candidate tried. Candidates whose key identifier matches come first,
 * trusted before untrusted, as in Go and pyca/cryptography. A certificate (or the same subject and
 * key) never appears twice in one path, and a shared budget bounds the whole search, so loops and
 * hostile pools end fast.
 *
 * One traversal, four strategies (STRATEGIES): what differs is which issuers are tried at each
 * step, what happens to a link that failed a rule, and whether the search stops at the first
 * valid path. OpenSSL does not backtrack: it takes one issuer per step (trusted first, then one
 * valid now, else the latest-expiring) and reports what is wrong with that one path. The 'openssl'
 * strategy reproduces that, so the report shows the chain and the error PyMongo would actually hit.
 */

import type { Budget } from './budget';
import type { PathRole } from './certificate-profile';
import { looksSelfSigned, sameCertificate, type ChainCertificate } from '../x509/chain-certificate';
import { problem, type Problem } from './problems';
import type { RevocationStatus } from './revocation';
import {
	COMPLETE_PATH_RULES,
	intermediateCount,
	LINK_RULES,
	SearchHalted,
	type LinkContext,
	type PathContext,
	type PathLink,
	type RuleSettings
} from './path-rules';

export { intermediateCount, type PathLink } from './path-rules';

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

export interface BuilderInput extends RuleSettings {
	leaf: ChainCertificate;
	pool: ChainCertificate[];
	anchors: ChainCertificate[];
	maxIntermediates: number;
}

export interface SearchOutcome {
	/** The first path found with no problem at all, if any (never set by 'explore'). */
	valid?: FoundPath;
	/**
	 * The other paths the search ended: for 'explore' every path from the leaf, valid or not, in
	 * the order found; otherwise the paths tried and abandoned, most informative first.
	 */
	failed: FoundPath[];
	/** A problem that stopped the whole search (budget exhausted on hostile input). */
	fatal?: Problem;
}

export interface Strategy {
	name: 'openssl' | 'prune' | 'thorough' | 'explore';
	/**
	 * Which issuers of the top certificate to try, most likely first: every one, or the one OpenSSL
	 * picks. OpenSSL passes over the very same certificate only (x509_vfy.c, find_issuer:
	 * `sk_X509_contains(ctx->chain, …)`), so through a fully cross-signed set it climbs cross-sign
	 * after cross-sign until one was issued by a trusted root; a backtracking search also passes over
	 * another certificate with the same subject and key, which only makes the path longer.
	 */
	issuers: 'every' | 'openssl';
	/** A link whose signature does not verify is not an issuer at all: follow it anyway, record it and move on, or skip it unrecorded. */
	wrongKey: 'follow' | 'reject' | 'skip';
	/** Abandon a branch at its first link that fails any rule. */
	prune: boolean;
	/** Stop at the first valid path; otherwise list every path, up to the limit. */
	untilValid: boolean;
}

export const STRATEGIES = {
	/** OpenSSL's single path (X509_verify_cert): one issuer per step, no backtracking. */
	openssl: { name: 'openssl', issuers: 'openssl', wrongKey: 'follow', prune: false, untilValid: true },
	/** Backtracking (RFC 4158, Go, pyca, browsers): abandon a branch at its first failing link, stop at the first valid path. */
	prune: { name: 'prune', issuers: 'every', wrongKey: 'reject', prune: true, untilValid: true },
	/** Backtracking without abandoning bad branches, to show the whole broken chain. */
	thorough: { name: 'thorough', issuers: 'every', wrongKey: 'reject', prune: false, untilValid: true },
	/** Every path from the leaf, valid or not: what a backtracking client could end up with. */
	explore: { name: 'explore', issuers: 'every', wrongKey: 'skip', prune: false, untilValid: false }
} as const satisfies Record<string, Strategy>;

export type StrategyName = keyof typeof STRATEGIES;

interface Candidate {
	cert: ChainCertificate;
	trusted: boolean;
}

const MAX_RECORDED = 24;

export class PathBuilder {
	private readonly anchorsBySubject = new Map<string, ChainCertificate[]>();
	private readonly poolBySubject = new Map<string, ChainCertificate[]>();
	/** perCertificate rule results, by certificate and role, indexed like LINK_RULES. */
	private readonly judged = new Map<ChainCertificate, Partial<Record<PathRole, (Problem[] | undefined)[]>>>();

	constructor(private readonly input: BuilderInput) {
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

	get maxIntermediates(): number {
		return this.input.maxIntermediates;
	}

	isAnchor(cert: ChainCertificate): boolean {
		return (this.anchorsBySubject.get(cert.subject.key) ?? []).some((a) => sameCertificate(a, cert));
	}

	/** Build paths from the leaf with `strategy`, within `budget`; the search also stops once `limit` paths have ended (for 'explore'). */
	async build(strategy: StrategyName | Strategy, budget: Budget, limit = Infinity): Promise<SearchOutcome> {
		const s = typeof strategy === 'string' ? STRATEGIES[strategy] : strategy;
		const run = new Run(this, s, budget, limit);
		await run.step([{ cert: this.input.leaf, role: 'leaf', problems: [] }]);
		return run.outcome();
	}

	/** @internal Issuers of `cert` by name, minus what is already on the path, most likely first. */
	candidates(cert: ChainCertificate, path: PathLink[], strategy: Strategy): Candidate[] {
		const key = cert.issuer.key;
		const sameKeyToo = strategy.issuers === 'every';
		const all: Candidate[] = [
			...(this.anchorsBySubject.get(key) ?? []).map((c) => ({ cert: c, trusted: true })),
			...(this.poolBySubject.get(key) ?? []).map((c) => ({ cert: c, trusted: false }))
		];
		const fresh = all.filter(
			(c) =>
				!path.some(
					(l) =>
						sameCertificate(l.cert, c.cert) ||
						(sameKeyToo && l.cert.subject.key === c.cert.subject.key && l.cert.keyFingerprint === c.cert.keyFingerprint)
				)
		);
		const wanted = cert.ext.authorityKeyId?.keyId;
		const rank = (c: Candidate) => {
			const have = c.cert.ext.subjectKeyId?.id;
			if (wanted && have) return wanted === have ? 0 : 2;
			return 1;
		};
		const ranked = fresh
			.map((c, i) => ({ c, i, r: rank(c) }))
			.sort((a, b) => a.r - b.r || a.i - b.i)
			.map((x) => x.c);
		if (strategy.issuers === 'every') return ranked;
		const considered = ranked.filter((c) => opensslWouldConsider(cert, c.cert));
		if (considered.length === 0) return [];
		const trusted = considered.filter((c) => c.trusted);
		return [preferCurrent(trusted.length ? trusted : considered, this.input.atMs)];
	}

	/** @internal Does a path ending with this issuer end at a trust anchor? */
	endsPath(candidate: Candidate): boolean {
		return candidate.trusted && (this.input.policy.partialChain || looksSelfSigned(candidate.cert));
	}

	/** @internal Add `candidate` above the top of `path`, with every problem the link rules find. */
	async link(path: PathLink[], candidate: Candidate, budget: Budget): Promise<PathLink[]> {
		if (!budget.spendSignature()) {
			throw new SearchHalted(
				problem('signature-unverifiable', 'path building stopped: too many candidate issuers to check (a hostile or broken bundle)')
			);
		}
		const { policy, atMs, eku, crls, verifier } = this.input;
		const issuerRole = candidate.trusted ? 'anchor' : 'intermediate';
		const ctx: LinkContext = { policy, atMs, eku, crls, verifier, path, issuer: candidate.cert, issuerRole, budget };
		const childIndex = path.length - 1;
		// Problems the link adds to certificates already on the path, by index; most links add none.
		const added: (Problem[] | undefined)[] = [];
		const issuerProblems: Problem[] = [];
		const memo = this.memo(candidate.cert, issuerRole);
		for (let r = 0; r < LINK_RULES.length; r++) {
			const rule = LINK_RULES[r];
			if (rule.on === 'issuer') {
				// perCertificate rules are synchronous: they read the certificate, its role and the settings only.
				const answer = rule.perCertificate ? (memo[r] ??= rule.judge(ctx, path.length) as Problem[]) : rule.judge(ctx, path.length);
				const found = Array.isArray(answer) ? answer : await answer;
				if (found.length) issuerProblems.push(...found);
			} else if (rule.on === 'child') {
				const answer = rule.judge(ctx, childIndex);
				const found = Array.isArray(answer) ? answer : await answer;
				if (found.length) (added[childIndex] ??= []).push(...found);
			} else {
				for (let i = 0; i <= childIndex; i++) {
					const answer = rule.judge(ctx, i);
					const found = Array.isArray(answer) ? answer : await answer;
					if (found.length) (added[i] ??= []).push(...found);
				}
			}
		}
		const links = path.map((l, i) => {
			const more = added[i];
			return more ? { ...l, problems: [...l.problems, ...more] } : l;
		});
		links.push({ cert: candidate.cert, role: issuerRole, problems: issuerProblems });
		return links;
	}

	private memo(cert: ChainCertificate, role: 'intermediate' | 'anchor'): (Problem[] | undefined)[] {
		let byRole = this.judged.get(cert);
		if (!byRole) this.judged.set(cert, (byRole = {}));
		return (byRole[role] ??= []);
	}

	/** @internal The path rules over a path that reached a trust anchor. */
	async complete(links: PathLink[]): Promise<PathLink[]> {
		const out = [...links];
		const notes = new Map<number, RevocationStatus>();
		const { policy, atMs, eku, crls, verifier } = this.input;
		const ctx: PathContext = { policy, atMs, eku, crls, verifier, links, revocation: (at, status) => notes.set(at, status) };
		for (let at = 0; at < links.length; at++) {
			const extra: Problem[] = [];
			for (const rule of COMPLETE_PATH_RULES) {
				// Awaited only when the rule answers with a promise: most answer at once, and each await costs a turn.
				const answer = rule.judge(ctx, at);
				extra.push(...(Array.isArray(answer) ? answer : await answer));
			}
			const revocation = notes.get(at);
			if (revocation || extra.length)
				out[at] = { ...out[at], ...(revocation ? { revocation } : {}), problems: [...out[at].problems, ...extra] };
		}
		return out;
	}
}

/** One traversal with one strategy and one budget. */
class Run {
	private valid?: FoundPath;
	private readonly found: FoundPath[] = [];
	private fatal?: Problem;

	constructor(
		private readonly builder: PathBuilder,
		private readonly strategy: Strategy,
		private readonly budget: Budget,
		private readonly limit: number
	) {}

	outcome(): SearchOutcome {
		const failed = this.strategy.untilValid ? [...this.found].sort(byUsefulness) : this.found;
		return { valid: this.valid, failed, fatal: this.fatal };
	}

	/** Extend `path` by each issuer the strategy tries; true when the whole search is over. */
	async step(path: PathLink[]): Promise<boolean> {
		const { strategy, builder, budget } = this;
		const top = path[path.length - 1].cert;
		const candidates = builder.candidates(top, path, strategy);
		if (candidates.length === 0) {
			this.end({ links: path, end: looksSelfSigned(top) ? 'untrusted-self-signed' : 'no-issuer' });
			return false;
		}
		for (const candidate of candidates) {
			if (this.fatal || this.found.length >= this.limit) return true;
			if (budget.exhausted) {
				this.end({ links: path, end: 'budget' });
				return false;
			}
			let next: PathLink[];
			try {
				next = await builder.link(path, candidate, budget);
			} catch (e) {
				if (!(e instanceof SearchHalted)) throw e;
				this.fatal = e.problem;
				return true;
			}
			const wrongKey = next[next.length - 2].problems.some((p) => p.code === 'bad-signature');
			if (wrongKey && strategy.wrongKey === 'skip') continue;
			if (builder.endsPath(candidate)) {
				const found: FoundPath = { links: await builder.complete(next), end: 'anchor' };
				if (strategy.untilValid && found.links.every((l) => l.problems.length === 0)) {
					this.valid = found;
					return true;
				}
				this.end(found);
				continue;
			}
			const linkFailed =
				next[next.length - 1].problems.length > 0 || next.slice(0, -1).some((l, i) => l.problems.length > path[i].problems.length);
			if (linkFailed && (strategy.prune || (wrongKey && strategy.wrongKey === 'reject'))) {
				this.end({ links: next, end: 'rejected' });
				continue;
			}
			if (intermediateCount(next) > builder.maxIntermediates) {
				this.end({ links: next, end: 'too-long' });
				continue;
			}
			if (await this.step(next)) return true;
		}
		return false;
	}

	/** A path that ended without being the valid one: kept in order ('explore') or among the most informative. */
	private end(found: FoundPath): void {
		if (!this.strategy.untilValid || this.found.length < MAX_RECORDED) this.found.push(found);
		else {
			this.found.sort(byUsefulness);
			if (byUsefulness(found, this.found[this.found.length - 1]) < 0) this.found[this.found.length - 1] = found;
		}
	}
}

function push(map: Map<string, ChainCertificate[]>, key: string, cert: ChainCertificate): void {
	const list = map.get(key);
	if (!list) map.set(key, [cert]);
	else if (!list.some((c) => sameCertificate(c, cert))) list.push(cert);
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
