/**
 * The one DER reader: tag, length and content bounds, checked against the enclosing element, in
 * an explicit mode. Everything works on offsets into one buffer; no ASN.1 object tree is built,
 * so a 100,000-entry CRL costs one small object per element read and nothing else.
 *
 * - 'strict' is DER as RFC 5280 §4.1 requires of what is signed (X.690 §10–11): definite lengths
 *   in the fewest octets, minimal OID arcs, BOOLEAN as 00 or FF. Path validation reads
 *   certificates this way, as Go, BoringSSL and the Web PKI validators do.
 * - 'lenient' tolerates what OpenSSL or pkijs accept and this code accepted before it had modes:
 *   non-minimal lengths and OID arcs, any non-zero BOOLEAN octet. It reads CRLs, containers
 *   (PKCS#7, PKCS#12) and the first look at a dropped file, where refusing costs the person the
 *   whole file for a fault their own tools pass over.
 *
 * Both modes refuse what no reader here could use: indefinite lengths (BER only, X.690 §10.1),
 * high tag numbers (no certificate format has one), lengths over DER_LIMITS.lengthOctets octets,
 * and anything that runs past its parent.
 */

export type DerMode = 'strict' | 'lenient';

/**
 * Every cap on DER input, in one place. Hostile input is the reason: a length field can claim
 * gigabytes and nesting can go as deep as the bytes allow.
 */
export const DER_LIMITS = {
	/** Octets in a long-form length: 4 already claims 4 GB, more than a browser tab can hold. */
	lengthOctets: 4,
	/** Nesting: real certificates, CRLs and PKCS#12 files stay under 20 levels. */
	depth: 64,
	/** Elements asn1js may build into objects (a certificate has a few hundred; each costs memory). */
	treeNodes: 20_000,
	/** Elements firstDerError walks, allocating nothing, before it stops looking. */
	walkNodes: 100_000,
	/** asn1js limits for a key or a key's wrapper: a few dozen elements at most. */
	small: { depth: 16, nodes: 200 }
} as const;

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
		/** Where the fault is, or -1 when the caller does not track it. */
		readonly offset: number
	) {
		super(message);
	}
}

/** A structural fault found above the TLV level, where the offset is not tracked. */
export const derError = (message: string): DerError => new DerError(message, -1);

export const TAG = {
	boolean: 0x01,
	integer: 0x02,
	bitString: 0x03,
	octetString: 0x04,
	null: 0x05,
	oid: 0x06,
	enumerated: 0x0a,
	utf8String: 0x0c,
	printableString: 0x13,
	teletexString: 0x14,
	ia5String: 0x16,
	utcTime: 0x17,
	generalizedTime: 0x18,
	visibleString: 0x1a,
	universalString: 0x1c,
	bmpString: 0x1e,
	sequence: 0x30,
	set: 0x31
} as const;

/** X.690 §8.1.2.2: class bits 10 are context-specific, bit 6 set means constructed. */
export const contextTag = (n: number, constructed: boolean): number => (constructed ? 0xa0 : 0x80) | n;

type HeaderFault = 'short' | 'high-tag' | 'indefinite' | 'length-octets' | 'short-length' | 'non-minimal' | 'overrun';

/** The header decodeHeader last read; one object reused, so the hot path allocates only the Tlv. */
const header = { tag: 0, lengthOctets: 0, length: 0, contentStart: 0, end: 0 };

/**
 * The one decoder of an identifier and length (X.690 §8.1.2–8.1.3), shared by readTlv,
 * outlineDer and firstDerError so that they cannot disagree on what is well-formed; each words
 * the fault for its own reader. Fills `header` and returns the fault, or undefined.
 */
