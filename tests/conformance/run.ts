/**
 * `npm run conformance`: every x509-limbo testcase through the project's validator, twice.
 *
 * 1. With the Web PKI policy (or --policy) against limbo's expectations: failures grouped by
 *    namespace with the reference verdicts next to each (anchors-per-testcase.json: expected,
 *    OpenSSL brief, OpenSSL upstream-flags, pyca), skip reasons with counts, and the pass rates
 *    split into expected-SUCCESS and expected-FAILURE testcases with the always-reject baseline.
 * 2. With the OpenSSL policy against OpenSSL 3.0.19's recorded verdicts: the agreement rate and
 *    every difference grouped by cause, written to tests/conformance/openssl-differences.md
 *    (on a whole-suite run with the ingest gate; --only and --no-ingest leave the file alone).
 *
 * Ends with one JSON line: {"passed":N,"failed":N,"skipped":N,"success":…,"failure":…,"openssl":…}.
 *
 *   tsx tests/conformance/run.ts [--policy openssl|webpki|…] [--only PREFIX] [--no-ingest] [--verbose]
 */

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { CLIENT_POLICIES, WEBPKI_POLICY } from '../../src/lib/core/chain/policy';
import { summarise, type CaseResult } from './limbo-runner';
import { disagreementReason, limboAvailable, loadAnchors, loadLimbo } from './limbo-suite';
import { CAUSES, DIFFERENCES_FILE, differencesMarkdown, pct, ratesLines, runConformance } from './limbo-report';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const policy = CLIENT_POLICIES.find((p) => p.id === option('--policy')) ?? WEBPKI_POLICY;
const only = option('--only');
const verbose = args.includes('--verbose');
const ingestGate = !args.includes('--no-ingest');

if (!limboAvailable()) {
	console.error('limbo.json not found (set LIMBO_DIR)');
	process.exit(2);
}

const cases = loadLimbo().filter((tc) => !only || tc.id.startsWith(only));
const anchors = loadAnchors();
if (!Object.keys(anchors).length) {
	console.error('anchors-per-testcase.json not found beside limbo.json');
	process.exit(2);
}
const run = await runConformance(cases, anchors, { policy, ingestGate });
const results = run.expectations;

const group = (id: string) => id.split('::').slice(0, 2).join('::');
const failures = results.filter((r) => r.outcome === 'fail');
const byGroup = new Map<string, CaseResult[]>();
for (const f of failures) byGroup.set(group(f.id), [...(byGroup.get(group(f.id)) ?? []), f]);

console.log(`x509-limbo: ${cases.length} testcases, both passes in ${(run.ms / 1000).toFixed(1)} s`);
console.log(`\n[1] Policy "${policy.id}" against limbo's expectations`);
console.log('Failures (expected → actual; reference verdicts expected/openssl-brief/openssl-upstream/pyca):');
for (const [name, list] of [...byGroup].sort((a, b) => b[1].length - a[1].length)) {
	console.log(`  ${name}: ${list.length}`);
	for (const f of verbose ? list : list.slice(0, 25)) {
		console.log(`    ${f.id}  ${f.expected} → ${f.actual}  [${anchors[f.id] ?? '????'}]  ${f.note ?? ''}`);
	}
	const known = disagreementReason(list[0].id);
	if (known && list.every((f) => disagreementReason(f.id) === known)) console.log(`    (decided on purpose: ${known})`);
	if (!verbose && list.length > 25) console.log(`    … ${list.length - 25} more (--verbose)`);
}

const skips = new Map<string, number>();
for (const r of results) if (r.outcome === 'skip') skips.set(r.note ?? '', (skips.get(r.note ?? '') ?? 0) + 1);
console.log('\nSkipped:');
for (const [reason, n] of [...skips].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${reason}`);

const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
console.log('\nSlowest:', slow.map((r) => `${r.id} ${r.ms.toFixed(0)} ms`).join(', '));
console.log('');
for (const line of ratesLines(policy.id, run.rates)) console.log(line);

const { openssl } = run;
console.log(`\n[2] Policy "openssl" against OpenSSL 3.0.19's recorded verdicts ("brief" method, anchors.md)`);
console.log(
	`  agreement: ${openssl.agreement.passed} / ${openssl.agreement.run} = ${pct(openssl.agreement)}; ` +
		`${openssl.differences.length} differences; ${openssl.skipped} not compared (no OpenSSL verdict)`
);
const byCause = new Map<string, number>();
for (const d of openssl.differences) byCause.set(d.cause, (byCause.get(d.cause) ?? 0) + 1);
for (const [cause, n] of [...byCause].sort((a, b) => b[1] - a[1])) {
	console.log(`  ${String(n).padStart(4)}  ${CAUSES[cause as keyof typeof CAUSES].title}`);
}
if (verbose) for (const d of openssl.differences) console.log(`    ${d.id}  OpenSSL ${d.openssl}, ours ${d.ours}  ${d.note}`);
if (!only && ingestGate) {
	// Formatted as `npm run lint` (prettier --check) expects, so a regenerated file is byte-identical to the committed one.
	const path = fileURLToPath(DIFFERENCES_FILE);
	const config = (await resolveConfig(path)) ?? {};
	writeFileSync(DIFFERENCES_FILE, await format(differencesMarkdown(openssl), { ...config, filepath: path }));
	console.log(`  every difference: ${path}`);
} else {
	console.log('  (openssl-differences.md not rewritten: --only or --no-ingest)');
}

const summary = summarise(results);
console.log(
	JSON.stringify({
		...summary,
		success: { passed: run.rates.success.passed, run: run.rates.success.run },
		failure: { passed: run.rates.failure.passed, run: run.rates.failure.run },
		openssl: { agreed: openssl.agreement.passed, compared: openssl.agreement.run, differences: openssl.differences.length }
	})
);
