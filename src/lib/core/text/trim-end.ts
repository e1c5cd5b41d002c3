/**
 * The text without the run of the given characters at its end. A regex like /[.,;]+$/ is tried
 * from every position and so is quadratic on a long run that is not at the end; this walks back
 * once from the end.
 */
export function trimEndOf(text: string, chars: string): string {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** How many of the character end the text (the trailing backslashes before a closing quote). */
export function countTrailing(text: string, char: string): number {
	let n = 0;
	while (n < text.length && text[text.length - 1 - n] === char) n++;
	return n;
}
