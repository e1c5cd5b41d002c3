import { finding, type Check } from '../check';

/**
 * Several paths can lead from one leaf to a root (cross-signed intermediates, re-issued roots).
 * OpenSSL picks one issuer per step and never backtracks; Go, Java and browsers try the others.
 * So one path can be expired while another is fine — the 2021 Let's Encrypt / DST Root CA X3
 * outage was exactly this. Said both ways: when OpenSSL's path fails but another works, and when
 * OpenSSL's works but another path (that some client may take) is broken.
 */
export const chainAlternatePath: Check = {
	id: 'chain.alternate-path',
	description: 'Another path from the same leaf exists: valid where the main one fails, or broken where it works.',
	citation: 'RFC 4158 §2.3 (multiple paths); OpenSSL X509_verify_cert issuer selection',
	remedies: ['serve-full-chain', 'use-tlscafile'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			const mainValid = chain.clients[0]?.accepts ?? false;
			const other = chain.alternatives.find((a) => a.valid !== mainValid && a.end !== 'missing-issuer');
			if (!other) return [];
			const mainVia = chain.links
				.slice(1)
				.map((l) => l.certificate.name)
				.join(' → ');
			if (!mainValid) {
				return [
					finding(this, 'warning', {
						subject: chain.leaf,
						title: 'OpenSSL takes a broken path although a valid one exists',
						detail:
							`OpenSSL-based clients (PyMongo, Node.js, mongosh) build the chain through ${mainVia || 'the leaf alone'} and reject it; another path is fine: ` +
							`${other.summary}. Go, Java and browsers find that one. Remove the certificate that leads OpenSSL astray from what the server sends ` +
							'(usually an old cross-signed intermediate), or put the current one first.',
						evidence: [
							`OpenSSL path: ${chain.links.map((l) => l.certificate.name).join(' → ')}`,
							`valid path: ${other.links.map((l) => l.certificate.name).join(' → ')}`
						]
					})
				];
			}
			return [
				finding(this, 'info', {
					subject: chain.leaf,
					title: 'Another path through these certificates is broken',
					detail:
						`The chain clients use is valid, but there is a second way through the certificates you pasted: ${other.summary}. ` +
						'A client that picks it (an older OpenSSL, or certificates sent in another order) would fail. Leave out the certificate that opens that path.',
					evidence: [
						`valid path: ${chain.links.map((l) => l.certificate.name).join(' → ')}`,
						`other path: ${other.links.map((l) => l.certificate.name).join(' → ')}`
					]
				})
			];
		});
	}
};
