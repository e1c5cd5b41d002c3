/**
 * Is the certificate missing above a path the root that a server rightly leaves out?
 *
 * A server sends its own certificate followed by the intermediates; the root "MAY be omitted"
 * (RFC 8446 §4.4.2; RFC 5246 §7.4.2), since the client must already hold it. So a path that stops
 * at a CA certificate whose issuer is neither given nor a public root is, as far as the server
 * goes, complete when that issuer is the root. What stays a missing intermediate:
 * - a lone leaf whose issuer is absent: the server sent nothing above its own certificate, and a
 *   leaf issued straight from a root is rare enough that the intermediate is the likely gap;
 * - a CA certificate that names where its issuer is published (AIA caIssuers, RFC 5280 §4.2.2.1):
 *   that certificate can be fetched, and it is usually the one the server forgot;
 * - an issuer that was given but not taken (a loop, a key that does not match): the rules that
 *   refused it explain that;
 * - a paste that also holds a CA file the path does not reach: the CA given is then likely the
 *   root above a missing intermediate (analyze-chains.ts trustOf says so).
 */

import type { ChainCertificate } from '../x509/chain-certificate';
import { looksSelfSigned } from '../x509/chain-certificate';
import { commonNames, rfc2253Of } from '../x509/name-key';
import type { RootNotSupplied } from '../model/chain';
import type { SClientItem } from '../model/report';
import type { FoundPath } from './path-builder';

/** The top certificate of a path that is complete up to an absent root, or undefined. */
export function topBelowAbsentRoot(path: FoundPath | undefined): ChainCertificate | undefined {
	if (!path || path.end !== 'no-issuer' || path.links.length < 2) return undefined;
	const top = path.links[path.links.length - 1].cert;
	if (top.ext.basicConstraints?.ca !== true || looksSelfSigned(top)) return undefined;
	if ((top.ext.authorityInfoAccess?.caIssuers.length ?? 0) > 0) return undefined;
	return top;
}

/**
 * "Verify return code: 0 (ok)" is s_client's verdict on the chain the server sent, checked against
 * the CA file (-CAfile) or default store of the machine it ran on: that machine trusts the root the
 * chain goes up to, whether the server sent it or not.
 */
export function sClientVerification(sClients: readonly SClientItem[], leafItemId: string): { itemId: string; host?: string } | undefined {
	const verified = sClients.find((s) => s.transcript.verifyReturnCode === 0 && s.transcript.chain.includes(leafItemId));
	return verified ? { itemId: verified.id, ...(verified.transcript.host ? { host: verified.transcript.host } : {}) } : undefined;
}

export interface RootNotSuppliedInput {
	path: FoundPath | undefined;
	/** The top certificate as the report names it. */
	below: { subject: string; name: string; itemId?: string };
	/** The leaf's item id, to find an s_client transcript of this chain. */
	leafItemId: string;
	sClients: readonly SClientItem[];
	/** A CA certificate was pasted that this path does not reach. */
	unreachedCaFile: boolean;
	/** Every pasted certificate: an issuer that was given but refused (a loop, a wrong key) is not absent. */
	pasted: readonly ChainCertificate[];
}

export function rootNotSuppliedOf(input: RootNotSuppliedInput): RootNotSupplied | undefined {
	if (input.unreachedCaFile) return undefined;
	const top = topBelowAbsentRoot(input.path);
	if (!top || input.pasted.some((c) => c.subject.key === top.issuer.key)) return undefined;
	const root = rfc2253Of(top.issuer);
	const verified = sClientVerification(input.sClients, input.leafItemId);
	return {
		root,
		rootName: commonNames(top.issuer).at(-1) ?? root,
		...(top.ext.authorityKeyId?.keyId ? { authorityKeyId: top.ext.authorityKeyId.keyId } : {}),
		below: input.below.subject,
		belowName: input.below.name,
		...(input.below.itemId ? { belowItemId: input.below.itemId } : {}),
		...(verified ? { verifiedBy: verified } : {})
	};
}
