import { crlAssessmentsOf } from '../../chain/crl-assessment';
import { finding, type Check } from '../check';

const OPENSSL_CODE: Record<string, string> = {
	signature: 'X509_V_ERR_CRL_SIGNATURE_FAILURE (8)',
	expired: 'X509_V_ERR_CRL_HAS_EXPIRED (12)',
	'not-yet-valid': 'X509_V_ERR_CRL_NOT_YET_VALID (11)',
	'critical-extension': 'X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION (36)',
	'issuer-cannot-sign-crls': 'X509_V_ERR_KEYUSAGE_NO_CRL_SIGN (35)'
};

/**
 * A CRL is only evidence when it verifies with its issuer's key, is current (thisUpdate ≤ now ≤
 * nextUpdate), and carries no critical extension the client cannot process (RFC 5280 §6.3.3).
 * OpenSSL refuses an unusable CRL outright, so with tlsCRLFile every connection fails.
 */
export const crlUnusable: Check = {
	id: 'crl.unusable',
	description: 'The CRL cannot be used: wrong signature, out of date, or from a CA that was not supplied.',
	citation:
		'RFC 5280 §5.1.2.4-5, §6.3.3; OpenSSL X509_V_ERR_CRL_SIGNATURE_FAILURE (8), X509_V_ERR_CRL_HAS_EXPIRED (12), X509_V_ERR_CRL_NOT_YET_VALID (11)',
	remedies: ['refresh-crl'],
	run({ evidence }) {
		return crlAssessmentsOf(evidence).flatMap((a) => {
			const out = [];
			if (a.defects.length) {
				const expired = a.defects.some((d) => d.code === 'expired');
				out.push(
					finding(this, 'error', {
						subject: a.itemId,
						title: `The CRL from ${a.issuer} cannot be used: ${a.defects.map((d) => d.code.replace(/-/g, ' ')).join(', ')}`,
						detail:
							a.defects.map((d) => `${d.detail[0].toUpperCase()}${d.detail.slice(1)}.`).join(' ') +
							' A client given this CRL (tlsCRLFile) rejects every connection to servers from this CA' +
							(expired
								? ': CRLs expire by design, so fetch a fresh one from the CA and schedule the refresh.'
								: '; get the CRL the CA really signed, current.'),
						evidence: [
							`issuer: ${a.issuer}`,
							`thisUpdate: ${a.thisUpdate}`,
							...(a.nextUpdate ? [`nextUpdate: ${a.nextUpdate}`] : []),
							...a.defects.map((d) => OPENSSL_CODE[d.code] ?? d.code)
						]
					})
				);
			}
			if (!a.issuerFound) {
				out.push(
					finding(this, 'warning', {
						id: 'crl.issuer-missing',
						subject: a.itemId,
						title: `The CA that issued this CRL (${a.issuer}) was not supplied`,
						detail:
							'Its signature cannot be checked without the CA certificate, and none of the pasted certificates (nor a public root) has this name. ' +
							'Paste the CA certificate too; a client given the CRL without its CA fails with “unable to get CRL issuer certificate”.',
						evidence: [`issuer: ${a.issuer}`],
						remedies: ['refresh-crl', 'use-tlscafile']
					})
				);
			}
			return out;
		});
	}
};
