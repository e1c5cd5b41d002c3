/**
 * Which part of TLS a text is about when no signature names the cause: a text that says x509,
 * certificate, handshake, alert or SSL is never a bare "not enough to go on". The family says
 * where the failure sits (the certificate check, the handshake, the TLS connection itself) and so
 * what to paste next. The first family whose words occur decides, most specific first.
 */

import type { EvidenceSpan } from '../model/report';

export type TlsFamily = 'certificate' | 'handshake' | 'connection' | 'tls';

const FAMILIES: readonly { family: TlsFamily; words: RegExp }[] = [
	{
		family: 'certificate',
		words: /\bx\.?509\b|\bcertificates?\b|\bcert\b|\bPKIX\b|\bverify\b|\bverification\b|\btrust ?(?:anchor|store)\b|\bissuer\b/i
	},
	{ family: 'handshake', words: /\bhandshake\b|\balert\b|\bcipher(?:s|suite)?\b|\bprotocol version\b|\bSNI\b|\bservername\b/i },
	{
		family: 'connection',
		// "SSL … EOF", "TLS connection … closed": the TLS layer's own connection ending early. Bounded gap: linear.
		words: /\b(?:ssl|tls)\b[^\n]{1,80}?\b(?:eof|closed|reset|disconnected|timed? ?out|shut down)\b/i
	},
	{ family: 'tls', words: /\b(?:ssl|tls|openssl|boringssl|schannel|secure ?transport|libressl)\b/i }
];

export function tlsFamilyOf(text: string, itemId: string): { family: TlsFamily; evidence: EvidenceSpan } | undefined {
	for (const { family, words } of FAMILIES) {
		const m = words.exec(text);
		if (m) return { family, evidence: { itemId, start: m.index, end: m.index + m[0].length, text: m[0] } };
	}
	return undefined;
}
