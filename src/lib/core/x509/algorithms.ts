/**
 * Signature schemes and public keys as validation needs them: which WebCrypto algorithm verifies
 * a signature, how strong a key is, and whether the encoding is one the CA/Browser Forum
 * Baseline Requirements (§7.1.3) allow.
 */

import { NAMED_CURVES } from './oids';
import {
	derError,
	TAG,
	childrenOf,
	contentOf,
	encodedOf,
	expectTag,
	readOid,
	readSingle,
	readSmallInteger,
	readTlv,
	type DerMode
} from '../bytes/der';
import { sameBytes } from '../bytes/bytes';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export type HashName = 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'MD5' | 'MD2' | 'MD4';

export interface AlgorithmIdentifier {
	oid: string;
	/** The parameters element, exactly as encoded, when present. */
	params?: Uint8Array;
	/** The whole AlgorithmIdentifier as encoded, to compare the two copies a certificate carries. */
	encoded: Uint8Array;
}

export type SignatureScheme =
	| { kind: 'rsa-pkcs1'; hash: HashName }
	| { kind: 'rsa-pss'; hash: HashName; mgfHash: HashName; saltLength: number }
	| { kind: 'ecdsa'; hash: HashName }
	| { kind: 'ed25519' }
	| { kind: 'ed448' }
	| { kind: 'dsa'; hash: HashName }
	| { kind: 'unknown'; oid: string };

export type PublicKeyFacts =
	| { kind: 'rsa'; bits: number; pssOnly: boolean }
	| { kind: 'ec'; curve: string; explicitParameters: boolean }
	| { kind: 'ed25519' }
	| { kind: 'ed448' }
	| { kind: 'dsa'; bits?: number }
	| { kind: 'invalid'; reason: string }
	| { kind: 'unknown'; oid: string };

const HASHES: Record<string, HashName> = {
	'1.3.14.3.2.26': 'SHA-1',
	'2.16.840.1.101.3.4.2.1': 'SHA-256',
	'2.16.840.1.101.3.4.2.2': 'SHA-384',
	'2.16.840.1.101.3.4.2.3': 'SHA-512',
	'2.16.840.1.101.3.4.2.4': 'SHA-224',
	'1.2.840.113549.2.5': 'MD5',
	'1.2.840.113549.2.2': 'MD2'
};

const SIMPLE_SCHEMES: Record<string, SignatureScheme> = {
	'1.2.840.113549.1.1.2': { kind: 'rsa-pkcs1', hash: 'MD2' },
	'1.2.840.113549.1.1.3': { kind: 'rsa-pkcs1', hash: 'MD4' },
	'1.2.840.113549.1.1.4': { kind: 'rsa-pkcs1', hash: 'MD5' },
	'1.2.840.113549.1.1.5': { kind: 'rsa-pkcs1', hash: 'SHA-1' },
	'1.3.14.3.2.29': { kind: 'rsa-pkcs1', hash: 'SHA-1' },
	'1.2.840.113549.1.1.14': { kind: 'rsa-pkcs1', hash: 'SHA-224' },
	'1.2.840.113549.1.1.11': { kind: 'rsa-pkcs1', hash: 'SHA-256' },
	'1.2.840.113549.1.1.12': { kind: 'rsa-pkcs1', hash: 'SHA-384' },
	'1.2.840.113549.1.1.13': { kind: 'rsa-pkcs1', hash: 'SHA-512' },
	'1.2.840.10045.4.1': { kind: 'ecdsa', hash: 'SHA-1' },
	'1.2.840.10045.4.3.1': { kind: 'ecdsa', hash: 'SHA-224' },
	'1.2.840.10045.4.3.2': { kind: 'ecdsa', hash: 'SHA-256' },
	'1.2.840.10045.4.3.3': { kind: 'ecdsa', hash: 'SHA-384' },
	'1.2.840.10045.4.3.4': { kind: 'ecdsa', hash: 'SHA-512' },
	'1.2.840.10040.4.3': { kind: 'dsa', hash: 'SHA-1' },
	'2.16.840.1.101.3.4.3.2': { kind: 'dsa', hash: 'SHA-256' },
	'1.3.101.112': { kind: 'ed25519' },
	'1.3.101.113': { kind: 'ed448' }
};