function decodeHeader(buf: Uint8Array, offset: number, limit: number, mode: DerMode): HeaderFault | undefined {
	if (offset + 2 > limit) return 'short';
	const tag = buf[offset];
	header.tag = tag;
	// §8.1.2.4: tag number 31 means more identifier octets follow; no format read here uses one.
	if ((tag & 0x1f) === 0x1f) return 'high-tag';
	const first = buf[offset + 1];
	let length: number;
	let contentStart: number;
	if (first < 0x80) {
		header.lengthOctets = 0;
		length = first;
		contentStart = offset + 2;
	} else if (first === 0x80) {
		// §8.1.3.6: the indefinite form is BER; §10.1 forbids it in DER.
		return 'indefinite';
	} else {
		const n = first & 0x7f;
		header.lengthOctets = n;
		if (n > DER_LIMITS.lengthOctets) return 'length-octets';
		if (offset + 2 + n > limit) return 'short-length';
		// §10.1: DER uses the fewest octets, so no leading zero octet and no long form under 128.
		if (mode === 'strict' && (buf[offset + 2] === 0 || (n === 1 && buf[offset + 2] < 0x80))) return 'non-minimal';
		length = 0;
		for (let i = 0; i < n; i++) length = length * 256 + buf[offset + 2 + i];
		contentStart = offset + 2 + n;
	}
	header.length = length;
	header.contentStart = contentStart;
	header.end = contentStart + length;
	return header.end > limit ? 'overrun' : undefined;
}

/**
 * Reads one TLV at `offset`, which must end by `limit` (the end of its parent). Never recurses:
 * depth is whatever the caller walks.
 */
export function readTlv(buf: Uint8Array, offset: number, limit: number, mode: DerMode): Tlv {
	// The short form (under 128 bytes, X.690 §8.1.3.4) is most of every CRL and certificate, and the
	// same in both modes: read it here, and leave decodeHeader the long form and every fault.
	if (offset + 2 <= limit) {
		const tag = buf[offset];
		const first = buf[offset + 1];
		const end = offset + 2 + first;
		if (first < 0x80 && end <= limit && (tag & 0x1f) !== 0x1f) return { tag, start: offset, contentStart: offset + 2, end };
	}
	const fault = decodeHeader(buf, offset, limit, mode);
	if (fault === undefined) return { tag: header.tag, start: offset, contentStart: header.contentStart, end: header.end };
	const total = Math.min(limit, buf.length);
	switch (fault) {
		case 'short':
			throw new DerError(`truncated at byte ${total}: expected a tag and length`, offset);
		case 'high-tag':
			throw new DerError(`unsupported multi-byte tag at byte ${offset}`, offset);
		case 'indefinite':
			throw new DerError(`indefinite length at byte ${offset + 1}, which DER forbids`, offset + 1);
		case 'length-octets':
			throw new DerError(`length field of ${header.lengthOctets} bytes at byte ${offset + 1} (over 4 GB claimed)`, offset + 1);
		case 'short-length':
			throw new DerError(`truncated in a length field at byte ${offset + 1}`, offset + 1);
		case 'non-minimal':
			throw new DerError(`length at byte ${offset + 1} not in its shortest form, which DER requires`, offset + 1);
		case 'overrun':
			throw new DerError(
				`truncated DER: an element at byte ${offset} claims ${header.length} bytes, but only ${total - header.contentStart} remain`,
				offset
			);
	}
}

/** Reads the TLV at `offset` and insists on `tag`, naming the field the caller expected there. */
export function expectTlv(buf: Uint8Array, offset: number, limit: number, tag: number, what: string, mode: DerMode): Tlv {
	const tlv = readTlv(buf, offset, limit, mode);
	if (tlv.tag !== tag) {
		throw new DerError(`expected ${what} (tag 0x${tag.toString(16)}) at byte ${offset}, found tag 0x${tlv.tag.toString(16)}`, offset);
	}
	return tlv;
}

/** The one element that must fill `bytes` exactly: X.690 §10 gives a DER value one encoding, with nothing after it. */
export function readSingle(bytes: Uint8Array, mode: DerMode, expectedTag?: number): Tlv {
	const tlv = readTlv(bytes, 0, bytes.length, mode);
	if (tlv.end !== bytes.length) throw derError('trailing bytes after the element');
	if (expectedTag !== undefined) expectTag(tlv, expectedTag);
	return tlv;
}

export function expectTag(tlv: Tlv, tag: number): Tlv {
	if (tlv.tag !== tag) throw derError(`expected tag 0x${tag.toString(16)}, found 0x${tlv.tag.toString(16)}`);
	return tlv;
}

/** The elements of a constructed value (X.690 §8.1.1: they fill its content exactly), the first `max` of them. */
export function childrenOf(bytes: Uint8Array, parent: Tlv, mode: DerMode, max = Infinity): Tlv[] {
	const out: Tlv[] = [];
	let at = parent.contentStart;
	while (at < parent.end && out.length < max) {
		const child = readTlv(bytes, at, parent.end, mode);
		out.push(child);
		at = child.end;
	}
	return out;
}

