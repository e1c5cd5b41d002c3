/**
 * The one DER reader (src/lib/core/bytes/der.ts, der-time.ts): for each encoding, what 'strict'
 * and what 'lenient' must answer. The bytes are written out by hand; where openssl can make them,
 * the comment gives the `openssl asn1parse -genstr` that produces the same bytes (checked when
 * these tests were written). Strict is DER as RFC 5280 requires; lenient is what OpenSSL or
 * pkijs accept and this code accepted before it had modes. Both refuse what no reader could use.
 */
import { describe, expect, it } from 'vitest';
import { DER_LIMITS, firstDerError, outlineDer, readBoolean, readOid, readSingle, type DerMode } from '../../../src/lib/core/bytes/der';
import { readTime } from '../../../src/lib/core/bytes/der-time';

const MODES: DerMode[] = ['strict', 'lenient'];
const fromHex = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
const ascii = (s: string): string => Buffer.from(s, 'latin1').toString('hex');
/** A primitive TLV with a short-form length: enough for every time and OID below. */
const tlv = (tag: number, contentHex: string): string => {
	const n = contentHex.replace(/\s+/g, '').length / 2;
	return tag.toString(16).padStart(2, '0') + n.toString(16).padStart(2, '0') + contentHex;
};

/** What a reader answered, as text: the value, or "refused: " and the reason. */
function answer(read: () => string): string {
	try {
		return read();
	} catch (e) {
		return `refused: ${(e as Error).message}`;
	}
}

interface Case {
	what: string;
	hex: string;
	strict: string | RegExp;
	lenient: string | RegExp;
}

function check(cases: Case[], read: (bytes: Uint8Array, mode: DerMode) => string) {
	for (const c of cases) {
		for (const mode of MODES) {
			it(`${c.what}: ${mode}`, () => {
				const got = answer(() => read(fromHex(c.hex), mode));
				const want = c[mode];
				if (typeof want === 'string') expect(got).toBe(want);
				else expect(got).toMatch(want);
			});
		}
	}
}

describe('lengths and tags', () => {
	const element = (bytes: Uint8Array, mode: DerMode) => {
		const t = readSingle(bytes, mode);
		return `tag 0x${t.tag.toString(16)}, ${t.end - t.contentStart} content bytes`;
	};
	check(
		[
			{
				what: 'short-form length (SEQUENCE { INTEGER 5 })',
				hex: '30 03 020105',
				strict: 'tag 0x30, 3 content bytes',
				lenient: 'tag 0x30, 3 content bytes'
			},
			{
				// X.690 §10.1: a length under 128 must use the short form.
				what: 'non-minimal length: 3 in long form (81 03)',
				hex: '30 81 03 020105',
				strict: /refused: length at byte 1 not in its shortest form/,
				lenient: 'tag 0x30, 3 content bytes'
			},
			{
				what: 'non-minimal length: a leading zero octet (82 00 03)',
				hex: '30 82 0003 020105',
				strict: /refused: length at byte 1 not in its shortest form/,
				lenient: 'tag 0x30, 3 content bytes'
			},
			{
				what: 'minimal long form: 200 bytes as 81 C8',
				hex: '04 81 c8' + '00'.repeat(200),
				strict: 'tag 0x4, 200 content bytes',
				lenient: 'tag 0x4, 200 content bytes'
			},
			{
				// BER's indefinite form with its end-of-contents octets: X.690 §10.1 forbids it in DER.
				what: 'indefinite length (30 80 … 00 00)',
				hex: '30 80 020105 0000',
				strict: /refused: indefinite length at byte 1/,
				lenient: /refused: indefinite length at byte 1/
			},
			{
				// [33] IMPLICIT: tag number 31 or more takes more identifier octets (X.690 §8.1.2.4).
				what: 'long-form (multi-byte) tag 9F 21',
				hex: '9f21 01 00',
				strict: /refused: unsupported multi-byte tag at byte 0/,
				lenient: /refused: unsupported multi-byte tag at byte 0/
			},
			{
				what: 'truncated: claims 5 content bytes, has 3',
				hex: '30 05 020105',
				strict: /refused: truncated DER: an element at byte 0 claims 5 bytes, but only 3 remain/,
				lenient: /refused: truncated DER: an element at byte 0 claims 5 bytes, but only 3 remain/
			},
			{
				what: 'truncated: a tag and nothing else',
				hex: '30',
				strict: /refused: truncated at byte 1/,
				lenient: /refused: truncated at byte 1/
			},
			{
				what: 'truncated inside the length field (84 00 01)',
				hex: '30 84 0001',
				strict: /refused: truncated in a length field at byte 1/,
				lenient: /refused: truncated in a length field at byte 1/
			},
			{
				what: 'huge declared length: 4 GB in four octets',
				hex: '30 84 fffffff0 020105',
				strict: /refused: truncated DER: an element at byte 0 claims 4294967280 bytes/,
				lenient: /refused: truncated DER: an element at byte 0 claims 4294967280 bytes/
			},
			{
				what: `huge declared length: a 5-octet length field (over DER_LIMITS.lengthOctets = ${DER_LIMITS.lengthOctets})`,
				hex: '30 85 0000000003 020105',
				strict: /refused: length field of 5 bytes at byte 1/,
				lenient: /refused: length field of 5 bytes at byte 1/
			},
			{
				what: 'trailing bytes after the element',
				hex: '30 03 020105 00',
				strict: 'refused: trailing bytes after the element',
				lenient: 'refused: trailing bytes after the element'
			}
		],
		element
	);
});

