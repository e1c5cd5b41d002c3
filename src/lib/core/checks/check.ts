/**
 * A check is one rule, in the manner of zlint: a stable id, a one-line description, where its
 * truth comes from, and a small pure function of the parsed items. Each check file carries its
 * own tests in tests/unit/checks/.
 */

import type { ResolvedContext } from '../model/context';
import type { Evidence, IngestedCertificate } from '../ingest/evidence';
import type { SelfSignatureResult } from '../chain/self-signatures';
import type { ChainAnalysis } from '../model/chain';
import type { ConnectionReport } from '../model/connection';
import type { SrvName } from '../chain/peer-hosts';
import type { Finding, Severity } from '../model/report';

export interface CheckMeta {
	/** Stable dotted finding id, e.g. cert.expired. */
	id: string;
	description: string;
	/** An RFC section, an OpenSSL verify code, a seed document. */
	citation: string;
	remedies: string[];
}

export interface CheckInput {
	evidence: Evidence;
	context: ResolvedContext;
	/** The certificates the client would be presented with as end-entity (see chain/leaves.ts). */
	leaves: IngestedCertificate[];
	/** The chain stage's result for each leaf (chain/analyze-chains.ts). */
	chains: ChainAnalysis[];
	/** The own signature of each pasted self-issued certificate (chain/self-signatures.ts). */
	selfSignatures?: SelfSignatureResult[];
	/** Each pasted connection string with its one analysis (connections/analyze-connections.ts). */
	connections?: readonly ConnectionReport[];
	/** The SRV names among them and their likely targets (chain/peer-hosts.ts). */
	srvNames?: readonly SrvName[];
}

export interface Check extends CheckMeta {
	run(input: CheckInput): Finding[];
}

export interface FindingDraft {
	severity?: Severity;
	subject: string;
	title: string;
	detail: string;
	evidence?: string[];
	remedies?: string[];
	/** Overrides the check's id, for the "all clear" counterpart of a check (cert.valid for cert.expired). */
	id?: string;
}

export function finding(meta: CheckMeta, severity: Severity, draft: FindingDraft): Finding {
	return {
		id: draft.id ?? meta.id,
		severity: draft.severity ?? severity,
		subject: draft.subject,
		title: draft.title,
		detail: draft.detail,
		evidence: draft.evidence ?? [],
		citation: meta.citation,
		remedies: draft.remedies ?? (severity === 'ok' ? [] : meta.remedies)
	};
}
