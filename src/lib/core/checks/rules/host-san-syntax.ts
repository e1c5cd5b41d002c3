import { finding, type Check } from '../check';
import { certName } from '../format';

const LDH_LABEL = /^(\*|[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)$/;

/** Why a dNSName cannot match any host a client dials, or undefined when it is well formed. */
export function dnsNameFault(value: string): string | undefined {
	if (value === '') return 'it is empty';
	if (value.includes('\u0000')) return undefined; // host.nul-byte says it louder
	if (value.trim() !== value || /\s/.test(value)) return 'it contains spaces';
	// eslint-disable-next-line no-control-regex -- only ASCII is allowed in a dNSName
	if (/[^\u0000-\u007f]/.test(value))
		return 'it holds non-ASCII characters: an internationalised name must be written as its IDNA A-label (xn--…), which is what clients compare';
	if (value.endsWith('.')) return 'it ends with a dot, which clients do not expect in a certificate';
	const labels = value.split('.');
	if (labels.some((l) => l === '')) return 'it has an empty label (two dots in a row)';
	const bad = labels.find((l) => !LDH_LABEL.test(l) && !l.includes('*'));
	if (bad !== undefined) return `the label “${bad}” is not letters, digits and hyphens`;
	return undefined;
}

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
