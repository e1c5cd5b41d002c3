/**
 * The report's CertificateView, built from the path reader's ChainCertificate (one DER walk, no
 * pkijs objects). This is the fast path every certificate takes: a 150-certificate CA bundle is
 * read in a few milliseconds instead of the ~0.4 s pkijs needs. certificate-pkijs.ts builds the
 * same view for the rare certificate the strict path reader refuses.
 */

import type { ChainCertificate } from './chain-certificate';
import type { GeneralName } from './general-name';
import type { DistinguishedName } from './name-key';
import { toPem } from '../bytes/base64';
import type { CertificateView, DistinguishedNameView, SubjectAltName } from '../model/report';
import { ipBytesToString } from '../names/ip';
import { escapeRfc4514 } from './names';
import { NAME_ATTRIBUTES, SIGNATURE_ALGORITHMS, oidName } from './oids';
import { publicKeyBits } from './public-key';
import { sha256Fingerprint as fingerprint } from './sha';
import { hex } from '../bytes/hex';
import { publicKeyViewFromSpki } from './spki-view';

const COMMON_NAME = '2.5.4.3';

export function distinguishedNameView(name: DistinguishedName): DistinguishedNameView {
	// Multi-valued RDNs are flattened, as the pkijs view does: they are rare in TLS certificates.
	const attributes = name.rdns.flat().map((a) => ({
		type: a.oid,
		shortName: NAME_ATTRIBUTES[a.oid]?.short ?? a.oid,
		// Non-string values are shown as RFC 4514 hex of their content, like the pkijs path.
		value: a.text ?? '#' + hex(contentOf(a.encoded))
	}));
	const rfc2253 = [...attributes]
		.reverse()
		.map((a) => `${a.shortName}=${escapeRfc4514(a.value)}`)
		.join(',');
	const cn = [...attributes].reverse().find((a) => a.type === COMMON_NAME);
	return { rfc2253, commonName: cn?.value, attributes };
}

/** The content of a short TLV (an attribute value), skipping its tag and length. */
function contentOf(encoded: Uint8Array): Uint8Array {
	const first = encoded[1] ?? 0;
	const header = first < 0x80 ? 2 : 2 + (first & 0x7f);
	return encoded.subarray(header);
}

function sanView(name: GeneralName): SubjectAltName {
	switch (name.kind) {
		case 'dns':
		case 'email':
		case 'uri':
			return { type: name.kind, value: utf8IfIntended(name.value) };
		case 'ip':
			return { type: 'ip', value: ipBytesToString(name.bytes) };
		case 'directory':
			return { type: 'other', value: 'GeneralName type 4' };
		case 'other':
			return { type: 'other', value: `GeneralName type ${name.tag & 0x1f}` };
	}
}

/**
 * An IA5String holds ASCII; bytes above 127 in one were put there by someone who meant them to
 * be read as UTF-8 (a zero-width space in a "paypal"), so that is how they are shown. Bytes that
 * are not valid UTF-8 stay as read, one character per byte.
 */
export function utf8IfIntended(value: string): string {
	if (!/[\u0080-\u00ff]/.test(value)) return value;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
	} catch {
		return value;
	}
}

export function certificateViewOf(cert: ChainCertificate): CertificateView {
	const serialHex = cert.serial.hex.padStart(cert.serial.length * 2, '0');
	const keyBits = publicKeyBits(cert.spki);
	return {
		subject: distinguishedNameView(cert.subject),
		issuer: distinguishedNameView(cert.issuer),
		serialNumber: serialHex,
		notBefore: new Date(cert.notBefore).toISOString(),
		notAfter: new Date(cert.notAfter).toISOString(),
		subjectAltNames: (cert.ext.subjectAltName?.names ?? []).map(sanView),
		publicKey: publicKeyViewFromSpki(cert.spki),
		signatureAlgorithm: oidName(SIGNATURE_ALGORITHMS, cert.signatureAlgorithm.oid),
		isCA: cert.ext.basicConstraints?.ca === true,
		selfIssued: cert.selfIssued,
		sha256: fingerprint(cert.der),
		publicKeySha256: keyBits ? fingerprint(keyBits) : fingerprint(cert.spki),
		pem: toPem('CERTIFICATE', cert.der)
	};
}
