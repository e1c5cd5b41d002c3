/**
 * What is this DER? Certificates, CRLs, CSRs, PKCS#7, PKCS#12 and the three private-key encodings
 * all start with 0x30. Their first few elements tell them apart without a full parse, so a
 * dropped file is read by the right reader and a wrong guess never becomes a confusing error.
 */

import { DerError, TAG, childrenOf, readOid, readTlv, type DerMode, type Tlv } from '../bytes/der';
import { looksLikeCrl } from './crl';

export type DerShape =
	'certificate' | 'crl' | 'csr' | 'pkcs7' | 'pkcs12' | 'pkcs8' | 'encrypted-pkcs8' | 'pkcs1-rsa' | 'sec1-ec' | 'unknown';

/** A guess that picks a reader, so as lenient as the most lenient reader: each reader applies its own mode after. */
const MODE: DerMode = 'lenient';
const SEQUENCE = TAG.sequence;
const INTEGER = TAG.integer;
const OID = TAG.oid;
const OCTET_STRING = TAG.octetString;

/** Enough elements to tell the shapes apart (an RSAPrivateKey has nine), and no more: a sniff is never a parse. */
const children = (buf: Uint8Array, parent: Tlv, max = 12): Tlv[] => childrenOf(buf, parent, MODE, max);

function smallInt(buf: Uint8Array, t: Tlv): number | undefined {
	if (t.tag !== INTEGER || t.end - t.contentStart !== 1) return undefined;
	return buf[t.contentStart];
}

export function derShape(der: Uint8Array): DerShape {
	try {
		const outer = readTlv(der, 0, der.length, MODE);
		if (outer.tag !== SEQUENCE) return 'unknown';
		const kids = children(der, outer);
		const [a, b, c] = kids;
		if (!a) return 'unknown';
		// ContentInfo: SEQUENCE { OID, [0] content } — PKCS#7 signedData.
		if (a.tag === OID) {
			const oid = readOid(der, a, MODE);
			return oid.startsWith('1.2.840.113549.1.7.') ? 'pkcs7' : 'unknown';
		}
		if (a.tag === INTEGER) {
			const version = smallInt(der, a);
			// PFX: SEQUENCE { INTEGER 3, ContentInfo, MacData? }
			if (version === 3 && b?.tag === SEQUENCE) return 'pkcs12';
			// PrivateKeyInfo: SEQUENCE { INTEGER 0|1, AlgorithmIdentifier, OCTET STRING, … }
			if ((version === 0 || version === 1) && b?.tag === SEQUENCE && c?.tag === OCTET_STRING) return 'pkcs8';
			// RSAPrivateKey: SEQUENCE { INTEGER 0, n, e, d, p, q, dp, dq, qinv }
			if (version === 0 && kids.length >= 9 && kids.every((k) => k.tag === INTEGER)) return 'pkcs1-rsa';
			// ECPrivateKey: SEQUENCE { INTEGER 1, OCTET STRING, [0] params?, [1] publicKey? }
			if (version === 1 && b?.tag === OCTET_STRING) return 'sec1-ec';
			return 'unknown';
		}
		if (a.tag === SEQUENCE) {
			// EncryptedPrivateKeyInfo: SEQUENCE { AlgorithmIdentifier, OCTET STRING }
			if (kids.length === 2 && b?.tag === OCTET_STRING) return 'encrypted-pkcs8';
			if (kids.length !== 3 || b?.tag !== SEQUENCE || c?.tag !== 0x03) return 'unknown';
			const tbs = children(der, a, 4);
			// Certificate TBS: [0] version first (v3), or a serial INTEGER then AlgorithmIdentifier (v1).
			if (tbs[0]?.tag === 0xa0) return 'certificate';
			// CertificationRequestInfo: INTEGER 0, Name, SubjectPublicKeyInfo, [0] attributes
			if (tbs[0]?.tag === INTEGER && tbs[1]?.tag === SEQUENCE && tbs[2]?.tag === SEQUENCE && tbs[3]?.tag === 0xa0) return 'csr';
			if (looksLikeCrl(der)) return 'crl';
			if (tbs[0]?.tag === INTEGER && tbs[1]?.tag === SEQUENCE) return 'certificate';
		}
		return 'unknown';
	} catch (e) {
		if (e instanceof DerError) return 'unknown';
		throw e;
	}
}

export const SHAPE_NAMES: Record<DerShape, string> = {
	certificate: 'certificate',
	crl: 'certificate revocation list',
	csr: 'certificate signing request',
	pkcs7: 'PKCS#7 bundle',
	pkcs12: 'PKCS#12 keystore',
	pkcs8: 'private key (PKCS#8)',
	'encrypted-pkcs8': 'encrypted private key (PKCS#8)',
	'pkcs1-rsa': 'RSA private key (PKCS#1)',
	'sec1-ec': 'EC private key (SEC 1)',
	unknown: 'unknown DER'
};
