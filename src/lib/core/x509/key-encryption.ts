/**
 * Decrypting password-protected private keys with WebCrypto, so a key can be checked against its
 * certificate when the person supplies the password: PBES2 (PBKDF2 + AES-CBC, what OpenSSL 3
 * and Java write) for ENCRYPTED PRIVATE KEY, and OpenSSL's legacy PEM encryption
 * (Proc-Type/DEK-Info, key from EVP_BytesToKey with MD5). Older schemes (3DES, RC2, scrypt) are
 * named precisely with the command that converts them, rather than failing vaguely.
 * PBKDF2 stays on WebCrypto, native and several times faster than any JavaScript one; the count it
 * is given is read from the INTEGER's bytes and priced first (kdf-budget.ts). MD5, which WebCrypto
 * lacks, comes from @noble/hashes.
 */

import { md5 } from '@noble/hashes/legacy.js';
import * as asn1js from 'asn1js';
import { fromBerSafely, KEY_TREE_LIMITS } from './der';
import { countOf, iterationRefusal, pbkdf2Work, workRefusal } from './kdf-budget';
import type { ShaName } from './sha';

export type Decryption = { ok: true; der: Uint8Array } | { ok: false; wrongPassword: boolean; reason: string };

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PRF: Record<string, ShaName> = {
	'1.2.840.113549.2.7': 'SHA-1',
	'1.2.840.113549.2.9': 'SHA-256',
	'1.2.840.113549.2.10': 'SHA-384',
	'1.2.840.113549.2.11': 'SHA-512'
};
const AES_CBC: Record<string, number> = {
	'2.16.840.1.101.3.4.1.2': 128,
	'2.16.840.1.101.3.4.1.22': 192,
	'2.16.840.1.101.3.4.1.42': 256
};
const SCHEME_NAMES: Record<string, string> = {
	'1.2.840.113549.1.12.1.3': 'PKCS#12 PBE with SHA-1 and 3DES',
	'1.2.840.113549.1.12.1.6': 'PKCS#12 PBE with SHA-1 and 40-bit RC2',
	'1.2.840.113549.1.12.1.5': 'PKCS#12 PBE with SHA-1 and 128-bit RC2',
	'1.2.840.113549.1.12.1.1': 'PKCS#12 PBE with SHA-1 and 128-bit RC4',
	'1.2.840.113549.1.5.3': 'PBES1 with MD5 and DES',
	'1.2.840.113549.1.5.10': 'PBES1 with SHA-1 and DES',
	'1.2.840.113549.3.7': '3DES (DES-EDE3-CBC)',
	'1.3.6.1.4.1.11591.4.11': 'scrypt'
};

const CONVERT = 'openssl pkcs8 -topk8 -v2 aes-256-cbc -in key.pem -out key-aes.pem';

export interface Pbes2Params {
	description: string;
	salt?: Uint8Array;
	iterations?: number;
	hash?: ShaName;
	aesBits?: number;
	iv?: Uint8Array;
	/** Why it cannot be decrypted here, as a sentence about this one key. */
	unsupported?: string;
	/** The key derivation, e.g. "PBKDF2-HMAC-SHA256", once it is known. */
	kdf?: string;
	/** Its price in SHA-256-equivalent compressions (kdf-budget), when it may run. */
	work?: number;
	/** Why its iteration count is refused, on its own: set with `unsupported`, for callers to word. */
	refused?: string;
}

/** An INTEGER's value read from its bytes (asn1js's valueDec is 0 from four bytes up). */
function integerOf(block: unknown): number | undefined {
	return block instanceof asn1js.Integer ? countOf(block.valueBlock.valueHexView) : undefined;
}

function oidOf(block: unknown): string | undefined {
	return block instanceof asn1js.ObjectIdentifier ? block.getValue() : undefined;
}

