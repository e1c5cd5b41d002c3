/**
 * The figures `npm run conformance` prints and `npm test` holds floors on, computed one way for both:
 *
 * - Against x509-limbo's expectations, with the Web PKI policy, split into expected-SUCCESS and
 *   expected-FAILURE testcases. 90 % of the suite expects a rejection, so one pooled rate says
 *   little: a validator that rejects everything scores ALWAYS_REJECT on it (printed as the baseline).
 * - Against OpenSSL's own recorded verdicts, with the OpenSSL policy (the page's main verdict):
 *   anchors-per-testcase.json holds, per testcase, the verdict of `openssl verify` 3.0.19 in the
 *   "brief" method of anchors.md (default flags, `-purpose sslserver`, `-attime`, host-name flags,
 *   CRLs and `-verify_depth` as the testcase gives them). That is the question the OpenSSL policy
 *   answers, so every testcase OpenSSL gave a verdict on is run, feature tags or not (they describe
 *   limbo's expectation, not OpenSSL's), and each disagreement is listed with its cause in
 *   openssl-differences.md.
 */

import { OPENSSL_POLICY, WEBPKI_POLICY, type ValidationPolicy } from '../../src/lib/core/chain/policy';
import { LimboRunner, type CaseResult } from './limbo-runner';
import type { LimboTestcase } from './limbo-suite';

export type Verdict = 'SUCCESS' | 'FAILURE';

export interface Rate {
	passed: number;
	run: number;
	/** passed / run, 0 when nothing ran. */
	rate: number;
}

const rate = (passed: number, run: number): Rate => ({ passed, run, rate: run ? passed / run : 0 });

export interface SplitRates {
	/** Testcases limbo expects to validate: the rate at which we accept them. */
	success: Rate;
	/** Testcases limbo expects to be refused: the rate at which we refuse them. */
	failure: Rate;
	overall: Rate;
	/** What a validator that refuses every chain would score overall on the same testcases. */
	alwaysReject: Rate;
	skipped: number;
}

export function splitRates(results: CaseResult[]): SplitRates {
	const ran = results.filter((r) => r.outcome !== 'skip');
	const of = (expected: Verdict) => {
		const group = ran.filter((r) => r.expected === expected);
		return rate(group.filter((r) => r.outcome === 'pass').length, group.length);
	};
	const failure = of('FAILURE');
	return {
		success: of('SUCCESS'),
		failure,
		overall: rate(ran.filter((r) => r.outcome === 'pass').length, ran.length),
		alwaysReject: rate(failure.run, ran.length),
		skipped: results.length - ran.length
	};
}

/** Column 1 of an anchors-per-testcase.json value: OpenSSL 3.0.19, method "brief". */
export function opensslVerdict(anchor: string | undefined): Verdict | undefined {
	const letter = anchor?.[1];
	return letter === 'S' ? 'SUCCESS' : letter === 'F' ? 'FAILURE' : undefined;
}

/**
 * Which testcases the OpenSSL comparison leaves out: those OpenSSL gave no verdict on (the CLIENT
 * ones). The rest run whatever their feature tags, with serverAuth as the purpose, as `-purpose
 * sslserver` did (the two key_usage testcases included: the OpenSSL run did not pass their key usage either).
 */
export function opensslComparisonSkip(anchors: Record<string, string>) {
	return (tc: LimboTestcase): string | undefined => {
		if (!opensslVerdict(anchors[tc.id])) return 'no recorded OpenSSL verdict';
		if (tc.validation_kind !== 'SERVER') return 'CLIENT validation: not expressible in validate()';
		return undefined;
	};
}

export interface Difference {
	id: string;
	expected: Verdict;
	openssl: Verdict;
	/** Ours; a timeout counts as a difference whatever it said. */
	ours: Verdict;
	/** Our validator's first reason for refusing, or "valid path found". */
	note: string;
	cause: CauseId;
}

export interface OpenSslComparison {
	agreement: Rate;
	skipped: number;
	differences: Difference[];
}

export function compareWithOpenSsl(results: CaseResult[], anchors: Record<string, string>): OpenSslComparison {
	const ran = results.filter((r) => r.outcome !== 'skip');
	const differences: Difference[] = [];
	for (const r of ran) {
		const openssl = opensslVerdict(anchors[r.id]);
		const ours = r.actual;
		if (!openssl || !ours) throw new Error(`${r.id} ran without an OpenSSL verdict or ours`);
		const timedOut = (r.note ?? '').startsWith('timed out');
		if (ours === openssl && !timedOut) continue;
		const d = { id: r.id, expected: r.expected, openssl, ours, note: r.note ?? '' };
		differences.push({ ...d, cause: causeOf(d) });
	}
	return { agreement: rate(ran.length - differences.length, ran.length), skipped: results.length - ran.length, differences };
}

