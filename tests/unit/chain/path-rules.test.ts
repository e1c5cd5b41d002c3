/**
 * The path rules (chain/path-rules.ts) and the one path builder that asks them
 * (chain/path-builder.ts). Every rule has an id and a citation and fires on its own example, a
 * certificate made by openssl that breaks just that rule (tests/fixtures/path-rules/make.sh); the
 * good chain breaks none. The builder, whatever its strategy, checks no more signatures than the
 * budget allows in a pool where every certificate is a candidate issuer of every other one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../../src/lib/core/chain/budget';
import { PathBuilder, STRATEGIES, type StrategyName } from '../../../src/lib/core/chain/path-builder';
import {
	PATH_RULES,
	type LinkContext,
	type LinkRule,
	type PathContext,
	type PathLink,
	type PathRule
} from '../../../src/lib/core/chain/path-rules';
import { OPENSSL_POLICY, WEBPKI_POLICY, type ValidationPolicy } from '../../../src/lib/core/chain/policy';
import type { Problem } from '../../../src/lib/core/chain/problems';
import type { CrlInput, RevocationStatus } from '../../../src/lib/core/chain/revocation';
import { SignatureVerifier } from '../../../src/lib/core/chain/signature';
import { decodeBase64 } from '../../../src/lib/core/bytes/base64';
import { readChainCertificate, type ChainCertificate } from '../../../src/lib/core/x509/chain-certificate';
import { parseCrl } from '../../../src/lib/core/x509/crl';
import { EKU } from '../../../src/lib/core/x509/extensions';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'path-rules');
const AT = Date.parse('2030-01-01T00:00:00Z');

function blocks(file: string): Uint8Array[] {
	const text = readFileSync(join(DIR, file), 'utf8');
	return (text.match(/-----BEGIN [A-Z509 ]+-----[\s\S]+?-----END [A-Z509 ]+-----/g) ?? []).map((b) => {
		const decoded = decodeBase64(b.replace(/-----[A-Z509 ]+-----|\s/g, ''));
		if (!decoded.ok) throw new Error(`${file}: not base64`);
		return decoded.bytes;
	});
}

const certs = (file: string): ChainCertificate[] =>
	blocks(file).map((der) => {
		const read = readChainCertificate(der);
		if (!read.ok) throw new Error(`${file}: ${read.reason}`);
		return read.cert;
	});
const cert = (file: string) => certs(file)[0];

function crl(file: string): CrlInput {
	const parsed = parseCrl(blocks(file)[0]);
	if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
	return { crl: parsed.crl };
}

interface Example {
	/** The rule that must fire. */
	rule: string;
	/** The certificates below the new issuer, leaf first; for a path rule, the whole path. */
	path: string[];
	/** The candidate issuer (link rules). */
	issuer?: string;
	policy: ValidationPolicy;
	atMs?: number;
	crls?: CrlInput[];
	/** The problem expected, and on which certificate of the path (the issuer is path.length). */
	code: Problem['code'];
	at: number;
}

