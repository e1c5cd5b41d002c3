/**
 * Does any error signature recognise this text? Ingest asks, so that a message a signature knows
 * ("Unsupported URI option", "InvalidURI: …") is never dropped as prose for lacking the word
 * "error".
 */

import { compiledSignature } from './compile';
import { gateFor } from './gate';
import { SIGNATURES } from './signatures';

export function recognisedBySignature(text: string): boolean {
	const may = gateFor(text);
	for (const signature of SIGNATURES) if (may(signature.pattern) && compiledSignature(signature).first.test(text)) return true;
	return false;
}
