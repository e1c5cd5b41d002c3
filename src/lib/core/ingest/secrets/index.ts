/**
 * Every secret in a pasted text, as merged spans, and the text with them taken out. Used by
 * ingest for the error text the report keeps, and by the share link for the text it carries.
 */

import { connectionStringSpans } from './connection-strings';
import { credentialSpans } from './credentials';
import { privateKeySpans } from './private-keys';
import { describeRemoved, mergeSpans, replaceSpans, type SecretSpan } from './spans';

export { describeRemoved, replacementFor, SECRET_KIND_NAMES, type SecretKind, type SecretSpan } from './spans';

export function findSecretSpans(text: string): SecretSpan[] {
	return mergeSpans([...privateKeySpans(text), ...connectionStringSpans(text), ...credentialSpans(text)]);
}

export interface RedactedText {
	text: string;
	/** The spans that were replaced, in the original text's offsets. */
	spans: SecretSpan[];
	/** What was taken out, in words: "1 private key", "2 connection-string passwords". */
	removed: string[];
}

export function redactText(text: string): RedactedText {
	const spans = findSecretSpans(text);
	return { text: replaceSpans(text, spans), spans, removed: describeRemoved(spans) };
}
