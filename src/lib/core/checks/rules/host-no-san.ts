import { finding, type Check } from '../check';
import { certName } from '../format';

/**
 * A server certificate with no DNS or IP subjectAltName names its host only in the CN. Go (since
 * 1.15, GODEBUG x509ignoreCN), browsers and rustls never read the CN, so they cannot match it;
 * OpenSSL-based clients and Java still fall back to it (measured: Python 3.11 with OpenSSL 3.0
 * and Node.js 20 both connect). Without a host to compare, this says so up front; with one,
 * host.cn-only does.
 */
export const hostNoSan: Check = {
	id: 'host.no-san',
	description: 'The server certificate has no subjectAltName: clients that ignore the Common Name cannot match it.',
	citation: 'RFC 6125 §6.4.4; RFC 2818 §3.1; CA/B Forum BR §7.1.2.7.12; Go 1.15 release notes (CN ignored)',
	remedies: ['reissue-with-san'],
	run({ leaves, context }) {
		if (context.role !== 'server' || context.host) return [];
		return leaves.flatMap(({ item }) => {
			const view = item.certificate;
			if (view.subjectAltNames.some((s) => s.type === 'dns' || s.type === 'ip')) return [];
			return [
				finding(this, 'warning', {
					subject: item.id,
					title: `${certName(view)} has no subjectAltName: Go and other strict clients cannot match it`,
					detail:
						(view.subject.commonName
							? `Its only host name is the Common Name “${view.subject.commonName}”. `
							: 'It names no host at all. ') +
						'PyMongo, the Node.js driver, mongosh and Java fall back to the Common Name, but the Go driver, browsers and rustls do not, and fail with a ' +
						'host-name error. Reissue it with the host names in a subjectAltName (DNS: entries, and IP: entries for addresses).',
					evidence: [view.subject.commonName ? `CN=${view.subject.commonName}` : 'no CN', 'subjectAltName: none']
				})
			];
		});
	}
};
