/**
 * The single entry point: inputs + context → Report. The same function runs in the browser's
 * Web Worker, in the CLI and in the tests. It never touches the DOM or the network.
 */

import { analyzeChains } from './chain/analyze-chains';
import { CHECKS } from './checks/registry';
import { findLeaves } from './chain/leaves';
import { checkSelfSignatures } from './chain/self-signatures';
import { SignatureVerifier } from './chain/signature';
import { resolveContext, type AnalysisContext, type AnalyzeInput } from './context';
import { diagnose } from './diagnose/diagnose';
import { ingest } from './ingest/ingest';
import type { Finding, Report } from './model/report';
import { buildReport } from './report/build';
import { analyzeConnections } from './uri/connection-report';

export type { AnalysisContext, AnalyzeInput } from './context';
export type { Report } from './model/report';

/** Where a running analysis is, so a watchdog can say what cost too much (`input` indexes `inputs`). */
export type AnalysisStage = { stage: 'input'; input: number } | { stage: 'chains' | 'checks' | 'diagnosis' | 'report' };

export interface AnalyzeOptions {
	/** Told before each stage that can take long; the browser's worker passes it on to the page. */
	onStage?: (stage: AnalysisStage) => void;
}

export async function analyze(inputs: AnalyzeInput[], context: AnalysisContext = {}, { onStage }: AnalyzeOptions = {}): Promise<Report> {
	const resolved = resolveContext(context);
	const evidence = await ingest(inputs, { password: resolved.password, onInput: (input) => onStage?.({ stage: 'input', input }) });
	onStage?.({ stage: 'chains' });
	const leaves = findLeaves(evidence.certificates);
	const verifier = new SignatureVerifier();
	const [chains, selfSignatures] = await Promise.all([
		analyzeChains(evidence, leaves, resolved, { verifier }),
		checkSelfSignatures(evidence, verifier)
	]);
	onStage?.({ stage: 'checks' });
	const findings: Finding[] = [];
	for (const check of CHECKS) findings.push(...check.run({ evidence, context: resolved, leaves, chains, selfSignatures }));
	const uri = analyzeConnections(evidence, resolved);
	findings.push(...uri.findings);
	onStage?.({ stage: 'diagnosis' });
	const diagnoses = diagnose(evidence.errorTexts, resolved, { ...evidence, chains });
	onStage?.({ stage: 'report' });
	return buildReport({ items: evidence.items, findings, diagnoses, chains, connections: uri.connections }, resolved);
}
