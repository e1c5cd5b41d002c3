/**
 * Finds PEM blocks in pasted text (RFC 7468), wherever they sit among other text.
 * Tolerates CRLF, indentation, blank lines and a missing final newline, because that is what
 * terminals, ticket systems and chat clients do to PEM on the way to the clipboard.
 */

import { decodeBase64 } from '../bytes/base64';
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

// The longest real label is some 30 characters ("SSH2 ENCRYPTED PRIVATE KEY"); a bound keeps a
// line of "-----BEGIN A A A A …" without closing dashes from being rescanned from every BEGIN.
const BEGIN = /-----BEGIN ([A-Z0-9][A-Z0-9 #._/-]{0,79}?)-----/g;
const ANY_BEGIN = '-----BEGIN ';

export function findPemBlocks(text: string): PemBlock[] {
	const blocks: PemBlock[] = [];
	const lines = new LineIndex(text);
	BEGIN.lastIndex = 0;
	// The next "-----BEGIN " after the current block's body, found once and reused: searching from
	// every block to the end of the text is quadratic in a paste of BEGIN lines without END lines.
	let nextBegin = -1;
	let match: RegExpExecArray | null;
	while ((match = BEGIN.exec(text)) !== null) {
		const label = match[1];
		const start = match.index;
		const bodyStart = start + match[0].length;
		const endMarker = `-----END ${label}-----`;
		if (nextBegin !== Infinity && nextBegin < bodyStart) {
			nextBegin = text.indexOf(ANY_BEGIN, bodyStart);
			if (nextBegin < 0) nextBegin = Infinity;
		}
		// A block without its END line before the next BEGIN is cut off; the END is looked for only
		// up to that BEGIN, so each character is searched once.
		const window = nextBegin === Infinity ? text.length : nextBegin;
		const found = text.slice(bodyStart, window + endMarker.length - 1).indexOf(endMarker);
		const endAt = found < 0 || bodyStart + found >= window ? -1 : bodyStart + found;
		const index = blocks.length + 1;
		if (endAt < 0) {
			const stop = window;
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

/** A header line starts with its name and a colon: "Proc-Type: 4,ENCRYPTED". */
const HEADER_NAME = /[ \t]*[a-z][a-z0-9-]*:/iy;

/**
 * Headers (Proc-Type, DEK-Info) come first and end at a blank line; without that blank line there
 * are none. Read line by line: a regex for "header lines, then a blank line" backtracks
 * exponentially over CRLF header lines that never reach the blank line.
 */
function splitHeaders(raw: string): { headers: Record<string, string>; body: string; bodyOffset: number } {
	const headers: Record<string, string> = {};
	const none = { headers, body: raw, bodyOffset: 0 };
	let at = 0;
	if (isBlankLine(raw, at)) at = raw.indexOf('\n', at) + 1;
	const found: string[] = [];
	for (;;) {
		const newline = raw.indexOf('\n', at);
		if (newline < 0) return none;
		if (isBlankLine(raw, at)) {
			if (!found.length) return none;
			at = newline + 1;
			break;
		}
		HEADER_NAME.lastIndex = at;
		if (!HEADER_NAME.test(raw)) return none;
		found.push(raw.slice(at, raw[newline - 1] === '\r' ? newline - 1 : newline));
		at = newline + 1;
	}
	for (const line of found) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return { headers, body: raw.slice(at), bodyOffset: at };
}

/** Only spaces and tabs, then an optional CR, then the LF that ends the line. */
function isBlankLine(text: string, at: number): boolean {
	let i = at;
	while (text[i] === ' ' || text[i] === '\t') i++;
	if (text[i] === '\r') i++;
	return text[i] === '\n';
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