export const RSA_PSS_OID = '1.2.840.113549.1.1.10';
const MGF1_OID = '1.2.840.113549.1.1.8';
export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY_OID = '1.2.840.10045.2.1';
const DSA_OID = '1.2.840.10040.4.1';
const NULL_PARAMS = new Uint8Array([0x05, 0x00]);

export function readAlgorithmIdentifier(bytes: Uint8Array, tlv: ReturnType<typeof readTlv>): AlgorithmIdentifier {
	expectTag(tlv, TAG.sequence);
	const [oidTlv, paramsTlv, ...rest] = childrenOf(bytes, tlv, MODE);
	if (!oidTlv || rest.length) throw derError('malformed AlgorithmIdentifier');
	return {
		oid: readOid(bytes, expectTag(oidTlv, TAG.oid), MODE),
		params: paramsTlv ? encodedOf(bytes, paramsTlv) : undefined,
		encoded: encodedOf(bytes, tlv)
	};
}

export function signatureScheme(alg: AlgorithmIdentifier): SignatureScheme {
	if (alg.oid === RSA_PSS_OID) return pssScheme(alg.params);
	return SIMPLE_SCHEMES[alg.oid] ?? { kind: 'unknown', oid: alg.oid };
}

/** RSASSA-PSS-params (RFC 4055 §3.1); every field has a SHA-1 era default. */
function pssScheme(params: Uint8Array | undefined): SignatureScheme {
	let hash: HashName = 'SHA-1';
	let mgfHash: HashName = 'SHA-1';
	let saltLength = 20;
	if (params) {
		const seq = readSingle(params, MODE, TAG.sequence);
		for (const field of childrenOf(params, seq, MODE)) {
			const inner = readTlv(params, field.contentStart, field.end, MODE);
			if (field.tag === 0xa0) hash = hashOf(readAlgorithmIdentifier(params, inner));
			else if (field.tag === 0xa1) {
				const mgf = readAlgorithmIdentifier(params, inner);
				if (mgf.oid !== MGF1_OID || !mgf.params) throw derError('RSA-PSS mask generation is not MGF1');
				mgfHash = hashOf(readAlgorithmIdentifier(mgf.params, readSingle(mgf.params, MODE)));
			} else if (field.tag === 0xa2) saltLength = readSmallInteger(contentOf(params, inner));
			else if (field.tag === 0xa3) {
				if (readSmallInteger(contentOf(params, inner)) !== 1) throw derError('RSA-PSS trailer field is not 1');
			}
		}
	}
	return { kind: 'rsa-pss', hash, mgfHash, saltLength };
}

function hashOf(alg: AlgorithmIdentifier): HashName {
	const hash = HASHES[alg.oid];
	if (!hash) throw derError(`unknown hash algorithm ${alg.oid}`);
	return hash;
}

export function describeScheme(scheme: SignatureScheme): string {
	switch (scheme.kind) {
		case 'rsa-pkcs1':
			return `RSA PKCS#1 v1.5 with ${scheme.hash}`;
		case 'rsa-pss':
			return `RSA-PSS with ${scheme.hash}`;
		case 'ecdsa':
			return `ECDSA with ${scheme.hash}`;
		case 'ed25519':
			return 'Ed25519';
		case 'ed448':
			return 'Ed448';
		case 'dsa':
			return `DSA with ${scheme.hash}`;
		case 'unknown':
			return `unknown algorithm ${scheme.oid}`;
	}
}

