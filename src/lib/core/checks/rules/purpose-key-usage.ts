import { finding, type Check } from '../check';
import { problemsOf } from '../chain-facts';

/**
 * A keyUsage extension, when present, must allow the TLS handshake: digitalSignature (ECDHE and
 * TLS 1.3), or keyEncipherment for RSA key exchange (RFC 5246 §7.4.2, RFC 8446 §4.4.2.2).
 * OpenSSL refuses the certificate for the TLS purpose otherwise.
 */
export const purposeKeyUsage: Check = {
	id: 'purpose.key-usage',
	description: 'The certificate’s key usage does not allow a TLS handshake.',
	citation: 'RFC 5280 §4.2.1.3; RFC 8446 §4.4.2.2; OpenSSL X509_V_ERR_INVALID_PURPOSE (26)',
	remedies: ['reissue-with-eku'],
	run({ chains }) {
		return chains.flatMap((chain) =>
			problemsOf(chain, ['wrong-key-usage']).map((p) =>
				finding(this, 'error', {
					subject: p.itemId ?? chain.leaf,
					title: `${p.certificate}'s key usage does not allow TLS`,
					detail:
						`${p.problem.detail[0].toUpperCase()}${p.problem.detail.slice(1)}. A TLS certificate needs keyUsage digitalSignature ` +
						'(and keyEncipherment for RSA key exchange). OpenSSL-based clients and servers reject it as “unsupported certificate purpose”. ' +
						'Reissue it with keyUsage = critical, digitalSignature, keyEncipherment.',
					evidence: [`${p.certificate}: ${p.problem.detail}`]
				})
			)
		);
	}
};
