import type { SubjectAltName } from '../../model/report';
import { wildcardFault } from '../../names/dns';
import { finding, type Check } from '../check';
import { certName } from '../format';

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