const EXAMPLES: Example[] = [
	// The CA itself is fine; a century later it has expired.
	{
		rule: 'issuer.validity',
		path: ['leaf.pem'],
		issuer: 'ca.pem',
		policy: OPENSSL_POLICY,
		atMs: Date.parse('2200-01-01T00:00:00Z'),
		code: 'expired',
		at: 1
	},
	{
		rule: 'issuer.extensions',
		path: ['leaf.pem'],
		issuer: 'ca-unknown-critical.pem',
		policy: OPENSSL_POLICY,
		code: 'unknown-critical-extension',
		at: 1
	},
	{
		rule: 'issuer.signature-algorithm-match',
		path: ['leaf.pem'],
		issuer: 'ca-algorithm-mismatch.pem',
		policy: OPENSSL_POLICY,
		code: 'signature-algorithm-mismatch',
		at: 1
	},
	{ rule: 'issuer.key', path: ['leaf.pem'], issuer: 'ca-rsa1024.pem', policy: OPENSSL_POLICY, code: 'weak-key', at: 1 },
	{ rule: 'issuer.encoding', path: ['leaf.pem'], issuer: 'ca-serial-zero.pem', policy: WEBPKI_POLICY, code: 'serial-number', at: 1 },
	{ rule: 'ca.basic-constraints', path: ['leaf.pem'], issuer: 'ca-not-ca.pem', policy: OPENSSL_POLICY, code: 'not-a-ca', at: 1 },
	{ rule: 'ca.key-usage', path: ['leaf.pem'], issuer: 'ca-no-cert-sign.pem', policy: OPENSSL_POLICY, code: 'no-cert-sign', at: 1 },
	{ rule: 'ca.profile', path: ['leaf.pem'], issuer: 'ca-no-ski.pem', policy: WEBPKI_POLICY, code: 'missing-ski', at: 1 },
	{ rule: 'ca.extended-key-usage', path: ['leaf.pem'], issuer: 'ca-client-eku.pem', policy: OPENSSL_POLICY, code: 'wrong-eku', at: 1 },
	{
		rule: 'ca.path-length',
		path: ['leaf-under-sub.pem', 'sub-ca.pem'],
		issuer: 'ca-pathlen0.pem',
		policy: OPENSSL_POLICY,
		code: 'path-length-exceeded',
		at: 2
	},
	{
		rule: 'child.signature-algorithm',
		path: ['leaf-sha1.pem'],
		issuer: 'ca.pem',
		policy: OPENSSL_POLICY,
		code: 'weak-signature-algorithm',
		at: 0
	},
	{ rule: 'child.signature', path: ['leaf.pem'], issuer: 'ca-impostor.pem', policy: OPENSSL_POLICY, code: 'bad-signature', at: 0 },
	{
		rule: 'name-constraints',
		path: ['leaf-outside-constraints.pem'],
		issuer: 'ca-name-constrained.pem',
		policy: OPENSSL_POLICY,
		code: 'name-constraint-violated',
		at: 0
	},
	{
		rule: 'revocation',
		path: ['leaf.pem', 'ca.pem', 'root.pem'],
		policy: OPENSSL_POLICY,
		crls: [crl('crl-revokes-leaf.pem')],
		code: 'revoked',
		at: 0
	}
];

const links = (files: string[]): PathLink[] =>
	files.map((f, i) => ({ cert: cert(f), role: i === 0 ? 'leaf' : f === 'root.pem' ? 'anchor' : 'intermediate', problems: [] }));

/** What `rule` finds, by index of the certificate judged, for a link or a complete path. */
async function judge(
	rule: LinkRule | PathRule,
	path: string[],
	issuer: string | undefined,
	options: { policy: ValidationPolicy; atMs?: number; crls?: CrlInput[] }
): Promise<{ found: Map<number, Problem[]>; revocation: Map<number, RevocationStatus> }> {
	const settings = {
		policy: options.policy,
		atMs: options.atMs ?? AT,
		eku: EKU.serverAuth,
		crls: options.crls ?? [],
		verifier: new SignatureVerifier()
	};
	const found = new Map<number, Problem[]>();
	const revocation = new Map<number, RevocationStatus>();
	const note = async (at: number, answer: Problem[] | Promise<Problem[]>) => {
		const problems = await answer;
		if (problems.length) found.set(at, [...(found.get(at) ?? []), ...problems]);
	};
	if (rule.stage === 'path') {
		const ctx: PathContext = { ...settings, links: links(path), revocation: (at, status) => revocation.set(at, status) };
		for (let at = 0; at < path.length; at++) await note(at, rule.judge(ctx, at));
		return { found, revocation };
	}
	if (!issuer) throw new Error(`${rule.id}: a link rule needs an issuer`);
	const ctx: LinkContext = { ...settings, path: links(path), issuer: cert(issuer), issuerRole: 'intermediate', budget: Budget.standard() };
	const targets = rule.on === 'issuer' ? [path.length] : rule.on === 'child' ? [path.length - 1] : path.map((_, i) => i);
	for (const at of targets) await note(at, rule.judge(ctx, at));
	return { found, revocation };
}

