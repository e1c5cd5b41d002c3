/**
 * The one reader of ASN.1 times, for certificates' validity and CRLs' thisUpdate, nextUpdate and
 * revocation dates alike, so both obey the same calendar and the same year pivot.
 */

import { derError, latin1, TAG, type DerMode, type Tlv } from './der';

export interface DerTime {
	/** Milliseconds since the epoch, UTC. */
	ms: number;
	/** Encoded as GeneralizedTime; RFC 5280 §4.1.2.5 wants UTCTime for dates through 2049, which callers check. */
	generalized: boolean;
}

const STRICT_UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const STRICT_GENERALIZED = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
// What OpenSSL's ASN1_TIME reading and pkijs accept and this code accepted before: UTCTime without
// seconds (X.680 §47.3 allows it), GeneralizedTime with a fraction of a second (X.680 §46.2).
const LENIENT_UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/;
const LENIENT_GENERALIZED = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/;

/**
 * UTCTime (0x17) or GeneralizedTime (0x18) → UTC milliseconds. Strict is RFC 5280 §4.1.2.5.1–2
 * (and §5.1.2.4 for CRLs): YYMMDDHHMMSSZ and YYYYMMDDHHMMSSZ exactly, seconds present, Zulu, no
 * fraction. Lenient allows the two omissions above. Neither accepts a local-time offset
 * ("+0100"), which RFC 5280 forbids and this code never read, nor a date that is not on the
 * calendar (month 13, 30 February, second 60), which OpenSSL refuses too.
 */
export function readTime(buf: Uint8Array, tlv: Tlv, mode: DerMode): DerTime {
	// The longest form allowed is a GeneralizedTime with a fraction; anything far longer is not a time.
	if (tlv.end - tlv.contentStart > 32) throw derError(`a time of ${tlv.end - tlv.contentStart} bytes`);
	const text = latin1(buf.subarray(tlv.contentStart, tlv.end));
	if (tlv.tag === TAG.utcTime) {
		const m = (mode === 'strict' ? STRICT_UTC : LENIENT_UTC).exec(text);
		if (!m) throw derError(`UTCTime "${text}" is not YYMMDDHHMMSSZ`);
		const yy = Number(m[1]);
		// RFC 5280 §4.1.2.5.1: YY of 50 or more is 19YY, less than 50 is 20YY.
		return { ms: utc(yy >= 50 ? 1900 + yy : 2000 + yy, m), generalized: false };
	}
	if (tlv.tag === TAG.generalizedTime) {
		const m = (mode === 'strict' ? STRICT_GENERALIZED : LENIENT_GENERALIZED).exec(text);
		if (!m) throw derError(`GeneralizedTime "${text}" is not YYYYMMDDHHMMSSZ`);
		return { ms: utc(Number(m[1]), m), generalized: true };
	}
	throw derError(`expected a time, found tag 0x${tlv.tag.toString(16)}`);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** 400 Gregorian years are exactly 146,097 days. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/** Date.UTC would roll 30 February into March; a time that names no instant is refused instead. */
function utc(year: number, m: RegExpExecArray): number {
	const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number);
	const days = month === 2 && leap(year) ? 29 : DAYS[month - 1];
	if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) {
		throw derError(`impossible date ${m[0]}`);
	}
	// Date.UTC reads years 0–99 as 1900–1999; a GeneralizedTime year 0049 means 49, so shift by four centuries.
	if (year < 100) return Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS;
	return Date.UTC(year, month - 1, day, hour, minute, second);
}
