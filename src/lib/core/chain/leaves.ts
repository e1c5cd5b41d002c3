/**
 * Which pasted certificates are end-entity certificates (the server's or the client's own)?
 * A certificate that issued another pasted certificate is a CA in this context. A lone
 * self-signed certificate is the leaf even with CA:TRUE, because `openssl req -x509` sets that
 * by default and people serve such certificates directly.
 */

import type { IngestedCertificate } from '../ingest/evidence';

export function findLeaves(all: IngestedCertificate[]): IngestedCertificate[] {
	// A certificate pasted twice is one leaf: the copy is reported as a duplicate, not analysed again.
	const seen = new Set<string>();
	const certs = all.filter((c) => !seen.has(c.item.certificate.sha256) && seen.add(c.item.certificate.sha256));
	const issuers = new Set<IngestedCertificate>();
	for (const child of certs) {
		for (const parent of certs) {
			if (parent === child) continue;
			if (child.parsed.cert.issuer.isEqual(parent.parsed.cert.subject)) issuers.add(parent);
		}
	}
	const notIssuing = certs.filter((c) => !issuers.has(c));
	if (certs.length === 1) return notIssuing;
	return notIssuing.filter((c) => {
		const view = c.parsed.view;
		return !view.isCA || view.subjectAltNames.some((s) => s.type === 'dns' || s.type === 'ip');
	});
}