/**
 * Why our OpenSSL policy and OpenSSL itself disagree, as far as can be told from the testcase, the
 * other recorded runs (OpenSSL with upstream's flags, pyca) and our validator's reason. A
 * difference that matches no rule is "unclassified", and says so in the file.
 */
export const CAUSES = {
	'cn-fallback-beside-ip-san': {
		title: 'Host name checked against the CN when the only SANs are IP addresses',
		verdict: 'probable bug in the OpenSSL policy (src/lib/core/x509/hostname.ts matchHost, via chain/peer-name.ts)',
		text:
			'The leaf has subjectAltName IP:127.0.0.1 or IP:1.1.1.1 and CN=test.localhost; the peer is test.localhost. OpenSSL ' +
			'(crypto/x509/v3_utl.c do_x509_check) gives up the CN only when a SAN *of the type being checked* (DNS) is present, so ' +
			'it matches the CN and accepts. Our OpenSSL policy treats any SAN as ruling out the CN. limbo expects a rejection, ' +
			'which the Web PKI policy gives (it never reads the CN); the OpenSSL policy mispredicts what PyMongo and the Node ' +
			'driver would do.'
	},
	'security-level': {
		title: 'Weak keys and SHA-1 signatures refused at security level 2',
		verdict: 'deliberate: the policy models libssl at security level 2, the recorded CLI run had no -auth_level',
		text:
			'1024-bit RSA, P-192 and ECDSA-with-SHA-1 are below security level 2, which libssl applies to the peer chain in a TLS ' +
			'handshake on Debian, Ubuntu and RHEL. The "brief" `openssl verify` run sets no -auth_level, so it accepts them; the ' +
			'"upstream-flags" run (-auth_level 2) refuses them as we do, and so does limbo.'
	},
	webcrypto: {
		title: 'Signature WebCrypto cannot verify (DSA, P-192)',
		verdict: 'platform limit: the page checks signatures with WebCrypto',
		text:
			'The root is signed with DSA or on P-192; WebCrypto has neither, so the signature is unverifiable and the chain refused. ' +
			'OpenSSL verifies and accepts (at security level 2 it would refuse the P-192 one anyway); limbo expects a rejection.'
	},
	'nc-wildcard': {
		title: 'Excluded DNS subtree applied to a wildcard SAN',
		verdict: 'OpenSSL 3.0 accepts; ours refuses, as limbo and pyca do',
		text:
			'The leaf has SAN *.example.com under a CA that excludes bar.example.com. OpenSSL 3.0.19 compares the wildcard as a ' +
			'literal name and lets it through (the pattern of CVE-2025-61727); we refuse, which is what limbo expects.'
	},
	'malformed-content': {
		title: 'Malformed name or extension content',
		verdict: 'ours is stricter; limbo expects the rejection',
		text:
			'A SAN DNS name ".example.com" checked against a permitted subtree, or an authorityInfoAccess that does not decode. ' +
			'OpenSSL does not parse the AIA during verification and accepts the malformed DNS name; we refuse both.'
	},
	'hostname-wildcard': {
		title: 'Wildcard host-name rules',
		verdict: 'differs from the OpenSSL CLI defaults; see the note',
		text:
			'Partial wildcards (ba*.example.com) match in OpenSSL unless X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS is set (CPython sets it, ' +
			'the CLI does not), and the CLI has no public-suffix list, so *.co.uk matches example.co.uk. We refuse both, as limbo expects.'
	},
	'notafter-inclusive': {
		title: 'Validation at notAfter, to the second',
		verdict: 'OpenSSL 3.0 refuses; ours accepts, as RFC 5280 §4.1.2.5 (notAfter inclusive) and limbo say',
		text:
			'Validated at exactly notAfter (limbo expects SUCCESS) and 5 ms after it (limbo: ambiguous, expects SUCCESS): we compare ' +
			'whole seconds and treat notAfter as inclusive; OpenSSL 3.0 treats the certificate as expired from its notAfter ' +
			'second. The OpenSSL policy could copy this if predicting OpenSSL matters more here than RFC 5280.'
	},
	'aki-on-root': {
		title: 'Self-signed root whose authorityKeyIdentifier names another issuer or serial',
		verdict: 'probable gap in the OpenSSL policy (no partial chain)',
		text:
			"The root's AKI carries authorityCertIssuer and/or authorityCertSerialNumber. OpenSSL's X509_check_akid then finds the " +
			'certificate not self-signed, so without PARTIAL_CHAIN it cannot end the path there and refuses (reproduced with ' +
			'openssl 3.0.19 here: "error 2 at 1 depth lookup: unable to get issuer certificate"; with -partial_chain it accepts). Our OpenSSL policy accepts; limbo expects a rejection (CA/B BR 7.1.2.1.3).'
	},
	'depth-self-issued': {
		title: 'Chain depth with a self-issued intermediate',
		verdict: 'ours follows limbo; OpenSSL counts every certificate',
		text:
			'With a depth limit of 1 and root -> ICA -> ICA (self-issued) -> leaf, OpenSSL -verify_depth counts both ICA certificates ' +
			'and refuses; we count logical intermediates (self-issued ones excluded), as limbo expects.'
	},
	'nc-dos': {
		title: 'Name-constraint work limit',
		verdict: 'probable gap in the OpenSSL policy',
		text:
			'2,048+ constraints against 2,048 subject names. OpenSSL (and every other recorded validator) refuses once the check ' +
			'would exceed its comparison budget (NAME_CHECK_MAX in crypto/x509/v3_ncons.c); our OpenSSL policy completes the check and accepts.'
	},
	'issuer-choice': {
		title: 'Issuer choice while building the path',
		verdict: "probable bug in the OpenSSL-style issuer search (issuerSearch: 'openssl', chain/path-builder.ts)",
		text:
			'BetterTLS path-building cases with several candidate issuers. Where we find no issuer and OpenSSL builds a valid path, ' +
			'our emulation of X509_verify_cert picks a dead end OpenSSL avoids (possibly its retry for a trusted alternative when ' +
			'the untrusted chain does not reach an anchor, not yet checked); where we accept and OpenSSL refuses, our emulation reaches a path OpenSSL does not. ' +
			'The Web PKI policy (backtracking) passes all of them.'
	},
	unclassified: {
		title: 'Not classified',
		verdict: 'to investigate',
		text: 'No rule in tests/conformance/limbo-report.ts causeOf matches these; read the testcase and add one.'
	}
} as const;

