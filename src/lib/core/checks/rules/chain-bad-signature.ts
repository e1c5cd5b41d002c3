import { finding, type Check } from '../check';
import { problemsOf } from '../chain-facts';

/**
 * The certificate names an issuer whose key did not sign it: a different CA with the same name
 * (a re-created CA, a test CA), or a tampered certificate. OpenSSL: certificate signature
 * failure (7). When the signature algorithm is one this runtime cannot check, say so instead.
 */
export const chainBadSignature: Check = {
	id: 'chain.bad-signature',
	description: 'A certificate’s signature does not verify with its issuer’s key.',
	citation: 'RFC 5280 §6.1.3(a)(1); OpenSSL X509_V_ERR_CERT_SIGNATURE_FAILURE (7)',
	remedies: ['get-server-chain', 'issue-from-ca'],
	run({ chains }) {
		return chains.flatMap((chain) => [
			...problemsOf(chain, ['bad-signature']).map((p) =>
				finding(this, 'error', {
					subject: p.itemId ?? chain.leaf,
					title: `${p.certificate}'s signature does not match its issuer`,
					detail:
						`${p.problem.detail[0].toUpperCase()}${p.problem.detail.slice(1)}. The CA certificate you have carries the right name but is not the one that signed it: ` +
						'usually the CA was re-created (new key, same name), or the wrong environment’s CA file is in use. Get the CA certificate that really issued it.',
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				})
			),
			...problemsOf(chain, ['signature-unverifiable']).map((p) =>
				finding(this, 'info', {
					id: 'chain.signature-unchecked',
					subject: p.itemId ?? chain.leaf,
					title: `${p.certificate}'s signature could not be checked here`,
					detail: `${p.problem.detail[0].toUpperCase()}${p.problem.detail.slice(1)}. The rest of the chain was checked; this one signature was not, so the verdict assumes it is good.`,
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				})
			)
		]);
	}
};
