/**
 * Reads the arguments of a Python call such as MongoClient("mongodb://…", tls=True,
 * tlsCAFile=certifi.where()) without running anything: a small tokenizer (strings with every
 * prefix and quote style, comments, brackets) and a classifier that turns each argument into a
 * literal when it is one and keeps it as code when it is not.
 */

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

/** Scans one string literal starting at i; returns its end, or -1 when it is not closed. */
function scanString(text: string, i: number): number {
	const m = STRING_START.exec(text.slice(i, i + 5))!;
	const quote = m[0].replace(/^[rRbBuUfF]+/, '');
	let j = i + m[0].length;
	while (j < text.length) {
		const c = text[j];
		if (c === '\\') {
			j += 2;
			continue;
		}
		if (text.startsWith(quote, j)) return j + quote.length;
		if (quote.length === 1 && c === '\n') return -1;
		j++;
	}
	return -1;
}

/** Tokens from just after an opening parenthesis to its matching closing one. */
function tokenizeCall(text: string, open: number): { tokens: Token[]; end: number } | undefined {
	const tokens: Token[] = [];
	let depth = 1;
	let i = open + 1;
	while (i < text.length) {
		const c = text[i];
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		if (c === '\\' && text[i + 1] === '\n') {
			i += 2;
			continue;
		}
		if (c === '#') {
			while (i < text.length && text[i] !== '\n') i++;
			continue;
		}
		if (STRING_START.test(text.slice(i, i + 5)) && (/['"]/.test(c) || /^[rRbBuUfF]{1,2}['"]/.test(text.slice(i, i + 3)))) {
			const end = scanString(text, i);
			if (end < 0) return undefined;
			tokens.push({ kind: 'string', text: text.slice(i, end), start: i, end });
			i = end;
			continue;
		}
		const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
		if (name) {
			tokens.push({ kind: 'name', text: name[0], start: i, end: i + name[0].length });
			i += name[0].length;
			continue;
		}
		const num = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?[jJ]?)/.exec(text.slice(i));
		if (num && num[0] !== '') {
			tokens.push({ kind: 'number', text: num[0], start: i, end: i + num[0].length });
			i += num[0].length;
			continue;
		}
		const op = /^(?:\*\*|==|!=|<=|>=|->|:=|\/\/|[()[\]{},:=.*+\-/%<>!&|^~@;])/.exec(text.slice(i));
		if (!op) return undefined;
		if ('([{'.includes(op[0])) depth++;
		if (')]}'.includes(op[0])) depth--;
		if (depth === 0) return { tokens, end: i + 1 };
		tokens.push({ kind: 'op', text: op[0], start: i, end: i + op[0].length });
		i += op[0].length;
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

/** Parses the argument list of the call whose "(" is at `open` in `text`. */
export function readCall(text: string, open: number): PyCall | undefined {
	const scanned = tokenizeCall(text, open);
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
		if (group[0].kind === 'op' && (group[0].text === '*' || group[0].text === '**')) {
			const rest = group.slice(1);
			args.push({
				splat: group[0].text,
				value: classify(rest, text),
				start,
				end: last,
				valueStart: rest[0]?.start ?? last,
				valueEnd: last
			});
			continue;
		}
		if (group.length >= 2 && group[0].kind === 'name' && group[1].kind === 'op' && group[1].text === '=') {
			const rest = group.slice(2);
			args.push({
				keyword: group[0].text,
				value: classify(rest, text),
				start,
				end: last,
				valueStart: rest[0]?.start ?? last,
				valueEnd: last
			});
			continue;
		}
		args.push({ value: classify(group, text), start, end: last, valueStart: start, valueEnd: last });
	}
	return { args, end };
}

/** The source text of a value, for display ("certifi.where()", "True", "'/x.pem'"). */
export function pyValueText(value: PyValue): string {
	switch (value.kind) {
		case 'str':
			return value.value;
		case 'bool':
			return value.value ? 'True' : 'False';
		case 'none':
			return 'None';
		default:
			return value.text;
	}
}
