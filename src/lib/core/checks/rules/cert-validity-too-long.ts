import { finding, type Check } from '../check';
import { certName, formatDate } from '../format';
import { DAY_MS, wholeDays } from '../../model/days';
const APPLE_825_FROM = Date.parse('2019-07-01T00:00:00Z');
const PUBLIC_398_FROM = Date.parse('2020-09-01T00:00:00Z');

/**
 * Apple platforms refuse TLS server certificates issued from 2019-07-01 with a validity over 825
 * days, and publicly trusted ones issued from 2020-09-01 over 398 days (Apple HT210176 and
 * HT211025; CA/B Forum BR §6.3.2 since 2020). Only clients on Apple's TLS stack enforce the 825
 * days for private CAs; browsers and public CAs enforce the 398.
 */
export const certValidityTooLong: Check = {
	id: 'cert.validity-too-long',
	description:
		'The server certificate is valid for longer than Apple platforms (825 days) or publicly trusted certificates (398 days) allow.',
	citation: 'Apple HT210176 (825 days, issued after 2019-07-01); Apple HT211025 and CA/B Forum BR §6.3.2 (398 days, publicly trusted)',
	remedies: ['renew-certificate'],
	run({ leaves, context, chains }) {
		if (context.role !== 'server') return [];
		return leaves.flatMap(({ item }) => {
			const view = item.certificate;
			const from = Date.parse(view.notBefore);
			// RFC 5280 §4.1.2.5: valid from notBefore through notAfter inclusive, so the period ends a
			// second after notAfter (a "3-year" certificate ending at 23:59:59 is 1095 days, not 1094).
			// The limits are on the exact period; the count shown follows the one day rule (model/days.ts).
			const end = Date.parse(view.notAfter) + 1000;
			const span = end - from;
			const days = wholeDays(from, end);
			const chain = chains.find((c) => c.leaf === item.id);
			const isPublic = chain?.trust.kind === 'public';
			const evidence = [`notBefore: ${view.notBefore}`, `notAfter: ${view.notAfter}`, `validity: ${days} days`];
			if (isPublic && from >= PUBLIC_398_FROM && span > 398 * DAY_MS) {
				return [
					finding(this, 'warning', {
						subject: item.id,
						title: `${certName(view)} is valid for ${days} days, more than the 398 a public certificate may be`,
						detail:
							`It was issued on ${formatDate(view.notBefore)} by a public CA, and publicly trusted server certificates issued since 1 September 2020 ` +
							'may be valid for at most 398 days. Browsers and Apple platforms refuse longer ones. MongoDB drivers on OpenSSL, Java and Go do not check this, ' +
							'but anything on Apple’s TLS stack (the .NET driver on macOS, Swift, URLSession) will.',
						evidence
					})
				];
			}
			if (from >= APPLE_825_FROM && span > 825 * DAY_MS) {
				return [
					finding(this, 'warning', {
						subject: item.id,
						title: `${certName(view)} is valid for ${days} days: Apple platforms refuse more than 825`,
						detail:
							`Since July 2019, iOS and macOS refuse TLS server certificates valid for more than 825 days, even from a private CA. ` +
							'PyMongo, the Node.js driver, mongosh, Java and Go do not check this; clients on Apple’s TLS stack (the .NET driver on macOS, Swift, URLSession) ' +
							'fail with a “not standards compliant” error. Reissue it for 825 days or less (a year is common) if such clients connect.',
						evidence
					})
				];
			}
			return [];
		});
	}
};
