import { dnsNameFault } from '../../names/dns';
import { finding, type Check } from '../check';
import { certName } from '../format';

/** dNSName entries must be preferred-name-syntax host names in ASCII (RFC 5280 §4.2.1.6, §7.2). */
export const hostSanSyntax: Check = {
	id: 'host.san-invalid',
	description: 'A DNS name in the certificate is not a valid host name, so it can never match.',
	citation: 'RFC 5280 §4.2.1.6 and §7.2; RFC 1034 §3.5; RFC 5890 (IDNA A-labels)',
	remedies: ['reissue-with-san'],
	run({ leaves }) {
		return leaves.flatMap(({ item }) => {
			const bad = item.certificate.subjectAltNames
				.filter((s) => s.type === 'dns')
				.map((s) => ({ name: s.value, why: dnsNameFault(s.value) }))
				.filter((x): x is { name: string; why: string } => x.why !== undefined);
			if (bad.length === 0) return [];
			return [
				finding(this, 'warning', {
					subject: item.id,
					title: `${certName(item.certificate)} lists a DNS name that cannot match any host`,
					detail: bad.map((b) => `“${b.name}”: ${b.why}.`).join(' ') + ' Reissue the certificate with the names written correctly.',
					evidence: bad.map((b) => `DNS:${b.name}`)
				})
			];
		});
	}
};
