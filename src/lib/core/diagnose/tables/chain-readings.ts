/**
 * The facts-dependent readings of a chain that ended at an untrusted root, or stopped before any
 * root, shared by the .NET and Windows tables: .NET's UntrustedRoot and PartialChain are
 * CryptoAPI's CERT_E_UNTRUSTEDROOT and CERT_E_CHAINING (ChainPal.Windows), so both read the same.
 */

import type { Candidate } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { ASK_CHAIN, unknownIssuer } from '../families/ranking';
import type { DiagnosisId } from '../vocabulary';

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

const CLIENT_SIDE_TRUST: readonly DiagnosisId[] = [
	'untrusted-ca',
	'missing-intermediate',
	'missing-system-roots',
	'self-signed-cert',
	'self-signed-in-chain'
];

/**
 * mongod logs its own check of a client's certificate with the platform's codes (Windows:
 * ssl_manager_windows.cpp, logv2 23279; macOS: ssl_manager_apple.cpp): there the certificate that
 * failed to chain is the client's, unless the server was the one connecting out.
 */
export function seenFrom(facts: DiagnoseFacts, candidates: Candidate[]): Candidate[] {
	if (!facts.serverLog || facts.vantage?.direction === 'out') return candidates;
	const out: Candidate[] = [];
	for (const c of candidates) {
		const id = CLIENT_SIDE_TRUST.includes(c.id) ? 'client-cert-untrusted' : c.id;
		if (!out.some((o) => o.id === id))
			out.push({
				...c,
				id,
				...(id !== c.id ? { because: 'in a server log the certificate this server could not trust is the client’s' } : {})
			});
	}
	return out;
}
