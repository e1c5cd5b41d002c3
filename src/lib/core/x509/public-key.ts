/** Type and size of a public key, for labels and for the key-strength checks. */

import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import type { PublicKeyView } from '../model/report';
import { readTlv, type DerMode } from '../bytes/der';
import { sha256Fingerprint } from './sha';
import { NAMED_CURVES, PUBLIC_KEY_ALGORITHMS } from './oids';
import { fromBerSafely, KEY_TREE_LIMITS } from './der';

/** Keys are paired by their bits whatever the SPKI's encoding habits, so the wrapper is read leniently. */
const MODE: DerMode = 'lenient';

export function bitLength(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length && bytes[i] === 0) i++;
	if (i === bytes.length) return 0;
	return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

export function publicKeyView(spki: pkijs.PublicKeyInfo): PublicKeyView {
	const oid = spki.algorithm.algorithmId;
	const type = PUBLIC_KEY_ALGORITHMS[oid] ?? oid;
	if (type === 'RSA' || type === 'RSA-PSS') {
		return { type, bits: rsaModulusBits(spki) };
	}
	if (type === 'EC') {
		const params = spki.algorithm.algorithmParams;
		if (params instanceof asn1js.ObjectIdentifier) {
			const curveOid = params.getValue();
			const curve = NAMED_CURVES[curveOid];
			return { type, curve: curve?.name ?? curveOid, bits: curve?.bits };
		}
		// Explicit curve parameters instead of a named curve: OpenSSL 3 and most TLS stacks refuse these.
		return { type, curve: 'explicit parameters' };
	}
	if (type === 'Ed25519') return { type, bits: 256 };
	if (type === 'Ed448') return { type, bits: 456 };
	if (type === 'DSA' || type === 'DH') return { type, bits: dsaPrimeBits(spki) };
	return { type };
}

function rsaModulusBits(spki: pkijs.PublicKeyInfo): number | undefined {
	// Decode the key ourselves: pkijs' parsedKey getter throws on malformed keys.
	const parsed = fromBerSafely(spki.subjectPublicKey.valueBlock.valueHexView, KEY_TREE_LIMITS);
	if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return undefined;
	const modulus = parsed.result.valueBlock.value[0];
	if (!(modulus instanceof asn1js.Integer)) return undefined;
	return bitLength(modulus.valueBlock.valueHexView);
}

function dsaPrimeBits(spki: pkijs.PublicKeyInfo): number | undefined {
	const params = spki.algorithm.algorithmParams;
	if (!(params instanceof asn1js.Sequence)) return undefined;
	const p = params.valueBlock.value[0];
	return p instanceof asn1js.Integer ? bitLength(p.valueBlock.valueHexView) : undefined;
}

export function describeKey(key: PublicKeyView): string {
	if (key.type === 'EC') return `EC ${key.curve ?? ''}`.trim();
	if (key.type === 'Ed25519' || key.type === 'Ed448') return key.type;
	return key.bits ? `${key.type} ${key.bits}` : key.type;
}

/**
 * The key bits of a SubjectPublicKeyInfo (its BIT STRING content). Certificates, CSRs and private
 * keys are paired by hashing these, not the whole SPKI, so an RSA-PSS certificate still pairs
 * with its plain RSA key.
 */
export function publicKeyBits(spki: Uint8Array): Uint8Array | undefined {
	try {
		const outer = readTlv(spki, 0, spki.length, MODE);
		const alg = readTlv(spki, outer.contentStart, outer.end, MODE);
		const bits = readTlv(spki, alg.end, outer.end, MODE);
		if (bits.tag !== 0x03 || bits.end - bits.contentStart < 1) return undefined;
		return spki.subarray(bits.contentStart + 1, bits.end);
	} catch {
		return undefined;
	}
}

/** The fingerprint used to pair keys with certificates: SHA-256 of the public key bits. */
export function publicKeyFingerprint(spki: Uint8Array): string | undefined {
	const bits = publicKeyBits(spki);
	return bits ? sha256Fingerprint(bits) : undefined;
}