/** Reads the encryption scheme of an EncryptedPrivateKeyInfo (or a PKCS#12 shrouded key bag). */
export function describeEncryptedPkcs8(der: Uint8Array): { params: Pbes2Params; data?: Uint8Array } {
	const parsed = fromBerSafely(der, KEY_TREE_LIMITS);
	const top = parsed.offset !== -1 && parsed.result instanceof asn1js.Sequence ? parsed.result.valueBlock.value : [];
	const [alg, data] = top;
	if (!(alg instanceof asn1js.Sequence) || !(data instanceof asn1js.OctetString)) {
		return { params: { description: 'unknown', unsupported: 'the encrypted key structure is malformed' } };
	}
	const schemeOid = oidOf(alg.valueBlock.value[0]);
	const encrypted = data.valueBlock.valueHexView;
	if (schemeOid !== PBES2) {
		const name = (schemeOid && SCHEME_NAMES[schemeOid]) ?? schemeOid ?? 'an unknown scheme';
		return {
			params: {
				description: name,
				unsupported: `it is encrypted with ${name}, which a browser cannot decrypt (re-encrypt it with: ${CONVERT})`
			},
			data: encrypted
		};
	}
	const pbes2 = alg.valueBlock.value[1] as asn1js.Sequence;
	const [kdf, enc] = (pbes2?.valueBlock?.value ?? []) as asn1js.Sequence[];
	const kdfOid = oidOf(kdf?.valueBlock?.value?.[0]);
	const encOid = oidOf(enc?.valueBlock?.value?.[0]);
	if (kdfOid !== PBKDF2) {
		const name = (kdfOid && SCHEME_NAMES[kdfOid]) ?? kdfOid ?? 'an unknown key derivation';
		return {
			params: {
				description: `PBES2 with ${name}`,
				unsupported: `its key is derived with ${name}, which WebCrypto does not offer (re-encrypt it with: ${CONVERT})`
			},
			data: encrypted
		};
	}
	const kdfParams = kdf.valueBlock.value[1] instanceof asn1js.Sequence ? kdf.valueBlock.value[1].valueBlock.value : [];
	const salt = kdfParams[0] instanceof asn1js.OctetString ? kdfParams[0].valueBlock.valueHexView : undefined;
	const iterations = integerOf(kdfParams[1]);
	// PBKDF2-params: salt, iterationCount, keyLength OPTIONAL, prf DEFAULT hmacWithSHA1.
	const keyLength = kdfParams[2] instanceof asn1js.Integer ? integerOf(kdfParams[2]) : undefined;
	const prfSeq = kdfParams.find((p) => p instanceof asn1js.Sequence) as asn1js.Sequence | undefined;
	const hash: ShaName | undefined = prfSeq ? PRF[oidOf(prfSeq.valueBlock.value[0]) ?? ''] : 'SHA-1';
	const aesBits = encOid ? AES_CBC[encOid] : undefined;
	const iv =
		enc?.valueBlock?.value?.[1] instanceof asn1js.OctetString
			? (enc.valueBlock.value[1] as asn1js.OctetString).valueBlock.valueHexView
			: undefined;
	const cipherName = aesBits ? `AES-${aesBits}-CBC` : ((encOid && SCHEME_NAMES[encOid]) ?? encOid ?? 'an unknown cipher');
	const kdfName = `PBKDF2-HMAC-${(hash ?? '?').replace('-', '')}`;
	const description = `PBES2 (${kdfName}, ${cipherName})`;
	if (!hash || !aesBits || !iv) {
		return {
			params: {
				description,
				unsupported: `it is encrypted with ${cipherName}, which a browser cannot decrypt (re-encrypt it with: ${CONVERT})`
			},
			data: encrypted
		};
	}
	if (!salt || iterations === undefined || (kdfParams[2] instanceof asn1js.Integer && keyLength !== aesBits / 8)) {
		const what = !salt ? 'no salt' : iterations === undefined ? 'no valid iteration count' : `a key length that is not ${cipherName}'s`;
		return { params: { description, unsupported: `its key derivation (${kdfName}) is malformed: it has ${what}` }, data: encrypted };
	}
	const work = pbkdf2Work(hash, iterations, aesBits / 8);
	const overBudget = workRefusal(0, work);
	const refused = iterationRefusal(iterations) ?? (overBudget && `with iteration count ${iterations}, ${overBudget}`);
	if (refused) {
		return {
			params: {
				description,
				kdf: kdfName,
				refused,
				unsupported: `it was not decrypted (${kdfName}): ${refused}; nothing else in the paste is affected`
			},
			data: encrypted
		};
	}
	return { params: { description, salt, iterations, hash, aesBits, iv, kdf: kdfName, work }, data: encrypted };
}

