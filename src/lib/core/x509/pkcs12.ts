/**
 * PKCS#12 (.p12/.pfx): check the password against the MAC, then open the safes and collect
 * certificates, keys and CRLs. The password is tried as given; an empty one is tried first,
 * because many exports use none. A wrong password is reported as exactly that.
 */

import { DerError, decodeOid, expectTlv, readTlv, type Tlv } from './der-reader';
import { seq, tlv } from './der-writer';
import { decryptPkcs8, describeEncryptedPkcs8 } from './key-encryption';
import { bmpPassword, macHash, pkcs12Kdf } from './pkcs12-kdf';

const DATA = '1.2.840.113549.1.7.1';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const CRL_BAG = '1.2.840.113549.1.12.10.1.4';
const SAFE_CONTENTS_BAG = '1.2.840.113549.1.12.10.1.6';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
const X509_CRL = '1.2.840.113549.1.9.23.1';

export interface Pkcs12Contents {
	certificates: Uint8Array[];
	/** PKCS#8 PrivateKeyInfo DER of each key that could be decrypted. */
	keys: Uint8Array[];
	crls: Uint8Array[];
	/** Parts that could not be opened, with why (legacy ciphers, …). */
	problems: string[];
	/** Keys present but not decrypted (counted so the label can say so). */
	lockedKeys: number;
}

export type PasswordOutcome = 'none-needed' | 'empty' | 'given' | 'missing' | 'wrong';

export type Pkcs12Result =
	{ ok: true; password: PasswordOutcome; contents: Pkcs12Contents } | { ok: false; password: PasswordOutcome; reason: string };

const SEQ = 0x30;

function kids(der: Uint8Array, parent: Tlv): Tlv[] {
	const out: Tlv[] = [];
	for (let at = parent.contentStart; at < parent.end;) {
		const t = readTlv(der, at, parent.end);
		out.push(t);
		at = t.end;
	}
	return out;
}

function oidAt(der: Uint8Array, t: Tlv): string {
	if (t.tag !== 0x06) throw new DerError(`expected an OID at byte ${t.start}`, t.start);
	return decodeOid(der, t.contentStart, t.end);
}

/** The content of a ContentInfo's [0] EXPLICIT wrapper. */
function explicit0(der: Uint8Array, t: Tlv | undefined): Tlv {
	if (!t || t.tag !== 0xa0) throw new DerError('missing [0] content', t?.start ?? 0);
	return readTlv(der, t.contentStart, t.end);
}

function bytes(der: Uint8Array, t: Tlv): Uint8Array {
	return der.subarray(t.contentStart, t.end);
}

interface Mac {
	hashOid: string;
	digest: Uint8Array;
	salt: Uint8Array;
	iterations: number;
}

async function macMatches(mac: Mac, data: Uint8Array, password: Uint8Array): Promise<boolean> {
	const hash = macHash(mac.hashOid)!;
	const keyBytes = await pkcs12Kdf(mac.hashOid, 3, password, mac.salt, mac.iterations, hash.u);
	const key = await crypto.subtle.importKey('raw', keyBytes as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: hash.name }, false, ['sign']);
	const computed = new Uint8Array(await crypto.subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
	return computed.length === mac.digest.length && computed.every((b, i) => b === mac.digest[i]);
}

