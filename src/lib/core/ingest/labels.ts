/** Human labels for items: what a person would call the thing they pasted. */

import type { CertificateView, CrlView, PrivateKeyView } from '../model/report';
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

export function crlLabel(view: CrlView): string {
	const issuer = view.issuer.commonName ?? (view.issuer.rfc2253 || 'an unnamed issuer');
	return `CRL from ${issuer}, ${view.revokedCount} revoked`;
}

export function keyLabel(key: PrivateKeyView): string {
	const what = key.type === 'unknown' ? 'Private key' : `${describeKey({ type: key.type, bits: key.bits, curve: key.curve })} private key`;
	if (!key.encrypted) return what;
	if (key.decrypted) return `${what}, encrypted (decrypted with the password given)`;
	return `${what}, encrypted${key.encryption ? ` with ${key.encryption}` : ''}: needs tlsCertificateKeyFilePassword`;
}

/** A connection string's label: its redacted form, shortened; never the password. */
export function connectionStringLabel(form: 'uri' | 'python', redacted: string): string {
	const oneLine = redacted.replace(/\s+/g, ' ');
	const short = oneLine.length > 90 ? `${oneLine.slice(0, 87)}…` : oneLine;
	return form === 'uri' ? `Connection string ${short}` : `MongoClient call ${short}`;
}
