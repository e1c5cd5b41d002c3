/**
 * PKCS#7 / CMS certificate bundles (.p7b, .p7c, "-----BEGIN PKCS7-----"): the degenerate
 * SignedData that `openssl crl2pkcs7` and Windows exports write, holding certificates and CRLs.
 */

import { DerError, readOid, readTlv, type DerMode, type Tlv, childrenOf } from '../bytes/der';

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/** Containers and key wrappers are read as OpenSSL reads them: see bytes/der.ts for what lenient allows. */
const MODE: DerMode = 'lenient';

export type Pkcs7Result = { ok: true; certificates: Uint8Array[]; crls: Uint8Array[] } | { ok: false; reason: string };

const kids = (der: Uint8Array, parent: Tlv): Tlv[] => childrenOf(der, parent, MODE);

export function readPkcs7(der: Uint8Array): Pkcs7Result {
	try {
		const outer = readTlv(der, 0, der.length, MODE);
		const [ctype, content] = kids(der, outer);
		if (!ctype || ctype.tag !== 0x06) return { ok: false, reason: 'not a PKCS#7 ContentInfo' };
		const type = readOid(der, ctype, MODE);
		if (type !== SIGNED_DATA) return { ok: false, reason: `a PKCS#7 ${type} structure, not a certificate bundle (signedData)` };
		if (!content || content.tag !== 0xa0) return { ok: false, reason: 'the PKCS#7 bundle is empty' };
		const signedData = readTlv(der, content.contentStart, content.end, MODE);
		const certificates: Uint8Array[] = [];
		const crls: Uint8Array[] = [];
		for (const part of kids(der, signedData)) {
			// [0] IMPLICIT CertificateSet and [1] IMPLICIT RevocationInfoChoices
			if (part.tag === 0xa0 || part.tag === 0xa1) {
				for (const item of kids(der, part)) {
					if (item.tag !== 0x30) continue; // other certificate formats (attribute certs) are not TLS material
					(part.tag === 0xa0 ? certificates : crls).push(der.subarray(item.start, item.end));
				}
			}
		}
		return { ok: true, certificates, crls };
	} catch (e) {
		return { ok: false, reason: e instanceof DerError ? e.message : 'malformed PKCS#7 structure' };
	}
}
