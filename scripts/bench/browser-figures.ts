/** The figures measured in Chromium through the real page (filled in once the page settles). */
import type { BenchData } from './data';
import type { Figure } from './node-figures';

export async function browserFigures(data: BenchData): Promise<Figure[]> {
	void data;
	return [];
}
