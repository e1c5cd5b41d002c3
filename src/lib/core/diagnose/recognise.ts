/**
 * Does any error signature recognise this text? Ingest asks, so that a message a signature knows
 * ("Unsupported URI option", "InvalidURI: …") is never dropped as prose for lacking the word
 * "error".
 */

import { compiledSignature } from './compile';
import { SIGNATURES } from './signatures';

export function recognisedBySignature(text: string): boolean {
	for (const signature of SIGNATURES) {
		const { first } = compiledSignature(signature);
		if (first.test(text)) return true;
	}
	return false;
}
