/**
 * Finds connection strings anywhere in pasted text: mongodb:// and mongodb+srv:// URIs in a
 * traceback, a log line, YAML, JSON or a .env file, and Python MongoClient(...) calls (including
 * the repr PyMongo prints, MongoClient(host=['h:27017'], …, tls=True)). A URI inside a Python call
 * belongs to that call and is not reported twice.
 */

import type { ConnectionStringSpan } from './model';
import { readCall } from './python-call';

const CLIENT_CALL = /(?<![\w.])((?:[A-Za-z_]\w*\.)*(?:MongoClient|AsyncMongoClient|AsyncIOMotorClient|MotorClient))\s*\(/g;
const URI_START = /(?<![A-Za-z0-9+.-])mongodb(?:\+srv)?:\/\//g;

/** Characters that can never be part of a URI as pasted: they end it. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what ends a pasted URI
const STOP = /[\s"'`\u0000-\u001f\u007f]/;
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
const CLOSERS = new Set(Object.values(OPENERS));

/** End (exclusive) of the URI that starts at `start`: stops at whitespace, quotes and unbalanced closers. */
export function uriEnd(text: string, start: number): number {
	const stack: string[] = [];
	let i = start;
	for (; i < text.length; i++) {
		const c = text[i];
		if (STOP.test(c)) break;
		if (OPENERS[c]) stack.push(OPENERS[c]);
		else if (CLOSERS.has(c)) {
			if (stack[stack.length - 1] !== c) break;
			stack.pop();
		}
	}
	// Sentence punctuation and a JSON escape's backslash are not part of the URI.
	while (i > start && /[.,;:!\\]/.test(text[i - 1])) i--;
	return i;
}

function pythonCalls(text: string): ConnectionStringSpan[] {
	const spans: ConnectionStringSpan[] = [];
	for (const m of text.matchAll(CLIENT_CALL)) {
		const start = m.index;
		// JavaScript, Java and C# write "new MongoClient(": those URIs are reported on their own.
		if (/\bnew\s+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
		// A definition ("def MongoClient(") or a subclass ("class X(MongoClient)") is not a call.
		if (/\b(?:def|class)\s+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
		const open = start + m[0].length - 1;
		const call = readCall(text, open);
		if (!call) continue;
		spans.push({ form: 'python', raw: text.slice(start, call.end), start, end: call.end });
	}
	return spans;
}

/** Every mongodb:// URI in the text, including those inside a Python call. */
export function findUris(text: string): { start: number; end: number; raw: string }[] {
	const out: { start: number; end: number; raw: string }[] = [];
	for (const m of text.matchAll(URI_START)) {
		const end = uriEnd(text, m.index);
		if (end - m.index > m[0].length) out.push({ start: m.index, end, raw: text.slice(m.index, end) });
	}
	return out;
}

/** Every connection string in the text, in order of appearance. */
export function findConnectionStrings(text: string): ConnectionStringSpan[] {
	const calls = pythonCalls(text);
	const inside = (pos: number) => calls.some((c) => pos >= c.start && pos < c.end);
	const spans: ConnectionStringSpan[] = [...calls];
	for (const m of text.matchAll(URI_START)) {
		if (inside(m.index)) continue;
		const end = uriEnd(text, m.index);
		if (end - m.index <= m[0].length) continue;
		spans.push({ form: 'uri', raw: text.slice(m.index, end), start: m.index, end });
	}
	// Calls nested in calls (MongoClient(MongoClient(…))) are not a thing; keep the outermost.
	return spans
		.filter((s) => !calls.some((c) => c !== s && s.form === 'python' && s.start > c.start && s.end <= c.end))
		.sort((a, b) => a.start - b.start);
}
