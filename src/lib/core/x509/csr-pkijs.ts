/** Certificate signing requests (PKCS#10) read with pkijs: who is asking, for which names, with which key. */

import * as pkijs from 'pkijs';
import type { CsrItem } from '../model/report';
import { parseAsn1 } from './der';
import { sha256Fingerprint } from './sha';
import { nameView } from './names';
import { EXTENSIONS, SIGNATURE_ALGORITHMS, oidName } from './oids';
import { publicKeyView } from './public-key';
import { generalNamesToSans } from './certificate-pkijs';

const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';

import type { CsrParse } from './parsed';

export async function parseCsrWithPkijs(der: Uint8Array): Promise<CsrParse> {
	const asn1 = parseAsn1(der);
	if (!asn1.ok) return asn1;
	let req: pkijs.CertificationRequest;
	try {
		req = new pkijs.CertificationRequest({ schema: asn1.asn1 });
	} catch {
		return { ok: false, reason: 'valid DER, but not shaped like a certificate signing request' };
	}
	let sans: CsrItem['csr']['subjectAltNames'] = [];
	for (const attr of req.attributes ?? []) {
		if (attr.type !== EXTENSION_REQUEST) continue;
		try {
			const exts = new pkijs.Extensions({ schema: attr.values[0] });
			const san = exts.extensions.find((e) => e.extnID === EXTENSIONS.subjectAltName)?.parsedValue as pkijs.AltName | undefined;
			if (san) sans = generalNamesToSans(san.altNames);
		} catch {
			// A malformed extension request still leaves subject and key worth showing.
		}
	}
	return {
		ok: true,
		csr: {
			subject: nameView(req.subject),
			subjectAltNames: sans,
			publicKey: publicKeyView(req.subjectPublicKeyInfo),
			signatureAlgorithm: oidName(SIGNATURE_ALGORITHMS, req.signatureAlgorithm.algorithmId),
			publicKeySha256: sha256Fingerprint(req.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)
		}
	};
}
