/**
 * Reads the arguments of a Python call such as MongoClient("mongodb://…", tls=True,
 * tlsCAFile=certifi.where()) without running anything: a small tokenizer (strings with every
 * prefix and quote style, comments, brackets) and a classifier that turns each argument into a
 * literal when it is one and keeps it as code when it is not.
 */

import { textOf } from './parsed';
import { decodePythonStrings, type PythonString } from './python-string';

export type PyValue =
	| ({ kind: 'str' } & PythonString)
	| { kind: 'bool'; value: boolean }
	| { kind: 'none' }
	| { kind: 'number'; text: string }
	/** A (dotted) name: a variable, or a constant such as ssl.CERT_NONE. */
	| { kind: 'name'; text: string }
	/** Anything else, kept as source code. */
	| { kind: 'expr'; text: string };

export interface PyArg {
	/** The keyword, for keyword arguments. */
	keyword?: string;
	/** '*' or '**' for unpacked arguments. */
	splat?: '*' | '**';
	value: PyValue;
	/** Offsets of the whole argument and of its value, relative to the text given to readCall. */
	start: number;
	end: number;
	valueStart: number;
	valueEnd: number;
}

export interface PyCall {
	args: PyArg[];
	/** Offset just past the closing parenthesis. */
	end: number;
}

interface Token {
	kind: 'string' | 'name' | 'number' | 'op';
	text: string;
	start: number;
	end: number;
}

