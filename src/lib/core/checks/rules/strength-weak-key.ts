import { finding, type Check } from '../check';
import { certName } from '../format';

/**
 * OpenSSL security level 2 (the default of Debian 10+, Ubuntu 20.04+ and RHEL 8+ through their
 * crypto policies) demands 112 bits of security: RSA, DSA and DH keys of 2048 bits or more, EC
 * keys of 224 bits or more. Below that every certificate in the chain is refused: "ee key too
 * small" for the leaf, X509_V_ERR_CA_KEY_TOO_SMALL (67) for a CA.
 */
export const strengthWeakKey: Check = {
	id: 'strength.weak-key',
	description: 'The certificate’s key is smaller than OpenSSL security level 2 allows (RSA/DSA/DH under 2048 bits, EC under 224).',
	citation:
		'OpenSSL SSL_CTX_set_security_level(3), level 2; X509_V_ERR_CA_KEY_TOO_SMALL (67), SSL_R_EE_KEY_TOO_SMALL; CA/B Forum BR §6.1.5',
	remedies: ['reissue-stronger-key'],
	run({ evidence }) {
		const seen = new Set<string>();
		return evidence.certificates.flatMap(({ item }) => {
			const view = item.certificate;
			if (seen.has(view.sha256)) return [];
			seen.add(view.sha256);
			const key = view.publicKey;
			const finiteField = ['RSA', 'RSA-PSS', 'DSA', 'DH'].includes(key.type);
			const weak = key.bits !== undefined && (finiteField ? key.bits < 2048 : key.type === 'EC' && key.bits < 224);
			if (!weak) return [];
			const role = view.isCA ? 'CA' : 'server or client';
			return [
				finding(this, 'error', {
					subject: item.id,
					title: `${certName(view)} has a ${key.bits}-bit ${key.type} key: too small for current clients`,
					detail:
						`OpenSSL’s security level 2, the default on current Debian, Ubuntu and RHEL (and so for PyMongo, the Node.js driver and mongosh there), ` +
						`requires ${finiteField ? '2048-bit RSA, DSA and DH keys' : 'EC keys of at least 224 bits'}. With this ${role} key the handshake fails ` +
						`(“${view.isCA ? 'CA key too small' : 'ee key too small'}”). Reissue the certificate with an RSA 2048+ or EC P-256 key.`,
					evidence: [`public key: ${key.type} ${key.bits} bits${key.curve ? ` (${key.curve})` : ''}`]
				})
			];
		});
	}
};
