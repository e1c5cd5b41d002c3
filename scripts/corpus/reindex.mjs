#!/usr/bin/env node
// Re-applies the scenarios' expectations to the captured entries of tests/fixtures/errors/index.json
// without capturing again: after an expectation changes, or a client leaves a scenario (its entry
// goes, and so does its file). Hand-collected ("public") entries are left as they are.
//
// Two judgements live in the index itself and are kept: a `top` that is a list (every acceptable
// top of a text that cannot settle it, with the `why` saying what input would) stays unless the
// scenario gives a list of its own, and a `knownMiss` (the ranker's top is not acceptable) stays
// until someone removes it with the fix.
//
//   node scripts/corpus/reindex.mjs
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationFor, SERVER_VIEW } from './expectations.mjs';
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
	const serverView = entry.client === SERVER_VIEW;
	const scenario = SCENARIOS.find((s) => s.id === entry.scenario && (serverView ? s.serverView : s.clients.includes(entry.client)));
	const path = join(OUT, entry.file);
	if (!scenario || !existsSync(path)) {
		console.log(`- ${entry.file}: ${scenario ? 'file missing' : 'client no longer in the scenario'}`);
		if (existsSync(path)) rmSync(path);
		continue;
	}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { top, why, causeHidden, knownMiss, ...rest } = entry;
	const expected = expectationFor(scenario, entry.client);
	const next = { ...rest, cause: scenario.cause, setup: serverView ? entry.setup : scenario.about, ...expected };
	if (Array.isArray(top) && !Array.isArray(expected.top)) {
		if (!top.includes(expected.top))
			console.log(`! ${entry.file}: the scenario's top ${expected.top} is not in the list kept (${top.join(', ')})`);
		next.top = top;
		next.why = why;
	}
	if (knownMiss) next.knownMiss = knownMiss;
	const shown = (t) => [t].flat().join(' | ');
	if (shown(next.top) !== shown(top)) console.log(`~ ${entry.file}: top ${shown(top)} → ${shown(next.top)}`);
	out.push(next);
}
writeFileSync(indexPath, JSON.stringify(out, null, '\t') + '\n');
console.log(`${out.length} entries`);