describe('OBJECT IDENTIFIER', () => {
	const oid = (bytes: Uint8Array, mode: DerMode) => readOid(bytes, readSingle(bytes, mode, 0x06), mode);
	check(
		[
			// openssl asn1parse -genstr OID:1.2.840.113549.1.1.11
			{ what: 'sha256WithRSAEncryption', hex: '06092a864886f70d01010b', strict: '1.2.840.113549.1.1.11', lenient: '1.2.840.113549.1.1.11' },
			{
				// openssl asn1parse -genstr OID:2.25.329800735698586629295641978511506172918 (a UUID arc, past 2^53)
				what: 'a 128-bit arc under 2.25, read exactly',
				hex: '06146983f09da7ebcfdee0c7a1a7b2c0948cc8f9d776',
				strict: '2.25.329800735698586629295641978511506172918',
				lenient: '2.25.329800735698586629295641978511506172918'
			},
			{
				// X.690 §8.19.2: "the leading octet of each subidentifier shall not be 80"; pkijs reads it anyway.
				what: 'non-minimal arc: 1.2.840 with 840 padded (80 86 48)',
				hex: '0604 2a 808648',
				strict: 'refused: non-minimal object identifier',
				lenient: '1.2.840'
			},
			{
				what: 'unfinished: the last octet has the high bit set',
				hex: '0602 2a86',
				strict: 'refused: truncated object identifier',
				lenient: 'refused: truncated object identifier'
			},
			{ what: 'empty', hex: '0600', strict: 'refused: empty object identifier', lenient: 'refused: empty object identifier' }
		],
		oid
	);
});

describe('BOOLEAN', () => {
	const bool = (bytes: Uint8Array, mode: DerMode) => {
		const t = readSingle(bytes, mode, 0x01);
		return String(readBoolean(bytes.subarray(t.contentStart, t.end), mode));
	};
	check(
		[
			// openssl asn1parse -genstr BOOLEAN:TRUE
			{ what: 'TRUE as FF', hex: '0101ff', strict: 'true', lenient: 'true' },
			{ what: 'FALSE as 00', hex: '010100', strict: 'false', lenient: 'false' },
			{
				// X.690 §11.1: DER's TRUE is FF; BER (and OpenSSL) take any non-zero octet.
				what: 'TRUE as 01',
				hex: '010101',
				strict: 'refused: BOOLEAN not encoded as 00 or FF',
				lenient: 'true'
			},
			{ what: 'two octets', hex: '010200ff', strict: 'refused: BOOLEAN of wrong length', lenient: 'refused: BOOLEAN of wrong length' }
		],
		bool
	);
});