export type CauseId = keyof typeof CAUSES;

function causeOf(d: Omit<Difference, 'cause'>): CauseId {
	const code = d.note.split(':')[0];
	const weLooser = d.ours === 'SUCCESS';
	if (d.id.startsWith('bettertls::pathbuilding::') && (weLooser || d.note.startsWith('no path'))) return 'issuer-choice';
	if (d.id.startsWith('bettertls::nameconstraints::') && code === 'hostname-mismatch') return 'cn-fallback-beside-ip-san';
	if (code === 'weak-key' || code === 'weak-signature-algorithm') return 'security-level';
	if (code === 'signature-unverifiable') return 'webcrypto';
	if (code === 'name-constraint-violated' && d.note.includes('DNS:*.')) return 'nc-wildcard';
	if (code === 'name-constraint-unsupported' || code === 'malformed-extension') return 'malformed-content';
	if (code === 'hostname-mismatch' && d.id.startsWith('webpki::san::')) return 'hostname-wildcard';
	if (weLooser && d.id.startsWith('rfc5280::validity::notafter-')) return 'notafter-inclusive';
	if (weLooser && d.id.startsWith('webpki::aki::root-with-aki-')) return 'aki-on-root';
	if (weLooser && d.id.startsWith('pathlen::max-chain-depth-')) return 'depth-self-issued';
	if (weLooser && d.id.startsWith('pathological::nc-dos-')) return 'nc-dos';
	return 'unclassified';
}

export interface ConformanceRun {
	/** The policy judged against limbo's expectations (Web PKI unless told otherwise). */
	policy: ValidationPolicy;
	expectations: CaseResult[];
	rates: SplitRates;
	openssl: OpenSslComparison;
	ms: number;
}

/**
 * Both passes over `cases`. The second reuses the first's parsed certificates and signature
 * results (neither depends on the policy), so it costs only path validation.
 */
