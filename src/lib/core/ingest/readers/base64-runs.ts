/**
 * Bare base64 of a certificate, key or PEM file, as found in a Kubernetes secret, a JSON field
 * or a keytool export: long runs of base64 that decode to DER (or to PEM text). Runs that decode
 * to anything else (a hex fingerprint, a token) are left alone.
 */

import { decodeBase64 } from '../../bytes/base64';
import { outlineDer } from '../../bytes/der';
import { derShape } from '../../x509/der-shape';

export interface Base64Run {
	start: number;
	end: number;
	/** Decoded DER, or decoded PEM text. */
	decoded: { kind: 'der'; bytes: Uint8Array } | { kind: 'pem-text'; text: string };
}

/** Runs longer than this are not a certificate, key or PEM file anyone pastes as base64. */
const MAX_RUN = 16 * 1024 * 1024;

function isB64(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d;
}

/**
 * Maximal stretches of base64 characters, allowing single line breaks and indentation between
 * lines (as `base64` and YAML wrap them) but not blank lines. A hand-written scan: a regex with
 * nested repetition overflows the stack on a multi-megabyte run.
 */
function candidateRuns(text: string): { start: number; end: number }[] {
	const runs: { start: number; end: number }[] = [];
	let i = 0;
	const n = text.length;
	while (i < n) {
		if (!isB64(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		let end = i;
		let symbols = 0;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (isB64(c)) {
				symbols++;
				i++;
				end = i;
				continue;
			}
			// Whitespace may continue the run only if it holds at most one line break.
			let j = i;
			let breaks = 0;
			while (
				j < n &&
				(text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d || text.charCodeAt(j) === 0x0a)
			) {
				if (text.charCodeAt(j) === 0x0a) breaks++;
				j++;
			}
			if (j > i && breaks === 1 && j < n && isB64(text.charCodeAt(j))) {
				i = j;
				continue;
			}
			break;
		}
		if (symbols >= 80 && end - start <= MAX_RUN) runs.push({ start, end });
		i = Math.max(i, end) + 1;
	}
	return runs;
}

export function findBase64Runs(text: string): Base64Run[] {
	const runs: Base64Run[] = [];
	for (const { start, end } of candidateRuns(text)) {
		const compact = text.slice(start, end).replace(/\s+/g, '');
		if (compact.length % 4 === 1) continue;
		const result = decodeBase64(compact);
		if (!result.ok) continue;
		const bytes = result.bytes;
		const head = String.fromCharCode(...bytes.subarray(0, 11));
		if (head === '-----BEGIN ') {
			runs.push({ start, end, decoded: { kind: 'pem-text', text: new TextDecoder().decode(bytes) } });
			continue;
		}
		const outline = outlineDer(bytes, 'lenient');
		if (outline.ok && outline.totalLength === bytes.length && derShape(bytes) !== 'unknown') {
			runs.push({ start, end, decoded: { kind: 'der', bytes } });
		}
	}
	return runs;
}
