import { finding, type Check } from '../check';
import { listWords, problemsOf } from '../chain-facts';

/**
 * A CA with nameConstraints may only vouch for names inside its permitted subtrees and outside
 * its excluded ones (RFC 5280 §4.2.1.10, §6.1.3(b)-(c)); a name of a kind it constrains that
 * cannot be checked fails too.
 */
export const purposeNameConstraints: Check = {
	id: 'purpose.name-constraints',
	description: 'A name in the certificate is outside what a CA above it is allowed to certify.',
	citation: 'RFC 5280 §4.2.1.10, §6.1.3(b)-(c); OpenSSL X509_V_ERR_PERMITTED_VIOLATION (47), X509_V_ERR_EXCLUDED_VIOLATION (48)',
	remedies: ['reissue-with-san', 'issue-from-ca'],
	run({ chains }) {
		return chains.flatMap((chain) =>
			problemsOf(chain, ['name-constraint-violated', 'name-constraint-unsupported', 'name-constraints-malformed']).map((p) =>
				finding(this, 'error', {
					subject: p.itemId ?? chain.leaf,
					title: `${p.certificate} names a host its CA may not certify`,
					detail:
						`${p.problem.detail[0].toUpperCase()}${p.problem.detail.slice(1)}. A constrained CA can only issue for its own namespace, so every client ` +
						`that checks name constraints rejects this chain. Use names inside the CA’s permitted namespace, or issue from a CA allowed to cover them. ` +
						`Reported by: ${listWords(p.clients)}.`,
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				})
			)
		);
	}
};
