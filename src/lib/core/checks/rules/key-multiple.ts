import { finding, type Check } from '../check';
import { placeOf } from '../format';

/**
 * A tlsCertificateKeyFile holds one certificate chain and one private key. OpenSSL's
 * SSL_CTX_use_PrivateKey_file reads the first key in the file and ignores the rest, so with two
 * keys the right one may well be the ignored one.
 */
export const keyMultiple: Check = {
	id: 'key.multiple',
	description: 'One input holds more than one private key; a tlsCertificateKeyFile holds exactly one.',
	citation: 'OpenSSL SSL_CTX_use_PrivateKey_file(3) (first key only); PyMongo tlsCertificateKeyFile (seed 000)',
	remedies: ['combine-key-and-cert', 'pair-key-with-cert'],
	run({ evidence }) {
		const groups = new Map<string, typeof evidence.keys>();
		for (const k of evidence.keys) {
			const where = k.item.source.name ?? k.item.source.container ?? 'the pasted text';
			groups.set(where, [...(groups.get(where) ?? []), k]);
		}
		return [...groups].flatMap(([where, keys]) => {
			if (keys.length < 2) return [];
			const certs = evidence.certificates.map((c) => c.item.certificate.publicKeySha256);
			const firstMatches = keys[0].item.key.publicKeySha256 !== undefined && certs.includes(keys[0].item.key.publicKeySha256);
			return [
				finding(this, 'error', {
					subject: keys[1].item.id,
					title: `${where} holds ${keys.length} private keys`,
					detail:
						'A tlsCertificateKeyFile (or mongod’s certificateKeyFile) must hold one certificate chain and exactly one private key: OpenSSL reads the first key ' +
						`and ignores the others. ${firstMatches ? 'Here the first key does belong to a pasted certificate, so remove the others.' : 'Here the first key belongs to none of the certificates, so loading it fails with “key values mismatch”.'} ` +
						'Keep only the key that matches the certificate.',
					evidence: keys.map(
						(k) =>
							`${placeOf(k.item.source)}: ${k.item.key.type}${k.item.key.bits ? ` ${k.item.key.bits}` : ''}${k.item.key.publicKeySha256 ? `, public key SHA-256 ${k.item.key.publicKeySha256}` : ''}`
					)
				})
			];
		});
	}
};
