import { finding, type Check } from '../check';
import { certName } from '../format';

const TLS_CURVES = new Set(['P-256', 'P-384', 'P-521']);

/**
 * TLS 1.3 signature schemes name only P-256, P-384 and P-521 for ECDSA (RFC 8446 §4.2.3), and
 * those are the curves every client supports. brainpool curves work with OpenSSL in TLS 1.2 only;
 * secp256k1 and others are supported by almost nothing; explicit curve parameters are refused by
 * OpenSSL 3 (X509_V_ERR_EC_KEY_EXPLICIT_PARAMS, 94).
 */
export const strengthCurve: Check = {
	id: 'strength.curve',
	description: 'The certificate’s EC key is on a curve TLS clients do not generally support.',
	citation: 'RFC 8446 §4.2.3; RFC 8422 §5.1.1; CA/B Forum BR §6.1.5; OpenSSL X509_V_ERR_EC_KEY_EXPLICIT_PARAMS (94)',
	remedies: ['reissue-stronger-key'],
	run({ evidence }) {
		const seen = new Set<string>();
		return evidence.certificates.flatMap(({ item }) => {
			const view = item.certificate;
			if (seen.has(view.sha256) || view.publicKey.type !== 'EC') return [];
			seen.add(view.sha256);
			const curve = view.publicKey.curve ?? 'unknown';
			if (TLS_CURVES.has(curve)) return [];
			if (view.publicKey.bits !== undefined && view.publicKey.bits < 224) return []; // strength.weak-key covers it
			const explicit = curve === 'explicit parameters';
			return [
				finding(this, explicit ? 'error' : 'warning', {
					subject: item.id,
					title: explicit
						? `${certName(view)} spells out its curve parameters instead of naming a curve`
						: `${certName(view)} uses the curve ${curve}, which most TLS clients do not support`,
					detail: explicit
						? 'OpenSSL 3 refuses EC keys with explicit parameters (verify code 94), and so do Go, Java and browsers. Reissue with a named curve: P-256 or P-384.'
						: `TLS 1.3 only has signature schemes for P-256, P-384 and P-521. ${curve.startsWith('brainpool') ? 'OpenSSL accepts brainpool curves in TLS 1.2 only; ' : ''}` +
							`Go, Java and browsers do not accept ${curve} at all, so the handshake fails with “no shared signature algorithms” or “unsupported curve”. ` +
							'Reissue with a P-256 or P-384 key.',
					evidence: [`public key: EC ${curve}`]
				})
			];
		});
	}
};
