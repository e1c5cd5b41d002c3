/** Distinguished names as people and MongoDB read them. */

import type * as pkijs from 'pkijs';
import type { DistinguishedNameView } from '../model/report';
import { hex } from '../bytes/hex';
import { escapeRfc4514Value } from './name-key';
import { NAME_ATTRIBUTES } from './oids';

interface AsnStringLike {
	valueBlock?: { value?: unknown; valueHexView?: Uint8Array };
}

/** The text of an attribute value, whatever ASN.1 string type carries it. */
export function attributeText(value: unknown): string {
	const block = (value as AsnStringLike)?.valueBlock;
	if (block && typeof block.value === 'string') return block.value;
	if (block?.valueHexView) return '#' + hex(block.valueHexView);
	return '';
}

/** RFC 4514 escaping, which is what `openssl x509 -nameopt RFC2253` prints and MongoDB compares. */
export function escapeRfc4514(value: string): string {
	// A "#…" value is already the hex of a non-string value; anything else is text to escape.
	if (value.startsWith('#') && /^#[0-9a-f]+$/.test(value)) return value;
	return escapeRfc4514Value(value);
}

export function nameView(name: pkijs.RelativeDistinguishedNames): DistinguishedNameView {
	const attributes = name.typesAndValues.map((tv) => {
		const known = NAME_ATTRIBUTES[tv.type];
		return { type: tv.type, shortName: known?.short ?? tv.type, value: attributeText(tv.value) };
	});
	// Multi-valued RDNs are rare in TLS certificates; pkijs flattens them, and so do we.
	const rfc2253 = [...attributes]
		.reverse()
		.map((a) => `${a.shortName}=${escapeRfc4514(a.value)}`)
		.join(',');
	const cn = [...attributes].reverse().find((a) => a.type === '2.5.4.3');
	return { rfc2253, commonName: cn?.value, attributes };
}

/** Byte-for-byte comparison of two encoded names, which is how OpenSSL chains issuer to subject
 *  after canonicalisation; exact equality covers what openssl-made certificates produce. */
export function sameName(a: pkijs.RelativeDistinguishedNames, b: pkijs.RelativeDistinguishedNames): boolean {
	return a.isEqual(b);
}