const STRING_START = /^[rRbBuUfF]{0,2}(?:'''|"""|'|")/;

/** Scans one string literal starting at i; returns its end, or -1 when it is not closed before `limit`. */
function scanString(text: string, i: number, limit = text.length): number {
	const m = STRING_START.exec(text.slice(i, i + 5))!;
	const quote = m[0].replace(/^[rRbBuUfF]+/, '');
	let j = i + m[0].length;
	while (j < limit) {
		const c = text[j];
		if (c === '\\') {
			j += 2;
			continue;
		}
		if (text.startsWith(quote, j)) return j + quote.length <= limit ? j + quote.length : -1;
		if (quote.length === 1 && c === '\n') return -1;
		j++;
	}
	return -1;
}

// Sticky patterns, tried at one position: a "^" pattern run on text.slice(i) copies the rest of
// the text for every token, which makes a long call quadratic.
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?[jJ]?)/y;
const OPERATOR = /(?:\*\*|==|!=|<=|>=|->|:=|\/\/|[()[\]{},:=.*+\-/%<>!&|^~@;])/y;
const PREFIXED_QUOTE = /[rRbBuUfF]{1,2}['"]/y;

function stickyAt(re: RegExp, text: string, i: number): string | undefined {
	re.lastIndex = i;
	return re.exec(text)?.[0];
}

function isSpace(c: number): boolean {
	return (
		c === 0x20 ||
		c === 0x09 ||
		c === 0x0a ||
		c === 0x0d ||
		c === 0x0b ||
		c === 0x0c ||
		c === 0xa0 ||
		(c > 0x7f && /\s/.test(String.fromCharCode(c)))
	);
}

/** Tokens from just after an opening parenthesis to its matching closing one. */
function tokenizeCall(text: string, open: number, limit = text.length): { tokens: Token[]; end: number } | undefined {
	const tokens: Token[] = [];
	let depth = 1;
	let i = open + 1;
	while (i < limit) {
		const c = text[i];
		if (isSpace(text.charCodeAt(i))) {
			i++;
			continue;
		}
		if (c === '\\' && text[i + 1] === '\n') {
			i += 2;
			continue;
		}
		if (c === '#') {
			while (i < limit && text[i] !== '\n') i++;
			continue;
		}
		if (c === "'" || c === '"' || stickyAt(PREFIXED_QUOTE, text, i) !== undefined) {
			const end = scanString(text, i, limit);
			if (end < 0) return undefined;
			tokens.push({ kind: 'string', text: text.slice(i, end), start: i, end });
			i = end;
			continue;
		}
		const name = stickyAt(NAME, text, i);
		if (name !== undefined) {
			tokens.push({ kind: 'name', text: name, start: i, end: i + name.length });
			i += name.length;
			continue;
		}
		const num = stickyAt(NUMBER, text, i);
		if (num) {
			tokens.push({ kind: 'number', text: num, start: i, end: i + num.length });
			i += num.length;
			continue;
		}
		const op = stickyAt(OPERATOR, text, i);
		if (op === undefined) return undefined;
		if ('([{'.includes(op)) depth++;
		if (')]}'.includes(op)) depth--;
		if (depth === 0) return { tokens, end: i + 1 };
		tokens.push({ kind: 'op', text: op, start: i, end: i + op.length });
		i += op.length;
	}
	return undefined;
}

function classify(tokens: Token[], text: string): PyValue {
	if (tokens.length === 0) return { kind: 'expr', text: '' };
	const source = text.slice(tokens[0].start, tokens[tokens.length - 1].end);
	if (tokens.every((t) => t.kind === 'string')) {
		const s = decodePythonStrings(tokens.map((t) => t.text));
		if (s && !s.formatted && !/^[bB]|^[rR][bB]/.test(tokens[0].text)) return { kind: 'str', ...s };
		return { kind: 'expr', text: source };
	}
	if (tokens.length === 1 && tokens[0].kind === 'name') {
		if (tokens[0].text === 'True' || tokens[0].text === 'False') return { kind: 'bool', value: tokens[0].text === 'True' };
		if (tokens[0].text === 'None') return { kind: 'none' };
	}
	const signed = tokens[0].text === '-' && tokens.length === 2 ? tokens[1] : tokens.length === 1 ? tokens[0] : undefined;
	if (signed?.kind === 'number') return { kind: 'number', text: source.replace(/\s+/g, '') };
	const dotted = tokens.every((t, i) => (i % 2 === 0 ? t.kind === 'name' : t.text === '.')) && tokens.length % 2 === 1;
	if (dotted) return { kind: 'name', text: tokens.map((t) => t.text).join('') };
	return { kind: 'expr', text: source };
}

/**
 * Parses the argument list of the call whose "(" is at `open` in `text`, when its ")" comes
 * before `limit` (by default the end of the text).
 */
export function readCall(text: string, open: number, limit = text.length): PyCall | undefined {
	const scanned = tokenizeCall(text, open, Math.min(limit, text.length));
	if (!scanned) return undefined;
	const { tokens, end } = scanned;
	const groups: Token[][] = [[]];
	let depth = 0;
	for (const t of tokens) {
		if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
		if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
		if (depth === 0 && t.kind === 'op' && t.text === ',') groups.push([]);
		else groups[groups.length - 1].push(t);
	}
	const args: PyArg[] = [];
	for (const group of groups) {
		if (group.length === 0) continue;
		const start = group[0].start;
		const last = group[group.length - 1].end;
		// The value is what follows the "*"/"**" or the "name=": its own offsets, the argument's end.
		const valueAfter = (skip: number) => {
			const rest = group.slice(skip);
			return { value: classify(rest, text), start, end: last, valueStart: rest[0]?.start ?? last, valueEnd: last };
		};
		if (group[0].kind === 'op' && (group[0].text === '*' || group[0].text === '**')) {
			args.push({ splat: group[0].text, ...valueAfter(1) });
			continue;
		}
		if (group.length >= 2 && group[0].kind === 'name' && group[1].kind === 'op' && group[1].text === '=') {
			args.push({ keyword: group[0].text, ...valueAfter(2) });
			continue;
		}
		args.push({ value: classify(group, text), start, end: last, valueStart: start, valueEnd: last });
	}
	return { args, end };
}

/** The source text of a value, for display ("certifi.where()", "True", "'/x.pem'"). */
export function pyValueText(value: PyValue): string {
	return value.kind === 'str' ? value.value : textOf(value);
}
