/**
 * The X.509 v3 extensions path validation and the checks read, decoded from their raw bytes:
 * basicConstraints, keyUsage, extKeyUsage, the key identifiers, subjectAltName, nameConstraints,
 * Authority Information Access (where to fetch a missing intermediate, where OCSP lives), CRL
 * distribution points and the TLS feature (must-staple). A value that does not decode is
 * recorded as malformed rather than ignored: RFC 5280 §4.2 treats such a certificate as broken.
 */

import { EXTENSIONS } from './oids';
import {
	derError,
	TAG,
	childrenOf,
	contentOf,
	expectTag,
	readBitString,
	readBoolean,
	readOid,
	readSingle,
	readSmallInteger,
	readTlv,
	type DerMode
} from '../bytes/der';
import { hex } from '../bytes/hex';
import { readGeneralName, readGeneralNames, type GeneralName } from './general-name';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export interface RawExtension {
	oid: string;
	critical: boolean;
	value: Uint8Array;
}

export const KEY_USAGE_BITS = [
	'digitalSignature',
	'nonRepudiation',
	'keyEncipherment',
	'dataEncipherment',
	'keyAgreement',
	'keyCertSign',
	'cRLSign',
	'encipherOnly',
	'decipherOnly'
] as const;
export type KeyUsageName = (typeof KEY_USAGE_BITS)[number];

