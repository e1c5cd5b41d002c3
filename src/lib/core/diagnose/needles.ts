/**
 * Literal text a pattern cannot match without: for each top-level alternative of a signature's
 * pattern, its leading literal run. A text that contains none of a signature's needles cannot
 * match it, so the pattern is not run at all; that is what keeps 1,000 texts under 100 ms.
 * Patterns whose alternatives do not all start with a literal of at least MIN characters get no
 * needles and always run.
 */

const MIN = 4;
const META = new Set(['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '^', '$', '|']);
// Escapes that stand for one literal character.
const LITERAL_ESCAPE = /[.*+?()[\]{}^$|\\/\-'"`:=,;!@#%&~<> ]/;

/** The leading literals of each top-level alternative, lower-cased; undefined when one has none. */
export function needlesOf(source: string): string[] | undefined {
	const needles: string[] = [];
	for (const alternative of topLevelAlternatives(source)) {
		const literals = leadingLiterals(alternative);
		if (!literals.length || literals.some((l) => l.length < MIN)) return undefined;
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
		if (!piece) break;
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
