/**
 * Every pasted CRL judged on its own, whatever leaf it may serve: which pasted certificate (or
 * public root) issued it, whether its signature verifies with that CA's key, whether it is
 * current, and which pasted certificates it lists as revoked. The chain stage computes this (it
 * needs WebCrypto, which is asynchronous) and the revocation checks read it, keyed by the
 * Evidence they share; nothing else holds on to it.
 */

import type { Evidence } from '../ingest/evidence';
import type { PublicRootStore } from '../trust/public-roots';
import type { ChainCertificate } from '../x509/chain-certificate';
import { rfc2253Of } from '../x509/name-key';
import { crlDefects, crlIssuedBy, crlIssuerName, lookupSerial, type CrlDefect } from './revocation';
import type { SignatureVerifier } from './signature';

export interface CrlListing {
	/** The pasted certificate the CRL lists. */
	itemId: string;
	serial: string;
	date: string;
	reason?: string;
}

export interface CrlAssessment {
	itemId: string;
	/** RFC 2253 name of the CRL's issuer. */
	issuer: string;
	/** The pasted certificate that issued the CRL, when it was found. */
	issuerItemId?: string;
	/** The issuer is a public root (not pasted). */
	issuerIsPublicRoot?: boolean;
	/** Everything wrong with the CRL against that issuer; a missing issuer is not a defect here (see issuerFound). */
	defects: CrlDefect[];
	issuerFound: boolean;
	thisUpdate: string;
	nextUpdate?: string;
	/** Pasted certificates from the same issuer that the CRL lists as revoked. */
	listed: CrlListing[];
	/** Pasted certificates from the same issuer that it does not list. */
	notListed: string[];
}

const assessments = new WeakMap<Evidence, CrlAssessment[]>();

export function crlAssessmentsOf(evidence: Evidence): CrlAssessment[] {
	return assessments.get(evidence) ?? [];
}

export async function assessCrls(
	evidence: Evidence,
	pasted: { itemId: string; cert: ChainCertificate }[],
	atMs: number,
	verifier: SignatureVerifier,
	store: PublicRootStore | undefined
): Promise<CrlAssessment[]> {
	const out: CrlAssessment[] = [];
	for (const { item, parsed } of evidence.crls) {
		const name = crlIssuerName(parsed);
		// By name alone: a CA with the right name but another key is the issuer the person meant, and
		// its signature check says what is wrong (a CRL from a re-created CA), rather than "no issuer".
		const named = (cert: ChainCertificate) => name !== undefined && cert.subject.key === name.key;
		const issuers = [
			...pasted.filter((p) => named(p.cert)).sort((a, b) => Number(crlIssuedBy(parsed, b.cert)) - Number(crlIssuedBy(parsed, a.cert))),
			...(store?.roots ?? []).filter((r) => named(r.cert)).map((r) => ({ itemId: undefined, cert: r.cert }))
		];
		let chosen: { itemId?: string; cert: ChainCertificate } | undefined;
		let defects: CrlDefect[] = [];
		for (const candidate of issuers) {
			const found = await crlDefects(parsed, candidate.cert, atMs, verifier, { requireCrlNumber: false });
			if (!chosen || !found.some((d) => d.code === 'signature')) {
				chosen = candidate;
				defects = found;
			}
			if (!found.some((d) => d.code === 'signature')) break;
		}
		if (!chosen) {
			// Without the issuer the signature cannot be checked; the dates still can.
			if (parsed.thisUpdate.getTime() > atMs)
				defects.push({ code: 'not-yet-valid', detail: `its thisUpdate is ${parsed.thisUpdate.toISOString()}` });
			if (parsed.nextUpdate && parsed.nextUpdate.getTime() < atMs)
				defects.push({ code: 'expired', detail: `its nextUpdate was ${parsed.nextUpdate.toISOString()}` });
		}
		const listed: CrlListing[] = [];
		const notListed: string[] = [];
		for (const p of pasted) {
			if (!name || p.cert.issuer.key !== name.key) continue;
			const entry = lookupSerial(parsed, p.cert.serial.hex);
			if (entry && entry.reason !== 'removeFromCRL') {
				listed.push({ itemId: p.itemId, serial: p.cert.serial.hex, date: entry.date, ...(entry.reason ? { reason: entry.reason } : {}) });
			} else notListed.push(p.itemId);
		}
		out.push({
			itemId: item.id,
			issuer: name ? rfc2253Of(name) : item.crl.issuer.rfc2253,
			...(chosen?.itemId ? { issuerItemId: chosen.itemId } : {}),
			...(chosen && !chosen.itemId ? { issuerIsPublicRoot: true } : {}),
			defects,
			issuerFound: chosen !== undefined,
			thisUpdate: parsed.thisUpdate.toISOString(),
			...(parsed.nextUpdate ? { nextUpdate: parsed.nextUpdate.toISOString() } : {}),
			listed,
			notListed
		});
	}
	assessments.set(evidence, out);
	return out;
}
