/**
 * Certificate revocation lists, read with a streaming DER walker instead of pkijs: a CRL can list
 * hundreds of thousands of serials, which asn1js refuses by default (10,000-node limit) and pkijs
 * takes seconds and a gigabyte to build. Only the fields analysis needs are decoded; revoked
 * entries are indexed by serial in one typed-array hash table (no object per entry), and the
 * signature is verified over the raw TBS bytes.
 */

import { hexToBytes, hexUpper } from '../bytes/hex';
import { DerError, TAG, expectTlv, readBoolean, readOid, readTlv, type DerMode, type Tlv } from '../bytes/der';
import { readTime } from '../bytes/der-time';
import { EXTENSIONS } from './oids';

export interface RevokedEntry {
	/** Revocation date, ISO-8601. */
	date: string;
	/** CRLReason name (keyCompromise, cessationOfOperation, …) when the entry carries one. */
	reason?: string;
}

export interface ParsedCrl {
	der: Uint8Array;
	/** DER of the issuer Name, to compare byte-for-byte with a certificate's subject. */
	issuerDer: Uint8Array;
	thisUpdate: Date;
	nextUpdate?: Date;
	/** Upper-case hex of the CRLNumber INTEGER content. */
	crlNumber?: string;
	/** The signed part, exactly as encoded, for signature verification. */
	tbs: Uint8Array;
	/** The AlgorithmIdentifier inside the TBS and the outer one; RFC 5280 §5.1.1.2 requires they match. */
	signatureAlgorithmOid: string;
	innerSignatureAlgorithmOid: string;
	/** DER of the whole outer AlgorithmIdentifier SEQUENCE (RSA-PSS parameters live there). */
	signatureAlgorithmDer: Uint8Array;
	signature: Uint8Array;
	/** Authority Key Identifier keyIdentifier (hex), when present. */
	authorityKeyId?: string;
	/** CRL extensions by OID, with criticality: unknown critical extensions make a CRL unusable (RFC 5280 §5.2). */
	extensions: { oid: string; critical: boolean; value: Uint8Array }[];
	revokedCount: number;
	/** Look up a serial: upper-case hex of the certificate's serial INTEGER content (CertificateView.serialNumber). */
	lookup(serialHex: string): RevokedEntry | undefined;
	/** The first `n` entries, decoded, for display. */
	sample(n: number): ({ serial: string } & RevokedEntry)[];
}

export type CrlParse = { ok: true; crl: ParsedCrl } | { ok: false; reason: string };

export const CRL_REASONS: Record<number, string> = {
	0: 'unspecified',
	1: 'keyCompromise',
	2: 'cACompromise',
	3: 'affiliationChanged',
	4: 'superseded',
	5: 'cessationOfOperation',
	6: 'certificateHold',
	8: 'removeFromCRL',
	9: 'privilegeWithdrawn',
	10: 'aACompromise'
};

const SEQUENCE = TAG.sequence;
const INTEGER = TAG.integer;
/**
 * CRLs are read leniently (non-minimal lengths, UTCTime without seconds, GeneralizedTime with a
 * fraction), as OpenSSL reads them: a revocation list a client accepts must not be lost to a
 * fault in its encoding. Certificates, which path validation reads, are strict.
 */
const MODE: DerMode = 'lenient';

/** Does this DER look like a CRL rather than a certificate? Both are SEQUENCE { SEQUENCE {…} …}. */
export function looksLikeCrl(der: Uint8Array): boolean {
	try {
		const outer = expectTlv(der, 0, der.length, SEQUENCE, 'CertificateList', MODE);
		const tbs = expectTlv(der, outer.contentStart, outer.end, SEQUENCE, 'TBSCertList', MODE);
		let at = tbs.contentStart;
		let first = readTlv(der, at, tbs.end, MODE);
		// A certificate's TBS starts with [0] version or an INTEGER serial followed by an AlgorithmIdentifier;
		// a CRL's starts with an optional INTEGER version (value 1) then the AlgorithmIdentifier, then a Name,
		// then a Time. The Time in fourth place is what tells them apart.
		if (first.tag === 0xa0) return false;
		if (first.tag === INTEGER) {
			at = first.end;
			first = readTlv(der, at, tbs.end, MODE);
		}
		if (first.tag !== SEQUENCE) return false;
		const name = readTlv(der, first.end, tbs.end, MODE);
		if (name.tag !== SEQUENCE) return false;
		const time = readTlv(der, name.end, tbs.end, MODE);
		return time.tag === TAG.utcTime || time.tag === TAG.generalizedTime;
	} catch {
		return false;
	}
}

