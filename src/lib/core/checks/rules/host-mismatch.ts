import { srvNameFor } from '../../chain/peer-hosts';
import { finding, type Check } from '../check';
import { certName } from '../format';
import { toAsciiHost } from '../../names/dns';
import { isIpLiteral } from '../../names/ip';
import { matchHost } from '../../x509/hostname';

/**
 * The name the client dials must appear in the server certificate's subjectAltName (RFC 6125
 * §6.4): case-insensitively, a wildcard standing for exactly one whole left-most label, never
 * over a public suffix, an IP only as an IP entry, an internationalised name as its A-label.
 * Only runs when the person told us the host and the leaf is a server certificate; a
 * mongodb+srv:// name is left to host.srv-targets, because the certificate must match the SRV
 * targets, not the SRV name.
 */
export const hostMismatch: Check = {
	id: 'host.mismatch',
	description: 'The host the client connects to is not among the names the server certificate lists.',
	citation: 'RFC 6125 §6.4; RFC 2818 §3.1; OpenSSL X509_V_ERR_HOSTNAME_MISMATCH (62) / X509_V_ERR_IP_ADDRESS_MISMATCH (64)',
	remedies: ['connect-with-listed-name', 'reissue-with-san', 'allow-invalid-hostnames'],
	run({ leaves, context, srvNames = [] }) {
		const typed = context.host;
		if (!typed || context.role !== 'server') return [];
		if (srvNameFor(typed, srvNames)) return [];
		const host = toAsciiHost(typed);
		const idn = host !== typed ? [`${typed} is written on the wire as ${host}`] : [];
		return leaves.flatMap(({ item }) => {
			const view = item.certificate;
			const match = matchHost(host, view.subjectAltNames, view.subject.commonName);
			const listed = view.subjectAltNames.filter((s) => s.type === 'dns' || s.type === 'ip').map((s) => s.value);
			if (match.matched) {
				if (match.by === 'cn') {
					return [
						finding(this, 'warning', {
							id: 'host.cn-only',
							subject: item.id,
							title: `${typed} matches only the certificate's Common Name`,
							detail:
								'The certificate has no subjectAltName, so the name is only in the subject CN. OpenSSL-based clients (PyMongo, the Node.js driver, mongosh) ' +
								'and Java still fall back to the CN and connect, but Go (since 1.15), browsers and rustls ignore the CN and fail with a host-name mismatch, ' +
								'and RFC 6125 deprecates the practice. Reissue the certificate with the host in a DNS (or IP) subjectAltName.',
							evidence: [`CN=${view.subject.commonName}`, 'subjectAltName: none', ...idn],
							remedies: ['reissue-with-san']
						})
					];
				}
				return [
					finding(this, 'ok', {
						id: 'host.match',
						subject: item.id,
						title: `${typed} matches the certificate (${match.by.toUpperCase()} name ${match.name})`,
						detail: `Hostname verification will pass for ${typed}.`,
						evidence: [`subjectAltName: ${listed.join(', ')}`, ...idn]
					})
				];
			}
			const ip = isIpLiteral(host);
			const names = match.candidates.length ? match.candidates.join(', ') : 'no names at all';
			return [
				finding(this, 'error', {
					subject: item.id,
					title: ip
						? `The certificate for ${certName(view)} does not list the IP address ${typed}`
						: `The certificate for ${certName(view)} does not list ${typed}`,
					detail:
						(ip
							? `You connect by IP address, and an IP only matches an "IP Address" entry in the subjectAltName, never a DNS name. `
							: `A client that verifies hostnames (all MongoDB drivers do by default) checks that ${typed} is one of the certificate's names. `) +
						`This certificate lists: ${names}. Connect with one of those names, or reissue the certificate with ${typed} in its subjectAltName.`,
					evidence: [
						`connecting to: ${typed}`,
						...idn,
						listed.length ? `subjectAltName: ${listed.join(', ')}` : 'subjectAltName: none',
						...(view.subject.commonName ? [`CN=${view.subject.commonName}`] : [])
					]
				})
			];
		});
	}
};
