import { finding, type Check } from '../check';
import { placeOf } from '../format';

/**
 * A self-signed certificate whose signature does not verify with its own key. OpenSSL and the
 * drivers built on it do not check a trusted root's own signature (RFC 5280 §6.1 takes the
 * anchor's key on trust), so such a certificate can still "work" as a tlsCAFile: which is why it
 * is reported as an error here. Found by chain/self-signatures.ts.
 */
export const certBadSelfSignature: Check = {
	id: 'cert.bad-self-signature',
	description: 'A self-signed certificate whose signature does not match its contents.',
	citation: 'RFC 5280 §4.1.1.3, §6.1.1(d); OpenSSL X509_V_ERR_CERT_SIGNATURE_FAILURE (7) with -check_ss_sig',
	remedies: ['get-server-chain'],
	run({ evidence, selfSignatures }) {
		return (selfSignatures ?? []).flatMap((r) => {
			if (r.check.status !== 'invalid') return [];
			const item = evidence.certificates.find((c) => c.item.id === r.itemId)?.item;
			if (!item) return [];
			const name = item.certificate.subject.commonName ?? item.certificate.subject.rfc2253;
			return [
				finding(this, 'error', {
					subject: item.id,
					title: `${name} claims to be its own issuer, but its signature does not match it`,
					detail:
						`The certificate at ${placeOf(item.source)} names itself as its issuer, yet ${r.check.reason}. The certificate was changed after it was signed: damaged in a copy, ` +
						'or altered on purpose. OpenSSL-based clients do not check the signature of a root they are told to trust, so it might even seem to work ' +
						'as a CA file — do not use it. Get a fresh copy from its source and compare fingerprints.',
					evidence: [`SHA-256: ${item.certificate.sha256}`, r.check.reason]
				})
			];
		});
	}
};
