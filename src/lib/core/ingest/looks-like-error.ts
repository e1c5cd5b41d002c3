/**
 * Decides whether leftover text is worth handing to the diagnosis step. Too eager and the JSON
 * keys around a pasted certificate ("cert": "…") become a "diagnosis"; too shy and a real
 * traceback is called unreadable. Text that any error signature recognises is error text by
 * definition (so the two can never drift apart: analyze() hands diagnose's recogniser in); beyond that, strong words mark an error on their
 * own, and weak ones (ssl, tls, certificate, mongo) only in text long enough to be a sentence or a
 * log line.
 */

// Exception class names carry the strong word as a suffix (SSLError, MongoNetworkError), so that
// part is matched without a leading word boundary.
const STRONG_SUFFIX = /[a-z](?:Error|Exception)\b/;
const STRONG =
	/\b(?:error|errno|unsuitable|too weak|mismatch|pem lib|exception|traceback|failed|failure|fatal|refused|reset|timed? ?out|denied|unauthori[sz]ed|alert|handshake|verify|pkix|wrong version|unable to|self[- ]signed|not trusted|invalid|eof occurred|econn\w+|enotfound|eai_again|expired|not yet valid|no shared cipher|renegotiation|not valid for|x509: |no ssl certificate provided|requiretls|sslhandshakefailed|panic|bad gateway|service unavailable|gateway time-?out|internal server error|segmentation fault)\b/i;
const WEAK = /\b(?:ssl|tls|x\.?509|certificates?|cert|mongo\w*|ocsp|crl)\b/i;

export function looksLikeErrorText(text: string, recognisedBySignature: (text: string) => boolean = () => false): boolean {
	if (STRONG.test(text) || STRONG_SUFFIX.test(text)) return true;
	if (recognisedBySignature(text)) return true;
	if (!WEAK.test(text)) return false;
	const words = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
	return words >= 8;
}
