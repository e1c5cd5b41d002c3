/**
 * Structure helpers over x509/der-reader's TLV reader, for the certificate fields path validation
 * needs. pkijs reads certificates for display; path validation needs the exact bytes (the signed
 * TBS, the encoded names for chaining, each extension's raw value and criticality) and must notice
 * malformed or duplicated extensions, which pkijs passes over in silence. Everything works on
 * offsets into one buffer: no ASN.1 object tree is built.
 */

import { DerError, readTlv, type Tlv } from './der-reader';

export { DerError, readTlv, type Tlv };

/** A structural error; the offset is not tracked at this level. */
export const derError = (message: string): DerError => new DerError(message, -1);

export const TAG = {
	boolean: 0x01,
	integer: 0x02,
	bitString: 0x03,
	octetString: 0x04,
	null: 0x05,
	oid: 0x06,
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

/** Context-specific tags: [n] IMPLICIT primitive and [n] constructed. */
export const contextTag = (n: number, constructed: boolean): number => (constructed ? 0xa0 : 0x80) | n;

/** The one element that must fill `bytes` exactly. */
export function readSingle(bytes: Uint8Array, expectedTag?: number): Tlv {
	const tlv = readTlv(bytes, 0);
	if (tlv.end !== bytes.length) throw derError('trailing bytes after the element');
	if (expectedTag !== undefined) expectTag(tlv, expectedTag);
	return tlv;
}

export function expectTag(tlv: Tlv, tag: number): Tlv {
	if (tlv.tag !== tag) throw derError(`expected tag 0x${tag.toString(16)}, found 0x${tlv.tag.toString(16)}`);
	return tlv;
}

export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] {
	const out: Tlv[] = [];
	let at = parent.contentStart;
	while (at < parent.end) {
		const child = readTlv(bytes, at, parent.end);
		out.push(child);
		at = child.end;
	}
	return out;
}

export const contentOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.contentStart, tlv.end);
export const encodedOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.start, tlv.end);

export function readOid(content: Uint8Array): string {
	if (content.length === 0) throw derError('empty object identifier');
	const parts: number[] = [];
	let value = 0;
	for (let i = 0; i < content.length; i++) {
		const b = content[i];
		if (value === 0 && b === 0x80) throw derError('non-minimal object identifier');
		value = value * 128 + (b & 0x7f);
		if (!(b & 0x80)) {
			parts.push(value);
			value = 0;
		} else if (i === content.length - 1) {
			throw derError('truncated object identifier');
		}
	}
	const first = parts[0];
	const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
	return [...head, ...parts.slice(1)].join('.');
}

export function readBoolean(content: Uint8Array): boolean {
	if (content.length !== 1) throw derError('BOOLEAN of wrong length');
	if (content[0] !== 0 && content[0] !== 0xff) throw derError('BOOLEAN not encoded as 00 or FF');
	return content[0] === 0xff;
}

/** A small non-negative INTEGER (pathLenConstraint, TLS feature ids). */
export function readSmallInteger(content: Uint8Array): number {
	if (content.length === 0) throw derError('empty INTEGER');
	if (content[0] & 0x80) throw derError('negative INTEGER where a count is expected');
	if (content.length > 6) throw derError('INTEGER too large');
	let n = 0;
	for (const b of content) n = n * 256 + b;
	return n;
}

export function readBitString(content: Uint8Array): { unusedBits: number; bytes: Uint8Array } {
	if (content.length === 0) throw derError('empty BIT STRING');
	const unusedBits = content[0];
	if (unusedBits > 7 || (content.length === 1 && unusedBits !== 0)) throw derError('malformed BIT STRING');
	return { unusedBits, bytes: content.subarray(1) };
}

/** UTCTime or GeneralizedTime as RFC 5280 §4.1.2.5 restricts them: seconds present, Zulu, no fractions. */
export function readTime(tlv: Tlv, bytes: Uint8Array): { ms: number; generalized: boolean } {
	const text = latin1(contentOf(bytes, tlv));
	if (tlv.tag === TAG.utcTime) {
		const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
		if (!m) throw derError(`UTCTime "${text}" is not YYMMDDHHMMSSZ`);
		const yy = Number(m[1]);
		return { ms: utc(yy >= 50 ? 1900 + yy : 2000 + yy, m), generalized: false };
	}
	if (tlv.tag === TAG.generalizedTime) {
		const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
		if (!m) throw derError(`GeneralizedTime "${text}" is not YYYYMMDDHHMMSSZ`);
		return { ms: utc(Number(m[1]), m), generalized: true };
	}
	throw derError(`expected a time, found tag 0x${tlv.tag.toString(16)}`);
}

function utc(year: number, m: RegExpExecArray): number {
	const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
		throw derError(`impossible date ${m[0]}`);
	}
	return Date.UTC(year, month - 1, day, hour, minute, second);
}

export function latin1(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return s;
}

/** The text of a directory string, whatever ASN.1 string type carries it; undefined if not a string. */
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
