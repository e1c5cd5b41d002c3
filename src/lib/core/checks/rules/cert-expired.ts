import { finding, type Check } from '../check';
import { certName, formatDate, formatSpan } from '../format';

/** A certificate past its notAfter fails verification everywhere (OpenSSL verify code 10). */
export const certExpired: Check = {
	id: 'cert.expired',
	description: 'The certificate is past its notAfter date.',
	citation: 'RFC 5280 §4.1.2.5; OpenSSL X509_V_ERR_CERT_HAS_EXPIRED (10)',
	remedies: ['renew-certificate', 'check-clock'],
	run({ evidence, context }) {
		const at = context.at.getTime();
		return evidence.certificates.flatMap(({ item }) => {
			const notAfter = Date.parse(item.certificate.notAfter);
			if (notAfter >= at) return [];
			return [
				finding(this, 'error', {
					subject: item.id,
					title: `${certName(item.certificate)} expired ${formatSpan(at - notAfter)} ago`,
					detail:
						`This certificate stopped being valid on ${formatDate(item.certificate.notAfter)}. ` +
						'Every TLS client refuses an expired certificate, whether it is the server, an intermediate or a root. ' +
						'It has to be renewed; if the date looks wrong, check the clock of the machine that reported the error.',
					evidence: [`notAfter: ${item.certificate.notAfter}`, `checked at: ${context.at.toISOString()}`]
				})
			];
		});
	}
};
