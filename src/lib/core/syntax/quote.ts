/**
 * How one value from the input is written so that its target reads it back as exactly that value
 * and nothing else: one word for each shell, a string literal for each language, a value for an
 * openssl config file or a YAML file, the text of a comment. Every value a remedy, a next step or a
 * corrected connection string writes goes through one of these (through the templates in
 * template.ts), so a host, a subject or a file name can never close a quote and run code.
 *
 * The rules come from each target's own reference: POSIX sh "Quoting" (§2.2, also bash and zsh),
 * fish's "Quotes", PowerShell's about_Quoting_Rules (which counts the typographic ‘ ’ ‚ ‛ as
 * single quotes), cmd.exe's parser and the Microsoft C runtime's argument rules, the Python
 * reference "String and Bytes literals", ECMA-262 string literals, the Go spec's interpreted
 * string literals, C# regular string literals, JLS §3.3 and §3.10.6 (Java translates \uXXXX before
 * it lexes, so a \u0022 would end the string), YAML 1.2 §7.3.1 double-quoted scalars, and
 * OpenSSL's config(5) quoting (quotes and backslash escapes; $ expands only outside quotes).
 */

import { countTrailing } from '../text/trim-end';
import type { ShellId } from '../model/environment';

/** A value that cannot be written safely for a target (only cmd.exe has such values). */
export class UnsafeValueError extends Error {
	constructor(
		readonly target: string,
		readonly value: string,
		readonly why: string
	) {
		super(`${JSON.stringify(value)} cannot be written safely for ${target}: ${why}`);
	}
}

