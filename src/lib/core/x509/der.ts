/**
 * A first look at DER bytes before any schema is applied: is it one complete ASN.1 element,
 * and if not, exactly where does it stop making sense? pkijs only says "object's schema was
 * not verified", which tells a person nothing about a file cut off in transfer.
 */

import * as asn1js from 'asn1js';

export type DerOutline =
	{ ok: true; tag: number; headerLength: number; contentLength: number; totalLength: number } | { ok: false; reason: string };

/** Reads only the outer tag and length: cheap, and enough to tell truncation from garbage. */
export function outlineDer(bytes: Uint8Array): DerOutline {
	if (bytes.length < 2) return { ok: false, reason: `only ${bytes.length} byte(s): too short to be DER` };
	const tag = bytes[0];
	if ((tag & 0x1f) === 0x1f) return { ok: false, reason: 'starts with a multi-byte tag, which no certificate format uses' };
	const first = bytes[1];
	let length: number;
	let headerLength: number;
	if (first < 0x80) {
		length = first;
		headerLength = 2;
	} else if (first === 0x80) {
		return { ok: false, reason: 'uses an indefinite length, which DER forbids' };
	} else {
		const n = first & 0x7f;
		if (n > 6) return { ok: false, reason: `declares a ${n}-byte length field, far larger than any real file` };
		if (bytes.length < 2 + n) return { ok: false, reason: `truncated at byte ${bytes.length} of the length header` };
		length = 0;
		for (let i = 0; i < n; i++) length = length * 256 + bytes[2 + i];
		headerLength = 2 + n;
	}
	const totalLength = headerLength + length;
	if (totalLength > bytes.length) {
		return { ok: false, reason: `truncated DER: ends at byte ${bytes.length} of ${totalLength}` };
	}
	return { ok: true, tag, headerLength, contentLength: length, totalLength };
}

export const PARSE_LIMITS = { maxDepth: 64, maxNodes: 20000 } as const;

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
	const outline = outlineDer(bytes);
	if (!outline.ok) return outline;
	const parsed = fromBerSafely(bytes.subarray(0, outline.totalLength), PARSE_LIMITS);
	if (parsed.offset === -1) {
		const error = parsed.result.error || 'malformed ASN.1';
		return { ok: false, reason: `not valid DER: ${error}` };
	}
	return { ok: true, asn1: parsed.result };
}

/**
 * Walks every constructed element (iteratively, to a depth bound) and returns the first place
 * the encoding breaks, or undefined when the whole tree is well-formed DER. Used to say why a
 * file of the right outer shape is still not a certificate, CRL or key.
 */
export function firstDerError(bytes: Uint8Array, maxDepth = 64, maxNodes = 100_000): string | undefined {
	const stack: { at: number; end: number; depth: number }[] = [{ at: 0, end: Math.min(bytes.length, outlineLength(bytes)), depth: 0 }];
	let nodes = 0;
	while (stack.length) {
		const frame = stack[stack.length - 1];
		if (frame.at >= frame.end) {
			stack.pop();
			continue;
		}
		if (++nodes > maxNodes) return undefined;
		const at = frame.at;
		if (at + 2 > frame.end) return `truncated at byte ${at}: an element needs a tag and a length`;
		const first = bytes[at + 1];
		if (first === 0x80) return `indefinite length at byte ${at + 1}, which DER forbids`;
		let length = first;
		let header = 2;
		if (first > 0x80) {
			const n = first & 0x7f;
			if (n > 4) return `a ${n}-byte length field at byte ${at + 1}, claiming more than 4 GB`;
			if (at + 2 + n > frame.end) return `truncated in the length field at byte ${at + 1}`;
			length = 0;
			for (let i = 0; i < n; i++) length = length * 256 + bytes[at + 2 + i];
			header = 2 + n;
		}
		const end = at + header + length;
		if (end > frame.end)
			return `the element at byte ${at} claims ${length.toLocaleString('en-US')} bytes, but only ${(frame.end - at - header).toLocaleString('en-US')} remain in its parent`;
		frame.at = end;
		// Constructed tags hold elements; BIT and OCTET STRINGs often do too but need not, so they are not walked.
		if (bytes[at] & 0x20) {
			if (frame.depth + 1 > maxDepth) return `nested more than ${maxDepth} levels deep at byte ${at}`;
			stack.push({ at: at + header, end, depth: frame.depth + 1 });
		}
	}
	return undefined;
}

function outlineLength(bytes: Uint8Array): number {
	const o = outlineDer(bytes);
	return o.ok ? o.totalLength : bytes.length;
}
