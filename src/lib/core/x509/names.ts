/** Distinguished names as people and MongoDB read them. */

import type * as pkijs from 'pkijs';
import type { DistinguishedNameView } from '../model/report';
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

function hex(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += b.toString(16).padStart(2, '0');
	return s;
}

/** RFC 4514 escaping, which is what `openssl x509 -nameopt RFC2253` prints and MongoDB compares. */
export function escapeRfc4514(value: string): string {
	if (value.startsWith('#') && /^#[0-9a-f]+$/.test(value)) return value;
	let out = value.replace(/[\\,+"<>;=]/g, (c) => '\\' + c);
	out = out.replace(/^[ #]/, (c) => '\\' + c).replace(/ $/, '\\ ');
	// Control characters would be invisible or break the line; show them as escaped hex.
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	out = out.replace(/[\u0000-\u001f\u007f]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
	return out;
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