export function readPublicKeyFacts(spki: Uint8Array): PublicKeyFacts {
	try {
		const seq = readSingle(spki, MODE, TAG.sequence);
		const [algTlv, keyTlv] = childrenOf(spki, seq, MODE);
		const alg = readAlgorithmIdentifier(spki, algTlv);
		const keyBits = contentOf(spki, expectTag(keyTlv, TAG.bitString)).subarray(1);
		if (alg.oid === RSA_ENCRYPTION_OID || alg.oid === RSA_PSS_OID) {
			const rsa = readSingle(keyBits, MODE, TAG.sequence);
			const [modulus, exponent] = childrenOf(keyBits, rsa, MODE);
			if (!modulus || !exponent || modulus.tag !== TAG.integer || exponent.tag !== TAG.integer) {
				return { kind: 'invalid', reason: 'the RSA key is not a modulus and an exponent' };
			}
			const n = contentOf(keyBits, modulus);
			if (n[0] & 0x80) return { kind: 'invalid', reason: 'the RSA modulus is negative' };
			return { kind: 'rsa', bits: integerBits(n), pssOnly: alg.oid === RSA_PSS_OID };
		}
		if (alg.oid === EC_PUBLIC_KEY_OID) {
			if (!alg.params) return { kind: 'invalid', reason: 'the EC key names no curve' };
			const param = readSingle(alg.params, MODE);
			if (param.tag === TAG.oid) {
				const curveOid = readOid(alg.params, param, MODE);
				return { kind: 'ec', curve: NAMED_CURVES[curveOid]?.name ?? curveOid, explicitParameters: false };
			}
			return { kind: 'ec', curve: 'explicit parameters', explicitParameters: true };
		}
		if (alg.oid === '1.3.101.112') return { kind: 'ed25519' };
		if (alg.oid === '1.3.101.113') return { kind: 'ed448' };
		if (alg.oid === DSA_OID) return { kind: 'dsa', bits: dsaBits(alg.params) };
		return { kind: 'unknown', oid: alg.oid };
	} catch (e) {
		return { kind: 'invalid', reason: (e as Error).message };
	}
}

function integerBits(n: Uint8Array): number {
	let i = 0;
	while (i < n.length && n[i] === 0) i++;
	if (i === n.length) return 0;
	return (n.length - i - 1) * 8 + (32 - Math.clz32(n[i]));
}

function dsaBits(params: Uint8Array | undefined): number | undefined {
	if (!params) return undefined;
	try {
		const seq = readSingle(params, MODE, TAG.sequence);
		const [p] = childrenOf(params, seq, MODE);
		return p && p.tag === TAG.integer ? integerBits(contentOf(params, p)) : undefined;
	} catch {
		return undefined;
	}
}

export function describeKey(key: PublicKeyFacts): string {
	switch (key.kind) {
		case 'rsa':
			return `RSA ${key.bits}-bit`;
		case 'ec':
			return `EC ${key.curve}`;
		case 'ed25519':
			return 'Ed25519';
		case 'ed448':
			return 'Ed448';
		case 'dsa':
			return key.bits ? `DSA ${key.bits}-bit` : 'DSA';
		case 'invalid':
			return `unreadable key (${key.reason})`;
		case 'unknown':
			return `key of type ${key.oid}`;
	}
}

/**
 * Is the AlgorithmIdentifier encoded exactly as the Baseline Requirements (§7.1.3.2) allow?
 * RSA PKCS#1 carries an explicit NULL; ECDSA and EdDSA carry no parameters at all.
 */
export function hasCanonicalParameters(alg: AlgorithmIdentifier, scheme: SignatureScheme): boolean {
	if (scheme.kind === 'rsa-pkcs1') return alg.params !== undefined && sameBytes(alg.params, NULL_PARAMS);
	if (scheme.kind === 'ecdsa' || scheme.kind === 'ed25519' || scheme.kind === 'ed448') return alg.params === undefined;
	return true;
}
