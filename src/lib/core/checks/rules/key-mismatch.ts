import { finding, type Check } from '../check';
import { certName, placeOf } from '../format';

/**
 * A private key belongs to a certificate when their public keys are the same (compared as the
 * SHA-256 of the public key bits; the key material itself never leaves x509/private-key.ts).
 * OpenSSL's load_cert_chain fails with "key values mismatch" (X509_R_KEY_VALUES_MISMATCH), and
 * PyMongo with "[SSL] PEM lib" or "key values mismatch".
 */
export const keyMismatch: Check = {
	id: 'key.mismatch',
	description: 'The private key does not belong to the certificate.',
	citation: 'RFC 5280 §4.1.2.7 (subjectPublicKeyInfo); OpenSSL X509_check_private_key (X509_R_KEY_VALUES_MISMATCH)',
	remedies: ['pair-key-with-cert', 'combine-key-and-cert'],
	run({ evidence, leaves }) {
		if (evidence.keys.length === 0 || evidence.certificates.length === 0) return [];
		const candidates = leaves.length ? leaves : evidence.certificates;
		return evidence.keys.flatMap(({ item }) => {
			const fp = item.key.publicKeySha256;
			if (!fp) return []; // encrypted and not decrypted: key.encrypted says so
			const owner = evidence.certificates.find((c) => c.item.certificate.publicKeySha256 === fp);
			if (owner) {
				return [
					finding(this, 'ok', {
						id: 'key.match',
						subject: item.id,
						title: `The private key belongs to ${certName(owner.item.certificate)}`,
						detail: `The key (${placeOf(item.source)}) and the certificate (${placeOf(owner.item.source)}) share the same public key, so they work together as tlsCertificateKeyFile (or mongod’s certificateKeyFile).`,
						evidence: [`public key SHA-256: ${fp}`]
					})
				];
			}
			return [
				finding(this, 'error', {
					subject: item.id,
					title: `The private key does not belong to ${candidates.length === 1 ? certName(candidates[0].item.certificate) : 'any of the certificates'}`,
					detail:
						'Its public key matches none of the pasted certificates, so a client or server loading them together fails with “key values mismatch” ' +
						'(PyMongo: “[SSL] PEM lib”). Usually the certificate was renewed with a new key and the old key file stayed, or files from two servers got mixed. ' +
						'Pair the certificate with the key it was issued for (the one its CSR was made from).',
					evidence: [
						`key public key SHA-256: ${fp}`,
						...candidates.map(
							(c) => `${certName(c.item.certificate)} (${placeOf(c.item.source)}) public key SHA-256: ${c.item.certificate.publicKeySha256}`
						)
					]
				})
			];
		});
	}
};