/** Decrypts an EncryptedPrivateKeyInfo to the PKCS#8 PrivateKeyInfo DER. */
export async function decryptPkcs8(der: Uint8Array, password: string): Promise<Decryption> {
	const { params, data } = describeEncryptedPkcs8(der);
	// describeEncryptedPkcs8 refuses counts past the limits, so what reaches WebCrypto is bounded.
	if (params.unsupported || !data) return { ok: false, wrongPassword: false, reason: params.unsupported ?? 'malformed' };
	const baseKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', salt: params.salt as Uint8Array<ArrayBuffer>, iterations: params.iterations!, hash: params.hash! },
		baseKey,
		params.aesBits!
	);
	return aesCbcDecrypt(new Uint8Array(bits), params.iv!, data);
}

async function aesCbcDecrypt(keyBytes: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Decryption> {
	try {
		const key = await crypto.subtle.importKey('raw', keyBytes as Uint8Array<ArrayBuffer>, 'AES-CBC', false, ['decrypt']);
		const plain = new Uint8Array(
			await crypto.subtle.decrypt({ name: 'AES-CBC', iv: iv as Uint8Array<ArrayBuffer> }, key, data as Uint8Array<ArrayBuffer>)
		);
		// A wrong password usually breaks the padding; when it does not, the result is not DER.
		if (plain[0] !== 0x30) return { ok: false, wrongPassword: true, reason: 'the password is wrong' };
		return { ok: true, der: plain };
	} catch {
		return { ok: false, wrongPassword: true, reason: 'the password is wrong' };
	}
}

const LEGACY_AES: Record<string, number> = { 'AES-128-CBC': 128, 'AES-192-CBC': 192, 'AES-256-CBC': 256 };

/** The cipher named in a legacy PEM's DEK-Info header, and whether a browser can decrypt it. */
export function describeLegacyPem(headers: Record<string, string>): { cipher: string; supported: boolean } {
	const cipher = (headers['DEK-Info'] ?? '').split(',')[0].trim().toUpperCase() || 'unknown';
	return { cipher, supported: cipher in LEGACY_AES };
}

/** OpenSSL's traditional PEM encryption: key = EVP_BytesToKey(MD5, password, IV[0..8], 1). */
export async function decryptLegacyPem(body: Uint8Array, headers: Record<string, string>, password: string): Promise<Decryption> {
	const [cipherName, ivHex] = (headers['DEK-Info'] ?? '').split(',').map((s) => s.trim());
	const bits = LEGACY_AES[(cipherName ?? '').toUpperCase()];
	if (!bits || !ivHex || !/^[0-9a-f]{32}$/i.test(ivHex)) {
		return {
			ok: false,
			wrongPassword: false,
			reason: `it is encrypted with ${cipherName || 'an unnamed cipher'}, which a browser cannot decrypt (convert it with: openssl pkey -in key.pem -aes256 -out key-aes.pem)`
		};
	}
	const iv = Uint8Array.from(ivHex.match(/../g)!.map((h) => parseInt(h, 16)));
	const pass = new TextEncoder().encode(password);
	const keyLen = bits / 8;
	const key = new Uint8Array(keyLen);
	let filled = 0;
	let prev: Uint8Array = new Uint8Array(0);
	while (filled < keyLen) {
		prev = md5(new Uint8Array([...prev, ...pass, ...iv.subarray(0, 8)]));
		key.set(prev.subarray(0, Math.min(16, keyLen - filled)), filled);
		filled += 16;
	}
	return aesCbcDecrypt(key, iv, body);
}
