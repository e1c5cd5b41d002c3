/**
 * The signature of every pasted certificate that names itself as its issuer, checked against its
 * own key. Path validation never needs it: OpenSSL, like RFC 5280 §6.1, takes a trust anchor's
 * key on trust and does not verify the anchor's own signature. But a self-signed certificate
 * whose signature does not match its contents was changed after it was signed, by accident or by
 * someone, and a person about to paste it into tlsCAFile should know.
 */

import type { Evidence } from '../ingest/evidence';
import { chainView } from './ingested';
import type { SignatureCheck, SignatureVerifier } from './signature';

export interface SelfSignatureResult {
	itemId: string;
	check: SignatureCheck;
}

export async function checkSelfSignatures(evidence: Evidence, verifier: SignatureVerifier): Promise<SelfSignatureResult[]> {
	const seen = new Set<string>();
	const jobs: Promise<SelfSignatureResult>[] = [];
	for (const ingested of evidence.certificates) {
		const read = chainView(ingested);
		if (!read.ok || !read.cert.selfIssued || seen.has(ingested.item.certificate.sha256)) continue;
		seen.add(ingested.item.certificate.sha256);
		jobs.push(verifier.verifyCertificate(read.cert, read.cert).then((check) => ({ itemId: ingested.item.id, check })));
	}
	return Promise.all(jobs);
}
