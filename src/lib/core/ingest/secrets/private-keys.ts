/**
 * Private key material in pasted text, in every form people paste it: PEM blocks of any private
 * key label (RFC 7468 §10 and §11, OpenSSH, PGP), cut off or not; bare base64 of a key or a
 * PKCS#12 file, or of a whole PEM file (a Kubernetes Secret's tls.key); and the private numbers
 * `openssl rsa -text` / `openssl pkey -text` print (privateExponent, prime1 … coefficient, priv:).
 */

import { derShape } from '../../x509/der-shape';
import { decodeBase64 } from '../../bytes/base64';
import { findPemBlocks } from '../pem';
import { findBase64Runs } from '../readers/base64-runs';
import type { SecretSpan } from './spans';

const KEY_LABEL = /PRIVATE KEY/;
const SECRET_DER = new Set(['pkcs8', 'encrypted-pkcs8', 'pkcs1-rsa', 'sec1-ec', 'pkcs12']);

export function privateKeySpans(text: string): SecretSpan[] {
	const spans: SecretSpan[] = [];
	for (const block of findPemBlocks(text)) {
		if (KEY_LABEL.test(block.label)) spans.push({ start: block.start, end: block.end, kind: 'private-key' });
	}
	for (const run of findBase64Runs(text)) {
		const secret = run.decoded.kind === 'pem-text' ? KEY_LABEL.test(run.decoded.text) : SECRET_DER.has(derShape(run.decoded.bytes));
		if (secret) spans.push({ start: run.start, end: run.end, kind: 'private-key' });
	}
	spans.push(...base64TokenSpans(text));
	spans.push(...opensslTextKeySpans(text));
	return spans;
}

// One-line base64 that may sit right after "key=" or inside quotes, where the run finder above
// (which reads "key=" as base64 too) does not see it start.
const BASE64_TOKEN = /[A-Za-z0-9+/]{64,}={0,2}/g;
const MAX_TOKEN = 64 * 1024;

function base64TokenSpans(text: string): SecretSpan[] {
	const spans: SecretSpan[] = [];
	for (const m of text.matchAll(BASE64_TOKEN)) {
		// DER private keys and PFX files start with a SEQUENCE: base64 "MI", "MH" or "MC".
		if (m[0][0] !== 'M' || m[0].length > MAX_TOKEN) continue;
		const decoded = decodeBase64(m[0]);
		if (decoded.ok && SECRET_DER.has(derShape(decoded.bytes)))
			spans.push({ start: m.index, end: m.index + m[0].length, kind: 'private-key' });
	}
	return spans;
}

// The private parts of `openssl rsa|ec|pkey|dsa -text`: a label on its own line, then indented hex.
const PRIVATE_FIELD = /^[ \t]*(?:privateExponent|prime1|prime2|exponent1|exponent2|coefficient|priv):[ \t]*$/;
const HEX_LINE = /^[ \t]+[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})*:?[ \t]*$/;
const PUBLIC_FIELD = /^[ \t]*(?:modulus|publicExponent|pub|ASN1 OID|NIST CURVE|P|Q|G|y|Private-Key|RSA Private-Key)\b/;

/** From the first private field to the end of the last private field's hex, one span per dump. */
function opensslTextKeySpans(text: string): SecretSpan[] {
	const spans: SecretSpan[] = [];
	let open: SecretSpan | undefined;
	let inPrivate = false;
	let at = 0;
	while (at <= text.length) {
		const nl = text.indexOf('\n', at);
		const end = nl < 0 ? text.length : nl;
		const line = text.slice(at, end).replace(/\r$/, '');
		if (PRIVATE_FIELD.test(line)) {
			inPrivate = true;
			if (!open) open = { start: at, end, kind: 'private-key-numbers' };
			open.end = end;
		} else if (inPrivate && HEX_LINE.test(line)) {
			open!.end = end;
		} else if (inPrivate && PUBLIC_FIELD.test(line)) {
			// The public key follows (pub: for EC): the private part of this dump ended.
			inPrivate = false;
		} else if (line.trim() !== '' || !inPrivate) {
			if (open) spans.push(open);
			open = undefined;
			inPrivate = false;
		}
		if (nl < 0) break;
		at = nl + 1;
	}
	if (open) spans.push(open);
	return spans;
}
