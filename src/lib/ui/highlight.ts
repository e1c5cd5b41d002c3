/** Splits text into plain and highlighted segments, so evidence is marked without any HTML strings. */

export interface Segment {
	text: string;
	marked: boolean;
}

export function highlightSegments(text: string, spans: { start: number; end: number }[]): Segment[] {
	const sorted = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start);
	const out: Segment[] = [];
	let at = 0;
	for (const span of sorted) {
		if (span.end <= at) continue;
		const start = Math.max(span.start, at);
		if (start > at) out.push({ text: text.slice(at, start), marked: false });
		out.push({ text: text.slice(start, span.end), marked: true });
		at = span.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), marked: false });
	return out;
}

/** Keeps a long error text readable: the lines around the evidence, with the rest elided. */
export function excerptAround(text: string, spans: { start: number; end: number }[], context = 2): { text: string; offset: number } {
	const lines = text.split('\n');
	if (lines.length <= 12 || spans.length === 0) return { text, offset: 0 };
	const starts: number[] = [];
	let pos = 0;
	for (const line of lines) {
		starts.push(pos);
		pos += line.length + 1;
	}
	const lineOf = (offset: number) => {
		let i = starts.length - 1;
		while (i > 0 && starts[i] > offset) i--;
		return i;
	};
	const first = Math.max(0, lineOf(Math.min(...spans.map((s) => s.start))) - context);
	const last = Math.min(lines.length - 1, lineOf(Math.max(...spans.map((s) => s.end))) + context);
	const end = last + 1 < starts.length ? starts[last + 1] - 1 : text.length;
	return { text: text.slice(starts[first], end), offset: starts[first] };
}