export async function readPkcs12(der: Uint8Array, givenPassword?: string): Promise<Pkcs12Result> {
	let authSafeData: Uint8Array;
	let mac: Mac | undefined;
	try {
		const pfx = expectTlv(der, 0, der.length, SEQ, 'PFX');
		const [version, authSafe, macData] = kids(der, pfx);
		if (!version || der[version.contentStart] !== 3) return { ok: false, password: 'none-needed', reason: 'not a version 3 PKCS#12 file' };
		const [ctype, content] = kids(der, authSafe);
		if (oidAt(der, ctype) !== DATA) {
			return { ok: false, password: 'none-needed', reason: 'it uses public-key integrity mode, which TLS tools never produce' };
		}
		authSafeData = bytes(der, expectTlv(der, explicit0(der, content).start, content.end, 0x04, 'authSafe data'));
		if (macData) {
			const [digestInfo, salt, iterations] = kids(der, macData);
			const [alg, digest] = kids(der, digestInfo);
			const [algOid] = kids(der, alg);
			let iter = 1;
			if (iterations) {
				iter = 0;
				for (let i = iterations.contentStart; i < iterations.end; i++) iter = iter * 256 + der[i];
			}
			mac = { hashOid: oidAt(der, algOid), digest: bytes(der, digest), salt: bytes(der, salt), iterations: iter };
		}
	} catch (e) {
		return { ok: false, password: 'none-needed', reason: e instanceof DerError ? e.message : 'malformed PKCS#12 structure' };
	}

	let password: string | undefined;
	let outcome: PasswordOutcome = 'none-needed';
	if (mac) {
		if (!macHash(mac.hashOid))
			return { ok: false, password: 'missing', reason: `its integrity check uses an unsupported hash (${mac.hashOid})` };
		if (mac.iterations > 10_000_000)
			return { ok: false, password: 'missing', reason: `it asks for ${mac.iterations} MAC iterations, which is unreasonable` };
		// Empty first: "pass:" in OpenSSL and "no password" in many exporters mean this.
		const candidates: { pw: string; bmp: Uint8Array; outcome: PasswordOutcome }[] = [
			{ pw: '', bmp: bmpPassword(''), outcome: 'empty' },
			{ pw: '', bmp: new Uint8Array(0), outcome: 'empty' }
		];
		if (givenPassword) candidates.push({ pw: givenPassword, bmp: bmpPassword(givenPassword), outcome: 'given' });
		for (const c of candidates) {
			if (await macMatches(mac, authSafeData, c.bmp)) {
				password = c.pw;
				outcome = c.outcome;
				break;
			}
		}
		if (password === undefined) {
			return givenPassword
				? { ok: false, password: 'wrong', reason: 'the password is wrong (the file’s integrity check does not match it)' }
				: { ok: false, password: 'missing', reason: 'it is protected by a password: enter it to see what is inside' };
		}
	}

	const contents: Pkcs12Contents = { certificates: [], keys: [], crls: [], problems: [], lockedKeys: 0 };
	try {
		const safes = readTlv(authSafeData, 0);
		for (const info of kids(authSafeData, safes)) {
			const [ctype, content] = kids(authSafeData, info);
			const type = oidAt(authSafeData, ctype);
			if (type === DATA) {
				const octets = expectTlv(authSafeData, explicit0(authSafeData, content).start, content.end, 0x04, 'SafeContents');
				await readSafeContents(bytes(authSafeData, octets), password ?? '', contents);
			} else if (type === ENCRYPTED_DATA) {
				const decrypted = await decryptEncryptedData(authSafeData, explicit0(authSafeData, content), password ?? '');
				if (decrypted.ok) await readSafeContents(decrypted.der, password ?? '', contents);
				else contents.problems.push(decrypted.reason);
			}
		}
	} catch (e) {
		contents.problems.push(e instanceof DerError ? e.message : 'a part of the file is malformed');
	}
	return { ok: true, password: outcome, contents };
}

/** EncryptedData { version, EncryptedContentInfo { type, algorithm, [0] IMPLICIT encrypted } } */
async function decryptEncryptedData(
	der: Uint8Array,
	encryptedData: Tlv,
	password: string
): Promise<{ ok: true; der: Uint8Array } | { ok: false; reason: string }> {
	const [, eci] = kids(der, encryptedData);
	const [, alg, encrypted] = kids(der, eci);
	if (!encrypted) return { ok: false, reason: 'an encrypted part has no content' };
	// Rebuild it as an EncryptedPrivateKeyInfo-shaped SEQUENCE { alg, OCTET STRING } to share the PBES2 code.
	const data = bytes(der, encrypted);
	const algBytes = der.subarray(alg.start, alg.end);
	const shaped = seq(algBytes, tlv(0x04, data));
	const { params } = describeEncryptedPkcs8(shaped);
	if (params.unsupported) {
		return {
			ok: false,
			reason: `the certificates are encrypted with ${params.description} (a legacy format from OpenSSL 1.x or older Windows exports), which a browser cannot decrypt. Convert it: openssl pkcs12 -legacy -in file.p12 -nodes -out file.pem`
		};
	}
	const result = await decryptPkcs8(shaped, password);
	return result.ok ? result : { ok: false, reason: result.reason };
}

async function readSafeContents(der: Uint8Array, password: string, out: Pkcs12Contents, depth = 0): Promise<void> {
	if (depth > 4) return;
	const list = readTlv(der, 0);
	for (const bag of kids(der, list)) {
		const [idT, valueWrapper] = kids(der, bag);
		const id = oidAt(der, idT);
		const value = explicit0(der, valueWrapper);
		if (id === KEY_BAG) out.keys.push(der.subarray(value.start, value.end));
		else if (id === SHROUDED_KEY_BAG) {
			const { params } = describeEncryptedPkcs8(der.subarray(value.start, value.end));
			if (params.unsupported) {
				out.lockedKeys++;
				out.problems.push(
					`the private key is encrypted with ${params.description}, which a browser cannot decrypt (convert with: openssl pkcs12 -legacy -in file.p12 -nodes -out file.pem)`
				);
				continue;
			}
			const r = await decryptPkcs8(der.subarray(value.start, value.end), password);
			if (r.ok) out.keys.push(r.der);
			else {
				out.lockedKeys++;
				out.problems.push(`the private key could not be decrypted: ${r.reason}`);
			}
		} else if (id === CERT_BAG || id === CRL_BAG) {
			const [typeT, inner] = kids(der, value);
			const type = oidAt(der, typeT);
			const octets = expectTlv(der, explicit0(der, inner).start, inner.end, 0x04, 'bag value');
			if (type === X509_CERTIFICATE) out.certificates.push(bytes(der, octets));
			else if (type === X509_CRL) out.crls.push(bytes(der, octets));
		} else if (id === SAFE_CONTENTS_BAG) {
			await readSafeContents(der.subarray(value.start, value.end), password, out, depth + 1);
		}
	}
}
