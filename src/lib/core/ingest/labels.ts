/** Human labels for items: what a person would call the thing they pasted. */

import type { CertificateView } from '../report/model';
import { describeKey } from '../x509/public-key';

export function certificateLabel(view: CertificateView): string {
	const dns = view.subjectAltNames.find((s) => s.type === 'dns' || s.type === 'ip')?.value;
	const subject = dns ?? view.subject.commonName ?? (view.subject.rfc2253 || 'an empty subject');
	const issuer = view.issuer.commonName ?? (view.issuer.rfc2253 || 'an empty issuer');
	const key = describeKey(view.publicKey);
	if (view.selfIssued) {
		return `${view.isCA ? 'CA certificate' : 'Self-signed certificate'} ${subject} (${key})`;
	}
	return `${view.isCA ? 'CA certificate' : 'Certificate'} for ${subject}, issued by ${issuer} (${key})`;
}
