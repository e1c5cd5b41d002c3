/**
 * The single entry point: inputs + context → Report. The same function runs in the browser's
 * Web Worker, in the CLI and in the tests. It never touches the DOM or the network.
 */

import { analyzeChains } from './chain/analyze-chains';
import { CHECKS } from './checks/registry';
import { findLeaves } from './chain/leaves';
import { presentedByServer, roleFromCertificates } from './chain/leaf-role';
import { checkSelfSignatures } from './chain/self-signatures';
import { SignatureVerifier } from './chain/signature';
import { resolveContext, type AnalysisContext, type AnalyzeInput } from './context';
import { diagnose } from './diagnose/diagnose';
import { serverHostsIn } from './diagnose/facts';
import { srvNames } from './chain/peer-hosts';
import type { Evidence } from './ingest/evidence';
import { recognisedBySignature } from './diagnose/recognise';
import { ingest } from './ingest/ingest';
import type { Finding, Report } from './model/report';
import { buildReport } from './report/build';
import { analyzeConnections } from './connections/analyze-connections';

export type { AnalysisContext, AnalyzeInput } from './context';
export type { Report } from './model/report';

/** Where a running analysis is, so a watchdog can say what cost too much (`input` indexes `inputs`). */
export type AnalysisStage = { stage: 'input'; input: number } | { stage: 'chains' | 'checks' | 'diagnosis' | 'report' };

export interface AnalyzeOptions {
	/** Told before each stage that can take long; the browser's worker passes it on to the page. */
	onStage?: (stage: AnalysisStage) => void;
}

/** Hosts the input names outside connection strings (error text, s_client): likely SRV targets. */
function hostsNamedIn(evidence: Evidence): string[] {
	const seen = evidence.errorTexts.flatMap((e) => serverHostsIn(e.item.text).map((h) => h.host));
	for (const s of evidence.sClients) if (s.item.transcript.host) seen.push(s.item.transcript.host);
	return seen;
}

export async function analyze(inputs: AnalyzeInput[], context: AnalysisContext = {}, { onStage }: AnalyzeOptions = {}): Promise<Report> {
	let resolved = resolveContext(context);
	const evidence = await ingest(inputs, {
		password: resolved.password,
		recognisesError: recognisedBySignature,
		onInput: (input) => onStage?.({ stage: 'input', input })
	});
	// Each connection string is analysed once, here, and its analysis passed on to every stage.
	const uri = analyzeConnections(evidence, resolved);
	const srv = srvNames(uri.connections, hostsNamedIn(evidence));
	onStage?.({ stage: 'chains' });
	const leaves = findLeaves(evidence.certificates);
	// Unsaid, a certificate that can only serve a client is read as the client's, and the report says why;
	// a chain a server presented (s_client) is the server's whatever was said.
	if (presentedByServer(leaves)) resolved = { ...resolved, role: 'server', roleFrom: 'certificate' };
	else {
		const role = resolved.roleFrom ? undefined : roleFromCertificates(leaves, resolved.host);
		if (role) resolved = { ...resolved, role, roleFrom: 'certificate' };
	}
	const verifier = new SignatureVerifier();
	const [chains, selfSignatures] = await Promise.all([
		analyzeChains(evidence, leaves, resolved, { verifier, srvNames: srv }),
		checkSelfSignatures(evidence, verifier)
	]);
	onStage?.({ stage: 'checks' });
	const findings: Finding[] = [];
	const checkInput = { evidence, context: resolved, leaves, chains, selfSignatures, connections: uri.connections, srvNames: srv };
	for (const check of CHECKS) findings.push(...check.run(checkInput));
	findings.push(...uri.findings);
	onStage?.({ stage: 'diagnosis' });
	const diagnoses = diagnose(evidence.errorTexts, resolved, { ...evidence, chains });
	onStage?.({ stage: 'report' });
	return buildReport({ items: evidence.items, findings, diagnoses, chains, connections: uri.connections }, resolved);
}