export const ACCESS_METHOD = { ocsp: '1.3.6.1.5.5.7.48.1', caIssuers: '1.3.6.1.5.5.7.48.2' } as const;
export const EKU = { serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2', any: '2.5.29.37.0' } as const;
/** TLS Feature value 5 is status_request: the "OCSP must-staple" marker (RFC 7633). */
export const TLS_FEATURE_STATUS_REQUEST = 5;

export interface GeneralSubtree {
	base: GeneralName;
	/** RFC 5280 requires minimum 0 and no maximum; anything else is carried so it can be refused. */
	minimum: number;
	maximum?: number;
}

export interface ExtensionFacts {
	raw: RawExtension[];
	/** OIDs that appear more than once (RFC 5280 §4.2 forbids it). */
	duplicates: string[];
	/** OIDs of known extensions whose value would not decode, with the reason. */
	malformed: { oid: string; reason: string }[];
	basicConstraints?: { critical: boolean; ca: boolean; pathLen?: number };
	keyUsage?: { critical: boolean; usages: Set<KeyUsageName> };
	extKeyUsage?: { critical: boolean; oids: string[] };
	subjectKeyId?: { critical: boolean; id: string };
	authorityKeyId?: { critical: boolean; keyId?: string; hasIssuer: boolean; hasSerial: boolean };
	subjectAltName?: { critical: boolean; names: GeneralName[] };
	nameConstraints?: { critical: boolean; permitted?: GeneralSubtree[]; excluded?: GeneralSubtree[] };
	/** `empty` marks an AIA with no access descriptions, which CA/B BR §7.1.2.7.7 forbids and OpenSSL tolerates. */
	authorityInfoAccess?: { critical: boolean; caIssuers: string[]; ocsp: string[]; empty: boolean };
	crlDistributionPoints?: { critical: boolean; uris: string[] };
	tlsFeature?: { critical: boolean; features: number[] };
	policyConstraints?: { critical: boolean };
	certificatePolicies?: { critical: boolean };
	inhibitAnyPolicy?: { critical: boolean };
}

type Decoders = {
	[K in keyof ExtensionFacts]?: (value: Uint8Array, critical: boolean) => ExtensionFacts[K];
};

const DECODERS: Record<string, { field: keyof ExtensionFacts; decode: NonNullable<Decoders[keyof Decoders]> }> = {
	[EXTENSIONS.basicConstraints]: { field: 'basicConstraints', decode: decodeBasicConstraints },
	[EXTENSIONS.keyUsage]: { field: 'keyUsage', decode: decodeKeyUsage },
	[EXTENSIONS.extKeyUsage]: { field: 'extKeyUsage', decode: decodeExtKeyUsage },
	[EXTENSIONS.subjectKeyIdentifier]: { field: 'subjectKeyId', decode: decodeSubjectKeyId },
	[EXTENSIONS.authorityKeyIdentifier]: { field: 'authorityKeyId', decode: decodeAuthorityKeyId },
	[EXTENSIONS.subjectAltName]: { field: 'subjectAltName', decode: decodeSubjectAltName },
	[EXTENSIONS.nameConstraints]: { field: 'nameConstraints', decode: decodeNameConstraints },
	[EXTENSIONS.authorityInfoAccess]: { field: 'authorityInfoAccess', decode: decodeAuthorityInfoAccess },
	[EXTENSIONS.crlDistributionPoints]: { field: 'crlDistributionPoints', decode: decodeCrlDistributionPoints },
	[EXTENSIONS.tlsFeature]: { field: 'tlsFeature', decode: decodeTlsFeature },
	[EXTENSIONS.policyConstraints]: { field: 'policyConstraints', decode: decodeSequencePresence },
	[EXTENSIONS.certificatePolicies]: { field: 'certificatePolicies', decode: decodeSequencePresence },
	[EXTENSIONS.inhibitAnyPolicy]: { field: 'inhibitAnyPolicy', decode: decodeInhibitAnyPolicy }
};

export function decodeExtensions(raw: RawExtension[]): ExtensionFacts {
	const facts: ExtensionFacts = { raw, duplicates: [], malformed: [] };
	const seen = new Set<string>();
	for (const ext of raw) {
		if (seen.has(ext.oid)) {
			if (!facts.duplicates.includes(ext.oid)) facts.duplicates.push(ext.oid);
			continue;
		}
		seen.add(ext.oid);
		const decoder = DECODERS[ext.oid];
		if (!decoder) continue;
		try {
			(facts as unknown as Record<string, unknown>)[decoder.field] = decoder.decode(ext.value, ext.critical);
		} catch (e) {
			facts.malformed.push({ oid: ext.oid, reason: (e as Error).message });
		}
	}
	return facts;
}

function decodeBasicConstraints(value: Uint8Array, critical: boolean): ExtensionFacts['basicConstraints'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	let ca = false;
	let pathLen: number | undefined;
	for (const part of childrenOf(value, seq, MODE)) {
		if (part.tag === TAG.boolean) ca = readBoolean(contentOf(value, part), MODE);
		else if (part.tag === TAG.integer) pathLen = readSmallInteger(contentOf(value, part));
		else throw derError('unexpected field in basicConstraints');
	}
	return { critical, ca, pathLen };
}

function decodeKeyUsage(value: Uint8Array, critical: boolean): ExtensionFacts['keyUsage'] {
	const { bytes } = readBitString(contentOf(value, readSingle(value, MODE, TAG.bitString)));
	const usages = new Set<KeyUsageName>();
	KEY_USAGE_BITS.forEach((name, bit) => {
		const byte = bytes[bit >> 3];
		if (byte !== undefined && byte & (0x80 >> (bit & 7))) usages.add(name);
	});
	return { critical, usages };
}

function decodeExtKeyUsage(value: Uint8Array, critical: boolean): ExtensionFacts['extKeyUsage'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	const oids = childrenOf(value, seq, MODE).map((t) => readOid(value, expectTag(t, TAG.oid), MODE));
	// "SEQUENCE SIZE (1..MAX)": an empty list grants nothing and is malformed (RFC 5280 §4.2.1.12).
	if (oids.length === 0) throw derError('extKeyUsage lists no purposes');
	return { critical, oids };
}

function decodeSubjectKeyId(value: Uint8Array, critical: boolean): ExtensionFacts['subjectKeyId'] {
	return { critical, id: hex(contentOf(value, readSingle(value, MODE, TAG.octetString))) };
}

function decodeAuthorityKeyId(value: Uint8Array, critical: boolean): ExtensionFacts['authorityKeyId'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	const out: NonNullable<ExtensionFacts['authorityKeyId']> = { critical, hasIssuer: false, hasSerial: false };
	for (const part of childrenOf(value, seq, MODE)) {
		if (part.tag === 0x80) out.keyId = hex(contentOf(value, part));
		else if (part.tag === 0xa1) out.hasIssuer = true;
		else if (part.tag === 0x82) out.hasSerial = true;
		else throw derError('unexpected field in authorityKeyIdentifier');
	}
	return out;
}

function decodeSubjectAltName(value: Uint8Array, critical: boolean): ExtensionFacts['subjectAltName'] {
	return { critical, names: readGeneralNames(value, readSingle(value, MODE, TAG.sequence)) };
}

function decodeNameConstraints(value: Uint8Array, critical: boolean): ExtensionFacts['nameConstraints'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	const out: NonNullable<ExtensionFacts['nameConstraints']> = { critical };
	for (const part of childrenOf(value, seq, MODE)) {
		if (part.tag !== 0xa0 && part.tag !== 0xa1) throw derError('unexpected field in nameConstraints');
		const subtrees = childrenOf(value, part, MODE).map((subtree): GeneralSubtree => {
			expectTag(subtree, TAG.sequence);
			const fields = childrenOf(value, subtree, MODE);
			if (fields.length === 0) throw derError('empty GeneralSubtree');
			const result: GeneralSubtree = { base: readGeneralName(value, fields[0]), minimum: 0 };
			for (const field of fields.slice(1)) {
				if (field.tag === 0x80) result.minimum = readSmallInteger(contentOf(value, field));
				else if (field.tag === 0x81) result.maximum = readSmallInteger(contentOf(value, field));
				else throw derError('unexpected field in GeneralSubtree');
			}
			return result;
		});
		if (part.tag === 0xa0) out.permitted = subtrees;
		else out.excluded = subtrees;
	}
	return out;
}

function decodeAuthorityInfoAccess(value: Uint8Array, critical: boolean): ExtensionFacts['authorityInfoAccess'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	const descriptions = childrenOf(value, seq, MODE);
	const out: NonNullable<ExtensionFacts['authorityInfoAccess']> = { critical, caIssuers: [], ocsp: [], empty: descriptions.length === 0 };
	for (const description of descriptions) {
		expectTag(description, TAG.sequence);
		const [methodTlv, locationTlv, ...rest] = childrenOf(value, description, MODE);
		if (!methodTlv || !locationTlv || rest.length) throw derError('malformed AccessDescription');
		const method = readOid(value, expectTag(methodTlv, TAG.oid), MODE);
		const location = readGeneralName(value, locationTlv);
		if (location.kind !== 'uri') continue;
		if (method === ACCESS_METHOD.caIssuers) out.caIssuers.push(location.value);
		else if (method === ACCESS_METHOD.ocsp) out.ocsp.push(location.value);
	}
	return out;
}

function decodeCrlDistributionPoints(value: Uint8Array, critical: boolean): ExtensionFacts['crlDistributionPoints'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	const uris: string[] = [];
	for (const point of childrenOf(value, seq, MODE)) {
		expectTag(point, TAG.sequence);
		for (const field of childrenOf(value, point, MODE)) {
			if (field.tag !== 0xa0) continue;
			const name = readTlv(value, field.contentStart, field.end, MODE);
			// fullName [0] IMPLICIT GeneralNames; nameRelativeToCRLIssuer [1] carries no URI.
			if (name.tag !== 0xa0) continue;
			for (const gn of readGeneralNames(value, name)) if (gn.kind === 'uri') uris.push(gn.value);
		}
	}
	return { critical, uris };
}

function decodeTlsFeature(value: Uint8Array, critical: boolean): ExtensionFacts['tlsFeature'] {
	const seq = readSingle(value, MODE, TAG.sequence);
	return { critical, features: childrenOf(value, seq, MODE).map((t) => readSmallInteger(contentOf(value, expectTag(t, TAG.integer)))) };
}

function decodeSequencePresence(value: Uint8Array, critical: boolean): { critical: boolean } {
	readSingle(value, MODE, TAG.sequence);
	return { critical };
}

function decodeInhibitAnyPolicy(value: Uint8Array, critical: boolean): { critical: boolean } {
	readSmallInteger(contentOf(value, readSingle(value, MODE, TAG.integer)));
	return { critical };
}
