import { analyze } from '../../src/lib/core/analyze';
import type { AnalysisContext, AnalyzeInput } from '../../src/lib/core/model/context';
import type { Report } from '../../src/lib/core/model/report';
import { AT_VALID, bytesInput } from './fixtures';

/** analyze() over fixture files, at a fixed time unless the test says otherwise. */
export function analyzeFiles(paths: string[], context: AnalysisContext = {}): Promise<Report> {
	return analyze(paths.map(bytesInput), { at: AT_VALID, ...context });
}

export function analyzeText(text: string, context: AnalysisContext = {}): Promise<Report> {
	return analyze([{ kind: 'text', text }], { at: AT_VALID, ...context });
}

export function analyzeInputs(inputs: AnalyzeInput[], context: AnalysisContext = {}): Promise<Report> {
	return analyze(inputs, { at: AT_VALID, ...context });
}

export const findingIds = (report: Report) => report.findings.map((f) => f.id);
export const diagnosisIds = (report: Report) => report.diagnoses.map((d) => d.id);
