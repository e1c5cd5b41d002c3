/**
 * A certificate as path validation sees it: the signed bytes, the names in canonical form, the
 * validity window, the key, and every extension decoded. Read once per certificate from its DER
 * (the same bytes ingest parsed with pkijs), then shared by every path that passes through it.
 */

import {
	DerError,
	derError,
	TAG,
	childrenOf,
	contentOf,
	encodedOf,
	expectTag,
	readBitString,
	readBoolean,
	readOid,
	readSingle,
	readSmallInteger,
	readTlv,
	type DerMode
} from '../bytes/der';
import { readTime } from '../bytes/der-time';
import { hex } from '../bytes/hex';
import {
	readAlgorithmIdentifier,
	readPublicKeyFacts,
	signatureScheme,
	type AlgorithmIdentifier,
	type PublicKeyFacts,
	type SignatureScheme
} from './algorithms';
import { decodeExtensions, type ExtensionFacts, type RawExtension } from './extensions';
import { readName, type DistinguishedName } from './name-key';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export interface ChainCertificate {
	der: Uint8Array;
	/** The TBSCertificate exactly as signed. */
	tbs: Uint8Array;
	/** 1, 2 or 3. */
	version: number;
	serial: { hex: string; length: number; negative: boolean; zero: boolean };
	tbsSignatureAlgorithm: AlgorithmIdentifier;
	signatureAlgorithm: AlgorithmIdentifier;
	/** The scheme named by the outer signatureAlgorithm, or why it could not be read. */
	scheme: SignatureScheme | { kind: 'invalid'; reason: string };
	signature: Uint8Array;
	issuer: DistinguishedName;
	subject: DistinguishedName;
	notBefore: number;
	notAfter: number;
	/** RFC 5280 §4.1.2.5: dates before 2050 MUST be UTCTime. */
	validityEncodingConforms: boolean;
	/** SubjectPublicKeyInfo as encoded, for WebCrypto import and key comparisons. */
	spki: Uint8Array;
	publicKey: PublicKeyFacts;
	ext: ExtensionFacts;
	/** Subject and issuer are the same name (RFC 5280 "self-issued"). */
	selfIssued: boolean;
	/** A short hash of the DER: equal certificates have equal fingerprints (compare der to be sure). */
	fingerprint: string;
	/** A short hash of the SPKI, to notice one key certified twice. */
	keyFingerprint: string;
}

export type ChainCertificateRead = { ok: true; cert: ChainCertificate } | { ok: false; reason: string };

export function readChainCertificate(der: Uint8Array): ChainCertificateRead {
	try {
		return { ok: true, cert: read(der) };
	} catch (e) {
		return { ok: false, reason: e instanceof DerError ? e.message : `unreadable certificate (${(e as Error).message})` };
	}
}

