/**
 * pkijs Certificate → CertificateView: the fallback for certificates the strict path reader
 * (chain/chain-certificate.ts) refuses, loaded only when one turns up, and the reference the fast
 * view is tested against. CSRs use its GeneralName conversion.
 */

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { CertificateView, SubjectAltName } from '../model/report';
import { toPem } from '../bytes/base64';
import { parseAsn1 } from './der';
import { sha256Fingerprint } from './sha';
import { hexUpper } from '../bytes/hex';
import { nameView } from './names';
import { EXTENSIONS, SIGNATURE_ALGORITHMS, oidName } from './oids';
import { publicKeyView } from './public-key';
import { ipBytesToString } from '../names/ip';

import type { CertificateParse } from './parsed';

export async function parseCertificateWithPkijs(der: Uint8Array): Promise<CertificateParse> {
	const asn1 = parseAsn1(der);
	if (!asn1.ok) return asn1;
	let cert: pkijs.Certificate;
	try {
		cert = new pkijs.Certificate({ schema: asn1.asn1 });
	} catch {
		return { ok: false, reason: 'valid DER, but not shaped like an X.509 certificate' };
	}
	const exact =
		der.byteLength === asn1.asn1.valueBeforeDecodeView.byteLength ? der : der.slice(0, asn1.asn1.valueBeforeDecodeView.byteLength);
	try {
		const view = await certificateView(cert, exact);
		const names = {
			subjectDer: new Uint8Array(cert.subject.toSchema().toBER()),
			issuerDer: new Uint8Array(cert.issuer.toSchema().toBER())
		};
		return { ok: true, parsed: { der: exact, view, ...names } };
	} catch (e) {
		return { ok: false, reason: `the certificate's fields could not be read (${(e as Error).message})` };
	}
}

export async function certificateView(cert: pkijs.Certificate, der: Uint8Array): Promise<CertificateView> {
	const subject = nameView(cert.subject);
	const issuer = nameView(cert.issuer);
	const basic = extensionValue(cert, EXTENSIONS.basicConstraints) as pkijs.BasicConstraints | undefined;
	return {
		subject,
		issuer,
		serialNumber: hexUpper(cert.serialNumber.valueBlock.valueHexView),
		notBefore: cert.notBefore.value.toISOString(),
		notAfter: cert.notAfter.value.toISOString(),
		subjectAltNames: subjectAltNames(cert),
		publicKey: publicKeyView(cert.subjectPublicKeyInfo),
		signatureAlgorithm: oidName(SIGNATURE_ALGORITHMS, cert.signatureAlgorithm.algorithmId),
		isCA: basic?.cA === true,
		selfIssued: cert.subject.isEqual(cert.issuer),
		sha256: sha256Fingerprint(der),
		publicKeySha256: sha256Fingerprint(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView),
		pem: toPem('CERTIFICATE', der)
	};
}

export function extensionValue(cert: pkijs.Certificate, oid: string): unknown {
	const ext = cert.extensions?.find((e) => e.extnID === oid);
	return ext?.parsedValue;
}

export function subjectAltNames(cert: pkijs.Certificate): SubjectAltName[] {
	const san = extensionValue(cert, EXTENSIONS.subjectAltName) as pkijs.AltName | undefined;
	return san?.altNames ? generalNamesToSans(san.altNames) : [];
}

export function generalNamesToSans(names: pkijs.GeneralName[]): SubjectAltName[] {
	return names.map((name): SubjectAltName => {
		switch (name.type) {
			case 1:
				return { type: 'email', value: String(name.value) };
			case 2:
				return { type: 'dns', value: String(name.value) };
			case 6:
				return { type: 'uri', value: String(name.value) };
			case 7: {
				const bytes = (name.value as asn1js.OctetString).valueBlock.valueHexView;
				return { type: 'ip', value: ipBytesToString(bytes) };
			}
			default:
				return { type: 'other', value: `GeneralName type ${name.type}` };
		}
	});
}