export async function runConformance(
	cases: LimboTestcase[],
	anchors: Record<string, string>,
	options: { policy?: ValidationPolicy; timeoutMs?: number; ingestGate?: boolean } = {}
): Promise<ConformanceRun> {
	const started = performance.now();
	const policy = options.policy ?? WEBPKI_POLICY;
	const first = new LimboRunner({ policy, timeoutMs: options.timeoutMs, ingestGate: options.ingestGate });
	const expectations: CaseResult[] = [];
	for (const tc of cases) expectations.push(await first.run(tc));
	const second = new LimboRunner({
		policy: OPENSSL_POLICY,
		timeoutMs: options.timeoutMs,
		ingestGate: options.ingestGate,
		skip: opensslComparisonSkip(anchors),
		shareWith: first
	});
	const opensslResults: CaseResult[] = [];
	for (const tc of cases) opensslResults.push(await second.run(tc));
	return {
		policy,
		expectations,
		rates: splitRates(expectations),
		openssl: compareWithOpenSsl(opensslResults, anchors),
		ms: performance.now() - started
	};
}

export const pct = (r: Rate, digits = 2) => `${(r.rate * 100).toFixed(digits)} %`;

/** The split-rate lines `npm run conformance` prints. */
export function ratesLines(policyId: string, rates: SplitRates): string[] {
	return [
		`Policy "${policyId}" against x509-limbo's expectations (${rates.overall.run} run, ${rates.skipped} skipped):`,
		`  expected SUCCESS (valid chains accepted):  ${rates.success.passed} / ${rates.success.run} = ${pct(rates.success)}`,
		`  expected FAILURE (invalid chains refused): ${rates.failure.passed} / ${rates.failure.run} = ${pct(rates.failure)}`,
		`  pooled: ${rates.overall.passed} / ${rates.overall.run} = ${pct(rates.overall)}`,
		`  baseline: a validator that rejects everything would score ${pct(rates.alwaysReject)} pooled ` +
			`(${rates.alwaysReject.passed} / ${rates.alwaysReject.run}), 0 % on expected SUCCESS and 100 % on expected FAILURE`
	];
}

export const DIFFERENCES_FILE = new URL('./openssl-differences.md', import.meta.url);

/** openssl-differences.md: every difference, grouped by cause. Deterministic for a given suite and validator. */
export function differencesMarkdown(comparison: OpenSslComparison): string {
	const { agreement, differences, skipped } = comparison;
	const lines = [
		'# OpenSSL policy vs OpenSSL 3.0.19 on x509-limbo',
		'',
		'<!-- Generated by `npm run conformance` (tests/conformance/run.ts); do not edit by hand. -->',
		'',
		"Our validator with the OpenSSL policy (`OPENSSL_POLICY`, the page's main verdict) against the verdict `openssl verify` " +
			'3.0.19 recorded for each testcase (`anchors-per-testcase.json`, method "brief" of `anchors.md`: default flags, ' +
			'`-purpose sslserver`, `-attime`, host-name flags, CRLs, `-verify_depth`). Feature tags are not skipped here: they ' +
			"describe limbo's expectation, not OpenSSL's.",
		'',
		`Agreement: **${agreement.passed} / ${agreement.run} = ${pct(agreement)}**; ${differences.length} differences; ` +
			`${skipped} testcases not compared (no OpenSSL verdict: CLIENT validation).`,
		'',
		'"limbo" is what x509-limbo expects; "ours" is our verdict and, when we refuse, our first reason.',
		''
	];
	const order = Object.keys(CAUSES) as CauseId[];
	const groups = order.map((cause) => [cause, differences.filter((d) => d.cause === cause)] as const).filter(([, l]) => l.length);
	lines.push('| cause | differences | OpenSSL accepts, we refuse | we accept, OpenSSL refuses |', '|---|---:|---:|---:|');
	for (const [cause, list] of groups) {
		const weRefuse = list.filter((d) => d.ours === 'FAILURE').length;
		lines.push(`| [${CAUSES[cause].title}](#${cause}) | ${list.length} | ${weRefuse} | ${list.length - weRefuse} |`);
	}
	lines.push('');
	for (const [cause, list] of groups) {
		const c = CAUSES[cause];
		lines.push(`## <a id="${cause}"></a>${c.title} (${list.length})`, '', `**${c.verdict}.** ${c.text}`, '');
		lines.push('| testcase | OpenSSL | ours | limbo | our reason |', '|---|---|---|---|---|');
		for (const d of list) {
			const reason = d.note.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
			lines.push(
				`| \`${d.id}\` | ${d.openssl} | ${d.ours} | ${d.expected} | ${reason.length > 160 ? `${reason.slice(0, 157)}…` : reason} |`
			);
		}
		lines.push('');
	}
	return lines.join('\n');
}
