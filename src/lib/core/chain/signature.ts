/**
 * Signature verification with WebCrypto, the same API in the browser worker and in Node: RSA
 * PKCS#1 v1.5, RSA-PSS, ECDSA on P-256/384/521, and Ed25519/Ed448 where the runtime has them.
 * pkijs' own verify throws instead of answering "no" for some key types, so certificates are
 * checked here directly over the raw TBS bytes. Results and imported keys are cached per issuer,
 * so a certificate offered as a candidate on many paths costs one verification.
 */

import type { PublicKeyFacts, SignatureScheme } from '../x509/algorithms';
import { RSA_ENCRYPTION_OID, describeScheme } from '../x509/algorithms';
import type { ChainCertificate } from '../x509/chain-certificate';
import { TAG, childrenOf, contentOf, readSingle, type Tlv, type DerMode } from '../bytes/der';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export type SignatureCheck =
	| { status: 'valid' }
	| { status: 'invalid'; reason: string }
	/** The algorithm is sound but this runtime (or WebCrypto itself) cannot check it. */
	| { status: 'unsupported'; reason: string };

/** Anything signed: a certificate's or a CRL's TBS bytes with its signature. */
export interface SignedObject {
	tbs: Uint8Array;
	signature: Uint8Array;
	scheme: SignatureScheme | { kind: 'invalid'; reason: string };
}

type Imported = { ok: true; key: CryptoKey } | { ok: false; check: SignatureCheck };

export class SignatureVerifier {
	/** How many signatures were actually computed (cache hits excluded): a budget and a benchmark. */
	verifications = 0;
	private readonly results = new WeakMap<ChainCertificate, Map<string, Promise<SignatureCheck>>>();
	private readonly keys = new WeakMap<ChainCertificate, Map<string, Promise<Imported>>>();
	private readonly signedResults = new WeakMap<ChainCertificate, WeakMap<Uint8Array, Promise<SignatureCheck>>>();

	/** Did `issuer`'s key sign `child`? */
	verifyCertificate(child: ChainCertificate, issuer: ChainCertificate): Promise<SignatureCheck> {
		let byChild = this.results.get(issuer);
		if (!byChild) this.results.set(issuer, (byChild = new Map()));
		let result = byChild.get(child.fingerprint);
		if (!result) {
			result = this.verify(child, issuer);
			byChild.set(child.fingerprint, result);
		}
		return result;
	}

	/**
	 * Did `issuer`'s key sign these bytes? Cached by the signed bytes' identity, so a large CRL
	 * consulted by every client behaviour is hashed once.
	 */
	verify(signed: SignedObject, issuer: ChainCertificate): Promise<SignatureCheck> {
		let bySigned = this.signedResults.get(issuer);
		if (!bySigned) this.signedResults.set(issuer, (bySigned = new WeakMap()));
		let result = bySigned.get(signed.tbs);
		if (!result) {
			result = this.compute(signed, issuer);
			bySigned.set(signed.tbs, result);
		}
		return result;
	}

	private async compute(signed: SignedObject, issuer: ChainCertificate): Promise<SignatureCheck> {
		const scheme = signed.scheme;
		if (scheme.kind === 'invalid') return { status: 'invalid', reason: `the signature algorithm cannot be read (${scheme.reason})` };
		const plan = webCryptoPlan(scheme, issuer.publicKey);
		if ('check' in plan) return plan.check;
		const imported = await this.importKey(issuer, plan);
		if (!imported.ok) return imported.check;
		let signature = signed.signature;
		if (scheme.kind === 'ecdsa') {
			const raw = ecdsaSignatureToRaw(signature, plan.fieldBytes ?? 0);
			if (!raw) return { status: 'invalid', reason: 'the ECDSA signature is not a well-formed (r, s) pair' };
			signature = raw;
		}
		this.verifications++;
		try {
			const ok = await crypto.subtle.verify(plan.verify, imported.key, asBuffer(signature), asBuffer(signed.tbs));
			return ok
				? { status: 'valid' }
				: { status: 'invalid', reason: `the ${describeScheme(scheme)} signature does not match the issuer's key` };
		} catch (e) {
			return { status: 'invalid', reason: `the signature could not be checked (${(e as Error).message})` };
		}
	}

