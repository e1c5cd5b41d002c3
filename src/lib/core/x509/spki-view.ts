/**
 * The public key's type and size read straight from SubjectPublicKeyInfo DER, without pkijs: the
 * same answers publicKeyView gives from a pkijs object, for the fast certificate path.
 */

import type { PublicKeyView } from '../model/report';
import { bitLength } from './public-key';
import { decodeOid, readTlv } from './der-reader';
import { NAMED_CURVES, PUBLIC_KEY_ALGORITHMS } from './oids';

const OID = 0x06;
const SEQUENCE = 0x30;
const INTEGER = 0x02;

export function publicKeyViewFromSpki(spki: Uint8Array): PublicKeyView {
	let outer, alg, oidTlv;
	try {
		outer = readTlv(spki, 0);
		alg = readTlv(spki, outer.contentStart, outer.end);
		oidTlv = readTlv(spki, alg.contentStart, alg.end);
	} catch {
		return { type: 'unknown' };
	}
	const oid = decodeOid(spki, oidTlv.contentStart, oidTlv.end);
	const type = PUBLIC_KEY_ALGORITHMS[oid] ?? oid;
	try {
		const params = oidTlv.end < alg.end ? readTlv(spki, oidTlv.end, alg.end) : undefined;
		if (type === 'RSA' || type === 'RSA-PSS') {
			const bits = readTlv(spki, alg.end, outer.end);
			const keyStart = bits.contentStart + 1;
			const rsa = readTlv(spki, keyStart, bits.end);
			if (rsa.tag !== SEQUENCE) return { type };
			const modulus = readTlv(spki, rsa.contentStart, rsa.end);
			return modulus.tag === INTEGER ? { type, bits: bitLength(spki.subarray(modulus.contentStart, modulus.end)) } : { type };
		}
		if (type === 'EC') {
			if (params?.tag === OID) {
				const curveOid = decodeOid(spki, params.contentStart, params.end);
				const curve = NAMED_CURVES[curveOid];
				return { type, curve: curve?.name ?? curveOid, bits: curve?.bits };
			}
			return { type, curve: 'explicit parameters' };
		}
		if (type === 'Ed25519') return { type, bits: 256 };
		if (type === 'Ed448') return { type, bits: 456 };
		if (type === 'DSA' || type === 'DH') {
			if (params?.tag !== SEQUENCE) return { type, bits: undefined };
			const p = readTlv(spki, params.contentStart, params.end);
			return { type, bits: p.tag === INTEGER ? bitLength(spki.subarray(p.contentStart, p.end)) : undefined };
		}
		return { type };
	} catch {
		// A key whose bits or parameters are damaged still has a type, as the pkijs view said.
		return { type };
	}
}
