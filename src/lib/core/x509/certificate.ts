/**
 * Reading a certificate for the report and the analysis. The path reader's one DER walk gives
 * both the view and the ChainCertificate the chain stage needs; pkijs is loaded only for the rare
 * certificate that reader refuses, so a CA bundle costs milliseconds and pkijs stays out of the
 * common path.
 */

import { readChainCertificate } from './chain-certificate';
import type { CertificateParse } from './parsed';
import { outlineDer } from '../bytes/der';
import { certificateViewOf } from './certificate-view';

export type { CertificateParse, ParsedCertificate } from './parsed';

export async function parseCertificate(der: Uint8Array): Promise<CertificateParse> {
	// Lenient here: readChainCertificate is strict itself, and what it refuses goes to pkijs.
	const outline = outlineDer(der, 'lenient');
	if (!outline.ok) return outline;
	const exact = der.byteLength === outline.totalLength ? der : der.slice(0, outline.totalLength);
	const read = readChainCertificate(exact);
	if (read.ok) {
		const cert = read.cert;
		return {
			ok: true,
			parsed: { der: exact, view: certificateViewOf(cert), chain: cert, subjectDer: cert.subject.der, issuerDer: cert.issuer.der }
		};
	}
	const { parseCertificateWithPkijs } = await import('./certificate-pkijs');
	return parseCertificateWithPkijs(exact);
}
