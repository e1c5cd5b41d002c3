/**
 * What to paste next, given what was pasted already. A diagnosis asks for the input that would
 * settle it; when that input is in the evidence (an `openssl s_client -showcerts` transcript with
 * the chain the server sent), asking for it again only sends the person round in a circle, so the
 * ask gives way to the next thing the analysis lacks: the root the chain goes up to, or the
 * intermediate that is missing.
 */

import type { ChainAnalysis } from '../model/chain';
import type { Item, NextStep } from '../model/report';

/** An s_client run that prints the server's chain: a pasted transcript of one is its output. */
const SHOWS_SERVER_CHAIN = (step: NextStep): boolean =>
	step.command !== undefined && /\bs_client\b/.test(step.command) && /-showcerts\b/.test(step.command) && !/-CAfile\b/.test(step.command);

/** The person pasted what the server presents: an s_client transcript that holds a chain. */
export function serverChainSupplied(items: readonly Item[]): boolean {
	return items.some((i) => i.kind === 's-client' && i.transcript.chain.length > 0);
}

/** A CA certificate given as one the client trusts (a self-signed CA, or a PEM marked trusted), not one the server sent. */
function caFileSupplied(items: readonly Item[]): boolean {
	return items.some(
		(i) =>
			i.kind === 'certificate' &&
			i.origin !== 's-client' &&
			i.certificate.isCA &&
			(i.origin === 'trusted-pem' || i.certificate.subject.rfc2253 === i.certificate.issuer.rfc2253)
	);
}

/** The next input the chains lack, in the order that settles the most. */
export function chainAsks(items: readonly Item[], chains: readonly ChainAnalysis[]): NextStep[] {
	const out: NextStep[] = [];
	for (const chain of chains) {
		const root = chain.rootNotSupplied;
		const missing = chain.missingIntermediate;
		if (root && !caFileSupplied(items)) {
			out.push({
				ask: `Paste the root CA certificate “${root.root}” (PEM): the CA file the client is given, or ask whoever runs the server for it (the file mongod’s net.tls.CAFile points to). TLS Doctor then checks the whole chain up to it.`
			});
		} else if (missing) {
			out.push({
				ask: missing.caIssuers.length
					? `Paste the missing intermediate “${missing.issuer}”: its certificate says it is published at ${missing.caIssuers.join(' and ')} (TLS Doctor does not fetch it).`
					: `Paste the missing intermediate “${missing.issuer}”: the certificate names no URL for it, so get it from whoever runs the CA.`
			});
		} else if (chain.end === 'untrusted-root' && !caFileSupplied(items)) {
			out.push({ ask: 'Paste the CA file the client is given (tlsCAFile), to compare it with the root the server sends.' });
		}
	}
	return out.filter((a, i) => out.findIndex((b) => b.ask === a.ask) === i);
}

/** The asks of a diagnosis, less what the evidence already answers; what the chains still lack takes the place of a dropped ask. */
export function nextInputs(asked: readonly NextStep[], items: readonly Item[], chains: readonly ChainAnalysis[]): NextStep[] {
	if (!serverChainSupplied(items)) return [...asked];
	const kept = asked.filter((s) => !SHOWS_SERVER_CHAIN(s));
	if (kept.length === asked.length) return kept;
	const instead = chainAsks(items, chains).filter((a) => !kept.some((k) => k.ask === a.ask));
	return [...kept, ...instead];
}
