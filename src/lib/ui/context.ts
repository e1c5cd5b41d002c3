/** Types and context keys the page's components share. */

import type { BuiltFile } from '$lib/worker/protocol';

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

/** Builds a file in the worker; the caller offers it as a download. */
export type BuildFile = () => Promise<BuiltFile>;

/**
 * Files the page can build from the input for a fix. Each returns undefined when the input does
 * not allow it, else the function that builds it.
 */
export interface Artefacts {
	/** The combined key + certificate PEM from a key and its certificate dropped separately. */
	combinedPem: () => BuildFile | undefined;
	/** A PKCS#12 item (by id, or the only one) as the same combined PEM. */
	pkcs12Pem: (itemId?: string) => BuildFile | undefined;
	/** The chain's certificates in sending order, with the names in that order for the button's note. */
	orderedChain: () => { build: BuildFile; names: string[] } | undefined;
}

export const ARTEFACTS = Symbol('tls-doctor:artefacts');
