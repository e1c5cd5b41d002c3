import { EXPIRING_DAYS } from '../../chain/chain-report';
import { finding, type Check } from '../check';
import { certName, formatDate, formatSpan } from '../format';
import { DAY_MS } from '../../model/days';

/** Valid today, gone within a month: renewing now avoids the outage (CA/B BR §4.6 renewal). */
export const certExpiringSoon: Check = {
	id: 'cert.expiring-soon',
	description: `The certificate is valid now but expires within ${EXPIRING_DAYS} days.`,
	citation: 'RFC 5280 §4.1.2.5',
	remedies: ['renew-certificate'],
	run({ evidence, context }) {
		const at = context.at.getTime();
		const seen = new Set<string>();
		return evidence.certificates.flatMap(({ item }) => {
			const view = item.certificate;
			if (seen.has(view.sha256)) return [];
			seen.add(view.sha256);
			const notBefore = Date.parse(view.notBefore);
			const notAfter = Date.parse(view.notAfter);
			if (at < notBefore || at > notAfter || notAfter - at >= EXPIRING_DAYS * DAY_MS) return [];
			return [
				finding(this, 'warning', {
					subject: item.id,
					title: `${certName(view)} expires in ${formatSpan(notAfter - at)}`,
					detail:
						`This certificate is valid until ${formatDate(view.notAfter)}. From that moment every client refuses it ` +
						`(“certificate has expired”, OpenSSL verify code 10). Renew it and deploy the new one before then.`,
					evidence: [`notAfter: ${view.notAfter}`, `checked at: ${context.at.toISOString()}`]
				})
			];
		});
	}
};
