import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';

/**
 * The chain stops at a certificate whose issuer was not supplied and is not a public root:
 * OpenSSL's "unable to get local issuer certificate" (20), or for a lone leaf "unable to verify
 * the first certificate" (21). The certificate's Authority Information Access names where its
 * issuer is published (RFC 5280 §4.2.2.1); TLS Doctor shows the URL and never fetches it.
 */
export const chainMissingIntermediate: Check = {
	id: 'chain.missing-intermediate',
	description: 'The certificate that issued one in the chain is missing: neither pasted nor a public root.',
	citation:
		'RFC 5280 §6.1, §4.2.2.1 (caIssuers); RFC 8446 §4.4.2; OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20) / X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE (21)',
	remedies: ['serve-full-chain', 'fetch-aia-issuer', 'add-intermediate-to-cafile', 'use-tlscafile', 'get-server-chain'],
	run({ chains, evidence }) {
		return chains.flatMap((chain) => {
			const missing = chain.missingIntermediate;
			if (!missing || chain.end !== 'missing-issuer') return [];
			const below = evidence.certificates.find((c) => c.item.id === missing.belowItemId);
			const wantedKey = below && chainCertificateOf(below)?.issuer.key;
			const namesake = evidence.certificates.find((c) => c !== below && wantedKey && chainCertificateOf(c)?.subject.key === wantedKey);
			const isLeaf = missing.belowItemId === chain.leaf;
			const where = missing.caIssuers.length
				? ` It says its issuer is published at ${missing.caIssuers.join(' and ')} (its Authority Information Access); TLS Doctor does not fetch it. ` +
					'Download it there (convert it to PEM if it is DER) and check its fingerprint with the CA.'
				: ' It carries no Authority Information Access URL, so get the issuer from whoever runs the CA.';
			const evidenceLines = [
				`certificate: ${missing.below}`,
				`its issuer: ${missing.issuer}`,
				...(missing.authorityKeyId ? [`authorityKeyIdentifier: ${missing.authorityKeyId}`] : []),
				...missing.caIssuers.map((u) => `caIssuers: ${u}`)
			];
			if (namesake) {
				return [
					finding(this, 'error', {
						id: 'chain.issuer-rejected',
						subject: namesake.item.id,
						title: `${namesake.item.certificate.subject.commonName ?? missing.issuer} was supplied, but OpenSSL does not accept it as the issuer of ${missing.belowName}`,
						detail:
							`A certificate with the right name is there, yet OpenSSL-based clients pass over it: its key identifier does not match the one ${missing.belowName} names, ` +
							'or its key usage does not allow signing certificates. They then report “unable to get local issuer certificate”, as if it were missing. ' +
							'See the purpose and signature findings for the exact fault; the CA certificate has to be the one that really issued it.',
						evidence: evidenceLines,
						remedies: ['issue-from-ca', 'get-server-chain']
					})
				];
			}
			return [
				finding(this, 'error', {
					subject: missing.belowItemId ?? chain.leaf,
					title: `Missing intermediate: the issuer of ${missing.belowName} was not supplied`,
					detail:
						`${missing.belowName} was issued by “${missing.issuer}”, and that certificate is neither among what you pasted nor a public root. ` +
						(isLeaf
							? 'Clients then stop with “unable to get local issuer certificate” (or “unable to verify the first certificate”). '
							: 'If it is an intermediate, the server should send it after its own certificate; if it is your private root, the client needs it as tlsCAFile. ') +
						(chain.role === 'client'
							? 'For a client certificate, the server’s CA file must hold the issuing CA, or the client must send the intermediate in its tlsCertificateKeyFile.'
							: 'The usual fix is on the server: configure it to send the full chain (its certificate followed by the intermediates).') +
						where,
					evidence: evidenceLines
				})
			];
		});
	}
};
