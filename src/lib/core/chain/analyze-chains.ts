/**
 * The chain stage of analyze(): for every leaf, build and validate its paths against the pasted
 * certificates and trust anchors, and describe the result for the report and the checks.
 */

import type { ResolvedContext } from '../context';
import type { Evidence, IngestedCertificate } from '../ingest/evidence';
import type { ChainAnalysis } from '../report/chain-model';

// Placeholder until the validator is wired in: the leaf alone, nothing concluded.
export async function analyzeChains(evidence: Evidence, leaves: IngestedCertificate[], context: ResolvedContext): Promise<ChainAnalysis[]> {
	return leaves.map((l) => ({
		leaf: l.item.id,
		role: context.role,
		...(context.host ? { host: context.host } : {}),
		status: 'warning',
		summary: 'The chain has not been analysed yet.',
		links: [],
		end: 'gave-up',
		trust: { anchorSource: 'none', kind: 'unknown', needsCaFile: false, explanation: 'Not analysed yet.' },
		clients: [],
		alternatives: [],
		bundle: { order: evidence.certificates.map((c) => c.item.id), inOrder: true, duplicates: [], unused: [] },
		publicRoots: { source: '', node: '', generated: '', count: 0, available: false },
		notes: []
	}));
}