describe('UTCTime and GeneralizedTime', () => {
	const time = (bytes: Uint8Array, mode: DerMode) => {
		const t = readTime(bytes, readSingle(bytes, mode), mode);
		return `${new Date(t.ms).toISOString()}${t.generalized ? ' (GeneralizedTime)' : ''}`;
	};
	const utc = (s: string) => tlv(0x17, ascii(s));
	const gen = (s: string) => tlv(0x18, ascii(s));
	check(
		[
			// RFC 5280 §4.1.2.5.1: YY >= 50 is 19YY, YY < 50 is 20YY.
			// openssl asn1parse -genstr UTCTIME:491231235959Z
			{
				what: 'UTCTime 49…: the last second of 2049',
				hex: utc('491231235959Z'),
				strict: '2049-12-31T23:59:59.000Z',
				lenient: '2049-12-31T23:59:59.000Z'
			},
			// openssl asn1parse -genstr UTCTIME:500101000000Z
			{
				what: 'UTCTime 50…: the first second of 1950',
				hex: utc('500101000000Z'),
				strict: '1950-01-01T00:00:00.000Z',
				lenient: '1950-01-01T00:00:00.000Z'
			},
			{
				// X.680 allows UTCTime without seconds; RFC 5280 §4.1.2.5.1 requires them. OpenSSL reads it.
				what: 'UTCTime with the seconds missing',
				hex: utc('4912312359Z'),
				strict: 'refused: UTCTime "4912312359Z" is not YYMMDDHHMMSSZ',
				lenient: '2049-12-31T23:59:00.000Z'
			},
			{
				// UTCTime has no fractional seconds in any encoding (X.680 §47.3).
				what: 'UTCTime with a fraction of a second',
				hex: utc('491231235959.5Z'),
				strict: 'refused: UTCTime "491231235959.5Z" is not YYMMDDHHMMSSZ',
				lenient: 'refused: UTCTime "491231235959.5Z" is not YYMMDDHHMMSSZ'
			},
			{
				// RFC 5280 §4.1.2.5.1: "MUST be expressed in Greenwich Mean Time (Zulu)"; this code never read offsets.
				what: 'UTCTime with a local-time offset',
				hex: utc('491231235959+0100'),
				strict: 'refused: UTCTime "491231235959+0100" is not YYMMDDHHMMSSZ',
				lenient: 'refused: UTCTime "491231235959+0100" is not YYMMDDHHMMSSZ'
			},
			{
				// RFC 5280 §4.1.2.5: through 2049 a certificate MUST use UTCTime. The reader reads it and
				// says which form it was; chain-certificate.ts turns that into validityEncodingConforms.
				// openssl asn1parse -genstr GENTIME:20491231235959Z
				what: 'GeneralizedTime before 2050',
				hex: gen('20491231235959Z'),
				strict: '2049-12-31T23:59:59.000Z (GeneralizedTime)',
				lenient: '2049-12-31T23:59:59.000Z (GeneralizedTime)'
			},
			{
				what: 'GeneralizedTime in 2050',
				hex: gen('20500101000000Z'),
				strict: '2050-01-01T00:00:00.000Z (GeneralizedTime)',
				lenient: '2050-01-01T00:00:00.000Z (GeneralizedTime)'
			},
			{
				// RFC 5280 §4.1.2.5.2: "MUST NOT include fractional seconds"; X.680 and OpenSSL allow them.
				what: 'GeneralizedTime with a fraction of a second',
				hex: gen('20500101000000.25Z'),
				strict: 'refused: GeneralizedTime "20500101000000.25Z" is not YYYYMMDDHHMMSSZ',
				lenient: '2050-01-01T00:00:00.000Z (GeneralizedTime)'
			},
			{
				what: 'GeneralizedTime with the seconds missing',
				hex: gen('205001010000Z'),
				strict: 'refused: GeneralizedTime "205001010000Z" is not YYYYMMDDHHMMSSZ',
				lenient: 'refused: GeneralizedTime "205001010000Z" is not YYYYMMDDHHMMSSZ'
			},
			{
				// Date.UTC would read year 49 as 1949.
				what: 'GeneralizedTime in the year 49',
				hex: gen('00490101000000Z'),
				strict: '0049-01-01T00:00:00.000Z (GeneralizedTime)',
				lenient: '0049-01-01T00:00:00.000Z (GeneralizedTime)'
			},
			{
				what: '29 February in a leap year (2000)',
				hex: utc('000229120000Z'),
				strict: '2000-02-29T12:00:00.000Z',
				lenient: '2000-02-29T12:00:00.000Z'
			},
			{
				// Date.UTC would roll it into March; OpenSSL refuses it.
				what: '30 February',
				hex: utc('490230000000Z'),
				strict: 'refused: impossible date 490230000000Z',
				lenient: 'refused: impossible date 490230000000Z'
			},
			{
				what: 'month 13',
				hex: utc('491301000000Z'),
				strict: 'refused: impossible date 491301000000Z',
				lenient: 'refused: impossible date 491301000000Z'
			},
			{
				what: 'second 60',
				hex: utc('491231235960Z'),
				strict: 'refused: impossible date 491231235960Z',
				lenient: 'refused: impossible date 491231235960Z'
			},
			{
				what: 'not a time at all (an INTEGER)',
				hex: '020105',
				strict: 'refused: expected a time, found tag 0x2',
				lenient: 'refused: expected a time, found tag 0x2'
			}
		],
		time
	);
});

