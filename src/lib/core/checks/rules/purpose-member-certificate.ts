import { EKU } from '../../x509/extensions';
import type { ConnectionReport } from '../../model/connection';
import { finding, type Check } from '../check';
import { chainCertificateOf } from '../chain-facts';
import { certName } from '../format';

/** What suggests these servers form a cluster, in words for the evidence; undefined when nothing does. */
function clusterSignal(serverLeaves: number, connections: readonly ConnectionReport[]): string | undefined {
	if (serverLeaves > 1) return `${serverLeaves} server certificates pasted together`;
	for (const { analysis: a } of connections) {
		if (a.srv) return 'a mongodb+srv:// connection string (a replica set or sharded cluster)';
		if (a.hosts.length > 1) return `a connection string with ${a.hosts.length} hosts`;
		if (a.options.some((o) => o.canonical === 'replicaSet' || o.written.toLowerCase() === 'replicaset'))
			return 'a connection string naming a replica set';
	}
	return undefined;
}

/**
 * Replica-set and sharded-cluster members present their certificate to each other: as the
 * server of the connection and, for the member dialling out, as its client certificate
 * (net.tls.clusterFile, or net.tls.certificateKeyFile when no clusterFile is set); a mongod with a
 * CA file asks every peer for one. A certificate used both ways needs serverAuth and clientAuth
 * (MongoDB "Member Certificate Requirements"). Said only when the input suggests a cluster.
 */
export const purposeMemberCertificate: Check = {
	id: 'purpose.member-needs-both',
	description:
		'In a replica set or sharded cluster, a member certificate restricted to serverAuth is refused when members connect to each other, which needs clientAuth too.',
	citation: 'MongoDB manual, Member certificate requirements (net.tls.clusterFile); RFC 5280 §4.2.1.12; seed 004',
	remedies: ['reissue-with-eku'],
	run({ leaves, context, connections = [] }) {
		if (context.role !== 'server') return [];
		const cluster = clusterSignal(leaves.length, connections);
		return leaves.flatMap((leaf) => {
			const eku = chainCertificateOf(leaf)?.ext.extKeyUsage;
			if (!eku) return [];
			const server = eku.oids.includes(EKU.serverAuth) || eku.oids.includes(EKU.any);
			const client = eku.oids.includes(EKU.clientAuth) || eku.oids.includes(EKU.any);
			const view = leaf.item.certificate;
			if (server && client) {
				return [
					finding(this, 'ok', {
						id: 'purpose.member-ok',
						subject: leaf.item.id,
						title: `${certName(view)} allows both serverAuth and clientAuth`,
						detail: 'It can serve clients and also act as a cluster member certificate (net.tls.clusterFile).'
					})
				];
			}
			if (!server || !cluster) return [];
			return [
				finding(this, 'info', {
					subject: leaf.item.id,
					title: `${certName(view)} allows serverAuth only: not usable as a member certificate`,
					detail:
						'That is right for a server that only clients connect to. But if this mongod is a replica-set or sharded-cluster member and uses this file ' +
						'as its cluster certificate (net.tls.clusterFile, or certificateKeyFile when no clusterFile is set), the other members see it as a client ' +
						'certificate and refuse it for lack of clientAuth. Reissue it with extendedKeyUsage = serverAuth, clientAuth for that use.',
					evidence: ['extendedKeyUsage: serverAuth', cluster]
				})
			];
		});
	}
};
