import { finding, type Check } from '../check';
import { listWords, problemsOf } from '../chain-facts';

/**
 * Only a CA may issue certificates: basicConstraints CA:TRUE (RFC 5280 §4.2.1.9, §6.1.4(k)), and
 * when keyUsage is present it must include keyCertSign (§4.2.1.3, §6.1.4(n)). Python 3.13's
 * strict mode also wants basicConstraints critical. OpenSSL: invalid CA certificate (24),
 * key usage does not include certificate signing (32).
 */
export const purposeIssuerNotCa: Check = {
	id: 'purpose.issuer-not-ca',
	description: 'A certificate that issued another one is not allowed to act as a CA.',
	citation: 'RFC 5280 §4.2.1.9, §4.2.1.3, §6.1.4(k)(n); OpenSSL X509_V_ERR_INVALID_CA (24), X509_V_ERR_KEYUSAGE_NO_CERTSIGN (32)',
	remedies: ['issue-from-ca'],
	run({ chains }) {
		return chains.flatMap((chain) =>
			problemsOf(chain, ['not-a-ca', 'no-cert-sign', 'ca-not-critical']).map((p) => {
				const soft = p.problem.code === 'ca-not-critical';
				return finding(this, soft ? 'warning' : 'error', {
					subject: p.itemId ?? chain.leaf,
					title: soft
						? `${p.certificate}'s basicConstraints is not marked critical: Python 3.13+ strict mode refuses it`
						: `${p.certificate} issued a certificate but is not allowed to be a CA`,
					detail:
						`${p.problem.detail[0].toUpperCase()}${p.problem.detail.slice(1)}. ` +
						(soft
							? 'RFC 5280 says a CA’s basicConstraints must be critical; OpenSSL’s default checks tolerate it, Python’s ssl.create_default_context() from 3.13 on does not. '
							: 'Certificates below it cannot be trusted, whatever else is right. ') +
						'The CA certificate has to be reissued with basicConstraints = critical, CA:TRUE and keyUsage = critical, keyCertSign, cRLSign. ' +
						`Reported by: ${listWords(p.clients)}.`,
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				});
			})
		);
	}
};