describe('the path rules', () => {
	it('each have a unique id and a citation to RFC 5280, the CA/B Forum or OpenSSL', () => {
		const ids = PATH_RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of PATH_RULES) {
			expect(rule.id).toMatch(/^[a-z]+(\.[a-z-]+)?$|^[a-z-]+$/);
			expect(rule.citation).toMatch(/RFC \d+ §|CA\/B Forum BR §|OpenSSL X509_V_/);
		}
	});

	it('each have an example of their own here', () => {
		expect(EXAMPLES.map((e) => e.rule).sort()).toEqual(PATH_RULES.map((r) => r.id).sort());
	});

	for (const example of EXAMPLES) {
		it(`${example.rule} fires on its example (${example.issuer ?? example.path.join(' → ')})`, async () => {
			const rule = PATH_RULES.find((r) => r.id === example.rule);
			if (!rule) throw new Error(`no rule ${example.rule}`);
			const { found } = await judge(rule, example.path, example.issuer, example);
			expect([...found.keys()]).toEqual([example.at]);
			expect(found.get(example.at)?.map((p) => p.code)).toContain(example.code);
		});
	}

	it('find nothing wrong with the good chain, under the strictest policy too', async () => {
		for (const rule of PATH_RULES) {
			for (const policy of [OPENSSL_POLICY, WEBPKI_POLICY]) {
				const { found } =
					rule.stage === 'path'
						? await judge(rule, ['leaf.pem', 'ca.pem', 'root.pem'], undefined, { policy })
						: await judge(rule, ['leaf.pem'], 'ca.pem', { policy });
				expect({ rule: rule.id, policy: policy.id, found: [...found.values()].flat() }).toEqual({
					rule: rule.id,
					policy: policy.id,
					found: []
				});
			}
		}
	});

	it('revocation records the CRL lookup on the certificate it checked', async () => {
		const rule = PATH_RULES.find((r) => r.id === 'revocation') as PathRule;
		const { revocation } = await judge(rule, ['leaf.pem', 'ca.pem', 'root.pem'], undefined, {
			policy: OPENSSL_POLICY,
			crls: [crl('crl-revokes-leaf.pem')]
		});
		expect([...revocation.entries()].map(([at, s]) => [at, s.status])).toEqual([[0, 'revoked']]);
	});
});

/** A real verifier that counts the signatures it is asked about. */
class CountingVerifier extends SignatureVerifier {
	calls = 0;
	override verifyCertificate(child: ChainCertificate, issuer: ChainCertificate) {
		this.calls++;
		return super.verifyCertificate(child, issuer);
	}
}

const builder = (leaf: ChainCertificate, pool: ChainCertificate[], anchors: ChainCertificate[], verifier = new CountingVerifier()) =>
	new PathBuilder({
		leaf,
		pool,
		anchors,
		policy: OPENSSL_POLICY,
		atMs: AT,
		eku: EKU.serverAuth,
		maxIntermediates: OPENSSL_POLICY.maxIntermediates,
		crls: [],
		verifier
	});

describe('the path builder', () => {
	it('builds the good chain, and with every rule failing on the way shows the path the rules judged', async () => {
		const good = await builder(cert('leaf.pem'), [cert('ca.pem')], [cert('root.pem')]).build('openssl', Budget.standard());
		expect(good.valid?.links.map((l) => l.role)).toEqual(['leaf', 'intermediate', 'anchor']);
		const impostor = await builder(cert('leaf.pem'), [cert('ca-impostor.pem')], [cert('root.pem')]).build('prune', Budget.standard());
		expect(impostor.valid).toBeUndefined();
		expect(impostor.failed[0]).toMatchObject({ end: 'rejected' });
		expect(impostor.failed[0].links[0].problems.map((p) => p.code)).toEqual(['bad-signature']);
	});

	// Every certificate of the pool claims the subject "Loop CA", so each is a candidate issuer of each.
	const pool = certs('loop-pool.pem');
	const leaf = cert('loop-leaf.pem');
	const budget = Budget.standard().signatureChecks;

	for (const name of Object.keys(STRATEGIES) as StrategyName[]) {
		it(`'${name}' checks no more signatures than the budget in a pool where every certificate can issue every other`, async () => {
			expect(pool).toHaveLength(24);
			// A deterministic shuffle, so the right issuer is rarely the first one tried.
			const shuffled = pool
				.map((c, i) => ({ c, k: (i * 7) % pool.length }))
				.sort((a, b) => a.k - b.k)
				.map((x) => x.c);
			const verifier = new CountingVerifier();
			const started = performance.now();
			const outcome = await builder(leaf, shuffled, [cert('root.pem')], verifier).build(
				name,
				Budget.standard(),
				name === 'explore' ? 8 : undefined
			);
			expect(performance.now() - started).toBeLessThan(3_000);
			expect(verifier.calls).toBeLessThanOrEqual(budget);
			expect(outcome.valid).toBeUndefined();
			// Failed paths (every path, for 'explore'), each without a certificate twice.
			for (const p of outcome.failed) {
				const seen = p.links.map((l) => l.cert.fingerprint);
				expect(new Set(seen).size).toBe(seen.length);
			}
			if (name === 'openssl') {
				// One issuer per step, each certificate at most once: the walk ends when the pool is used up.
				expect(verifier.calls).toBeLessThanOrEqual(pool.length);
				expect(outcome.fatal).toBeUndefined();
				expect(outcome.failed.map((p) => p.end)).toEqual(['untrusted-self-signed']);
			} else {
				// Backtracking through 24! orderings is what the budget is for.
				expect(outcome.fatal?.code).toBe('signature-unverifiable');
			}
		});
	}
});