// Characters that every one of these shells reads as themselves in a bare word, and a first
// character that none of them reads as an operator, option sigil or expansion (zsh's "=cmd",
// PowerShell's "@splat" and "-Parameter" are avoided by quoting such words).
const POSIX_BARE = /^[A-Za-z0-9_@+:,./][A-Za-z0-9_@%+=:,./-]*$/;
// fish has no "=" or "%" expansions in the middle of a word, but "," is brace-expansion syntax only inside {}.
const FISH_BARE = POSIX_BARE;
// In PowerShell a bare "," builds an array (two arguments), "@" starts a splat, "$" a variable,
// and a word that starts with a digit may be read as a number (0x1f, 1kb, 1e5, 010) and passed on
// as another string: bare words start with a letter, or are a plain integer or a dotted address.
const POWERSHELL_BARE = /^(?:[A-Za-z_./\\][A-Za-z0-9_./\\:=+-]*|0|[1-9][0-9]*|[0-9]+(?:\.[0-9]+){2,}(?::[0-9]+)?)$/;
// cmd.exe splits built-in commands' arguments at "," ";" and "=", so those are quoted too.
const CMD_BARE = /^[A-Za-z0-9_./\\:+-]+$/;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
const POWERSHELL_SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** One shell word that the shell passes on as `value`, with nothing expanded. */
export function shellWord(shell: ShellId, value: string): string {
	switch (shell) {
		case 'fish':
			if (FISH_BARE.test(value)) return value;
			// Inside fish single quotes only \' and \\ are escapes.
			return `'${value.replace(/[\\']/g, (m) => `\\${m}`)}'`;
		case 'powershell':
			if (POWERSHELL_BARE.test(value)) return value;
			// A single-quoted string is verbatim; its quote characters (typographic ones too) are doubled.
			return powershellString(value);
		case 'cmd':
			return cmdWord(value);
		default:
			if (POSIX_BARE.test(value)) return value;
			// Inside single quotes nothing is special; a quote is written as close, escaped quote, reopen.
			return `'${value.replace(/'/g, `'\\''`)}'`;
	}
}

/** A PowerShell string expression: always single-quoted, since a bare word there runs as a command. */
export function powershellString(value: string): string {
	return `'${value.replace(POWERSHELL_SINGLE_QUOTES, (m) => m + m)}'`;
}

/** The value inside cmd's `set "NAME=value"`: the same rules as a quoted cmd word, without its quotes. */
export function cmdSetValue(value: string): string {
	return cmdQuotable(value);
}

/**
 * cmd.exe has no quoting that stops %VAR% expansion, and the program then splits its own command
 * line by the C runtime's rules (backslashes before a quote are escapes). A value is written in
 * double quotes only when neither can change it: no quote, no control character, and "%" only as
 * the two-hex-digit escapes of a URL (at the prompt "%4" followed by hex is never a variable that
 * Windows defines, and undefined variables are left as typed).
 */
function cmdWord(value: string): string {
	if (value !== '' && CMD_BARE.test(value)) return value;
	// Trailing backslashes would escape the closing quote for the program: double them.
	const inner = cmdQuotable(value);
	return `"${inner}${'\\'.repeat(countTrailing(inner, '\\'))}"`;
}

function cmdQuotable(value: string): string {
	if (value.includes('"')) throw new UnsafeValueError('cmd', value, 'it contains a double quote, which cmd cannot quote');
	if (CONTROL.test(value)) throw new UnsafeValueError('cmd', value, 'it contains a line break or control character');
	if (/%(?![0-9A-Fa-f]{2})/.test(value)) throw new UnsafeValueError('cmd', value, 'it contains a "%" that cmd would expand');
	if (value.includes('!')) throw new UnsafeValueError('cmd', value, 'it contains a "!" that cmd expands when delayed expansion is on');
	return value;
}

/** The code languages snippets are written in. mongosh is JavaScript, written with double quotes as the MongoDB manual does. */
export type CodeLanguage = 'python' | 'javascript' | 'mongosh' | 'go' | 'csharp' | 'java';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Escapes for the characters that are not printable ASCII, per language. */
function escapeCodePoint(language: CodeLanguage, cp: number): string {
	switch (language) {
		case 'javascript':
		case 'mongosh':
			return cp > 0xffff ? `\\u{${hex(cp, 1)}}` : `\\u${hex(cp, 4)}`;
		case 'java':
			// A \u escape is translated before lexing: for line ends and control characters that
			// would put a raw newline in the literal, so those use octal escapes instead.
			if (cp < 0x20 || cp === 0x7f) return `\\${cp.toString(8).padStart(3, '0')}`;
			if (cp > 0xffff) {
				const high = 0xd800 + ((cp - 0x10000) >> 10);
				const low = 0xdc00 + ((cp - 0x10000) & 0x3ff);
				return `\\u${hex(high, 4)}\\u${hex(low, 4)}`;
			}
			return `\\u${hex(cp, 4)}`;
		default:
			// Python, Go and C# all read \uXXXX and \UXXXXXXXX as one code point.
			return cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
	}
}

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A string literal, quotes included, that the language reads as `value`. Only printable ASCII is
 * written as itself; everything else (line breaks, control characters, look-alike Unicode) as an
 * escape, so the literal also looks like what it is.
 */
export function stringLiteral(language: CodeLanguage, value: string): string {
	// JavaScript snippets here use single quotes (the style of the Node driver's docs); the rest double.
	const quote = language === 'javascript' ? "'" : '"';
	let out = quote;
	for (const ch of value) {
		const cp = ch.codePointAt(0)!;
		if (ch === '\\' || ch === quote) out += `\\${ch}`;
		else if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
		else if (cp >= 0x20 && cp < 0x7f) out += ch;
		else out += escapeCodePoint(language, cp);
	}
	return out + quote;
}

/**
 * A YAML double-quoted scalar (mongod.conf is YAML). Printable ASCII stays as it is; quotes,
 * backslashes and everything else are escaped, so no value can end the line or start a new key.
 */
export function yamlString(value: string): string {
	let out = '"';
	for (const ch of value) {
		const cp = ch.codePointAt(0)!;
		if (ch === '\\' || ch === '"') out += `\\${ch}`;
		else if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
		else if (cp >= 0x20 && cp < 0x7f) out += ch;
		else out += cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
	}
	return out + '"';
}

/**
 * A value in an OpenSSL config file. In double quotes "#" starts no comment and "$" expands no
 * variable, and a backslash makes the next character literal. A line break cannot be written
 * inside quotes at all, so a value holding one (a host with a newline that would start a new
 * section) is refused.
 */
export function opensslConfValue(value: string): string {
	// Host names and addresses, the usual values, stay bare as every openssl example writes them.
	if (/^[A-Za-z0-9_.:*@/+-]+$/.test(value)) return value;
	if (CONTROL.test(value)) throw new UnsafeValueError('an openssl config file', value, 'it contains a line break or control character');
	return `"${value.replace(/[\\"]/g, (m) => `\\${m}`)}"`;
}

/**
 * Text for a comment line (# …, // …, REM …): on one line, so nothing after it becomes code, and
 * for cmd without the characters its parser acts on even after REM.
 */
export function commentText(value: string, shell?: ShellId): string {
	// eslint-disable-next-line no-control-regex -- every line break and control character goes
	const flat = value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ');
	return shell === 'cmd' ? flat.replace(/[&|<>^%!"]/g, ' ') : flat;
}