export const contentOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.contentStart, tlv.end);
export const encodedOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.start, tlv.end);

/**
 * An OBJECT IDENTIFIER's content → dotted text (the tag is the caller's to check). X.690 §8.19.2: each arc is base-128
 * with the high bit marking "more follows", the first octet of an arc is never 0x80 (strict only:
 * pkijs reads the padded form), and the last octet has the high bit clear. Both modes refuse an
 * empty or unfinished identifier, as OpenSSL does. Arcs past 2^53 (UUID arcs under 2.25) are
 * read exactly.
 */
export function readOid(buf: Uint8Array, tlv: Tlv, mode: DerMode): string {
	const { contentStart: start, end } = tlv;
	if (end <= start) throw derError('empty object identifier');
	const arcs: (number | bigint)[] = [];
	let value: number | bigint = 0;
	let arcStart = true;
	for (let i = start; i < end; i++) {
		const b = buf[i];
		if (arcStart && b === 0x80 && mode === 'strict') throw derError('non-minimal object identifier');
		arcStart = false;
		if (typeof value === 'number' && value >= 2 ** 45) value = BigInt(value);
		value = typeof value === 'number' ? value * 128 + (b & 0x7f) : value * 128n + BigInt(b & 0x7f);
		if (!(b & 0x80)) {
			arcs.push(value);
			value = 0;
			arcStart = true;
		}
	}
	if (!arcStart) throw derError('truncated object identifier');
	// §8.19.4: the first subidentifier packs two arcs, X*40+Y, with X at most 2.
	const first = arcs[0];
	const head = typeof first === 'bigint' ? ['2', String(first - 80n)] : first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
	return [...head, ...arcs.slice(1)].join('.');
}

/**
 * BOOLEAN content. X.690 §8.2.1 makes it one octet in every encoding; §11.1 requires FF for TRUE
 * in DER. Lenient takes any non-zero octet as TRUE, as BER and OpenSSL do.
 */
export function readBoolean(content: Uint8Array, mode: DerMode): boolean {
	if (content.length !== 1) throw derError('BOOLEAN of wrong length');
	if (mode === 'strict' && content[0] !== 0 && content[0] !== 0xff) throw derError('BOOLEAN not encoded as 00 or FF');
	return content[0] !== 0;
}

/** A small non-negative INTEGER (pathLenConstraint, TLS feature ids): X.690 §8.3 two's complement, refused if negative. */
export function readSmallInteger(content: Uint8Array): number {
	if (content.length === 0) throw derError('empty INTEGER');
	if (content[0] & 0x80) throw derError('negative INTEGER where a count is expected');
	if (content.length > 6) throw derError('INTEGER too large');
	let n = 0;
	for (const b of content) n = n * 256 + b;
	return n;
}

/** BIT STRING content: X.690 §8.6.2, an initial octet counting the unused bits (0–7, and 0 when empty). */
export function readBitString(content: Uint8Array): { unusedBits: number; bytes: Uint8Array } {
	if (content.length === 0) throw derError('empty BIT STRING');
	const unusedBits = content[0];
	if (unusedBits > 7 || (content.length === 1 && unusedBits !== 0)) throw derError('malformed BIT STRING');
	return { unusedBits, bytes: content.subarray(1) };
}

/** One char per octet: IA5String, PrintableString and VisibleString are 7-bit (X.680 §41), and a stray high octet stays visible. */
export function latin1(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return s;
}

/**
 * The text of a DirectoryString (RFC 5280 §4.1.2.4) or of any ASN.1 string type a name may carry
 * in practice; undefined if `tag` is not a string type. UTF-8 is decoded without failing, so a
 * broken sequence shows as U+FFFD rather than hiding the name.
 */