describe('outlineDer and firstDerError share the decoder and its caps', () => {
	it('outline: a non-minimal outer length is refused only in strict', () => {
		const bytes = fromHex('30 81 03 020105');
		expect(outlineDer(bytes, 'lenient')).toEqual({ ok: true, tag: 0x30, headerLength: 3, contentLength: 3, totalLength: 6 });
		expect(outlineDer(bytes, 'strict')).toEqual({ ok: false, reason: 'gives its length in more bytes than needed, which DER forbids' });
	});

	it('outline: a cut-off file says where it ends', () => {
		for (const mode of MODES)
			expect(outlineDer(fromHex('30 82 0400 0201'), mode)).toEqual({ ok: false, reason: 'truncated DER: ends at byte 6 of 1028' });
	});

	it('walk: a non-minimal inner length is the first error only in strict', () => {
		const bytes = fromHex('30 04 02 81 01 05');
		expect(firstDerError(bytes, 'lenient')).toBeUndefined();
		expect(firstDerError(bytes, 'strict')).toBe('the length at byte 3 is not in its shortest form, which DER requires');
	});

	it('walk: an inner element that overruns its parent', () => {
		for (const mode of MODES)
			expect(firstDerError(fromHex('30 06 30 84 fffffff0'), mode)).toBe(
				'the element at byte 2 claims 4,294,967,280 bytes, but only 0 remain in its parent'
			);
	});

	it(`walk: nesting deeper than DER_LIMITS.depth (${DER_LIMITS.depth})`, () => {
		const depth = DER_LIMITS.depth + 2;
		// Each level: SEQUENCE with a one-octet long-form length where needed, innermost NULL.
		let inner = fromHex('0500');
		for (let i = 0; i < depth; i++) {
			const n = inner.length;
			const head = n < 128 ? [0x30, n] : [0x30, 0x81, n];
			inner = Uint8Array.from([...head, ...inner]);
		}
		for (const mode of MODES)
			expect(firstDerError(inner, mode)).toMatch(new RegExp(`^nested more than ${DER_LIMITS.depth} levels deep at byte \\d+$`));
	});
});
