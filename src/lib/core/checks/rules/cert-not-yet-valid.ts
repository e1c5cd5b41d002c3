import { finding, type Check } from '../check';
import { certName, formatDate, formatSpan } from '../format';
import { DAY_MS } from '../../model/days';

/** A certificate before its notBefore fails verification (OpenSSL verify code 9). */
export const certNotYetValid: Check = {
	id: 'cert.not-yet-valid',
	description: 'The certificate is not valid yet: its notBefore date is in the future.',
	citation: 'RFC 5280 §4.1.2.5; OpenSSL X509_V_ERR_CERT_NOT_YET_VALID (9)',
	remedies: ['check-clock', 'renew-certificate'],
	run({ evidence, context }) {
		const at = context.at.getTime();
		return evidence.certificates.flatMap(({ item }) => {
			const notBefore = Date.parse(item.certificate.notBefore);
			if (notBefore <= at) return [];
			const ahead = notBefore - at;
			const skew = ahead < 2 * DAY_MS;
			return [
				finding(this, 'error', {
					subject: item.id,
					title: `${certName(item.certificate)} only becomes valid in ${formatSpan(ahead)}`,
					detail:
						`This certificate is valid from ${formatDate(item.certificate.notBefore)}. ` +
						(skew
							? 'That is close enough that the likely cause is a clock: either the client machine is behind, or the certificate was issued moments ago on a machine whose clock is ahead. Check the time on both.'
							: 'Either it was issued with a start date in the future, or the client machine’s clock is far behind. Check the clock first; if it is right, reissue the certificate.'),
					evidence: [`notBefore: ${item.certificate.notBefore}`, `checked at: ${context.at.toISOString()}`]
				})
			];
		});
	}
};
