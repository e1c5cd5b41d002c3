/**
 * The connection-string stage of analyze(): every connection string found in the input, analysed
 * (against the pasted server certificate's names when there is one), and its problems as findings.
 */

import type { ResolvedContext } from '../context';
import type { Evidence } from '../ingest/evidence';
import type { Finding } from '../report/model';
import type { ConnectionStringAnalysis } from './model';

export interface ConnectionReport {
	/** The connection-string item's id. */
	item: string;
	analysis: ConnectionStringAnalysis;
}

export function analyzeConnections(evidence: Evidence, context: ResolvedContext): { connections: ConnectionReport[]; findings: Finding[] } {
	void evidence;
	void context;
	return { connections: [], findings: [] };
}
