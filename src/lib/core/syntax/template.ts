/**
 * The one way commands, code and config are written: tagged templates whose literal text is ours
 * and whose every interpolated value is quoted for the target when it is rendered.
 *
 *   sh`openssl s_client -connect ${hostPort} -servername ${host}`   → each value one shell word
 *   py`MongoClient(${uri}, tlsCAFile=${path})`                       → each value a Python literal
 *   cnf`DNS.1 = ${name}`                                              → an openssl config value
 *
 * A value is a string (quoted), a number (written as digits), or a fragment of the same target
 * made by the same tag (our own code, inserted as it is). Nothing else can be interpolated, and
 * the step builders in remedy.ts accept only fragments, so a raw value has no road into a command.
 * Shell fragments are rendered for the shell of the step they end up in, so a command written for
 * bash and shown for fish is quoted the fish way.
 */

import type { ShellId } from '../model/environment';
import {
	cmdSetValue,
	commentText,
	opensslConfValue,
	powershellString,
	shellWord,
	stringLiteral,
	UnsafeValueError,
	yamlString,
	type CodeLanguage
} from './quote';

export type Target = 'shell' | CodeLanguage | 'yaml' | 'openssl-conf' | 'plain';

export interface Fragment<T extends Target = Target> {
	readonly target: T;
	readonly parts: readonly string[];
	readonly values: readonly Slot<T>[];
}

export type Slot<T extends Target> = string | number | Fragment<T> | StringExpression;

const FRAGMENT = Symbol('fragment');
const EXPRESSION = Symbol('expression');

/**
 * A value in a place where the shell reads an expression rather than a command argument: the
 * right-hand side of `$env:NAME = …` in PowerShell (where a bare word would run as a command) or
 * the inside of cmd's `set "NAME=…"`. Elsewhere it is written like any other value.
 */
export interface StringExpression {
	readonly [EXPRESSION]: true;
	readonly value: string;
}

export const expr = (value: string): StringExpression => Object.freeze({ [EXPRESSION]: true as const, value });

const isExpression = (v: unknown): v is StringExpression => typeof v === 'object' && v !== null && EXPRESSION in v;

function isFragment(v: unknown): v is Fragment {
	return typeof v === 'object' && v !== null && FRAGMENT in v;
}

function make<T extends Target>(target: T, parts: readonly string[], values: readonly Slot<T>[]): Fragment<T> {
	return Object.freeze({ target, parts, values, [FRAGMENT]: true });
}

function tag<T extends Target>(target: T) {
	return (strings: TemplateStringsArray, ...values: Slot<T>[]): Fragment<T> => {
		// Only a real template literal has .raw: a plain array passed in by mistake is refused.
		if (!Array.isArray((strings as { raw?: unknown }).raw)) throw new TypeError('templates take template literals only');
		for (const v of values) {
			if (isFragment(v) && v.target !== target) throw new TypeError(`a ${v.target} fragment cannot go into ${target}`);
		}
		return make(target, [...strings], values);
	};
}

export const sh = tag('shell');
export const py = tag('python');
export const js = tag('javascript');
export const mongoshCode = tag('mongosh');
export const go = tag('go');
export const cs = tag('csharp');
export const java = tag('java');
export const yaml = tag('yaml');
export const cnf = tag('openssl-conf');
/**
 * Text for files with no quoting of their own (a hosts-file line, a Dockerfile COPY): values must
 * be plain tokens, or rendering refuses them.
 */
export const plain = tag('plain');

/** Fragments joined with a separator of our own (", ", a line break). */
export function join<T extends Target>(target: T, items: readonly Slot<T>[], separator: string): Fragment<T> {
	if (items.length === 0) return make(target, [''], []);
	const parts = ['', ...items.slice(1).map(() => separator), ''];
	return make(target, parts, items);
}

/** Fragments on separate lines. */
export const lines = <T extends Target>(target: T, items: readonly Slot<T>[]): Fragment<T> => join(target, items, '\n');

const PLAIN_TOKEN = /^[A-Za-z0-9_.:/@+-]*$/;

/** A name we chose (an environment variable), inserted as code after checking it is one. */
export function identifier<T extends Target>(target: T, name: string): Fragment<T> {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`${JSON.stringify(name)} is not an identifier`);
	return make(target, [name], []);
}

/**
 * Text of ours inserted as code, after checking it against the only characters it may hold: a
 * package name, a one-line program whose quoting is done by the caller. Never for values.
 */
export function verbatim<T extends Target>(target: T, text: string, allowed: RegExp): Fragment<T> {
	if (!allowed.test(text)) throw new TypeError(`${JSON.stringify(text)} is not allowed here`);
	return make(target, [text], []);
}

/**
 * The text of a comment, as code: flattened to one line (and for cmd stripped of what its parser
 * acts on), so that after "#", "//" or "REM" nothing of it can become code. The one place text
 * goes into a fragment unquoted, because a comment has no quoting of its own.
 */
export function commentBody<T extends Target>(target: T, text: string, shell?: ShellId): Fragment<T> {
	return make(target, [commentText(text, shell)], []);
}

function quoteExpression(target: Target, value: string, shell: ShellId): string {
	if (target !== 'shell') return quoteValue(target, value, shell);
	if (shell === 'powershell') return powershellString(value);
	if (shell === 'cmd') return cmdSetValue(value);
	return shellWord(shell, value);
}

function quoteValue(target: Target, value: string, shell: ShellId): string {
	switch (target) {
		case 'shell':
			return shellWord(shell, value);
		case 'yaml':
			return yamlString(value);
		case 'openssl-conf':
			return opensslConfValue(value);
		case 'plain':
			if (!PLAIN_TOKEN.test(value)) throw new TypeError(`${JSON.stringify(value)} is not a plain token`);
			return value;
		default:
			return stringLiteral(target, value);
	}
}

function number(n: number): string {
	if (!Number.isFinite(n)) throw new TypeError(`${n} is not a number a command can hold`);
	return String(n);
}

function renderWith(f: Fragment, shell: ShellId): string {
	let out = f.parts[0];
	for (let i = 0; i < f.values.length; i++) {
		const v = f.values[i];
		out +=
			typeof v === 'number'
				? number(v)
				: isFragment(v)
					? renderWith(v, shell)
					: isExpression(v)
						? quoteExpression(f.target, v.value, shell)
						: quoteValue(f.target, v, shell);
		out += f.parts[i + 1];
	}
	return out;
}

/** A shell fragment as the text for one shell. Throws UnsafeValueError when cmd cannot hold a value. */
export function renderShell(f: Fragment<'shell'>, shell: ShellId): string {
	return renderWith(f, shell);
}

/** A code or config fragment as text. */
export function renderCode(f: Fragment<Exclude<Target, 'shell'>>): string {
	return renderWith(f, 'bash');
}

const URI_BRAND = Symbol('connection string');

/** A connection string built from checked hosts and percent-encoded parts (values.ts uriOf, uri/outputs). */
export type ConnectionString = string & { readonly [URI_BRAND]: true };

// RFC 3986 characters only: no space, quote, backslash, backtick, angle bracket or control character.
const URI_TEXT = /^mongodb(?:\+srv)?:\/\/[A-Za-z0-9\-._~%!$&'()*+,;=:@[\]/?]*$/;

/** The text as a connection string, or an error when something in it is not URI text. */
export function connectionString(text: string): ConnectionString {
	if (!URI_TEXT.test(text)) throw new UnsafeValueError('a connection string', text, 'it holds characters a connection string cannot');
	return text as ConnectionString;
}
