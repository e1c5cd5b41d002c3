import { EKU } from '../../x509/extensions';
import type { DistinguishedNameView } from '../../model/report';
import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';
import { certName, placeOf } from '../format';

const CLUSTER_ATTRIBUTES = ['O', 'OU', 'DC'] as const;

function clusterPart(dn: DistinguishedNameView): string {
	return CLUSTER_ATTRIBUTES.map((t) =>
		dn.attributes
			.filter((a) => a.shortName === t)
			.map((a) => `${t}=${a.value}`)
			.join(',')
	).join('|');
}

/**
 * MongoDB treats a certificate whose subject has the same O, OU and DC as the members' as a
 * member of the cluster. A client certificate must differ in at least one of them, or createUser
 * fails with "BadValue: Cannot create an x.509 user with a subjectname that would be recognized
 * as an internal cluster member" (seed 004; MongoDB manual, Client X.509 certificate requirements).
 */
export const x509MemberSubject: Check = {
	id: 'x509.subject-like-member',
	description:
		'The client certificate’s subject has the same O, OU and DC as a member certificate, so MongoDB would take it for a cluster member.',
	citation: 'MongoDB manual, X.509 client certificate requirements; seed 004 (BadValue … internal cluster member)',
	remedies: ['reissue-client-subject'],
	run({ leaves, context, evidence }) {
		if (context.role !== 'client') return [];
		// Member certificates are the server-side ones: non-CA certificates that allow serverAuth (or any purpose).
		const members = evidence.certificates.filter((c) => {
			if (c.item.certificate.isCA) return false;
			const eku = chainCertificateOf(c)?.ext.extKeyUsage?.oids;
			return !eku || eku.includes(EKU.serverAuth);
		});
		const byPart = new Map<string, typeof members>();
		for (const m of members) {
			const part = clusterPart(m.item.certificate.subject);
			const list = byPart.get(part);
			if (list) list.push(m);
			else byPart.set(part, [m]);
		}
		return leaves.flatMap((leaf) => {
			const client = leaf.item.certificate.subject;
			const part = clusterPart(client);
			if (part === '||') return [];
			const same = (byPart.get(part) ?? []).filter((m) => m.item.certificate.sha256 !== leaf.item.certificate.sha256).slice(0, 3);
			return same.map((m) =>
				finding(this, 'error', {
					subject: leaf.item.id,
					title: `${certName(leaf.item.certificate)} looks like a cluster member to MongoDB`,
					detail:
						`Its O, OU and DC are the same as those of the member certificate ${certName(m.item.certificate)} (${placeOf(m.item.source)}). MongoDB would treat a connection with it ` +
						'as an internal cluster member, and refuses to create such a user: “BadValue: Cannot create an x.509 user with a subjectname that would be recognized ' +
						'as an internal cluster member”. Reissue the client certificate with a different O, OU or DC (for example OU=Clients).',
					evidence: [`client: ${client.rfc2253}`, `member: ${m.item.certificate.subject.rfc2253}`]
				})
			);
		});
	}
};
