/**
 * A minimal, allocation-free DER reader: tag, length and content bounds, checked against the
 * enclosing element. It exists for inputs too large for asn1js (CRLs with 100,000 entries) and
 * for precise error messages ("truncated at byte N of M") on hostile input. It never recurses
 * on its own, so depth is whatever the caller walks.
 */

export interface Tlv {
	tag: number;
	/** Offset of the tag byte. */
	start: number;
	/** Offset of the first content byte. */
	contentStart: number;
	/** Offset just past the content. */
	end: number;
}

export class DerError extends Error {
	constructor(
		message: string,
		readonly offset: number
	) {
		super(message);
	}
}

/** Reads one TLV at `offset`, which must end by `limit` (the end of its parent). */
export function readTlv(buf: Uint8Array, offset: number, limit: number = buf.length): Tlv {
	if (offset + 2 > limit) throw new DerError(`truncated at byte ${Math.min(limit, buf.length)}: expected a tag and length`, offset);
	const tag = buf[offset];
	if ((tag & 0x1f) === 0x1f) throw new DerError(`unsupported multi-byte tag at byte ${offset}`, offset);
	const first = buf[offset + 1];
	let length: number;
	let contentStart: number;
	if (first < 0x80) {
		length = first;
		contentStart = offset + 2;
	} else if (first === 0x80) {
		throw new DerError(`indefinite length at byte ${offset + 1}, which DER forbids`, offset + 1);
	} else {
		const n = first & 0x7f;
		if (n > 4) throw new DerError(`length field of ${n} bytes at byte ${offset + 1} (over 4 GB claimed)`, offset + 1);
		if (offset + 2 + n > limit) throw new DerError(`truncated in a length field at byte ${offset + 1}`, offset + 1);
		length = 0;
		for (let i = 0; i < n; i++) length = length * 256 + buf[offset + 2 + i];
		contentStart = offset + 2 + n;
	}
	const end = contentStart + length;
	if (end > limit) {
		const total = Math.min(limit, buf.length);
		throw new DerError(
			`truncated DER: an element at byte ${offset} claims ${length} bytes, but only ${total - contentStart} remain`,
			offset
		);
	}
	return { tag, start: offset, contentStart, end };
}

/** Reads the TLV at `offset` and insists on `tag`. */
export function expectTlv(buf: Uint8Array, offset: number, limit: number, tag: number, what: string): Tlv {
	const tlv = readTlv(buf, offset, limit);
	if (tlv.tag !== tag) {
		throw new DerError(`expected ${what} (tag 0x${tag.toString(16)}) at byte ${offset}, found tag 0x${tlv.tag.toString(16)}`, offset);
	}
	return tlv;
}

export function decodeOid(buf: Uint8Array, start: number, end: number): string {
	if (end <= start) return '';
	const parts: number[] = [];
	let value = 0;
	let first = true;
	for (let i = start; i < end; i++) {
		value = value * 128 + (buf[i] & 0x7f);
		if ((buf[i] & 0x80) === 0) {
			if (first) {
				const a = value < 40 ? 0 : value < 80 ? 1 : 2;
				parts.push(a, value - a * 40);
				first = false;
			} else {
				parts.push(value);
			}
			value = 0;
		}
	}
	return parts.join('.');
}

/** UTCTime (0x17) or GeneralizedTime (0x18) content → Date; undefined when malformed. */
export function decodeTime(buf: Uint8Array, tlv: Tlv): Date | undefined {
	let s = '';
	for (let i = tlv.contentStart; i < tlv.end; i++) s += String.fromCharCode(buf[i]);
	let m: RegExpExecArray | null;
	if (tlv.tag === 0x17) {
		m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s);
		if (!m) return undefined;
		const yy = Number(m[1]);
		// RFC 5280 §4.1.2.5.1: YY >= 50 is 19YY, otherwise 20YY.
		return utc(yy >= 50 ? 1900 + yy : 2000 + yy, m[2], m[3], m[4], m[5], m[6] ?? '00');
	}
	if (tlv.tag === 0x18) {
		m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(s);
		if (!m) return undefined;
		return utc(Number(m[1]), m[2], m[3], m[4], m[5], m[6]);
	}
	return undefined;
}

function utc(y: number, mo: string, d: string, h: string, mi: string, s: string): Date | undefined {
	const date = new Date(Date.UTC(y, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
	return Number.isNaN(date.getTime()) ? undefined : date;
}
