import { TLS_FEATURE_STATUS_REQUEST } from '../../x509/extensions';
import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';
import { certName } from '../format';

/**
 * The TLS Feature extension with status_request (RFC 7633, "OCSP must-staple") promises that the
 * server always staples an OCSP response. Clients that honour it — PyMongo with pymongo[ocsp],
 * browsers — refuse the connection when no response is stapled. mongod 4.4+ staples by default
 * (net.tls ocspEnabled); older servers, or one that cannot reach its responder, do not.
 */
export const ocspMustStaple: Check = {
	id: 'ocsp.must-staple',
	description: 'The certificate requires the server to staple an OCSP response (must-staple).',
	citation: 'RFC 7633 §4 (TLS Feature, status_request); RFC 6066 §8; PyMongo TLS guide, OCSP (seed 000)',
	remedies: ['check-ocsp-status', 'pymongo-ocsp-extra'],
	run({ leaves }) {
		return leaves.flatMap((leaf) => {
			const features = chainCertificateOf(leaf)?.ext.tlsFeature?.features ?? [];
			if (!features.includes(TLS_FEATURE_STATUS_REQUEST)) return [];
			return [
				finding(this, 'warning', {
					subject: leaf.item.id,
					title: `${certName(leaf.item.certificate)} is “must-staple”: the server has to staple OCSP`,
					detail:
						'Its TLS Feature extension says every handshake carries a stapled OCSP response. PyMongo with pymongo[ocsp] refuses the connection when the response ' +
						'is missing. MongoDB 4.4+ staples by default, but only if it can reach the OCSP responder itself; MongoDB 4.2 and older never staple. Check the server ' +
						'log for OCSP errors, and that the server can reach the responder.',
					evidence: ['TLS Feature: status_request (5)']
				})
			];
		});
	}
};
