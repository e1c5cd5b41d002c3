/**
 * The path-building view of an ingested certificate, read once from the same DER bytes ingest
 * parsed with pkijs and shared by the chain stage, leaf detection and the checks.
 */

import type { IngestedCertificate } from '../ingest/evidence';
import { readChainCertificate, type ChainCertificate } from '../x509/chain-certificate';

const read = new WeakMap<IngestedCertificate, ChainCertificate | string>();

/** The certificate with its extensions decoded, or the reason it cannot be read that way. */
export function chainView(c: IngestedCertificate): { ok: true; cert: ChainCertificate } | { ok: false; reason: string } {
	if (c.parsed.chain) return { ok: true, cert: c.parsed.chain };
	let cert = read.get(c);
	if (cert === undefined) {
		const r = readChainCertificate(c.parsed.der);
		cert = r.ok ? r.cert : r.reason;
		read.set(c, cert);
	}
	return typeof cert === 'string' ? { ok: false, reason: cert } : { ok: true, cert };
}

export function chainCertificateOf(c: IngestedCertificate): ChainCertificate | undefined {
	const v = chainView(c);
	return v.ok ? v.cert : undefined;
}
