/**
 * PKCS#12 (.p12/.pfx): check the password against the MAC, then open the safes and collect
 * certificates, keys and CRLs. The password given is tried first, then an empty one, because many
 * exports use none; a right password given is then the only derivation paid for. A wrong password
 * is reported as exactly that. Every key derivation (the MAC's, each encrypted part's, each
 * shrouded key's) is priced against one budget for the file before it runs (kdf-budget.ts), and
 * what does not fit is named and skipped.
 */

import { hmac } from '@noble/hashes/hmac.js';
import { DerError, expectTlv, readOid, readTlv, type DerMode, type Tlv, childrenOf } from '../bytes/der';
import { seq, tlv } from './der-writer';
import { countOf, iterationRefusal, pkcs12KdfWork, WorkBudget } from './kdf-budget';
import { decryptPkcs8, describeEncryptedPkcs8, type Pbes2Params } from './key-encryption';
import { bmpPassword, macHash, pkcs12Kdf } from './pkcs12-kdf';
import { SHA } from './sha';

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
/** PKCS#12 files come from Java, Windows and OpenSSL, each with its own DER habits: read as OpenSSL reads them. */
const MODE: DerMode = 'lenient';

const kids = (der: Uint8Array, parent: Tlv): Tlv[] => childrenOf(der, parent, MODE);

function oidAt(der: Uint8Array, t: Tlv): string {
	if (t.tag !== 0x06) throw new DerError(`expected an OID at byte ${t.start}`, t.start);
	return readOid(der, t, MODE);
}

