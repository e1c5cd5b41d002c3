import { finding, type Check } from '../check';
import { certName, formatDate } from '../format';

/** The all-clear counterpart of cert.expired and cert.not-yet-valid, so the page can show a tick. */
export const certValidPeriod: Check = {
	id: 'cert.valid',
	description: 'The certificate is within its validity period.',
	citation: 'RFC 5280 §4.1.2.5',
	remedies: [],
	run({ evidence, context }) {
		const at = context.at.getTime();
		return evidence.certificates.flatMap(({ item }) => {
			const from = Date.parse(item.certificate.notBefore);
			const to = Date.parse(item.certificate.notAfter);
			if (at < from || at > to) return [];
			return [
				finding(this, 'ok', {
					subject: item.id,
					title: `${certName(item.certificate)} is within its validity dates`,
					detail: `Valid from ${formatDate(item.certificate.notBefore)} to ${formatDate(item.certificate.notAfter)}.`
				})
			];
		});
	}
};
