/**
 * The public key's type and size read straight from SubjectPublicKeyInfo DER, without pkijs: the
 * same answers publicKeyView gives from a pkijs object, for the fast certificate path.
 */

import type { PublicKeyView } from '../model/report';
import { bitLength } from './public-key';
import { readOid, readTlv, type DerMode } from '../bytes/der';
import { NAMED_CURVES, PUBLIC_KEY_ALGORITHMS } from './oids';

/** The key's type and size for display; path validation reads the SPKI strictly (algorithms.ts). */
const MODE: DerMode = 'lenient';
const OID = 0x06;
const SEQUENCE = 0x30;
const INTEGER = 0x02;

export function publicKeyViewFromSpki(spki: Uint8Array): PublicKeyView {
	let outer, alg, oidTlv, oid;
	try {
		outer = readTlv(spki, 0, spki.length, MODE);
		alg = readTlv(spki, outer.contentStart, outer.end, MODE);
		oidTlv = readTlv(spki, alg.contentStart, alg.end, MODE);
		oid = readOid(spki, oidTlv, MODE);
	} catch {
		return { type: 'unknown' };
	}
	const type = PUBLIC_KEY_ALGORITHMS[oid] ?? oid;
	try {
		const params = oidTlv.end < alg.end ? readTlv(spki, oidTlv.end, alg.end, MODE) : undefined;
		if (type === 'RSA' || type === 'RSA-PSS') {
			const bits = readTlv(spki, alg.end, outer.end, MODE);
			const keyStart = bits.contentStart + 1;
			const rsa = readTlv(spki, keyStart, bits.end, MODE);
			if (rsa.tag !== SEQUENCE) return { type };
			const modulus = readTlv(spki, rsa.contentStart, rsa.end, MODE);
			return modulus.tag === INTEGER ? { type, bits: bitLength(spki.subarray(modulus.contentStart, modulus.end)) } : { type };
		}
		if (type === 'EC') {
			if (params?.tag === OID) {
				const curveOid = readOid(spki, params, MODE);
				const curve = NAMED_CURVES[curveOid];
				return { type, curve: curve?.name ?? curveOid, bits: curve?.bits };
			}
			return { type, curve: 'explicit parameters' };
		}
		if (type === 'Ed25519') return { type, bits: 256 };
		if (type === 'Ed448') return { type, bits: 456 };
		if (type === 'DSA' || type === 'DH') {
			if (params?.tag !== SEQUENCE) return { type, bits: undefined };
			const p = readTlv(spki, params.contentStart, params.end, MODE);
			return { type, bits: p.tag === INTEGER ? bitLength(spki.subarray(p.contentStart, p.end)) : undefined };
		}
		return { type };
	} catch {
		// A key whose bits or parameters are damaged still has a type, as the pkijs view said.
		return { type };
	}
}
