/** Messages between the page and the analysis worker. Inputs travel in; only the Report comes back. */

import type { AnalysisContext, AnalyzeInput } from '../core/context';
import type { Report } from '../core/report/model';

export interface AnalyzeRequest {
	id: number;
	inputs: AnalyzeInput[];
	context: AnalysisContext;
}

export type AnalyzeResponse = { id: number; ok: true; report: Report; ms: number } | { id: number; ok: false; error: string };
