import type { SubjectAltName } from '../../model/report';
import { isPublicSuffix } from '../../x509/hostname';
import { finding, type Check } from '../check';
import { certName } from '../format';

/** Why a wildcard dNSName matches nothing for a current client, or undefined when it is a usable "*.name". */
export function wildcardFault(value: string): string | undefined {
	if (!value.includes('*')) return undefined;
	const labels = value.toLowerCase().replace(/\.$/, '').split('.');
	if (labels.slice(1).some((l) => l.includes('*')))
		return 'a wildcard may only be the whole left-most label; one further right (or two of them) matches nothing';
	if (labels[0] !== '*')
		return `a partial-label wildcard (“${labels[0]}”) is refused by Python and OpenSSL-based clients (X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS), Go, Java and browsers`;
	const base = labels.slice(1).join('.');
	if (labels.length < 3 || isPublicSuffix(base))
		return `“*.${base}” would stand for every name under the public suffix “${base}”; clients refuse to match it, and no CA may issue it`;
	return undefined;
}

/**
 * A wildcard is one whole left-most label, never part of one, never further right, and never
 * over a public suffix (RFC 6125 §6.4.3; CA/B Forum BR §3.2.2.6). A certificate carrying any other
 * form names nothing with it, which is often why "the wildcard doesn't work".
 */
export const hostWildcardInvalid: Check = {
	id: 'host.wildcard-invalid',
	description: 'A wildcard in the server certificate is of a form that clients refuse to match.',
	citation: 'RFC 6125 §6.4.3; CA/B Forum BR §3.2.2.6; OpenSSL X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS',
	remedies: ['reissue-with-san', 'connect-with-listed-name'],
	run({ leaves, context }) {
		if (context.role !== 'server') return [];
		return leaves.flatMap(({ item }) => {
			const bad = item.certificate.subjectAltNames
				.filter((s): s is SubjectAltName & { type: 'dns' } => s.type === 'dns')
				.map((s) => ({ name: s.value, why: wildcardFault(s.value) }))
				.filter((x): x is { name: string; why: string } => x.why !== undefined);
			if (bad.length === 0) return [];
			return [
				finding(this, 'warning', {
					subject: item.id,
					title: `${certName(item.certificate)} has a wildcard name no client will match: ${bad.map((b) => b.name).join(', ')}`,
					detail:
						bad.map((b) => `${b.name}: ${b.why}.`).join(' ') +
						' Reissue the certificate with the exact host names, or with a wildcard of the form *.example.com.',
					evidence: bad.map((b) => `DNS:${b.name}`)
				})
			];
		});
	}
};