function read(der: Uint8Array): ChainCertificate {
	const outer = readSingle(der, MODE, TAG.sequence);
	const [tbsTlv, sigAlgTlv, sigTlv, ...rest] = childrenOf(der, outer, MODE);
	if (!tbsTlv || !sigAlgTlv || !sigTlv || rest.length) throw derError('a certificate has exactly three parts');
	expectTag(tbsTlv, TAG.sequence);
	const fields = childrenOf(der, tbsTlv, MODE);
	let i = 0;
	let version = 1;
	if (fields[i]?.tag === 0xa0) {
		const v = readTlv(der, fields[i].contentStart, fields[i].end, MODE);
		version = readSmallInteger(contentOf(der, expectTag(v, TAG.integer))) + 1;
		i++;
	}
	const serialTlv = expectTag(fields[i++], TAG.integer);
	const serialBytes = contentOf(der, serialTlv);
	const tbsSignatureAlgorithm = readAlgorithmIdentifier(der, fields[i++]);
	const issuer = readName(der, fields[i++]);
	const validity = childrenOf(der, expectTag(fields[i++], TAG.sequence), MODE);
	if (validity.length !== 2) throw derError('validity is not two dates');
	const notBefore = readTime(der, validity[0], MODE);
	const notAfter = readTime(der, validity[1], MODE);
	const subject = readName(der, fields[i++]);
	const spkiTlv = expectTag(fields[i++], TAG.sequence);
	const raw: RawExtension[] = [];
	for (; i < fields.length; i++) {
		const field = fields[i];
		if (field.tag === 0x81 || field.tag === 0x82) continue; // unique identifiers: obsolete, ignored
		if (field.tag !== 0xa3) throw derError(`unexpected field 0x${field.tag.toString(16)} in the certificate body`);
		const list = readTlv(der, field.contentStart, field.end, MODE);
		for (const extTlv of childrenOf(der, expectTag(list, TAG.sequence), MODE)) raw.push(readExtension(der, extTlv));
	}
	const signatureAlgorithm = readAlgorithmIdentifier(der, sigAlgTlv);
	let scheme: ChainCertificate['scheme'];
	try {
		scheme = signatureScheme(signatureAlgorithm);
	} catch (e) {
		scheme = { kind: 'invalid', reason: (e as Error).message };
	}
	const spki = encodedOf(der, spkiTlv);
	return {
		der,
		tbs: encodedOf(der, tbsTlv),
		version,
		serial: {
			hex: hex(serialBytes)
				.replace(/^(00)+(?=.)/, '')
				.toUpperCase(),
			length: serialBytes.length,
			negative: (serialBytes[0] & 0x80) !== 0,
			zero: serialBytes.every((b) => b === 0)
		},
		tbsSignatureAlgorithm,
		signatureAlgorithm,
		scheme,
		signature: readBitString(contentOf(der, expectTag(sigTlv, TAG.bitString))).bytes,
		issuer,
		subject,
		notBefore: notBefore.ms,
		notAfter: notAfter.ms,
		validityEncodingConforms: [notBefore, notAfter].every((t) => t.generalized === new Date(t.ms).getUTCFullYear() >= 2050),
		spki,
		publicKey: readPublicKeyFacts(spki),
		ext: decodeExtensions(raw),
		selfIssued: issuer.key === subject.key,
		fingerprint: shortHash(der),
		keyFingerprint: shortHash(spki)
	};
}

function readExtension(der: Uint8Array, tlv: ReturnType<typeof readTlv>): RawExtension {
	expectTag(tlv, TAG.sequence);
	const parts = childrenOf(der, tlv, MODE);
	const oid = readOid(der, expectTag(parts[0], TAG.oid), MODE);
	let critical = false;
	let valueTlv = parts[1];
	if (valueTlv?.tag === TAG.boolean) {
		critical = readBoolean(contentOf(der, valueTlv), MODE);
		valueTlv = parts[2];
	}
	if (!valueTlv || valueTlv.tag !== TAG.octetString) throw derError(`extension ${oid} has no value`);
	return { oid, critical, value: contentOf(der, valueTlv) };
}

/** FNV-1a over the bytes, twice with different seeds: a cheap identity key, not a security hash. */
function shortHash(bytes: Uint8Array): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ bytes.length;
	for (let i = 0; i < bytes.length; i++) {
		a = Math.imul(a ^ bytes[i], 0x01000193);
		b = Math.imul(b ^ bytes[bytes.length - 1 - i], 0x01000193);
	}
	return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}-${bytes.length}`;
}

/** Same certificate, byte for byte. */
export function sameCertificate(a: ChainCertificate, b: ChainCertificate): boolean {
	if (a === b) return true;
	if (a.fingerprint !== b.fingerprint) return false;
	for (let i = 0; i < a.der.length; i++) if (a.der[i] !== b.der[i]) return false;
	return true;
}

/** Self-signed as OpenSSL means it: self-issued, and any key identifiers agree. The signature is checked elsewhere. */
export function looksSelfSigned(cert: ChainCertificate): boolean {
	if (!cert.selfIssued) return false;
	const aki = cert.ext.authorityKeyId?.keyId;
	const ski = cert.ext.subjectKeyId?.id;
	return !(aki && ski && aki !== ski);
}