/** The content of a ContentInfo's [0] EXPLICIT wrapper. */
function explicit0(der: Uint8Array, t: Tlv | undefined): Tlv {
	if (!t || t.tag !== 0xa0) throw new DerError('missing [0] content', t?.start ?? 0);
	return readTlv(der, t.contentStart, t.end, MODE);
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

function macMatches(mac: Mac, data: Uint8Array, password: Uint8Array): boolean {
	const hash = macHash(mac.hashOid)!;
	const key = pkcs12Kdf(mac.hashOid, 3, password, mac.salt, mac.iterations, hash.u);
	const computed = hmac(SHA[hash.name], key, data);
	return computed.length === mac.digest.length && computed.every((b, i) => b === mac.digest[i]);
}

/** An INTEGER's value; undefined when it is not a non-negative INTEGER. */
function integerAt(der: Uint8Array, t: Tlv): number | undefined {
	return t.tag === 0x02 ? countOf(bytes(der, t)) : undefined;
}

/** Why a key derivation inside the file was not run, from its own limit or the file's budget. */
function refusalOf(params: Pbes2Params, budget: WorkBudget): string | undefined {
	if (params.refused) return `(${params.kdf}): ${params.refused}`;
	if (params.work === undefined) return undefined;
	const over = budget.take(params.work);
	return over && `(${params.kdf}, iteration count ${params.iterations}): ${over}`;
}

const READ_AS_USUAL = 'the other parts and the rest of the paste are read as usual';

export async function readPkcs12(der: Uint8Array, givenPassword?: string): Promise<Pkcs12Result> {
	let authSafeData: Uint8Array;
	let mac: Mac | undefined;
	try {
		const pfx = expectTlv(der, 0, der.length, SEQ, 'PFX', MODE);
		const [version, authSafe, macData] = kids(der, pfx);
		if (!version || integerAt(der, version) !== 3) return { ok: false, password: 'none-needed', reason: 'not a version 3 PKCS#12 file' };
		const [ctype, content] = kids(der, authSafe);
		if (oidAt(der, ctype) !== DATA) {
			return { ok: false, password: 'none-needed', reason: 'it uses public-key integrity mode, which TLS tools never produce' };
		}
		authSafeData = bytes(der, expectTlv(der, explicit0(der, content).start, content.end, 0x04, 'authSafe data', MODE));
		if (macData) {
			const [digestInfo, salt, iterations] = kids(der, macData);
			const [alg, digest] = kids(der, digestInfo);
			const [algOid] = kids(der, alg);
			// iterations INTEGER DEFAULT 1; a negative or non-INTEGER one is refused as invalid below.
			const iter = iterations ? (integerAt(der, iterations) ?? 0) : 1;
			mac = { hashOid: oidAt(der, algOid), digest: bytes(der, digest), salt: bytes(der, salt), iterations: iter };
		}
	} catch (e) {
		return { ok: false, password: 'none-needed', reason: e instanceof DerError ? e.message : 'malformed PKCS#12 structure' };
	}

	const budget = new WorkBudget();
	let password: string | undefined;
	let outcome: PasswordOutcome = 'none-needed';
	if (mac) {
		const hash = macHash(mac.hashOid);
		if (!hash) return { ok: false, password: 'missing', reason: `its integrity check uses an unsupported hash (${mac.hashOid})` };
		const notRun = (why: string): Pkcs12Result => ({
			ok: false,
			password: 'none-needed',
			reason: `its integrity check (MAC, ${hash.name}) was not run: ${why}, so the password was not checked and nothing inside was read; the rest of the paste is not affected`
		});
		const tooMany = iterationRefusal(mac.iterations);
		if (tooMany) return notRun(tooMany);
		// The password given first: when it is right, the empty ones are never paid for.
		const candidates: { pw: string; bmp: Uint8Array; outcome: PasswordOutcome }[] = [];
		if (givenPassword) candidates.push({ pw: givenPassword, bmp: bmpPassword(givenPassword), outcome: 'given' });
		// Empty: "pass:" in OpenSSL (00 00) and "no password" in many exporters (no bytes at all).
		candidates.push({ pw: '', bmp: bmpPassword(''), outcome: 'empty' }, { pw: '', bmp: new Uint8Array(0), outcome: 'empty' });
		const work = pkcs12KdfWork(hash.name, mac.iterations, hash.u);
		for (const [i, c] of candidates.entries()) {
			const over = budget.take(work);
			if (over) {
				if (i === 0) return notRun(`with iteration count ${mac.iterations}, ${over}`);
				break; // the rarer empty forms go untried rather than past the budget
			}
			if (macMatches(mac, authSafeData, c.bmp)) {
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
	const refusedParts = new PartRefusals(contents.problems);
	try {
		const safes = kids(authSafeData, readTlv(authSafeData, 0, authSafeData.length, MODE));
		for (const [i, info] of safes.entries()) {
			const part = { number: i + 1, of: safes.length };
			const [ctype, content] = kids(authSafeData, info);
			const type = oidAt(authSafeData, ctype);
			if (type === DATA) {
				const octets = expectTlv(authSafeData, explicit0(authSafeData, content).start, content.end, 0x04, 'SafeContents', MODE);
				await readSafeContents(bytes(authSafeData, octets), password ?? '', contents, budget, part);
			} else if (type === ENCRYPTED_DATA) {
				const decrypted = await decryptEncryptedData(authSafeData, explicit0(authSafeData, content), password ?? '', budget);
				if (decrypted.ok) await readSafeContents(decrypted.der, password ?? '', contents, budget, part);
				else if (decrypted.refused) refusedParts.add(part, decrypted.refused);
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
	password: string,
	budget: WorkBudget
): Promise<{ ok: true; der: Uint8Array } | { ok: false; reason: string; refused?: string }> {
	const [, eci] = kids(der, encryptedData);
	const [, alg, encrypted] = kids(der, eci);
	if (!encrypted) return { ok: false, reason: 'an encrypted part has no content' };
	// Rebuild it as an EncryptedPrivateKeyInfo-shaped SEQUENCE { alg, OCTET STRING } to share the PBES2 code.
	const data = bytes(der, encrypted);
	const algBytes = der.subarray(alg.start, alg.end);
	const shaped = seq(algBytes, tlv(0x04, data));
	const { params } = describeEncryptedPkcs8(shaped);
	const refused = refusalOf(params, budget);
	if (refused) return { ok: false, reason: refused, refused };
	if (params.unsupported) {
		return {
			ok: false,
			reason: `the certificates are encrypted with ${params.description} (a legacy format from OpenSSL 1.x or older Windows exports), which a browser cannot decrypt. Convert it: openssl pkcs12 -legacy -in file.p12 -nodes -out file.pem`
		};
	}
	const result = await decryptPkcs8(shaped, password);
	return result.ok ? result : { ok: false, reason: result.reason };
}

async function readSafeContents(
	der: Uint8Array,
	password: string,
	out: Pkcs12Contents,
	budget: WorkBudget,
	part: { number: number; of: number },
	depth = 0
): Promise<void> {
	if (depth > 4) return;
	const list = readTlv(der, 0, der.length, MODE);
	for (const bag of kids(der, list)) {
		const [idT, valueWrapper] = kids(der, bag);
		const id = oidAt(der, idT);
		const value = explicit0(der, valueWrapper);
		if (id === KEY_BAG) out.keys.push(der.subarray(value.start, value.end));
		else if (id === SHROUDED_KEY_BAG) {
			const { params } = describeEncryptedPkcs8(der.subarray(value.start, value.end));
			const refused = refusalOf(params, budget);
			if (refused) {
				out.lockedKeys++;
				out.problems.push(`a private key in part ${part.number} of ${part.of} was not decrypted ${refused}; ${READ_AS_USUAL}`);
				continue;
			}
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
			const octets = expectTlv(der, explicit0(der, inner).start, inner.end, 0x04, 'bag value', MODE);
			if (type === X509_CERTIFICATE) out.certificates.push(bytes(der, octets));
			else if (type === X509_CRL) out.crls.push(bytes(der, octets));
		} else if (id === SAFE_CONTENTS_BAG) {
			await readSafeContents(der.subarray(value.start, value.end), password, out, budget, part, depth + 1);
		}
	}
}

/**
 * Refused encrypted parts, one problem for a run of neighbours refused for the same reason: a file
 * of 20 parts at 8 million iterations says so once, not 20 times.
 */
class PartRefusals {
	private run?: { why: string; first: number; last: number; at: number };

	constructor(private readonly problems: string[]) {}

	add(part: { number: number; of: number }, why: string): void {
		const run = this.run;
		const continues = run && run.why === why && run.last === part.number - 1 && run.at === this.problems.length - 1;
		this.run = continues ? { ...run, last: part.number } : { why, first: part.number, last: part.number, at: this.problems.length };
		const { first, last, at } = this.run;
		const which = first === last ? `encrypted part ${first} of ${part.of} was` : `encrypted parts ${first}–${last} of ${part.of} were`;
		this.problems[at] = `${which} not opened ${why}; ${READ_AS_USUAL}`;
	}
}
