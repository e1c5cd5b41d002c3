/** Runs one fuzz case through the real analyze() and classifies what happened. */
import { analyze } from '../../src/lib/core/analyze';
import type { FuzzCase } from './cases';

export interface CaseOutcome {
	ms: number;
	/** analyze() threw or rejected: always a defect, bad input must become a report. */
	crash?: string;
	/** The report would not survive the worker boundary (structuredClone) or JSON. */
	unserialisable?: string;
}

export async function runCase(c: FuzzCase): Promise<CaseOutcome> {
	const started = performance.now();
	try {
		const report = await analyze(c.inputs, c.context);
		const ms = performance.now() - started;
		try {
			structuredClone(report);
			JSON.stringify(report);
		} catch (e) {
			return { ms, unserialisable: (e as Error).message };
		}
		return { ms };
	} catch (e) {
		const err = e as Error;
		return {
			ms: performance.now() - started,
			crash: `${err?.name}: ${err?.message}\n${(err?.stack ?? '').split('\n').slice(1, 6).join('\n')}`
		};
	}
}