	private importKey(issuer: ChainCertificate, plan: WebCryptoPlan): Promise<Imported> {
		let byAlgorithm = this.keys.get(issuer);
		if (!byAlgorithm) this.keys.set(issuer, (byAlgorithm = new Map()));
		const cacheKey = JSON.stringify(plan.import);
		let imported = byAlgorithm.get(cacheKey);
		if (!imported) {
			imported = importSpki(plan.spkiFor(issuer.spki), plan.import);
			byAlgorithm.set(cacheKey, imported);
		}
		return imported;
	}
}

interface WebCryptoPlan {
	import: AlgorithmIdentifierParams;
	verify: AlgorithmIdentifierParams;
	fieldBytes?: number;
	spkiFor(spki: Uint8Array): Uint8Array;
}
type AlgorithmIdentifierParams = { name: string; hash?: string; namedCurve?: string; saltLength?: number };

const WEBCRYPTO_HASHES = new Set(['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']);
const CURVE_FIELD_BYTES: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };
const same = (spki: Uint8Array) => spki;

function webCryptoPlan(scheme: SignatureScheme, key: PublicKeyFacts): WebCryptoPlan | { check: SignatureCheck } {
	const unsupported = (reason: string) => ({ check: { status: 'unsupported', reason } as SignatureCheck });
	const mismatch = () => ({
		check: {
			status: 'invalid',
			reason: `a ${describeScheme(scheme)} signature cannot come from the issuer's ${key.kind.toUpperCase()} key`
		} as SignatureCheck
	});
	if (key.kind === 'invalid') return { check: { status: 'invalid', reason: `the issuer's public key is unreadable (${key.reason})` } };
	switch (scheme.kind) {
		case 'rsa-pkcs1':
		case 'rsa-pss': {
			if (key.kind !== 'rsa') return mismatch();
			if (!WEBCRYPTO_HASHES.has(scheme.hash)) return unsupported(`${describeScheme(scheme)} is not available in WebCrypto`);
			if (scheme.kind === 'rsa-pkcs1') {
				if (key.pssOnly) return mismatch();
				return { import: { name: 'RSASSA-PKCS1-v1_5', hash: scheme.hash }, verify: { name: 'RSASSA-PKCS1-v1_5' }, spkiFor: same };
			}
			if (scheme.mgfHash !== scheme.hash)
				return unsupported('RSA-PSS with a mask hash different from the message hash is not available in WebCrypto');
			// WebCrypto only imports RSA keys labelled rsaEncryption; an id-RSASSA-PSS label is rewritten.
			return {
				import: { name: 'RSA-PSS', hash: scheme.hash },
				verify: { name: 'RSA-PSS', saltLength: scheme.saltLength },
				spkiFor: key.pssOnly ? relabelAsRsaEncryption : same
			};
		}
		case 'ecdsa': {
			if (key.kind !== 'ec') return mismatch();
			const field = CURVE_FIELD_BYTES[key.curve];
			if (!field) return unsupported(`the issuer's curve ${key.curve} is not available in WebCrypto`);
			if (!WEBCRYPTO_HASHES.has(scheme.hash)) return unsupported(`${describeScheme(scheme)} is not available in WebCrypto`);
			return {
				import: { name: 'ECDSA', namedCurve: key.curve },
				verify: { name: 'ECDSA', hash: scheme.hash },
				fieldBytes: field,
				spkiFor: same
			};
		}
		case 'ed25519':
			if (key.kind !== 'ed25519') return mismatch();
			return { import: { name: 'Ed25519' }, verify: { name: 'Ed25519' }, spkiFor: same };
		case 'ed448':
			if (key.kind !== 'ed448') return mismatch();
			return { import: { name: 'Ed448' }, verify: { name: 'Ed448' }, spkiFor: same };
		case 'dsa':
			return unsupported('DSA signatures are not available in WebCrypto (and no current TLS client accepts them)');
		case 'unknown':
			return unsupported(`the signature algorithm ${scheme.oid} is not one TLS Doctor can check`);
	}
}

