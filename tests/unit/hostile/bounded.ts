/**
 * Runs hostile input through the real analyze() and holds it to its budget (budgets.ts): the
 * time, the size of the JSON report, and that the process has not grown to gigabytes. An ordinary
 * analysis before and after must give the same report, so nothing a hostile input did lingers.
 */
import { expect } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import type { AnalysisContext, AnalyzeInput } from '../../../src/lib/core/model/context';
import type { Report } from '../../../src/lib/core/model/report';
import { AT_VALID, fixtureText } from '../../helpers/fixtures';
import { BUDGETS, REPORT_FACTOR, type BudgetName } from './budgets';

/** Issue 12's 150 URIs took 3.3 GB; a vitest worker that has done everything here stays far below this. */
const MAX_RSS = 1.5 * 1024 ** 3;

export const text = (t: string, name?: string): AnalyzeInput => ({ kind: 'text', text: t, ...(name ? { name } : {}) });

export const inputSize = (inputs: AnalyzeInput[]) => inputs.reduce((n, i) => n + (i.kind === 'text' ? i.text.length : i.bytes.length), 0);

/** `unit` repeated to at least `length` characters. */
export const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

export const unreadable = (r: Report) => r.items.flatMap((i) => (i.kind === 'unreadable' ? [`${i.label}: ${i.reason}`] : []));

export interface Bounded {
	report: Report;
	ms: number;
	json: number;
}

/**
 * analyze() on the inputs within the named budget. The report must stay under REPORT_FACTOR times
 * the input (or `maxReport` characters, for inputs too small for a factor to mean anything).
 */
export async function analyzeWithin(
	name: BudgetName,
	inputs: AnalyzeInput[],
	context: AnalysisContext = {},
	{ maxReport }: { maxReport?: number } = {}
): Promise<Bounded> {
	const budget = BUDGETS[name];
	const started = performance.now();
	const report = await analyze(inputs, { at: AT_VALID, ...context });
	const ms = performance.now() - started;
	// HOSTILE_MEASURE=1 prints what each input took, to set the budgets from.
	if (process.env.HOSTILE_MEASURE)
		console.log(
			`measure ${name}: ${Math.round(ms)} ms, report ${(JSON.stringify(report).length / inputSize(inputs)).toFixed(2)}× the input`
		);
	expect(ms, `${name} (${budget.input}) took ${Math.round(ms)} ms; its budget is ${budget.ms} ms`).toBeLessThan(budget.ms);
	const json = JSON.stringify(report).length;
	const limit = maxReport ?? REPORT_FACTOR * inputSize(inputs);
	expect(json, `${name}: the JSON report is ${json.toLocaleString('en-US')} characters`).toBeLessThan(limit);
	expect(process.memoryUsage().rss, `${name}: the process grew past 1.5 GB`).toBeLessThan(MAX_RSS);
	return { report, ms, json };
}

/** An ordinary paste touching every stage: a chain with its host, a connection string and an error. */
const ORDINARY: [AnalyzeInput[], AnalysisContext] = [
	[
		text(fixtureText('pki/server-chain.pem')),
		text('client = MongoClient("mongodb://app:s3cret@db.example.com:27017/?tls=true&tlsCAFile=/etc/ssl/ca.pem")'),
		text(fixtureText('errors/pymongo-3.11-local-issuer.txt'))
	],
	{ host: 'db.example.com', at: AT_VALID }
];

const stable = (r: Report) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'at' ? undefined : v)));

/** The ordinary analysis's report, to compare with after each hostile one. */
export async function ordinaryReport(): Promise<unknown> {
	return stable(await analyze(...ORDINARY));
}

export async function expectOrdinaryUnchanged(before: unknown): Promise<void> {
	expect(stable(await analyze(...ORDINARY)), 'an ordinary analysis after the hostile one changed').toEqual(before);
}
