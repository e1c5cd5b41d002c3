import { finding, type Check } from '../check';
import { listWords, problemsOf } from '../chain-facts';

/** basicConstraints pathLenConstraint limits how many CAs may follow below (RFC 5280 §4.2.1.9, §6.1.4(l)). */
export const purposePathLength: Check = {
	id: 'purpose.path-length',
	description: 'The chain has more intermediate CAs below a CA than its path length constraint allows.',
	citation: 'RFC 5280 §4.2.1.9, §6.1.4(l)-(m); OpenSSL X509_V_ERR_PATH_LENGTH_EXCEEDED (25)',
	remedies: ['issue-from-ca'],
	run({ chains }) {
		return chains.flatMap((chain) =>
			problemsOf(chain, ['path-length-exceeded']).map((p) =>
				finding(this, 'error', {
					subject: p.itemId ?? chain.leaf,
					title: `The chain is deeper than ${p.certificate} allows`,
					detail:
						`${p.certificate}: ${p.problem.detail}. Clients stop with “path length constraint exceeded”. Issue the leaf from a CA nearer the root, ` +
						`or reissue ${p.certificate} with a larger pathlen. Reported by: ${listWords(p.clients)}.`,
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				})
			)
		);
	}
};