async function importSpki(spki: Uint8Array, algorithm: AlgorithmIdentifierParams): Promise<Imported> {
	try {
		return { ok: true, key: await crypto.subtle.importKey('spki', asBuffer(spki), algorithm, false, ['verify']) };
	} catch (e) {
		const name = (e as Error).name;
		if (name === 'NotSupportedError') {
			return { ok: false, check: { status: 'unsupported', reason: `this runtime cannot verify ${algorithm.name} signatures` } };
		}
		return { ok: false, check: { status: 'invalid', reason: `the issuer's public key could not be imported (${(e as Error).message})` } };
	}
}

/** DER SEQUENCE { r INTEGER, s INTEGER } → the fixed-width r‖s WebCrypto expects. */
export function ecdsaSignatureToRaw(der: Uint8Array, fieldBytes: number): Uint8Array | undefined {
	try {
		const seq = readSingle(der, MODE, TAG.sequence);
		const parts = childrenOf(der, seq, MODE);
		if (parts.length !== 2 || parts.some((p: Tlv) => p.tag !== TAG.integer)) return undefined;
		const out = new Uint8Array(fieldBytes * 2);
		for (let k = 0; k < 2; k++) {
			let n = contentOf(der, parts[k]);
			if (n.length === 0 || n[0] & 0x80) return undefined;
			while (n.length > 1 && n[0] === 0) n = n.subarray(1);
			if (n.length > fieldBytes) return undefined;
			out.set(n, k * fieldBytes + fieldBytes - n.length);
		}
		return out;
	} catch {
		return undefined;
	}
}

function relabelAsRsaEncryption(spki: Uint8Array): Uint8Array {
	const seq = readSingle(spki, MODE, TAG.sequence);
	const [, keyBits] = childrenOf(spki, seq, MODE);
	const algorithm = derSequence([derOid(RSA_ENCRYPTION_OID), new Uint8Array([0x05, 0x00])]);
	return derSequence([algorithm, spki.subarray(keyBits.start, keyBits.end)]);
}

function derLength(n: number): number[] {
	if (n < 0x80) return [n];
	const bytes: number[] = [];
	for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
	return [0x80 | bytes.length, ...bytes];
}

function derSequence(parts: Uint8Array[]): Uint8Array {
	const length = parts.reduce((sum, p) => sum + p.length, 0);
	const header = [TAG.sequence, ...derLength(length)];
	const out = new Uint8Array(header.length + length);
	out.set(header);
	let at = header.length;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function derOid(oid: string): Uint8Array {
	const arcs = oid.split('.').map(Number);
	const body: number[] = [arcs[0] * 40 + arcs[1]];
	for (const arc of arcs.slice(2)) {
		const chunk: number[] = [arc & 0x7f];
		for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
		body.push(...chunk);
	}
	return new Uint8Array([TAG.oid, ...derLength(body.length), ...body]);
}

function asBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	return bytes as Uint8Array<ArrayBuffer>;
}

/** Which optional algorithms this runtime's WebCrypto can verify, to say so in the report. */
export async function runtimeSignatureSupport(): Promise<{ ed25519: boolean; ed448: boolean }> {
	const probe = async (name: string) => {
		try {
			await crypto.subtle.generateKey({ name } as Algorithm, false, ['sign', 'verify']);
			return true;
		} catch {
			return false;
		}
	};
	return { ed25519: await probe('Ed25519'), ed448: await probe('Ed448') };
}
