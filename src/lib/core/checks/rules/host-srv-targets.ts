import { matchHost } from '../../x509/hostname';
import { finding, type Check } from '../check';
import { certName } from '../format';

/**
 * With mongodb+srv://NAME the driver resolves _mongodb._tcp.NAME and connects to each target,
 * checking each server's certificate against that target's name (MongoDB Initial DNS Seedlist
 * Discovery spec). Whether the certificate names NAME itself does not matter; whether it names
 * every target does. The targets are known when the input names them (error text, s_client).
 */
export const hostSrvTargets: Check = {
	id: 'host.srv-targets',
	description: 'With mongodb+srv://, the server certificate must match each host the SRV record returns, not the SRV name.',
	citation: 'MongoDB Initial DNS Seedlist Discovery specification; RFC 6125 §6.4; RFC 2782',
	remedies: ['check-srv-dns', 'reissue-with-san', 'connect-with-listed-name'],
	run({ leaves, context, srvNames: names = [] }) {
		if (context.role !== 'server') return [];
		if (names.length === 0) return [];
		return leaves.flatMap(({ item }) => {
			const view = item.certificate;
			const listed = view.subjectAltNames.filter((s) => s.type === 'dns' || s.type === 'ip').map((s) => s.value);
			const listedText = listed.length ? listed.join(', ') : `only the CN ${view.subject.commonName ?? '(none)'}`;
			return names.map((srv) => {
				const lookup = `nslookup -type=SRV _mongodb._tcp.${srv.name}`;
				const nameMatches = matchHost(srv.name, view.subjectAltNames, view.subject.commonName).matched;
				if (srv.targets.length === 0) {
					return finding(this, 'info', {
						id: 'host.srv-name',
						subject: item.id,
						title: `With mongodb+srv://${srv.name}, the certificate must match the SRV targets`,
						detail:
							`The driver looks up the SRV record _mongodb._tcp.${srv.name} and connects to each host it lists, checking the certificate against that host. ` +
							`${nameMatches ? `That the certificate also covers ${srv.name} is not what counts.` : `That it does not list ${srv.name} itself is fine.`} ` +
							`Run \`${lookup}\` to see the targets and check that ${certName(view)} covers each of them (it lists ${listedText}).`,
						evidence: [`SRV name: ${srv.name}`, `subjectAltName: ${listed.join(', ') || 'none'}`],
						remedies: ['check-srv-dns']
					});
				}
				const missing = srv.targets.filter((t) => !matchHost(t, view.subjectAltNames, view.subject.commonName).matched);
				if (missing.length === 0) {
					return finding(this, 'ok', {
						id: 'host.srv-targets-match',
						subject: item.id,
						title: `The certificate matches every known target of ${srv.name}`,
						detail: `${srv.targets.join(', ')} are all covered by ${certName(view)}${nameMatches ? '' : ` (the SRV name ${srv.name} itself need not be)`}.`,
						evidence: [`targets: ${srv.targets.join(', ')}`, `subjectAltName: ${listed.join(', ') || 'none'}`]
					});
				}
				return finding(this, 'error', {
					subject: item.id,
					title: `The certificate does not match ${missing.join(', ')}, a target of ${srv.name}`,
					detail:
						`mongodb+srv://${srv.name} makes the driver connect to ${srv.targets.join(', ')}, and each server's certificate is checked against the name ` +
						`it was reached by. ${certName(view)} lists ${listedText}, which does not cover ${missing.join(', ')}. ` +
						'Either that server presents the wrong certificate, or the certificate needs those names. ' +
						`\`${lookup}\` shows the full target list.`,
					evidence: [`SRV name: ${srv.name}`, `targets seen: ${srv.targets.join(', ')}`, `subjectAltName: ${listed.join(', ') || 'none'}`]
				});
			});
		});
	}
};
