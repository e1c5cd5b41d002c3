/**
 * What the certificate and CSR readers hand back, apart from the readers themselves so that the
 * pkijs fallbacks can return the same shapes without importing the modules that load them.
 */

import type { CertificateView, CsrItem } from '../model/report';
import type { ChainCertificate } from './chain-certificate';

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

export type CsrParse = { ok: true; csr: CsrItem['csr'] } | { ok: false; reason: string };
