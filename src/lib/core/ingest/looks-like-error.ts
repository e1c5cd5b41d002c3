/**
 * Decides whether leftover text is worth handing to the diagnosis step. Too eager and a greeting
 * becomes a "diagnosis"; too shy and a real traceback is called unreadable. The words below are
 * the ones every TLS failure from every MongoDB client contains at least one of.
 */

const ERROR_WORDS =
	/\b(error|errno|exception|traceback|failed|failure|fatal|refused|reset|timed? ?out|denied|unauthori[sz]ed|alert|handshake|ssl|tls|x509|x\.509|certificate|cert|verify|pkix|mongo\w*|econn\w+|eof occurred|wrong version|unable to|self[- ]signed|not trusted|invalid)\b/i;

export function looksLikeErrorText(text: string): boolean {
	return ERROR_WORDS.test(text);
}
