/**
 * Characters that make a name read differently from what it is: bidirectional overrides and
 * isolates (the "exe.<U+202E>gpj" trick: U+202E makes the rest of the name display backwards),
 * zero-width characters (a "pay<U+200B>pal" that is not paypal), and control characters (a terminal escape that recolours
 * or rewrites a log line). Shared by the check that flags them and the page that shows them.
 */

const NAMES: Record<number, string> = {
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0x061c: 'ARABIC LETTER MARK',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
	0x00ad: 'SOFT HYPHEN',
	0x0000: 'NUL',
	0x0007: 'BELL',
	0x0008: 'BACKSPACE',
	0x0009: 'TAB',
	0x000a: 'LINE FEED',
	0x000d: 'CARRIAGE RETURN',
	0x001b: 'ESCAPE',
	0x007f: 'DELETE',
	0x0085: 'NEXT LINE'
};

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export interface InvisibleCharacter {
	codePoint: number;
	/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
	name: string;
	kind: 'bidi' | 'zero-width' | 'control';
}

export function describeCharacter(c: string): InvisibleCharacter {
	const codePoint = c.codePointAt(0)!;
	const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
	const kind =
		(codePoint >= 0x202a && codePoint <= 0x202e) ||
		(codePoint >= 0x2066 && codePoint <= 0x2069) ||
		[0x200e, 0x200f, 0x061c].includes(codePoint)
			? 'bidi'
			: codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)
				? 'control'
				: 'zero-width';
	return {
		codePoint,
		name: `U+${hex}${NAMES[codePoint] ? ` ${NAMES[codePoint]}` : kind === 'control' ? ' (control character)' : ''}`,
		kind
	};
}

/** Every invisible character in the text, once each, in order of first appearance. */
export function invisibleCharactersIn(text: string): InvisibleCharacter[] {
	const seen = new Map<number, InvisibleCharacter>();
	for (const m of text.matchAll(INVISIBLE)) {
		const d = describeCharacter(m[0]);
		if (!seen.has(d.codePoint)) seen.set(d.codePoint, d);
	}
	return [...seen.values()];
}

/** The text with each invisible character replaced by a visible marker: "exe.⟨U+202E⟩gpj". */
export function showInvisible(text: string): string {
	return text.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

const INVISIBLE_IN_PROSE =
	// eslint-disable-next-line no-control-regex -- control characters are what this looks for
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * For sentences that quote names (a finding's title, an item's label): tabs and line breaks are
 * the sentence's own layout and stay; every other invisible character is marked.
 */
export function showInvisibleInProse(text: string): string {
	if (!INVISIBLE_IN_PROSE.test(text)) return text;
	return text.replace(
		new RegExp(INVISIBLE_IN_PROSE.source, 'g'),
		(c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
	);
}
