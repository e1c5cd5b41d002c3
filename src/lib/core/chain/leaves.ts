/**
 * Which pasted certificates are end-entity certificates (the server's or the client's own)?
 * A certificate that issued another pasted certificate is a CA in this context. A lone
 * self-signed certificate is the leaf even with CA:TRUE, because `openssl req -x509` sets that
 * by default and people serve such certificates directly — unless it is plainly a CA (keyCertSign,
 * no host name), as a CA file pasted on its own is.
 */

import type { IngestedCertificate } from '../ingest/evidence';
import { hex } from '../bytes/hex';
import { chainCertificateOf } from './ingested';

/**
 * A CA certificate nobody serves: CA:TRUE with keyUsage keyCertSign (which `openssl req -x509`
 * never adds by itself) and no host name. A lone one is a CA file, not a server's certificate.
 */
function deliberateCa(c: IngestedCertificate): boolean {
	const view = c.parsed.view;
	if (!view.isCA || view.subjectAltNames.some((s) => s.type === 'dns' || s.type === 'ip')) return false;
	return chainCertificateOf(c)?.ext.keyUsage?.usages.has('keyCertSign') === true;
}

// A certificate the path reader cannot read still takes part, by its DER-encoded names.
const subjectKey = (c: IngestedCertificate) => chainCertificateOf(c)?.subject.key ?? `raw:${hex(c.parsed.subjectDer)}`;
const issuerKey = (c: IngestedCertificate) => chainCertificateOf(c)?.issuer.key ?? `raw:${hex(c.parsed.issuerDer)}`;

export function findLeaves(all: IngestedCertificate[]): IngestedCertificate[] {
	// A certificate pasted twice is one leaf: the copy is reported as a duplicate, not analysed again.
	const seen = new Set<string>();
	const certs = all.filter((c) => !seen.has(c.item.certificate.sha256) && seen.add(c.item.certificate.sha256));
	// Names compared in canonical form (chain/name-key.ts), through an index: linear in the number of certificates.
	const bySubject = new Map<string, IngestedCertificate[]>();
	for (const c of certs) {
		const key = subjectKey(c);
		const list = bySubject.get(key);
		if (list) list.push(c);
		else bySubject.set(key, [c]);
	}
	const issuers = new Set<IngestedCertificate>();
	for (const child of certs) {
		for (const parent of bySubject.get(issuerKey(child)) ?? []) if (parent !== child) issuers.add(parent);
	}
	const notIssuing = certs.filter((c) => !issuers.has(c));
	if (certs.length === 1) return notIssuing.filter((c) => !deliberateCa(c));
	return notIssuing.filter((c) => {
		const view = c.parsed.view;
		return !view.isCA || view.subjectAltNames.some((s) => s.type === 'dns' || s.type === 'ip');
	});
}