export function decodeDirectoryString(tag: number, content: Uint8Array): string | undefined {
	switch (tag) {
		case TAG.utf8String:
			return new TextDecoder('utf-8', { fatal: false }).decode(content);
		case TAG.printableString:
		case TAG.ia5String:
		case TAG.visibleString:
		case TAG.teletexString:
			return latin1(content);
		case TAG.bmpString: {
			let s = '';
			for (let i = 0; i + 1 < content.length; i += 2) s += String.fromCharCode((content[i] << 8) | content[i + 1]);
			return s;
		}
		case TAG.universalString: {
			let s = '';
			for (let i = 0; i + 3 < content.length; i += 4) {
				const cp = ((content[i] << 24) | (content[i + 1] << 16) | (content[i + 2] << 8) | content[i + 3]) >>> 0;
				s += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
			}
			return s;
		}
		default:
			return undefined;
	}
}

export type DerOutline =
	{ ok: true; tag: number; headerLength: number; contentLength: number; totalLength: number } | { ok: false; reason: string };

/**
 * Only the outer tag and length: cheap, and enough to tell a file cut off in transfer from one
 * that is not DER at all, which pkijs's "object's schema was not verified" does not. Worded for
 * the person who dropped the file.
 */
export function outlineDer(bytes: Uint8Array, mode: DerMode): DerOutline {
	if (bytes.length < 2) return { ok: false, reason: `only ${bytes.length} byte(s): too short to be DER` };
	switch (decodeHeader(bytes, 0, bytes.length, mode)) {
		case undefined:
			return { ok: true, tag: header.tag, headerLength: header.contentStart, contentLength: header.length, totalLength: header.end };
		case 'short':
			return { ok: false, reason: `only ${bytes.length} byte(s): too short to be DER` };
		case 'high-tag':
			return { ok: false, reason: 'starts with a multi-byte tag, which no certificate format uses' };
		case 'indefinite':
			return { ok: false, reason: 'uses an indefinite length, which DER forbids' };
		case 'length-octets':
			return { ok: false, reason: `declares a ${header.lengthOctets}-byte length field, far larger than any real file` };
		case 'short-length':
			return { ok: false, reason: `truncated at byte ${bytes.length} of the length header` };
		case 'non-minimal':
			return { ok: false, reason: 'gives its length in more bytes than needed, which DER forbids' };
		case 'overrun':
			return { ok: false, reason: `truncated DER: ends at byte ${bytes.length} of ${header.end}` };
	}
}

/**
 * Walks every constructed element (iteratively, to DER_LIMITS.depth) and returns the first place
 * the encoding breaks, or undefined when the tree is well-formed or too large to walk
 * (DER_LIMITS.walkNodes). Says why a file of the right outer shape is still not a certificate,
 * CRL or key. BIT and OCTET STRINGs often hold DER too but need not (X.690 §8.6, §8.7), so they
 * are not entered.
 */
export function firstDerError(bytes: Uint8Array, mode: DerMode): string | undefined {
	const outline = outlineDer(bytes, mode);
	const stack: { at: number; end: number; depth: number }[] = [{ at: 0, end: outline.ok ? outline.totalLength : bytes.length, depth: 0 }];
	let nodes = 0;
	while (stack.length) {
		const frame = stack[stack.length - 1];
		if (frame.at >= frame.end) {
			stack.pop();
			continue;
		}
		if (++nodes > DER_LIMITS.walkNodes) return undefined;
		const at = frame.at;
		switch (decodeHeader(bytes, at, frame.end, mode)) {
			case 'short':
				return `truncated at byte ${at}: an element needs a tag and a length`;
			case 'high-tag':
				return `a multi-byte tag at byte ${at}, which no certificate format uses`;
			case 'indefinite':
				return `indefinite length at byte ${at + 1}, which DER forbids`;
			case 'length-octets':
				return `a ${header.lengthOctets}-byte length field at byte ${at + 1}, claiming more than 4 GB`;
			case 'short-length':
				return `truncated in the length field at byte ${at + 1}`;
			case 'non-minimal':
				return `the length at byte ${at + 1} is not in its shortest form, which DER requires`;
			case 'overrun':
				return `the element at byte ${at} claims ${header.length.toLocaleString('en-US')} bytes, but only ${(frame.end - header.contentStart).toLocaleString('en-US')} remain in its parent`;
		}
		frame.at = header.end;
		if (header.tag & 0x20) {
			if (frame.depth + 1 > DER_LIMITS.depth) return `nested more than ${DER_LIMITS.depth} levels deep at byte ${at}`;
			stack.push({ at: header.contentStart, end: header.end, depth: frame.depth + 1 });
		}
	}
	return undefined;
}
