#!/usr/bin/env node
// Re-applies the scenarios' expectations to the captured entries of tests/fixtures/errors/index.json
// without capturing again: after an expectation changes, or a client leaves a scenario (its entry
// goes, and so does its file). Hand-collected ("public") entries are left as they are.
//
//   node scripts/corpus/reindex.mjs
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationFor } from './expectations.mjs';
import { SCENARIOS } from './scenarios.mjs';

const OUT = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'errors');
const indexPath = join(OUT, 'index.json');
const index = JSON.parse(readFileSync(indexPath, 'utf8'));
const out = [];
for (const entry of index) {
	if (entry.source !== 'captured' || entry.generator) {
		out.push(entry);
		continue;
	}
	const scenario = SCENARIOS.find((s) => s.id === entry.scenario && s.clients.includes(entry.client));
	const path = join(OUT, entry.file);
	if (!scenario || !existsSync(path)) {
		console.log(`- ${entry.file}: ${scenario ? 'file missing' : 'client no longer in the scenario'}`);
		if (existsSync(path)) rmSync(path);
		continue;
	}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { top, why, causeHidden, ...rest } = entry;
	const next = { ...rest, cause: scenario.cause, setup: scenario.about, ...expectationFor(scenario, entry.client) };
	if (next.top !== entry.top) console.log(`~ ${entry.file}: top ${entry.top} → ${next.top}`);
	out.push(next);
}
writeFileSync(indexPath, JSON.stringify(out, null, '\t') + '\n');
console.log(`${out.length} entries`);
