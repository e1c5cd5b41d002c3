/**
 * asn1js, wrapped for hostile input: the DER_LIMITS caps passed on every call, and failures
 * returned as reasons. The structural first look (outlineDer) comes from bytes/der.ts, so a
 * file asn1js would refuse is explained the same way as one the fast readers refuse.
 */

import * as asn1js from 'asn1js';
import { DER_LIMITS, outlineDer } from '../bytes/der';

/** asn1js's limits for a certificate, CRL or CSR tree. */
const TREE_LIMITS = { maxDepth: DER_LIMITS.depth, maxNodes: DER_LIMITS.treeNodes } as const;
/** asn1js's limits for a key or a key's wrapper. */
export const KEY_TREE_LIMITS = { maxDepth: DER_LIMITS.small.depth, maxNodes: DER_LIMITS.small.nodes } as const;

/**
 * asn1js.fromBER, but never throwing: asn1js throws (rather than reporting) on some malformed
 * primitives, e.g. a GeneralizedTime that is not a date. Failure looks like asn1js's own: offset -1.
 */
export function fromBerSafely(bytes: Uint8Array, limits: { maxDepth: number; maxNodes: number }): ReturnType<typeof asn1js.fromBER> {
	try {
		return asn1js.fromBER(bytes, limits);
	} catch (e) {
		const result = new asn1js.Primitive();
		result.error = (e as Error).message;
		return { offset: -1, result };
	}
}

/** asn1js parse with resource limits, returning a reason instead of throwing. */
export function parseAsn1(bytes: Uint8Array): { ok: true; asn1: asn1js.AsnType } | { ok: false; reason: string } {
	// Lenient, as pkijs reads: the fallback exists for what the strict reader refused.
	const outline = outlineDer(bytes, 'lenient');
	if (!outline.ok) return outline;
	const parsed = fromBerSafely(bytes.subarray(0, outline.totalLength), TREE_LIMITS);
	if (parsed.offset === -1) {
		const error = parsed.result.error || 'malformed ASN.1';
		return { ok: false, reason: `not valid DER: ${error}` };
	}
	return { ok: true, asn1: parsed.result };
}
