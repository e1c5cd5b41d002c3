/**
 * Which certificates a client would trust for this analysis. A pasted self-signed CA stands for
 * the CA file the person gives the client (tlsCAFile), and a self-signed leaf stands for itself
 * given as tlsCAFile; certificates that came out of an `openssl s_client` transcript are what the
 * server sent, which proves nothing about what the client trusts, so they are never anchors on
 * their own. The public root set is always there, as in a stock client.
 */

import { looksSelfSigned, type ChainCertificate } from '../x509/chain-certificate';
import type { IngestedCertificate } from '../ingest/evidence';
import type { PublicRoot, PublicRootStore } from './public-roots';

export interface PastedCertificate {
	ingested: IngestedCertificate;
	cert: ChainCertificate;
}

export type AnchorSource = 'pasted-ca' | 'public-roots';

export interface TrustSet {
	anchors: ChainCertificate[];
	/** Why a certificate is an anchor; undefined when it is not one. */
	sourceOf(cert: ChainCertificate): AnchorSource | undefined;
	/** The public root a certificate is (same fingerprint, or same subject and key), if any. */
	publicRootOf(cert: ChainCertificate): PublicRoot | undefined;
}

/** Would this pasted certificate be in the client's CA file? */
export function isPastedAnchor(p: PastedCertificate, leaf: PastedCertificate): boolean {
	const origin = p.ingested.item.origin;
	if (origin === 's-client') return false;
	if (origin === 'trusted-pem') return true;
	if (!looksSelfSigned(p.cert)) return false;
	return p.cert.ext.basicConstraints?.ca === true || p.cert.version === 1 || p === leaf;
}

export function buildTrustSet(pasted: PastedCertificate[], leaf: PastedCertificate, store: PublicRootStore): TrustSet {
	const sources = new Map<ChainCertificate, AnchorSource>();
	const publicOf = new Map<ChainCertificate, PublicRoot>();
	const replaced = new Set<PublicRoot>();
	for (const p of pasted) {
		const root = store.find(p.cert, p.ingested.item.certificate.sha256);
		if (root && looksSelfSigned(p.cert)) {
			publicOf.set(p.cert, root);
			// The pasted copy is the complete certificate; it stands in for the stored one.
			replaced.add(root);
			sources.set(p.cert, 'public-roots');
		} else if (isPastedAnchor(p, leaf)) {
			sources.set(p.cert, 'pasted-ca');
		}
	}
	for (const root of store.roots) {
		if (replaced.has(root)) continue;
		sources.set(root.cert, 'public-roots');
		publicOf.set(root.cert, root);
	}
	return {
		anchors: [...sources.keys()],
		sourceOf: (cert) => sources.get(cert),
		publicRootOf: (cert) => publicOf.get(cert) ?? store.find(cert)
	};
}
