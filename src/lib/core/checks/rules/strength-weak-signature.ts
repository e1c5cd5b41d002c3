import { looksSelfSigned } from '../../x509/chain-certificate';
import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';
import { certName } from '../format';

const BROKEN = new Set(['SHA-1', 'MD5', 'MD2', 'MD4']);

/**
 * OpenSSL 3 gives SHA-1 and MD5 signatures fewer than 80 bits of security, so from security level
 * 1 up (level 2 is the Debian/Ubuntu/RHEL default) a certificate signed with them is refused
 * (X509_V_ERR_CA_MD_TOO_WEAK, 68). A self-signed root's own signature is never checked, so an
 * old SHA-1 root is fine; everything it signs is not.
 */
export const strengthWeakSignature: Check = {
	id: 'strength.weak-signature',
	description: 'The certificate is signed with SHA-1 or MD5, which current OpenSSL refuses.',
	citation: 'OpenSSL SSL_CTX_set_security_level(3) (SHA-1/MD5 below level 1); X509_V_ERR_CA_MD_TOO_WEAK (68); CA/B Forum BR §7.1.3.2',
	remedies: ['reissue-stronger-key'],
	run({ evidence }) {
		const seen = new Set<string>();
		return evidence.certificates.flatMap((c) => {
			const view = c.item.certificate;
			if (seen.has(view.sha256)) return [];
			seen.add(view.sha256);
			const cert = chainCertificateOf(c);
			if (!cert || looksSelfSigned(cert)) return [];
			const hash = 'hash' in cert.scheme ? cert.scheme.hash : undefined;
			if (!hash || !BROKEN.has(hash)) return [];
			return [
				finding(this, 'error', {
					subject: c.item.id,
					title: `${certName(view)} is signed with ${hash}, which current clients refuse`,
					detail:
						`${hash} signatures can be forged, and OpenSSL 3 refuses them from security level 1 up; level 2 is the default on current Debian, Ubuntu and RHEL, ` +
						'so PyMongo, the Node.js driver and mongosh there fail with “ca md too weak”. Go refuses SHA-1 since 1.18. Java still accepts it from a private CA. ' +
						'Have the CA reissue the certificate signed with SHA-256.',
					evidence: [`signatureAlgorithm: ${view.signatureAlgorithm}`]
				})
			];
		});
	}
};
