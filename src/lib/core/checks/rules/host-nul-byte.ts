import { finding, type Check } from '../check';

/**
 * A NUL byte inside a name is never legitimate: IA5String and the directory strings a hostname
 * uses have no place for it, and the 2009 "null prefix" attacks (CVE-2009-2408, CVE-2009-2666)
 * used "bank.example\0.attacker.test" to fool clients that compared C strings. Current OpenSSL
 * refuses to match such a name, but a certificate carrying one is hostile or from a broken CA.
 */
export const hostNulByte: Check = {
	id: 'host.nul-byte',
	description: 'A name in the certificate contains a NUL byte: a known attack on host-name checks.',
	citation: 'RFC 5280 §4.2.1.6 (IA5String dNSName); CVE-2009-2408; OpenSSL X509_check_host',
	remedies: ['reissue-with-san'],
	run({ evidence }) {
		return evidence.certificates.flatMap(({ item }) => {
			const view = item.certificate;
			const names = [
				...view.subjectAltNames.filter((s) => s.type !== 'other').map((s) => `${s.type.toUpperCase()}:${s.value}`),
				...view.subject.attributes.map((a) => `${a.shortName}=${a.value}`)
			].filter((n) => n.includes('\u0000'));
			if (names.length === 0) return [];
			const shown = names.map((n) => n.split('\u0000').join('\\0'));
			return [
				finding(this, 'error', {
					subject: item.id,
					title: 'A name in this certificate hides a NUL byte',
					detail:
						`${shown.join(', ')}: the part before \\0 looks like a host you trust, and the part after it is what the name really is. ` +
						'This is the shape of the “null prefix” attack on host-name checks. Current clients refuse to match it, but do not use this certificate, ' +
						'and find out where it came from: a CA that issues such names is broken or compromised.',
					evidence: shown
				})
			];
		});
	}
};
