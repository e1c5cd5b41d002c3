/** Types and context keys the page's components share. */

export interface Environment {
	os?: string;
	python?: string;
	shell?: string;
	client?: string;
}

export interface ShareResult {
	link: string;
	/** What was taken out of the text, in words. */
	removed: string[];
	/** Dropped files are never put in a link. */
	filesLeftOut: number;
}

/**
 * Files the page can build from the input for a fix. Each returns undefined when the input does
 * not allow it, else a function that builds the file's text (in the worker).
 */
export interface Artefacts {
	combinedPem: () => (() => Promise<string>) | undefined;
}

export const ARTEFACTS = Symbol('tls-doctor:artefacts');