export function parseCrl(input: Uint8Array): CrlParse {
	try {
		return { ok: true, crl: readCrl(input) };
	} catch (e) {
		if (e instanceof DerError) return { ok: false, reason: e.message };
		return { ok: false, reason: `not a readable CRL (${(e as Error).message})` };
	}
}

function readCrl(input: Uint8Array): ParsedCrl {
	const outer = expectTlv(input, 0, input.length, SEQUENCE, 'CertificateList', MODE);
	const der = outer.end === input.length ? input : input.subarray(0, outer.end);
	const tbsTlv = expectTlv(der, outer.contentStart, outer.end, SEQUENCE, 'TBSCertList', MODE);
	let at = tbsTlv.contentStart;
	const limit = tbsTlv.end;

	const first = readTlv(der, at, limit, MODE);
	if (first.tag === INTEGER) at = first.end;
	const innerAlg = expectTlv(der, at, limit, SEQUENCE, 'signature AlgorithmIdentifier', MODE);
	const innerOid = expectTlv(der, innerAlg.contentStart, innerAlg.end, TAG.oid, 'algorithm OID', MODE);
	const issuer = expectTlv(der, innerAlg.end, limit, SEQUENCE, 'issuer Name', MODE);
	const thisUpdateTlv = readTlv(der, issuer.end, limit, MODE);
	const thisUpdate = timeAt(der, thisUpdateTlv, 'thisUpdate');
	at = thisUpdateTlv.end;

	let nextUpdate: Date | undefined;
	let revoked: Tlv | undefined;
	let crlExtensions: Tlv | undefined;
	while (at < limit) {
		const tlv = readTlv(der, at, limit, MODE);
		if ((tlv.tag === TAG.utcTime || tlv.tag === TAG.generalizedTime) && !nextUpdate && !revoked) {
			nextUpdate = timeAt(der, tlv, 'nextUpdate');
		} else if (tlv.tag === SEQUENCE && !revoked) {
			revoked = tlv;
		} else if (tlv.tag === 0xa0) {
			crlExtensions = expectTlv(der, tlv.contentStart, tlv.end, SEQUENCE, 'crlExtensions', MODE);
		} else {
			throw new DerError(`unexpected element (tag 0x${tlv.tag.toString(16)}) at byte ${tlv.start} of the CRL`, tlv.start);
		}
		at = tlv.end;
	}

	const outerAlg = expectTlv(der, tbsTlv.end, outer.end, SEQUENCE, 'signatureAlgorithm', MODE);
	const outerOid = expectTlv(der, outerAlg.contentStart, outerAlg.end, TAG.oid, 'algorithm OID', MODE);
	const sigTlv = expectTlv(der, outerAlg.end, outer.end, TAG.bitString, 'signatureValue BIT STRING', MODE);
	if (sigTlv.end - sigTlv.contentStart < 1) throw new DerError('empty signature', sigTlv.start);

	const extensions = crlExtensions ? readExtensions(der, crlExtensions) : [];
	const crlNumberExt = extensions.find((e) => e.oid === EXTENSIONS.crlNumber);
	const akiExt = extensions.find((e) => e.oid === EXTENSIONS.authorityKeyIdentifier);

	const index = revoked ? indexRevoked(der, revoked) : emptyIndex();

	return {
		der,
		issuerDer: der.subarray(issuer.start, issuer.end),
		thisUpdate,
		nextUpdate,
		crlNumber: crlNumberExt ? integerHex(crlNumberExt.value) : undefined,
		tbs: der.subarray(tbsTlv.start, tbsTlv.end),
		signatureAlgorithmOid: readOid(der, outerOid, MODE),
		innerSignatureAlgorithmOid: readOid(der, innerOid, MODE),
		signatureAlgorithmDer: der.subarray(outerAlg.start, outerAlg.end),
		signature: der.subarray(sigTlv.contentStart + 1, sigTlv.end),
		authorityKeyId: akiExt ? keyIdentifierHex(akiExt.value) : undefined,
		extensions,
		revokedCount: index.count,
		lookup: (serialHex) => {
			const serial = hexToBytes(serialHex);
			if (!serial) return undefined;
			const offset = index.find(serial);
			return offset < 0 ? undefined : decodeEntry(der, offset).entry;
		},
		sample: (n) => {
			const out: ({ serial: string } & RevokedEntry)[] = [];
			if (!revoked) return out;
			let p = revoked.contentStart;
			while (p < revoked.end && out.length < n) {
				const { serial, entry, end } = decodeEntry(der, p);
				out.push({ serial, ...entry });
				p = end;
			}
			return out;
		}
	};
}

