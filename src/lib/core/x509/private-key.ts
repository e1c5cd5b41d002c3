/**
 * Private keys: what type and size they are, whether they are encrypted, and the public key they
 * belong to — so a key can be paired with its certificate. The key material itself never leaves
 * this module: callers get a view (type, size, encryption) and the derived public key.
 */

import * as asn1js from 'asn1js';
import type { PrivateKeyView } from '../model/report';
import { bitString, NULL, oid, seq, tlv, unsignedInteger } from './der-writer';
import { NAMED_CURVES, PUBLIC_KEY_ALGORITHMS } from './oids';
import { bitLength, publicKeyFingerprint } from './public-key';
import { fromBerSafely, KEY_TREE_LIMITS } from './der';

export interface KeyRead {
	view: PrivateKeyView;
	/** DER SubjectPublicKeyInfo of the matching public key, when it could be derived. */
	spki?: Uint8Array;
}

export type KeyResult = { ok: true; key: KeyRead } | { ok: false; reason: string };

const RSA = '1.2.840.113549.1.1.1';
const RSA_PSS = '1.2.840.113549.1.1.10';
const EC = '1.2.840.10045.2.1';
const ED25519 = '1.3.101.112';
const ED448 = '1.3.101.113';

function parse(der: Uint8Array): asn1js.Sequence | undefined {
	const r = fromBerSafely(der, KEY_TREE_LIMITS);
	return r.offset !== -1 && r.result instanceof asn1js.Sequence ? r.result : undefined;
}

function hexView(block: asn1js.BaseBlock): Uint8Array {
	return (block as asn1js.Integer).valueBlock.valueHexView;
}

async function finish(view: PrivateKeyView, spki: Uint8Array | undefined): Promise<KeyResult> {
	if (spki) view.publicKeySha256 = publicKeyFingerprint(spki);
	return { ok: true, key: { view, spki } };
}

/** RSAPrivateKey (PKCS#1): the public key is (n, e), right there. */
export async function readPkcs1Rsa(der: Uint8Array, format: PrivateKeyView['format'] = 'pkcs1'): Promise<KeyResult> {
	const s = parse(der);
	const [version, n, e] = s?.valueBlock.value ?? [];
	if (!(version instanceof asn1js.Integer) || !(n instanceof asn1js.Integer) || !(e instanceof asn1js.Integer)) {
		return { ok: false, reason: 'not a valid RSA private key structure' };
	}
	const spki = seq(seq(oid(RSA), NULL), bitString(seq(unsignedInteger(hexView(n)), unsignedInteger(hexView(e)))));
	return finish({ type: 'RSA', bits: bitLength(hexView(n)), format, encrypted: false }, spki);
}

/**
 * ECPrivateKey (SEC 1): the curve is in [0] (or in the PKCS#8 wrapper), the public point in [1].
 * When the point was not stored, WebCrypto computes it from the key (`pkcs8` if the caller has the
 * wrapped form, else the SEC 1 key is wrapped for it).
 */
export async function readSec1Ec(
	der: Uint8Array,
	curveOidFromWrapper?: string,
	format: PrivateKeyView['format'] = 'sec1',
	pkcs8?: Uint8Array
): Promise<KeyResult> {
	const s = parse(der);
	if (!s) return { ok: false, reason: 'not a valid EC private key structure' };
	let curveOid = curveOidFromWrapper;
	let publicPoint: Uint8Array | undefined;
	for (const part of s.valueBlock.value) {
		if (part.idBlock.tagClass !== 3) continue;
		const inner = (part as asn1js.Constructed).valueBlock.value?.[0];
		if (part.idBlock.tagNumber === 0 && inner instanceof asn1js.ObjectIdentifier) curveOid = inner.getValue();
		if (part.idBlock.tagNumber === 1 && inner instanceof asn1js.BitString) publicPoint = inner.valueBlock.valueHexView.slice();
	}
	const curve = curveOid ? NAMED_CURVES[curveOid] : undefined;
	const view: PrivateKeyView = { type: 'EC', curve: curve?.name ?? curveOid, bits: curve?.bits, format, encrypted: false };
	if (!publicPoint && curve && curveOid) {
		publicPoint = await derivePointFromPkcs8(
			pkcs8 ?? seq(tlv(0x02, Uint8Array.of(0)), seq(oid(EC), oid(curveOid)), tlv(0x04, der)),
			curve.name
		);
	}
	const spki = publicPoint && curveOid ? seq(seq(oid(EC), oid(curveOid)), bitString(publicPoint)) : undefined;
	return finish(view, spki);
}

/** PrivateKeyInfo (PKCS#8): the algorithm says which inner structure follows. */
export async function readPkcs8(der: Uint8Array, format: PrivateKeyView['format'] = 'pkcs8'): Promise<KeyResult> {
	const s = parse(der);
	const [, alg, key] = s?.valueBlock.value ?? [];
	if (!(alg instanceof asn1js.Sequence) || !(key instanceof asn1js.OctetString))
		return { ok: false, reason: 'not a valid PKCS#8 private key' };
	const algOid = alg.valueBlock.value[0];
	if (!(algOid instanceof asn1js.ObjectIdentifier)) return { ok: false, reason: 'PKCS#8 key without an algorithm' };
	const id = algOid.getValue();
	const inner = key.valueBlock.valueHexView;
	if (id === RSA || id === RSA_PSS) {
		const r = await readPkcs1Rsa(inner, format);
		if (r.ok && id === RSA_PSS) r.key.view.type = 'RSA-PSS';
		return r;
	}
	if (id === EC) {
		const params = alg.valueBlock.value[1];
		const curveOid = params instanceof asn1js.ObjectIdentifier ? params.getValue() : undefined;
		if (!curveOid) return finish({ type: 'EC', curve: 'explicit parameters', format, encrypted: false }, undefined);
		return readSec1Ec(inner, curveOid, format, der);
	}
	if (id === ED25519 || id === ED448) {
		const name = id === ED25519 ? 'Ed25519' : 'Ed448';
		const pub = await exportOkpPublic(der, name);
		const spki = pub ? seq(seq(oid(id)), bitString(pub)) : undefined;
		return finish({ type: name, bits: id === ED25519 ? 256 : 456, format, encrypted: false }, spki);
	}
	return finish({ type: PUBLIC_KEY_ALGORITHMS[id] ?? id, format, encrypted: false }, undefined);
}

async function derivePointFromPkcs8(pkcs8: Uint8Array, curve: string): Promise<Uint8Array | undefined> {
	if (!['P-256', 'P-384', 'P-521'].includes(curve)) return undefined;
	try {
		const key = await crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, { name: 'ECDSA', namedCurve: curve }, true, [
			'sign'
		]);
		const jwk = await crypto.subtle.exportKey('jwk', key);
		if (!jwk.x || !jwk.y) return undefined;
		return Uint8Array.of(0x04, ...base64UrlBytes(jwk.x), ...base64UrlBytes(jwk.y));
	} catch {
		return undefined;
	}
}

async function exportOkpPublic(pkcs8: Uint8Array, name: 'Ed25519' | 'Ed448'): Promise<Uint8Array | undefined> {
	try {
		const key = await crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, { name }, true, ['sign']);
		const jwk = await crypto.subtle.exportKey('jwk', key);
		return jwk.x ? base64UrlBytes(jwk.x) : undefined;
	} catch {
		// The runtime does not support this curve in WebCrypto: type and size are still known.
		return undefined;
	}
}

function base64UrlBytes(s: string): Uint8Array {
	const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
	const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
