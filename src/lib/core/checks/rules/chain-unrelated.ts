import { looksSelfSigned } from '../../x509/chain-certificate';
import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';

/**
 * An intermediate that is on no path from any leaf: sent along for nothing, or the intermediate
 * of another chain pasted by mistake (while the right one is missing). Roots are left out, since
 * a CA bundle full of roots is what a trust store is.
 */
export const chainUnrelated: Check = {
	id: 'chain.unrelated-certificate',
	description: 'A certificate that belongs to no chain of the pasted leaf certificates.',
	citation: 'RFC 8446 §4.4.2 (certificates that do not belong to the chain)',
	remedies: ['order-chain-file', 'serve-full-chain'],
	run({ chains, evidence }) {
		if (chains.length === 0) return [];
		const unusedEverywhere = chains.map((c) => new Set(c.bundle.unused)).reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
		return evidence.certificates.flatMap((c) => {
			if (!unusedEverywhere.has(c.item.id) || chains.some((ch) => ch.leaf === c.item.id)) return [];
			const cert = chainCertificateOf(c);
			if (!cert || looksSelfSigned(cert)) return [];
			const view = c.item.certificate;
			return [
				finding(this, 'info', {
					subject: c.item.id,
					title: `${view.subject.commonName ?? view.subject.rfc2253} is not part of the chain`,
					detail:
						`It was issued by “${view.issuer.rfc2253}” and issued none of the certificates here, so no path uses it. If the server sends it, it is only ` +
						'extra bytes; if it was meant to be the intermediate of this chain, it is the wrong one.',
					evidence: [`subject: ${view.subject.rfc2253}`, `issuer: ${view.issuer.rfc2253}`]
				})
			];
		});
	}
};
