import { finding, type Check } from '../check';
import { certName } from '../format';

/**
 * RFC 5246 §7.4.2 (TLS 1.2) required the sender's certificate first, each following one
 * certifying the one before; RFC 8446 §4.4.2 (TLS 1.3) relaxed it. OpenSSL-based clients, Go
 * and Java build the path in any order, but a PEM file for mongod's certificateKeyFile or a
 * client's tlsCertificateKeyFile is read leaf first, and some older stacks still insist.
 */
export const chainOrder: Check = {
	id: 'chain.wrong-order',
	description: 'The certificates are not in leaf-to-root order.',
	citation: 'RFC 5246 §7.4.2; RFC 8446 §4.4.2',
	remedies: ['order-chain-file', 'serve-full-chain'],
	run({ chains, evidence }) {
		return chains.flatMap((chain) => {
			if (chain.bundle.inOrder) return [];
			const names = new Map(evidence.certificates.map((c) => [c.item.id, certName(c.item.certificate)]));
			const expected = chain.links.filter((l) => l.certificate.itemId).map((l) => l.certificate.name);
			return [
				finding(this, 'info', {
					subject: chain.leaf,
					title: 'The chain is pasted out of order',
					detail:
						'The certificates are not leaf first, each followed by its issuer. OpenSSL-based clients (PyMongo, Node.js, mongosh), Java and Go sort that out themselves, ' +
						'so this is not why a connection fails. But in a PEM file for mongod (net.tls.certificateKeyFile) or for tlsCertificateKeyFile the first certificate is taken ' +
						'as the server’s or client’s own, and old TLS 1.2 stacks want the strict order: keep it leaf → intermediates.',
					evidence: [
						`pasted order: ${chain.bundle.order.map((id) => names.get(id) ?? id).join(', ')}`,
						`chain order: ${expected.join(' → ')}`
					]
				})
			];
		});
	}
};
