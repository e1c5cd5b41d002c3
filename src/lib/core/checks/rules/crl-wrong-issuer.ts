import { crlAssessmentsOf } from '../../chain/crl-assessment';
import { finding, type Check } from '../check';

/**
 * PyMongo's tlsCRLFile turns on VERIFY_CRL_CHECK_LEAF: the server certificate's own issuer must
 * have a CRL in the file, or OpenSSL fails with "unable to get certificate CRL" (3) — even when
 * the CRLs given are fine, just from another CA.
 */
export const crlWrongIssuer: Check = {
	id: 'crl.wrong-issuer',
	description: 'CRLs were given, but none from the issuer of the certificate being checked.',
	citation: 'RFC 5280 §6.3.3 (CRL issuer must match); OpenSSL X509_V_ERR_UNABLE_TO_GET_CRL (3); PyMongo tlsCRLFile (VERIFY_CRL_CHECK_LEAF)',
	remedies: ['refresh-crl'],
	run({ chains, evidence }) {
		if (evidence.crls.length === 0) return [];
		return chains.flatMap((chain) => {
			const leaf = chain.links[0];
			if (leaf.revocation?.status !== 'no-crl' || chain.links.length < 2) return [];
			const issuer = chain.links[1].certificate;
			// A CRL in the issuer's name that fails its checks is crl.unusable's to explain.
			if (crlAssessmentsOf(evidence).some((a) => a.issuerItemId !== undefined && a.issuerItemId === issuer.itemId)) return [];
			const given = evidence.crls.map((c) => c.item.crl.issuer.rfc2253);
			return [
				finding(this, 'error', {
					subject: leaf.certificate.itemId ?? chain.leaf,
					title: `No CRL from ${issuer.name}, the issuer of ${leaf.certificate.name}`,
					detail:
						`The CRLs given come from ${given.join(', ')}, but ${leaf.certificate.name} was issued by “${issuer.subject}”. With tlsCRLFile, PyMongo requires a CRL from ` +
						'the server certificate’s own issuer and fails with “unable to get certificate CRL” without one. Add that CA’s current CRL to the file.',
					evidence: [`certificate issuer: ${issuer.subject}`, ...given.map((g) => `CRL issuer: ${g}`)]
				})
			];
		});
	}
};
