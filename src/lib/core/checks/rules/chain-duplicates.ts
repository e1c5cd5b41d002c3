import { finding, type Check } from '../check';
import { placeOf } from '../format';

/** The same certificate twice in a chain or bundle: harmless to clients, but a sign of a hand-assembled file. */
export const chainDuplicates: Check = {
	id: 'chain.duplicate-certificate',
	description: 'The same certificate appears more than once.',
	citation: 'RFC 8446 §4.4.2',
	remedies: [],
	run({ evidence }) {
		const first = new Map<string, string>();
		return evidence.certificates.flatMap(({ item }) => {
			const sha = item.certificate.sha256;
			const earlier = first.get(sha);
			if (!earlier) {
				first.set(sha, item.id);
				return [];
			}
			const earlierItem = evidence.certificates.find((c) => c.item.id === earlier)?.item;
			const copies = earlierItem?.copies ?? 2;
			const times = copies === 2 ? 'twice' : `${copies.toLocaleString('en-US')} times`;
			return [
				finding(this, 'info', {
					subject: item.id,
					title: `${item.certificate.subject.commonName ?? item.certificate.subject.rfc2253} appears ${times}`,
					detail:
						`The certificate at ${placeOf(item.source)} is the same as the one at ${placeOf(earlierItem?.source ?? item.source)}${copies > 2 ? ` (only the first two copies are listed)` : ''}. Clients ignore the copy, so it does no harm, but a chain file assembled by hand with copies ` +
						'often also misses the certificate that was meant to be there.',
					evidence: [`SHA-256: ${sha}`]
				})
			];
		});
	}
};
