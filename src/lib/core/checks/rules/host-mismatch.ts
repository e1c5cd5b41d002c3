import { finding, type Check } from '../check';
import { certName } from '../format';
import { isIpLiteral, matchHost } from '../../x509/hostname';

/**
 * The name the client dials must appear in the server certificate's subjectAltName.
 * Only runs when the person told us the host and the leaf is a server certificate.
 */
export const hostMismatch: Check = {
	id: 'host.mismatch',
	description: 'The host the client connects to is not among the names the server certificate lists.',
	citation: 'RFC 6125 §6.4; RFC 2818 §3.1; OpenSSL X509_V_ERR_HOSTNAME_MISMATCH (62) / X509_V_ERR_IP_ADDRESS_MISMATCH (64)',
	remedies: ['connect-with-listed-name', 'reissue-with-san', 'allow-invalid-hostnames'],
	run({ leaves, context }) {
		const host = context.host;
		if (!host || context.role !== 'server') return [];
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
							title: `${host} matches only the certificate's Common Name`,
							detail:
								'The certificate has no subjectAltName, so OpenSSL-based clients (PyMongo, the Node driver, mongosh) fall back to the CN and accept it, ' +
								'but Go 1.15+ ignores the CN entirely and rejects it, and the practice has been deprecated since RFC 2818. Reissue the certificate with the host in a DNS (or IP) subjectAltName.',
							evidence: [`CN=${view.subject.commonName}`, 'subjectAltName: none'],
							remedies: ['reissue-with-san']
						})
					];
				}
				return [
					finding(this, 'ok', {
						id: 'host.match',
						subject: item.id,
						title: `${host} matches the certificate (${match.by.toUpperCase()} name ${match.name})`,
						detail: `Hostname verification will pass for ${host}.`,
						evidence: [`subjectAltName: ${listed.join(', ')}`]
					})
				];
			}
			const ip = isIpLiteral(host);
			const names = match.candidates.length ? match.candidates.join(', ') : 'no names at all';
			return [
				finding(this, 'error', {
					subject: item.id,
					title: ip
						? `The certificate for ${certName(view)} does not list the IP address ${host}`
						: `The certificate for ${certName(view)} does not list ${host}`,
					detail:
						(ip
							? `You connect by IP address, and an IP only matches an "IP Address" entry in the subjectAltName, never a DNS name. `
							: `A client that verifies hostnames (all MongoDB drivers do by default) checks that ${host} is one of the certificate's names. `) +
						`This certificate lists: ${names}. Connect with one of those names, or reissue the certificate with ${host} in its subjectAltName.`,
					evidence: [
						`connecting to: ${host}`,
						listed.length ? `subjectAltName: ${listed.join(', ')}` : 'subjectAltName: none',
						...(view.subject.commonName ? [`CN=${view.subject.commonName}`] : [])
					]
				})
			];
		});
	}
};
