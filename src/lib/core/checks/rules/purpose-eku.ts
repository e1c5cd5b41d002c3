import { finding, type Check } from '../check';
import { listWords, problemsOf } from '../chain-facts';

/**
 * A certificate with an extendedKeyUsage may only be used for the purposes it lists: a server's
 * needs serverAuth, a client's (tlsCertificateKeyFile, X.509 authentication) clientAuth. Without
 * the extension any purpose is allowed. OpenSSL reports "unsupported certificate purpose" (26).
 */
export const purposeEku: Check = {
	id: 'purpose.eku',
	description:
		'The certificate’s extended key usage does not allow the role it is used in (serverAuth for servers, clientAuth for clients).',
	citation: 'RFC 5280 §4.2.1.12; OpenSSL X509_V_ERR_INVALID_PURPOSE (26)',
	remedies: ['reissue-with-eku'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			const wanted = chain.role === 'client' ? 'clientAuth' : 'serverAuth';
			return problemsOf(chain, ['wrong-eku']).map((p) =>
				finding(this, 'error', {
					subject: p.itemId ?? chain.leaf,
					title: `${p.certificate} is not allowed for ${chain.role === 'client' ? 'client' : 'server'} authentication`,
					detail:
						`Its ${p.problem.detail.replace(/^its /, '')}. ` +
						(chain.role === 'client'
							? 'A MongoDB server checks that a client certificate allows clientAuth and rejects it with “unsupported certificate purpose”. '
							: 'The client checks that the server certificate allows serverAuth and stops with “unsupported certificate purpose”. ') +
						`Reissue it with extendedKeyUsage = ${wanted}${chain.role === 'client' ? '' : ' (add clientAuth too if it is also a member certificate)'}. ` +
						`Reported by: ${listWords(p.clients)}.`,
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				})
			);
		});
	}
};
