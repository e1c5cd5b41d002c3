/**
 * Java KeyStore (JKS, magic FEEDFEED) and JCEKS (CECECECE) files. Browsers and Python cannot use
 * them, but their certificates are stored unencrypted, so the trusted certificates and
 * certificate chains are read here; private keys (encrypted with Sun's own scheme) are not.
 * The person always gets the keytool command that converts the store to PKCS#12.
 */

import { renderShell, sh } from '../../syntax/template';

export interface JksContents {
	type: 'JKS' | 'JCEKS';
	entries: { alias: string; kind: 'trusted-certificate' | 'private-key' | 'secret-key'; certificates: Uint8Array[] }[];
	/** Set when reading stopped early (a secret-key entry, whose format cannot be skipped). */
	incomplete?: string;
}

export type JksResult = { ok: true; store: JksContents } | { ok: false; reason: string };

export function isJavaKeystore(bytes: Uint8Array): 'JKS' | 'JCEKS' | undefined {
	if (bytes.length < 4) return undefined;
	const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
	if (magic === 0xfeedfeed) return 'JKS';
	if (magic === 0xcececece) return 'JCEKS';
	return undefined;
}

export function keytoolConvertCommand(file: string, type: 'JKS' | 'JCEKS'): string {
	const base = file.replace(/\.(jks|jceks|keystore|ks)$/i, '') || 'keystore';
	// The file name comes from the person's disk: one quoted bash word, like every other command value.
	return renderShell(
		sh`keytool -importkeystore -srckeystore ${file} -srcstoretype ${type} -destkeystore ${`${base}.p12`} -deststoretype PKCS12`,
		'bash'
	);
}

const MAX_ENTRIES = 10_000;

export function readJks(bytes: Uint8Array): JksResult {
	const type = isJavaKeystore(bytes);
	if (!type) return { ok: false, reason: 'not a Java keystore' };
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 4;
	const need = (n: number) => {
		if (at + n > bytes.length) throw new Error(`the keystore is cut off at byte ${bytes.length}`);
	};
	const u32 = () => {
		need(4);
		const v = view.getUint32(at);
		at += 4;
		return v;
	};
	const utf = () => {
		need(2);
		const len = view.getUint16(at);
		at += 2;
		need(len);
		const s = new TextDecoder().decode(bytes.subarray(at, at + len));
		at += len;
		return s;
	};
	const blob = () => {
		const len = u32();
		need(len);
		const b = bytes.subarray(at, at + len);
		at += len;
		return b;
	};
	const certificate = () => {
		const certType = utf();
		const der = blob();
		return certType === 'X.509' ? der : undefined;
	};
	try {
		const version = u32();
		if (version !== 1 && version !== 2) return { ok: false, reason: `unknown keystore version ${version}` };
		const count = u32();
		if (count > MAX_ENTRIES) return { ok: false, reason: `it claims ${count} entries, which is not plausible` };
		const store: JksContents = { type, entries: [] };
		for (let i = 0; i < count; i++) {
			const tag = u32();
			const alias = utf();
			need(8);
			at += 8; // creation date
			if (tag === 1) {
				blob(); // the encrypted private key
				const chainLength = u32();
				const certificates: Uint8Array[] = [];
				for (let c = 0; c < chainLength; c++) {
					const der = version === 2 ? certificate() : blob();
					if (der) certificates.push(der);
				}
				store.entries.push({ alias, kind: 'private-key', certificates });
			} else if (tag === 2) {
				const der = version === 2 ? certificate() : blob();
				store.entries.push({ alias, kind: 'trusted-certificate', certificates: der ? [der] : [] });
			} else {
				// JCEKS secret keys are serialized Java objects: their length is not written down.
				store.entries.push({ alias, kind: 'secret-key', certificates: [] });
				store.incomplete = `entry "${alias}" is a secret key, after which the file cannot be read without Java`;
				break;
			}
		}
		return { ok: true, store };
	} catch (e) {
		return { ok: false, reason: (e as Error).message };
	}
}
