import { finding, type Check } from '../check';
import { invisibleCharactersIn, showInvisible } from '../../x509/invisible-characters';

/**
 * Names that display as something they are not. A right-to-left override makes
 * "exe.<U+202E>gpj.example.com" display as something that ends in ".jpg" or reads backwards, a
 * zero-width space makes "pay<U+200B>pal" look exactly like "paypal", and control characters rewrite a terminal
 * or log line. No CA should issue such names (RFC 5280 §4.2.1.6 allows only LDH labels in a
 * dNSName; RFC 5891 §4.2.3 forbids these code points in IDNs). NUL bytes have their own check.
 */
/**
 * A dNSName is an IA5String, read byte by byte; an attacker who puts UTF-8 in it means it to be
 * read as UTF-8 by whatever displays it, so that is how it is examined and shown.
 */
function asUtf8(value: string): string {
	// eslint-disable-next-line no-control-regex -- the Latin-1 range is the point
	if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
	} catch {
		return value;
	}
}

export const certDeceptiveCharacters: Check = {
	id: 'cert.deceptive-characters',
	description: 'A name in the certificate contains invisible, direction-changing or control characters.',
	citation: 'RFC 5280 §4.2.1.6; RFC 5891 §4.2.3 (IDNA2008); Unicode TR #36 (Security Considerations) §2',
	remedies: ['reissue-with-san'],
	run({ evidence }) {
		return evidence.certificates.flatMap(({ item }) => {
			const view = item.certificate;
			const names = [
				...view.subjectAltNames
					.filter((s) => s.type !== 'other')
					.map((s) => ({ what: `subjectAltName ${s.type.toUpperCase()}`, value: asUtf8(s.value), san: true })),
				...view.subject.attributes.map((a) => ({ what: `subject ${a.shortName}`, value: a.value, san: false })),
				...view.issuer.attributes.map((a) => ({ what: `issuer ${a.shortName}`, value: a.value, san: false }))
			]
				// NUL is host.nul-byte's business; a name with only that is reported there.
				.map((n) => ({ ...n, found: invisibleCharactersIn(n.value).filter((c) => c.codePoint !== 0) }))
				.filter((n) => n.found.length);
			if (!names.length) return [];
			const inSan = names.some((n) => n.san);
			const chars = [...new Map(names.flatMap((n) => n.found).map((c) => [c.codePoint, c])).values()];
			return [
				finding(this, inSan ? 'error' : 'warning', {
					subject: item.id,
					title: `A name in this certificate hides ${chars.length === 1 ? 'a character' : 'characters'} that change how it reads`,
					detail:
						`${names.map((n) => `${n.what} “${showInvisible(n.value)}”`).join('; ')} contain${names.length === 1 ? 's' : ''} ${chars.map((c) => c.name).join(', ')}. ` +
						(chars.some((c) => c.kind === 'bidi')
							? 'A direction override makes the text after it display backwards, so the name you read is not the name that is there. '
							: '') +
						(chars.some((c) => c.kind === 'zero-width') ? 'A zero-width character makes two different names look identical. ' : '') +
						(chars.some((c) => c.kind === 'control') ? 'A control character can rewrite what a terminal or log shows. ' : '') +
						(inSan
							? 'A host name cannot contain these, so no client will match it; treat the certificate as hostile and find out who issued it.'
							: 'Names are shown here with each such character marked; check the certificate came from where you think it did.'),
					evidence: names.map((n) => `${n.what}: ${showInvisible(n.value)}`)
				})
			];
		});
	}
};
