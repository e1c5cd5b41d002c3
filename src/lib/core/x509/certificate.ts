/**
 * Reading a certificate for the report and the analysis. The path reader's one DER walk gives
 * both the view and the ChainCertificate the chain stage needs; pkijs is loaded only for the rare
 * certificate that reader refuses, so a CA bundle costs milliseconds and pkijs stays out of the
 * common path.
 */

import { readChainCertificate, type ChainCertificate } from '../chain/chain-certificate';
import type { CertificateView } from '../model/report';
import { outlineDer } from './der';
import { certificateViewOf } from './certificate-view';

/** A certificate as the analysis holds it. */
export interface ParsedCertificate {
	der: Uint8Array;
	view: CertificateView;
	/** The path-building form, when the strict reader accepts the certificate. */
	chain?: ChainCertificate;
	/** The encoded names, to chain by bytes when there is no ChainCertificate. */
	subjectDer: Uint8Array;
	issuerDer: Uint8Array;
}

export type CertificateParse = { ok: true; parsed: ParsedCertificate } | { ok: false; reason: string };

export async function parseCertificate(der: Uint8Array): Promise<CertificateParse> {
	const outline = outlineDer(der);
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
