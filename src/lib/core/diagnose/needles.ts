/**
 * Literal text a pattern cannot match without: for each top-level alternative of a signature's
 * pattern, its leading literal run, or else the longest literal run it must contain further on
 * ("No (?:[a-z_]+ )?server is available" needs "server is available"). A text that contains none
 * of a signature's needles cannot match it, so the pattern is not run at all; that is what keeps
 * 1,000 texts under 100 ms. Patterns with an alternative that has no literal of at least MIN
 * characters anywhere get no needles and always run.
 */

const MIN = 4;
const META = new Set(['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '^', '$', '|']);
// Escapes that stand for one literal character.
const LITERAL_ESCAPE = /[.*+?()[\]{}^$|\\/\-'"`:=,;!@#%&~<> ]/;

/** The leading literals of each top-level alternative, lower-cased; undefined when one has none. */
export function needlesOf(source: string): string[] | undefined {
	const needles: string[] = [];
	for (const alternative of topLevelAlternatives(source)) {
		// An alternative that is one whole group, "(a|b)" or "(?:a|b)", needs what one of its own alternatives needs.
		const group = /^\((?:\?:)?/.exec(alternative);
		if (group && !/^\(\?[=!<]/.test(alternative) && groupEnd(alternative, 0) === alternative.length) {
			const inner = needlesOf(alternative.slice(group[0].length, -1));
			if (!inner) return undefined;
			needles.push(...inner);
			continue;
		}
		let literals = leadingLiterals(alternative);
		const inner = longestMandatoryRun(alternative);
		// Leading runs shorter than a run further on: the longer one is rarer, so it lets fewer texts
		// through ("(?:open|read) PATH: no such file" is better gated by ": no such file" than by "open ").
		if (!literals.length || literals.some((l) => l.length < MIN) || inner.length > Math.min(...literals.map((l) => l.length))) {
			if (inner.length < MIN) return undefined;
			literals = [inner];
		}
		needles.push(...literals.map((l) => l.toLowerCase()));
	}
	return needles.length ? needles : undefined;
}

function topLevelAlternatives(source: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') {
			i++;
			continue;
		}
		if (inClass) {
			if (c === ']') inClass = false;
			continue;
		}
		if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			out.push(source.slice(start, i));
			start = i + 1;
		}
	}
	out.push(source.slice(start));
	return out;
}

/**
 * The literal runs an alternative must start with. A group of plain alternatives, (?:ab|cd), or a
 * small class of plain characters, [- ], multiplies the runs (up to MAX_RUNS); anything else ends
 * them, and so does a quantifier that makes the last piece optional.
 */
function leadingLiterals(alternative: string): string[] {
	let runs = [''];
	let i = 0;
	// A leading word boundary is zero-width: the literal after it still has to be there.
	while (alternative.startsWith('\\b', i)) i += 2;
	while (i < alternative.length) {
		const piece = pieceAt(alternative, i);
		if (!piece) {
			// "tls: (?:failed to find …|private key does not match …)": each alternative's own leading
			// literal continues the run, which then ends (what follows in each alternative differs).
			const group = groupLeads(alternative, i);
			if (group && !/^[?*{]/.test(alternative[groupEnd(alternative, i)] ?? '') && runs.length * group.length <= MAX_GROUP_RUNS)
				runs = runs.flatMap((r) => group.map((o) => r + o));
			break;
		}
		const after = alternative[piece.end];
		if (after === '?' || after === '*' || after === '{') break;
		if (runs.length * piece.options.length > MAX_RUNS) break;
		runs = runs.flatMap((r) => piece.options.map((o) => r + o));
		i = piece.end;
		if (after === '+') break;
	}
	return runs[0] === '' ? [] : runs;
}

const MAX_RUNS = 16;
/** A last group of alternatives may give more runs: each is one long needle, cheap to scan for. */
const MAX_GROUP_RUNS = 128;

/** The leading literals of each alternative of the non-capturing or capturing group at i, or undefined when one has none. */
function groupLeads(s: string, i: number): string[] | undefined {
	const open = /^\((?:\?:)?/.exec(s.slice(i));
	if (!open || /^\(\?[=!<]/.test(s.slice(i))) return undefined;
	const end = groupEnd(s, i);
	const out: string[] = [];
	for (const alternative of topLevelAlternatives(s.slice(i + open[0].length, end - 1))) {
		const literals = leadingLiterals(alternative);
		if (!literals.length) return undefined;
		out.push(...literals);
	}
	return out;
}

/** One literal piece at i: a character, an escaped character, a group of plain alternatives or a small class. */
function pieceAt(s: string, i: number): { options: string[]; end: number } | undefined {
	const c = s[i];
	if (c === '\\') {
		const next = s[i + 1];
		return next !== undefined && LITERAL_ESCAPE.test(next) ? { options: [next], end: i + 2 } : undefined;
	}
	if (s.startsWith('(?:', i)) {
		const close = s.indexOf(')', i);
		if (close < 0) return undefined;
		const body = s.slice(i + 3, close);
		const options = body.split('|');
		if (options.some((o) => !o || /[\\.*+?()[\]{}^$]/.test(o))) return undefined;
		return { options, end: close + 1 };
	}
	if (c === '[') {
		const close = s.indexOf(']', i + 1);
		const body = s.slice(i + 1, close);
		if (close < 0 || body.length > 4 || /[\\^-]/.test(body.replace(/^-|-$/g, ''))) return undefined;
		return { options: [...new Set(body.split(''))], end: close + 1 };
	}
	if (META.has(c)) return undefined;
	return { options: [c], end: i + 1 };
}

/**
 * The longest run of literal characters every match of the alternative contains: characters at
 * its top level that no quantifier makes optional, between anything else (a group, a class, an
 * escape that stands for many characters, an anchor), which ends a run.
 */
function longestMandatoryRun(alternative: string): string {
	let best = '';
	let run = '';
	const end = () => {
		if (run.length > best.length) best = run;
		run = '';
	};
	let i = 0;
	while (i < alternative.length) {
		const c = alternative[i];
		let literal: string | undefined;
		let next: number;
		if (c === '\\') {
			const e = alternative[i + 1];
			if (e !== undefined && LITERAL_ESCAPE.test(e)) {
				literal = e;
				next = i + 2;
			} else next = escapeEnd(alternative, i);
		} else if (c === '(') next = groupEnd(alternative, i);
		else if (c === '[') next = classEnd(alternative, i);
		else {
			if (!META.has(c)) literal = c;
			next = i + 1;
		}
		// What the quantifier after the atom allows.
		const q = alternative[next];
		let optional = false;
		let repeated = false;
		if (q === '?' || q === '*') {
			optional = true;
			next++;
		} else if (q === '+') {
			repeated = true;
			next++;
		} else if (q === '{') {
			const m = /^\{(\d+)(,\d*)?\}/.exec(alternative.slice(next));
			if (m) {
				optional = Number(m[1]) === 0;
				repeated = !optional;
				next += m[0].length;
			}
		}
		if (alternative[next] === '?' && (optional || repeated)) next++;
		if (literal !== undefined && !optional) {
			run += literal;
			if (repeated) end();
		} else end();
		i = next;
	}
	end();
	return best;
}

/** Where an escape that is not one literal character ends (\\d, \\b, \\u00e9, \\p{L}, \\k<name>, \\12). */
function escapeEnd(s: string, i: number): number {
	const e = s[i + 1];
	if (e === 'u') return s[i + 2] === '{' ? s.indexOf('}', i) + 1 : i + 6;
	if (e === 'x') return i + 4;
	if (e === 'c') return i + 3;
	if ((e === 'p' || e === 'P') && s[i + 2] === '{') return s.indexOf('}', i) + 1;
	if (e === 'k' && s[i + 2] === '<') return s.indexOf('>', i) + 1;
	let j = i + 2;
	if (e !== undefined && /\d/.test(e)) while (/\d/.test(s[j] ?? '')) j++;
	return j;
}

/** Where the group opening at i ends (after its ")"), skipping escapes and classes inside it. */
function groupEnd(s: string, i: number): number {
	let depth = 0;
	for (let j = i; j < s.length; j++) {
		const c = s[j];
		if (c === '\\') j++;
		else if (c === '[') j = classEnd(s, j) - 1;
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return j + 1;
	}
	return s.length;
}

/** Where the class opening at i ends (after its "]"). */
function classEnd(s: string, i: number): number {
	let j = i + 1;
	if (s[j] === '^') j++;
	if (s[j] === ']') j++;
	for (; j < s.length; j++) {
		if (s[j] === '\\') j++;
		else if (s[j] === ']') return j + 1;
	}
	return s.length;
}
