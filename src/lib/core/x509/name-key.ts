/**
 * Distinguished names as path building compares them. RFC 5280 §7.1 matches names after
 * normalisation, and OpenSSL (X509_NAME_cmp on the canonical encoding) compares string
 * attributes case-insensitively with surrounding and repeated spaces folded. A byte-for-byte
 * comparison would miss an issuer whose name was re-encoded as UTF8String by another tool,
 * which is a classic "unable to get local issuer certificate" puzzle.
 */

import {
	derError,
	TAG,
	childrenOf,
	contentOf,
	decodeDirectoryString,
	encodedOf,
	expectTag,
	readOid,
	type Tlv,
	type DerMode
} from '../bytes/der';
import { hex } from '../bytes/hex';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export interface NameAttribute {
	oid: string;
	/** The value's text when it is a directory string, for display, CN and name constraints. */
	text?: string;
	/** The value exactly as encoded (tag, length, content). */
	encoded: Uint8Array;
}

export interface DistinguishedName {
	/** The Name exactly as encoded, for display and byte comparison. */
	der: Uint8Array;
	/** RDNs in encoded order (least specific first); each a set of attributes. */
	rdns: NameAttribute[][];
	/** Canonical form: equal keys mean equal names for chaining. */
	key: string;
	empty: boolean;
}

export const COMMON_NAME = '2.5.4.3';
export const EMAIL_ADDRESS = '1.2.840.113549.1.9.1';

export function readName(bytes: Uint8Array, tlv: Tlv): DistinguishedName {
	expectTag(tlv, TAG.sequence);
	const rdns: NameAttribute[][] = [];
	for (const rdnTlv of childrenOf(bytes, tlv, MODE)) {
		expectTag(rdnTlv, TAG.set);
		const attributes: NameAttribute[] = [];
		for (const atvTlv of childrenOf(bytes, rdnTlv, MODE)) {
			expectTag(atvTlv, TAG.sequence);
			const parts = childrenOf(bytes, atvTlv, MODE);
			if (parts.length !== 2) throw derError('attribute is not a type and a value');
			const oid = readOid(bytes, expectTag(parts[0], TAG.oid), MODE);
			const text = decodeDirectoryString(parts[1].tag, contentOf(bytes, parts[1]));
			attributes.push({ oid, text, encoded: encodedOf(bytes, parts[1]) });
		}
		if (attributes.length === 0) throw derError('empty relative distinguished name');
		rdns.push(attributes);
	}
	return { der: encodedOf(bytes, tlv), rdns, key: canonicalKey(rdns), empty: rdns.length === 0 };
}

function canonicalValue(a: NameAttribute): string {
	if (a.text === undefined) return `#${hex(a.encoded)}`;
	// ASCII-only lower-casing, as OpenSSL does: locale rules must not make two names equal.
	const folded = a.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
	return folded.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

function canonicalKey(rdns: NameAttribute[][]): string {
	return JSON.stringify(rdns.map((rdn) => rdn.map((a) => `${a.oid}=${canonicalValue(a)}`).sort()));
}

/** Common names, most specific last as encoded. */
export function commonNames(name: DistinguishedName): string[] {
	return name.rdns.flatMap((rdn) => rdn.filter((a) => a.oid === COMMON_NAME && a.text !== undefined).map((a) => a.text as string));
}

export function emailAddresses(name: DistinguishedName): string[] {
	return name.rdns.flatMap((rdn) => rdn.filter((a) => a.oid === EMAIL_ADDRESS && a.text !== undefined).map((a) => a.text as string));
}

/** Does `name` lie within `base`: are base's RDNs a prefix of name's (RFC 5280 §4.2.1.10, directoryName)? */
export function nameWithinSubtree(name: DistinguishedName, base: DistinguishedName): boolean {
	if (base.rdns.length > name.rdns.length) return false;
	for (let i = 0; i < base.rdns.length; i++) {
		const a = base.rdns[i].map((x) => `${x.oid}=${canonicalValue(x)}`).sort();
		const b = name.rdns[i].map((x) => `${x.oid}=${canonicalValue(x)}`).sort();
		if (a.length !== b.length || a.some((v, j) => v !== b[j])) return false;
	}
	return true;
}

/** A short readable form for messages: "CN=Foo, O=Bar" most specific first. */
export function describeName(name: DistinguishedName): string {
	if (name.empty) return '(empty name)';
	const short: Record<string, string> = {
		'2.5.4.3': 'CN',
		'2.5.4.6': 'C',
		'2.5.4.7': 'L',
		'2.5.4.8': 'ST',
		'2.5.4.10': 'O',
		'2.5.4.11': 'OU',
		'0.9.2342.19200300.100.1.25': 'DC',
		[EMAIL_ADDRESS]: 'emailAddress'
	};
	return [...name.rdns]
		.reverse()
		.map((rdn) => rdn.map((a) => `${short[a.oid] ?? a.oid}=${a.text ?? '#' + hex(a.encoded)}`).join('+'))
		.join(', ');
}

const RFC2253_SHORT: Record<string, string> = {
	'2.5.4.3': 'CN',
	'2.5.4.6': 'C',
	'2.5.4.7': 'L',
	'2.5.4.8': 'ST',
	'2.5.4.9': 'STREET',
	'2.5.4.10': 'O',
	'2.5.4.11': 'OU',
	'0.9.2342.19200300.100.1.1': 'UID',
	'0.9.2342.19200300.100.1.25': 'DC'
};

/**
 * RFC 4514 / RFC 2253 form, most specific first, as `openssl x509 -nameopt RFC2253` prints it:
 * the string MongoDB compares for X.509 users. Attributes without a short name print as their
 * OID with the value hex-encoded (#…), as RFC 4514 §2.4 prescribes.
 */
export function rfc2253Of(name: DistinguishedName): string {
	return [...name.rdns]
		.reverse()
		.map((rdn) =>
			rdn
				.map((a) => {
					const short = RFC2253_SHORT[a.oid];
					if (short && a.text !== undefined) return `${short}=${escapeRfc4514Value(a.text)}`;
					if (a.oid === EMAIL_ADDRESS && a.text !== undefined) return `emailAddress=${escapeRfc4514Value(a.text)}`;
					return `${a.oid}=#${hex(a.encoded)}`;
				})
				.join('+')
		)
		.join(',');
}

/** RFC 4514 §2.4 escaping of one attribute value's text. */
export function escapeRfc4514Value(value: string): string {
	let out = value.replace(/[\\,+"<>;=]/g, (c) => '\\' + c);
	out = out.replace(/^[ #]/, (c) => '\\' + c).replace(/ $/, '\\ ');
	// eslint-disable-next-line no-control-regex -- control characters must be visible, not silently kept
	return out.replace(/[\u0000-\u001f\u007f]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}
