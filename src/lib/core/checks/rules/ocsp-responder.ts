import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';
import { certName } from '../format';

/**
 * A certificate naming an OCSP responder (Authority Information Access, RFC 5280 §4.2.2.1).
 * PyMongo 3.11+ checks OCSP only when installed with the "ocsp" extra (pymongo[ocsp]): then it
 * verifies a stapled response (MongoDB 4.4+ staples) or asks the responder itself, failing only on
 * "revoked"; without the extra nothing is checked. The Node.js driver and mongosh do not check OCSP
 * unless configured to.
 */
export const ocspResponder: Check = {
	id: 'ocsp.responder',
	description: 'The certificate names an OCSP responder: which clients check it, and what PyMongo needs.',
	citation: 'RFC 5280 §4.2.2.1; RFC 6960; PyMongo TLS guide, OCSP (seed 000)',
	remedies: ['pymongo-ocsp-extra', 'check-ocsp-status', 'disable-ocsp-endpoint-check'],
	run({ leaves }) {
		return leaves.flatMap((leaf) => {
			const urls = chainCertificateOf(leaf)?.ext.authorityInfoAccess?.ocsp ?? [];
			if (urls.length === 0) return [];
			return [
				finding(this, 'info', {
					subject: leaf.item.id,
					title: `${certName(leaf.item.certificate)} names an OCSP responder`,
					detail:
						`Its revocation status can be asked at ${urls.join(', ')}. PyMongo (3.11+) only checks it when installed as pymongo[ocsp]; it then verifies the ` +
						'response a MongoDB 4.4+ server staples, or asks the responder itself and fails only if the answer is “revoked”. If the client cannot reach the ' +
						'responder (a firewall), tlsDisableOCSPEndpointCheck=true skips that request while still honouring stapled responses.',
					evidence: urls.map((u) => `OCSP: ${u}`)
				})
			];
		});
	}
};
