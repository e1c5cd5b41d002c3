import { crlAssessmentsOf } from '../../chain/crl-assessment';
import { finding, type Check } from '../check';
import { formatDate, placeOf } from '../format';

/**
 * A pasted certificate whose serial is on a valid CRL from its issuer (RFC 5280 §6.3.3).
 * PyMongo with tlsCRLFile checks the server's own certificate (VERIFY_CRL_CHECK_LEAF) and fails
 * with "certificate revoked" (OpenSSL 23); a revoked intermediate is only caught by clients that
 * check the whole chain. When a usable CRL covers the leaf and does not list it, say that too.
 */
export const crlRevoked: Check = {
	id: 'crl.revoked',
	description: 'The certificate is listed as revoked in its issuer’s CRL.',
	citation: 'RFC 5280 §5.3.1, §6.3.3; OpenSSL X509_V_ERR_CERT_REVOKED (23)',
	remedies: ['renew-certificate', 'refresh-crl'],
	run({ evidence, leaves }) {
		const byId = new Map(evidence.certificates.map((c) => [c.item.id, c.item]));
		return crlAssessmentsOf(evidence).flatMap((a) => {
			if (!a.issuerFound || a.defects.length) return [];
			const crlSource = evidence.crls.find((c) => c.item.id === a.itemId)?.item.source;
			const crlPlace = crlSource ? placeOf(crlSource) : 'the pasted CRL';
			const revoked = a.listed.map((entry) => {
				const cert = byId.get(entry.itemId);
				const name = cert?.certificate.subject.commonName ?? cert?.certificate.subject.rfc2253 ?? entry.itemId;
				const isLeaf = leaves.some((l) => l.item.id === entry.itemId);
				return finding(this, 'error', {
					subject: entry.itemId,
					title: `${name} has been revoked${entry.reason ? ` (${entry.reason})` : ''}`,
					detail:
						`The CRL from “${a.issuer}” (${crlPlace}) lists serial ${entry.serial} as revoked on ${formatDate(entry.date)}` +
						`${entry.reason ? `, reason ${entry.reason}` : ''}. ` +
						(isLeaf
							? 'A client checking this CRL (PyMongo with tlsCRLFile) refuses it with “certificate revoked”. It has to be replaced with a new certificate.'
							: 'A CA certificate on this list should no longer be used: clients that check the whole chain refuse everything below it.'),
					evidence: [
						`serial: ${entry.serial}`,
						`revoked: ${entry.date}`,
						...(entry.reason ? [`reason: ${entry.reason}`] : []),
						`CRL: ${crlPlace}`
					]
				});
			});
			const clean = a.notListed
				.filter((id) => leaves.some((l) => l.item.id === id))
				.map((id) =>
					finding(this, 'ok', {
						id: 'crl.not-revoked',
						subject: id,
						title: `${byId.get(id)?.certificate.subject.commonName ?? id} is not on the CRL from ${a.issuer}`,
						detail: `The CRL (${crlPlace}) is current and correctly signed, and does not list serial ${byId.get(id)?.certificate.serialNumber}.`,
						evidence: [`CRL: ${crlPlace}`, `thisUpdate: ${a.thisUpdate}`, ...(a.nextUpdate ? [`nextUpdate: ${a.nextUpdate}`] : [])]
					})
				);
			return [...revoked, ...clean];
		});
	}
};
