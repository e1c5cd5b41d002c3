/**
 * `npm run conformance`: every x509-limbo testcase through the project's validator. Prints the
 * failures grouped by namespace with the reference validators' verdicts next to each (from
 * anchors-per-testcase.json: expected, OpenSSL brief, OpenSSL upstream-flags, pyca), the skip
 * reasons with counts, and ends with one JSON line: {"passed":N,"failed":N,"skipped":N}.
 *
 *   tsx tests/conformance/run.ts [--policy openssl|webpki|…] [--only PREFIX] [--no-ingest] [--verbose]
 */

import { CLIENT_POLICIES, WEBPKI_POLICY } from '../../src/lib/core/chain/policy';
import { LimboRunner, summarise, type CaseResult } from './limbo-runner';
import { disagreementReason, limboAvailable, loadAnchors, loadLimbo } from './limbo-suite';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const policy = CLIENT_POLICIES.find((p) => p.id === option('--policy')) ?? WEBPKI_POLICY;
const only = option('--only');
const verbose = args.includes('--verbose');

if (!limboAvailable()) {
	console.error('limbo.json not found (set LIMBO_DIR)');
	process.exit(2);
}

const started = performance.now();
const cases = loadLimbo().filter((tc) => !only || tc.id.startsWith(only));
const anchors = loadAnchors();
const runner = new LimboRunner(policy, !args.includes('--no-ingest'));
const results: CaseResult[] = [];
for (const tc of cases) results.push(await runner.run(tc));
const elapsed = performance.now() - started;

const group = (id: string) => id.split('::').slice(0, 2).join('::');
const failures = results.filter((r) => r.outcome === 'fail');
const byGroup = new Map<string, CaseResult[]>();
for (const f of failures) byGroup.set(group(f.id), [...(byGroup.get(group(f.id)) ?? []), f]);

console.log(
	`x509-limbo with policy "${policy.id}": ${cases.length} testcases in ${(elapsed / 1000).toFixed(1)} s, ${runner.verifier.verifications} signatures computed`
);
console.log('\nFailures (expected → actual; reference verdicts expected/openssl-brief/openssl-upstream/pyca):');
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

const summary = summarise(results);
const rate = summary.passed / Math.max(1, summary.passed + summary.failed);
console.log(
	`\nAgreement ${(rate * 100).toFixed(2)} % of ${summary.passed + summary.failed} run; ${summary.skipped} skipped (${((summary.skipped / results.length) * 100).toFixed(2)} %).`
);
console.log(JSON.stringify(summary));
