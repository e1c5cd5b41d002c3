/** Maps character offsets in a pasted text to 1-based line numbers, for messages like "line 12". */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let i = 0; i < text.length; i++) {
			if (text.charCodeAt(i) === 0x0a) this.starts.push(i + 1);
		}
	}

	lineOf(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}
}
