/**
 * Finds PEM blocks in pasted text (RFC 7468), wherever they sit among other text.
 * Tolerates CRLF, indentation, blank lines and a missing final newline, because that is what
 * terminals, ticket systems and chat clients do to PEM on the way to the clipboard.
 */

import { decodeBase64 } from './base64';
import { LineIndex } from './text-position';

export interface PemBlock {
	/** The label between BEGIN and the dashes, e.g. 'CERTIFICATE'. */
	label: string;
	/** RFC 1421 headers such as Proc-Type / DEK-Info (legacy encrypted keys). */
	headers: Record<string, string>;
	/** Character offsets of the whole block, BEGIN line to END line inclusive. */
	start: number;
	end: number;
	/** 1-based line range of the block. */
	lines: [number, number];
	/** 1-based number of the block among all PEM blocks of the text. */
	index: number;
	/** The decoded bytes, or why they could not be decoded. */
	decoded: { ok: true; der: Uint8Array } | { ok: false; reason: string };
}

const BEGIN = /-----BEGIN ([A-Z0-9][A-Z0-9 #._/-]*?)-----/g;

export function findPemBlocks(text: string): PemBlock[] {
	const blocks: PemBlock[] = [];
	const lines = new LineIndex(text);
	BEGIN.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = BEGIN.exec(text)) !== null) {
		const label = match[1];
		const start = match.index;
		const bodyStart = start + match[0].length;
		const endMarker = `-----END ${label}-----`;
		const endAt = text.indexOf(endMarker, bodyStart);
		// A block without its END line (or with another BEGIN before it) is cut off.
		const nextBegin = text.indexOf('-----BEGIN ', bodyStart);
		const index = blocks.length + 1;
		if (endAt < 0 || (nextBegin >= 0 && nextBegin < endAt)) {
			const stop = nextBegin >= 0 ? nextBegin : text.length;
			blocks.push({
				label,
				headers: {},
				start,
				end: stop,
				lines: [lines.lineOf(start), lines.lineOf(Math.max(start, stop - 1))],
				index,
				decoded: { ok: false, reason: `no "${endMarker}" line: the block is cut off` }
			});
			BEGIN.lastIndex = stop;
			continue;
		}
		const end = endAt + endMarker.length;
		const { headers, body, bodyOffset } = splitHeaders(text.slice(bodyStart, endAt));
		const decoded = decodeBody(body, bodyStart + bodyOffset, lines);
		blocks.push({ label, headers, start, end, lines: [lines.lineOf(start), lines.lineOf(end - 1)], index, decoded });
		BEGIN.lastIndex = end;
	}
	return blocks;
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string; bodyOffset: number } {
	const headers: Record<string, string> = {};
	// Headers (Proc-Type, DEK-Info) come first and end at a blank line.
	const headerRun = /^(?:[ \t]*\r?\n)?((?:[ \t]*[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n)+)[ \t]*\r?\n/.exec(raw);
	if (!headerRun) return { headers, body: raw, bodyOffset: 0 };
	for (const line of headerRun[1].split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return { headers, body: raw.slice(headerRun[0].length), bodyOffset: headerRun[0].length };
}

function decodeBody(body: string, offset: number, lines: LineIndex): PemBlock['decoded'] {
	if (body.trim() === '') return { ok: false, reason: 'the block is empty' };
	// PEM copied out of JSON or a YAML double-quoted string keeps its line breaks as "\n" escapes.
	// Replacing each two-character escape with two spaces keeps every offset (and line number) true.
	if (body.includes('\\')) body = body.replace(/\\[nrt]/g, '  ').replace(/\\\//g, ' /');
	const result = decodeBase64(body);
	if (!result.ok) {
		const where = result.offset < body.length ? ` at line ${lines.lineOf(offset + result.offset)}` : '';
		return { ok: false, reason: `bad base64${where}: ${result.reason}` };
	}
	return { ok: true, der: result.bytes };
}
