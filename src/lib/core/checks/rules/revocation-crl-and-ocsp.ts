import { finding, type Check } from '../check';
import { placeOf } from '../format';
import { chainCertificateOf } from '../chain-facts';

/**
 * PyMongo cannot use a CRL file and OCSP at the same time (seed 000: "Certificate revocation
 * lists and OCSP cannot be used together"): with tlsCRLFile set, OCSP is not checked.
 */
export const revocationCrlAndOcsp: Check = {
	id: 'revocation.crl-and-ocsp',
	description: 'A CRL was given for a certificate that also uses OCSP; PyMongo cannot combine the two.',
	citation: 'PyMongo TLS guide, Certificate Revocation Lists (seed 000)',
	remedies: ['refresh-crl', 'pymongo-ocsp-extra'],
	run({ leaves, evidence }) {
		if (evidence.crls.length === 0) return [];
		const withOcsp = leaves.filter((l) => (chainCertificateOf(l)?.ext.authorityInfoAccess?.ocsp.length ?? 0) > 0);
		if (withOcsp.length === 0) return [];
		return [
			finding(this, 'info', {
				subject: withOcsp[0].item.id,
				title: 'PyMongo uses either the CRL or OCSP, not both',
				detail:
					'You have a CRL, and the certificate also names an OCSP responder. PyMongo checks revocation one way: with tlsCRLFile it uses the CRL and skips OCSP. ' +
					'Pick one: keep tlsCRLFile (and refresh the CRL before its nextUpdate), or drop it and install pymongo[ocsp].',
				evidence: [
					...evidence.crls.map((c) => `CRL: ${placeOf(c.item.source)}, from ${c.item.crl.issuer.rfc2253}`),
					...withOcsp.map((l) => `OCSP: ${chainCertificateOf(l)?.ext.authorityInfoAccess?.ocsp.join(', ')}`)
				]
			})
		];
	}
};
