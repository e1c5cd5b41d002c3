/**
 * What the chain-based checks read from the chain stage's result: the analysis of a leaf, every
 * problem any client found on it, and the path-building view of a pasted certificate.
 */

import type { IngestedCertificate } from '../ingest/evidence';
import type { ChainAnalysis, ChainProblem } from '../model/chain';

export { chainCertificateOf } from '../chain/ingested';

export interface LocatedProblem {
	/** The short name of the certificate it concerns. */
	certificate: string;
	/** The item id, when the certificate was pasted. */
	itemId?: string;
	problem: ChainProblem;
	/** Which clients report it: 'OpenSSL defaults', 'Go', … */
	clients: string[];
}

/** Every distinct problem on the main path and in each client's verdict, with who reports it. */
export function problemsOf(chain: ChainAnalysis, codes: readonly string[]): LocatedProblem[] {
	const out: LocatedProblem[] = [];
	const add = (certificate: string, itemId: string | undefined, problem: ChainProblem, client?: string) => {
		if (!codes.includes(problem.code)) return;
		let found = out.find((o) => o.certificate === certificate && o.problem.code === problem.code && o.problem.detail === problem.detail);
		if (!found) out.push((found = { certificate, ...(itemId ? { itemId } : {}), problem, clients: [] }));
		if (client && !found.clients.includes(client)) found.clients.push(client);
	};
	for (const l of chain.links) for (const p of l.problems) add(l.certificate.name, l.certificate.itemId, p, chain.clients[0]?.label);
	for (const v of chain.clients) {
		for (const r of v.reasons) add(r.certificate, r.itemId, r.problem, v.label);
	}
	return out;
}

export function leafItem(chain: ChainAnalysis, leaves: IngestedCertificate[]): IngestedCertificate | undefined {
	return leaves.find((l) => l.item.id === chain.leaf);
}

/** "OpenSSL defaults, Go and Java". */
export function listWords(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
