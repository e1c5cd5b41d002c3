/**
 * The facts-dependent readings of a chain that ended at an untrusted root, or stopped before any
 * root, shared by the .NET and Windows tables: .NET's UntrustedRoot and PartialChain are
 * CryptoAPI's CERT_E_UNTRUSTEDROOT and CERT_E_CHAINING (ChainPal.Windows), so both read the same.
 */

import type { Candidate } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { ASK_CHAIN, unknownIssuer } from '../families/ranking';

/** The chain reached a root the client does not trust: the server sent its root, or it is self-signed. */
export const untrustedRoot = (facts: DiagnoseFacts): Candidate[] => unknownIssuer(facts, { rootWasSent: true });

/** No path to any root: most often an intermediate the server does not send, else an unknown CA. */
export const chainIncomplete = (facts: DiagnoseFacts): Candidate[] => [
	{
		id: 'missing-intermediate',
		confidence: 'medium',
		because: 'the chain stops before reaching any root: an intermediate is missing',
		next: [ASK_CHAIN]
	},
	...unknownIssuer(facts).map((c) => ({ ...c, confidence: c.confidence === 'high' ? ('medium' as const) : c.confidence }))
];
