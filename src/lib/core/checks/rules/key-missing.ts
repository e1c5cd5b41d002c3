import { finding, type Check } from '../check';
import { certName } from '../format';

/**
 * A client certificate is only usable with its private key: tlsCertificateKeyFile takes one PEM
 * file with both (seed 000), and a server asking for a client certificate rejects a client that
 * has none ("certificate required" / "peer did not return a certificate").
 */
export const keyMissing: Check = {
	id: 'key.missing',
	description: 'A client certificate was given without its private key; tlsCertificateKeyFile needs both.',
	citation: 'PyMongo tlsCertificateKeyFile (seed 000); RFC 8446 §4.4.2 (the client proves possession of its key)',
	remedies: ['combine-key-and-cert', 'provide-client-certificate'],
	run({ evidence, leaves, context }) {
		if (context.role !== 'client' || evidence.keys.length > 0) return [];
		return leaves.map((leaf) =>
			finding(this, 'info', {
				subject: leaf.item.id,
				title: `No private key was given with ${certName(leaf.item.certificate)}`,
				detail:
					'That is fine for checking the certificate here (and keeps the key on your machine). For the connection, the file given as tlsCertificateKeyFile ' +
					'must hold this certificate and its private key together, in PEM: `cat client.crt client.key > client.pem`.',
				evidence: [`certificate: ${leaf.item.certificate.subject.rfc2253}`]
			})
		);
	}
};
