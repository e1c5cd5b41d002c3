/**
 * Bringing a part of the result to the person: into view, and (when they asked for it) the
 * keyboard focus too. In-page links go through here rather than the browser's own #fragment
 * jump, for two reasons: inside the /embed/ frame the frame is as tall as its content, so the
 * browser has nothing to scroll in it and a fragment jump in a cross-origin frame does not scroll
 * the docs page around it; and on the full page the fragment holds the deep link (#error=…), which
 * a jump to #dx-… would overwrite.
 */

/**
 * Scrolls the element into view (the frame's parent too) and, with focus, moves the focus to it
 * or to the part of it given as `focusOn` (the verdict's heading, inside the verdict's box).
 */
export function reveal(
	box: HTMLElement,
	{ focus, block = 'nearest', focusOn = box }: { focus: boolean; block?: ScrollLogicalPosition; focusOn?: HTMLElement }
): void {
	box.scrollIntoView({ block, inline: 'nearest' });
	if (!focus) return;
	const target = focusOn;
	// A heading or a card is not focusable by itself: -1 lets a script focus it without adding a Tab stop.
	if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
	target.focus({ preventScroll: true });
}

/** The click handler of a link to an element of the result ("See the evidence and the fix"). */
export function jumpTo(event: MouseEvent, id: string): void {
	// A click that opens a new tab or window keeps the browser's meaning.
	if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const target = document.getElementById(id);
	if (!target) return;
	event.preventDefault();
	reveal(target, { focus: true, block: 'start' });
}
