/** SHA-256 through WebCrypto, present in every browser worker and in Node 20. */
export async function sha256Hex(bytes: Uint8Array, separator = ':'): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(separator);
}