/** thisUpdate, nextUpdate and revocation dates obey certificate validity's rules (RFC 5280 §5.1.2.4–6), read by the same function. */
function timeAt(der: Uint8Array, tlv: Tlv, field: string): Date {
	try {
		return new Date(readTime(der, tlv, MODE).ms);
	} catch (e) {
		throw new DerError(`${field} at byte ${tlv.start} is not a valid time (${(e as Error).message})`, tlv.start);
	}
}

function readExtensions(der: Uint8Array, seq: Tlv): { oid: string; critical: boolean; value: Uint8Array }[] {
	const out: { oid: string; critical: boolean; value: Uint8Array }[] = [];
	let at = seq.contentStart;
	while (at < seq.end) {
		const ext = expectTlv(der, at, seq.end, SEQUENCE, 'Extension', MODE);
		const oid = expectTlv(der, ext.contentStart, ext.end, TAG.oid, 'extension OID', MODE);
		let next = readTlv(der, oid.end, ext.end, MODE);
		let critical = false;
		if (next.tag === TAG.boolean) {
			critical = readBoolean(der.subarray(next.contentStart, next.end), MODE);
			next = readTlv(der, next.end, ext.end, MODE);
		}
		if (next.tag !== TAG.octetString) throw new DerError(`extension value at byte ${next.start} is not an OCTET STRING`, next.start);
		out.push({ oid: readOid(der, oid, MODE), critical, value: der.subarray(next.contentStart, next.end) });
		at = ext.end;
	}
	return out;
}

function integerHex(value: Uint8Array): string | undefined {
	try {
		const tlv = expectTlv(value, 0, value.length, INTEGER, 'INTEGER', MODE);
		return hexUpper(value, tlv.contentStart, tlv.end);
	} catch {
		return undefined;
	}
}

function keyIdentifierHex(value: Uint8Array): string | undefined {
	try {
		const seq = expectTlv(value, 0, value.length, SEQUENCE, 'AuthorityKeyIdentifier', MODE);
		if (seq.contentStart >= seq.end) return undefined;
		const first = readTlv(value, seq.contentStart, seq.end, MODE);
		return first.tag === 0x80 ? hexUpper(value, first.contentStart, first.end) : undefined;
	} catch {
		return undefined;
	}
}

function decodeEntry(der: Uint8Array, offset: number): { serial: string; entry: RevokedEntry; end: number } {
	const entry = readTlv(der, offset, der.length, MODE);
	const serial = readTlv(der, entry.contentStart, entry.end, MODE);
	const dateTlv = readTlv(der, serial.end, entry.end, MODE);
	let date: Date | undefined;
	try {
		date = timeAt(der, dateTlv, 'revocationDate');
	} catch {
		// validateEntry checked the shape only; a revocation date off the calendar is shown as such.
	}
	let reason: string | undefined;
	if (dateTlv.end < entry.end) {
		const exts = readTlv(der, dateTlv.end, entry.end, MODE);
		if (exts.tag === SEQUENCE) {
			for (const ext of readExtensions(der, exts)) {
				if (ext.oid === EXTENSIONS.crlReason && ext.value.length >= 3 && ext.value[0] === 0x0a) {
					reason = CRL_REASONS[ext.value[2]] ?? `reason ${ext.value[2]}`;
				}
			}
		}
	}
	return {
		serial: hexUpper(der, serial.contentStart, serial.end),
		entry: { date: date ? date.toISOString() : 'invalid date', ...(reason ? { reason } : {}) },
		end: entry.end
	};
}

interface SerialIndex {
	count: number;
	/** Offset of the entry whose serial equals `serial`, or -1. */
	find(serial: Uint8Array): number;
}

