/**
 * Finds connection strings anywhere in pasted text: mongodb:// and mongodb+srv:// URIs in a
 * traceback, a log line, YAML, JSON or a .env file, and Python MongoClient(...) calls (including
 * the repr PyMongo prints, MongoClient(host=['h:27017'], …, tls=True)). A URI inside a Python call
 * belongs to that call and is not reported twice. Spans never overlap, and each character is read
 * once: URIs joined by commas are as many connection strings, each ending where the next begins.
 */

import type { ConnectionStringSpan } from '../model/connection';
import { MAX_CALL_LENGTH } from './limits';
import { readCall } from './python-call';

const CLIENT_CALL = /(?<![\w.])((?:[A-Za-z_]\w*\.)*(?:MongoClient|AsyncMongoClient|AsyncIOMotorClient|MotorClient))\s*\(/g;
const URI_START = /(?<![A-Za-z0-9+.-])mongodb(?:\+srv)?:\/\//g;

/** Characters that can never be part of a URI as pasted: they end it. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what ends a pasted URI
const STOP = /[\s"'`\u0000-\u001f\u007f]/;
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
/** By character code: the closer each opener wants, and which characters close. */
const CLOSER_OF = new Uint8Array(128);
const IS_CLOSER = new Uint8Array(128);
for (const [open, close] of Object.entries(OPENERS)) {
	CLOSER_OF[open.charCodeAt(0)] = close.charCodeAt(0);
	IS_CLOSER[close.charCodeAt(0)] = 1;
}

/**
 * After this many "MongoClient(" that never close, a call is read only up to the next
 * "MongoClient(": real calls do not contain another one, and reading each of 100,000 unclosed
 * calls 64 KB far is quadratic. Until then a call is read as far as it goes, so an outer call
 * around an inner one is still found, and its secrets redacted.
 */
const MAX_UNCLOSED_CALLS = 20;

/**
 * End (exclusive) of the URI that starts at `start`: stops at whitespace, quotes and unbalanced
 * closers, and at `limit` (where the next connection string starts). Only non-ASCII characters
 * go through the STOP pattern: a regex test per character made this the slowest part of reading
 * a multi-megabyte paste of URIs.
 */
export function uriEnd(text: string, start: number, limit = text.length): number {
	const stack: number[] = [];
	let i = start;
	for (; i < limit; i++) {
		const code = text.charCodeAt(i);
		if (code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x60 || code === 0x7f) break;
		if (code >= 0x80) {
			if (STOP.test(text[i])) break;
			continue;
		}
		const closer = CLOSER_OF[code];
		if (closer) stack.push(closer);
		else if (IS_CLOSER[code]) {
			if (stack[stack.length - 1] !== code) break;
			stack.pop();
		}
	}
	// Sentence punctuation, a JSON escape's backslash, and the comma of a comma-joined list are not part of the URI.
	while (i > start && /[.,;:!\\]/.test(text[i - 1])) i--;
	return i;
}

/**
 * MongoClient(...) calls, outermost first: a call inside another call's parentheses is one of its
 * arguments and is not read on its own (nor read again).
 */
function pythonCalls(text: string): ConnectionStringSpan[] {
	const spans: ConnectionStringSpan[] = [];
	let after = 0;
	let unclosed = 0;
	const matches = [...text.matchAll(CLIENT_CALL)];
	for (const [k, m] of matches.entries()) {
		const start = m.index;
		if (start < after) continue;
		// JavaScript, Java and C# write "new MongoClient(": those URIs are reported on their own.
		if (/\bnew\s+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
		// A definition ("def MongoClient(") or a subclass ("class X(MongoClient)") is not a call.
		if (/\b(?:def|class)\s+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
		const open = start + m[0].length - 1;
		const next = unclosed < MAX_UNCLOSED_CALLS ? text.length : (matches[k + 1]?.index ?? text.length);
		const call = readCall(text, open, Math.min(open + MAX_CALL_LENGTH, next));
		if (!call) {
			unclosed++;
			continue;
		}
		spans.push({ form: 'python', raw: text.slice(start, call.end), start, end: call.end });
		after = call.end;
	}
	return spans;
}

/**
 * Where each URI starts: "mongodb://" not glued to a word. A URI ends where the next one starts,
 * so URIs joined by commas are read one by one, and each character is read once.
 */
function uriStarts(text: string): { index: number; scheme: number }[] {
	return [...text.matchAll(URI_START)].map((m) => ({ index: m.index, scheme: m[0].length }));
}

/** Every mongodb:// URI in the text, including those inside a Python call. */
export function findUris(text: string): { start: number; end: number; raw: string }[] {
	const out: { start: number; end: number; raw: string }[] = [];
	const starts = uriStarts(text);
	starts.forEach(({ index, scheme }, i) => {
		const end = uriEnd(text, index, i + 1 < starts.length ? starts[i + 1].index : text.length);
		if (end - index > scheme) out.push({ start: index, end, raw: text.slice(index, end) });
	});
	return out;
}

/** Every connection string in the text, in order of appearance; none overlaps another. */
export function findConnectionStrings(text: string): ConnectionStringSpan[] {
	const calls = pythonCalls(text);
	const spans: ConnectionStringSpan[] = [...calls];
	const starts = uriStarts(text);
	// Calls are in order and disjoint: one walk tells whether a URI is inside one, and where the
	// next one begins (a URI glued to a call ends there).
	let c = 0;
	starts.forEach(({ index, scheme }, i) => {
		while (c < calls.length && calls[c].end <= index) c++;
		if (c < calls.length && calls[c].start <= index) return;
		const limit = Math.min(i + 1 < starts.length ? starts[i + 1].index : text.length, c < calls.length ? calls[c].start : text.length);
		const end = uriEnd(text, index, limit);
		if (end - index > scheme) spans.push({ form: 'uri', raw: text.slice(index, end), start: index, end });
	});
	return spans.sort((a, b) => a.start - b.start);
}
