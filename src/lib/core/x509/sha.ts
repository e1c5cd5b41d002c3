/**
 * Synchronous SHA-1 and SHA-2 from @noble/hashes, by the names WebCrypto uses. Kept as a file of its
 * own because the PKCS#12 derivation and the certificate view (and its test) pick a hash by name.
 */

import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';
import { colonHex } from '../bytes/hex';

export type ShaName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export const SHA: Record<ShaName, CHash> = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 };

export function shaSync(name: ShaName, input: Uint8Array): Uint8Array {
	return SHA[name](input);
}

/** The report's one fingerprint form: SHA-256, colon-separated upper-case hex (as `openssl x509 -fingerprint -sha256`). */
export function sha256Fingerprint(bytes: Uint8Array): string {
	return colonHex(shaSync('SHA-256', bytes));
}

/**
 * The same fingerprint through WebCrypto's native digest, for inputs too big for a script hash:
 * @noble took ~30 ms of the 100,000-entry CRL's 55 ms in Node (more in Chromium), WebCrypto ~3 ms.
 * Certificates keep the synchronous form; a CRL is read in an async step anyway.
 */
export async function sha256FingerprintNative(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return colonHex(new Uint8Array(digest));
}