function emptyIndex(): SerialIndex {
	return { count: 0, find: () => -1 };
}

function hashBytes(buf: Uint8Array, start: number, end: number): number {
	// FNV-1a: cheap, and serials are random enough that it spreads them well.
	let h = 0x811c9dc5;
	for (let i = start; i < end; i++) {
		h ^= buf[i];
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * One pass over the revoked list: validates each entry's shape and records where its serial
 * lies, then an open-addressing table keyed by the serial's bytes. Memory is a few Int32s per
 * entry; nothing is decoded until an entry is looked up or shown.
 */
function indexRevoked(der: Uint8Array, list: Tlv): SerialIndex {
	let capacity = 1024;
	let entries = new Int32Array(capacity);
	let starts = new Int32Array(capacity);
	let ends = new Int32Array(capacity);
	let count = 0;
	let at = list.contentStart;
	while (at < list.end) {
		const entry = expectTlv(der, at, list.end, SEQUENCE, 'revoked entry', MODE);
		const serial = validateEntry(der, entry);
		if (count === capacity) {
			capacity *= 2;
			entries = grow(entries, capacity);
			starts = grow(starts, capacity);
			ends = grow(ends, capacity);
		}
		entries[count] = at;
		starts[count] = serial.contentStart;
		ends[count] = serial.end;
		count++;
		at = entry.end;
	}
	let size = 16;
	while (size < count * 2) size <<= 1;
	const table = new Int32Array(size).fill(-1);
	const mask = size - 1;
	for (let i = 0; i < count; i++) {
		let slot = hashBytes(der, starts[i], ends[i]) & mask;
		while (table[slot] !== -1) slot = (slot + 1) & mask;
		table[slot] = i;
	}
	return {
		count,
		find(serial) {
			let slot = hashBytes(serial, 0, serial.length) & mask;
			while (table[slot] !== -1) {
				const i = table[slot];
				if (ends[i] - starts[i] === serial.length && equalBytes(der, starts[i], serial)) return entries[i];
				slot = (slot + 1) & mask;
			}
			return -1;
		}
	};
}

function grow(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
	const out = new Int32Array(capacity);
	out.set(a);
	return out;
}

/**
 * The whole shape of one entry, checked once while indexing, so that lookup() and sample() can
 * decode any entry later without meeting a malformed one (a damaged CRL is unreadable up front,
 * with the byte where it breaks, rather than failing when a serial happens to be looked up).
 * Structure only (and the criticality BOOLEAN): extension OIDs are decoded when an entry is shown.
 */
function validateEntry(der: Uint8Array, entry: Tlv): Tlv {
	const serial = expectTlv(der, entry.contentStart, entry.end, INTEGER, 'revoked serial', MODE);
	const date = readTlv(der, serial.end, entry.end, MODE);
	if (date.tag !== TAG.utcTime && date.tag !== TAG.generalizedTime) {
		throw new DerError(`the revocation date at byte ${date.start} is not a UTCTime or GeneralizedTime`, date.start);
	}
	if (date.end < entry.end) {
		const exts = expectTlv(der, date.end, entry.end, SEQUENCE, 'crlEntryExtensions', MODE);
		let p = exts.contentStart;
		while (p < exts.end) {
			const ext = expectTlv(der, p, exts.end, SEQUENCE, 'Extension', MODE);
			const oid = expectTlv(der, ext.contentStart, ext.end, TAG.oid, 'extension OID', MODE);
			let next = readTlv(der, oid.end, ext.end, MODE);
			if (next.tag === TAG.boolean) {
				readBoolean(der.subarray(next.contentStart, next.end), MODE);
				next = readTlv(der, next.end, ext.end, MODE);
			}
			if (next.tag !== TAG.octetString) throw new DerError(`extension value at byte ${next.start} is not an OCTET STRING`, next.start);
			p = ext.end;
		}
		if (exts.end !== entry.end) throw new DerError(`unexpected bytes after the entry extensions at byte ${exts.end}`, exts.end);
	}
	return serial;
}

function equalBytes(buf: Uint8Array, start: number, other: Uint8Array): boolean {
	for (let i = 0; i < other.length; i++) if (buf[start + i] !== other[i]) return false;
	return true;
}
