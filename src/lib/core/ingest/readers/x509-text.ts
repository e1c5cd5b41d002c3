/**
 * `openssl x509 -text -noout` dumps: people paste what they see on screen. The fields are worth
 * reading (names, dates, SANs), but a dump cannot be verified, so the reader also says how to get
 * the PEM.
 */

export interface X509TextDump {
	start: number;
	end: number;
	subject?: string;
	issuer?: string;
	notBefore?: string;
	notAfter?: string;
	serial?: string;
	subjectAltNames: string[];
}

const BEGIN = /^Certificate:\r?\n\s+Data:\r?\n\s+Version: /gm;
// Indentation is matched as spaces and tabs on the label's own line: "^\s+" would also span blank
// lines, and then every line start of a long run of blank lines rescans the run.
const SIGNATURE_VALUE = /^[ \t]+Signature Value:\r?\n(?:\s+[0-9a-f]{2}(?::[0-9a-f]{2})*:?\r?\n?)+/m;
const SAN = /X509v3 Subject Alternative Name:(?: critical)?[ \t]*\r?\n\s+(.*)/;
const SERIAL_INLINE = /Serial Number: (\d+ \(0x[0-9a-f]+\)|[0-9a-f:]+)/i;
const SERIAL_NEXT_LINE = /Serial Number:[ \t]*\r?\n[ \t]+([0-9a-f:]+)/i;
const SUBJECT = /^[ \t]+Subject: (.*)$/m;
const ISSUER = /^[ \t]+Issuer: (.*)$/m;
const NOT_BEFORE = /Not Before[ \t]*: (.*)$/m;
const NOT_AFTER = /Not After[ \t]*: (.*)$/m;

/**
 * Dumps read into items per paste; the rest are counted. Nobody pastes more than a handful, and each
 * item carries a hint a few hundred bytes long, so 2 MB of cut-off dumps would otherwise become a
 * report ten times the size of the paste.
 */
export const MAX_X509_TEXT_DUMPS = 100;

export function findX509TextDumps(text: string): X509TextDump[] {
	const dumps: X509TextDump[] = [];
	const starts = [...text.matchAll(BEGIN)].map((m) => m.index);
	starts.forEach((start, i) => {
		// A dump ends at the signature value's hex lines, or at the PEM that `-text` without -noout
		// prints; it never runs into the next dump, so each dump's text is searched once.
		const limit = i + 1 < starts.length ? starts[i + 1] : text.length;
		const rest = text.slice(start, limit);
		const from = rest.indexOf('Signature Algorithm', 20) + 1;
		const sig = SIGNATURE_VALUE.exec(rest.slice(from));
		const end = sig ? start + from + sig.index + sig[0].length : limit;
		const body = text.slice(start, end);
		const san = SAN.exec(body)?.[1] ?? '';
		dumps.push({
			start,
			end,
			subject: SUBJECT.exec(body)?.[1]?.trim(),
			issuer: ISSUER.exec(body)?.[1]?.trim(),
			notBefore: NOT_BEFORE.exec(body)?.[1]?.trim(),
			notAfter: NOT_AFTER.exec(body)?.[1]?.trim(),
			serial: SERIAL_NEXT_LINE.exec(body)?.[1] ?? SERIAL_INLINE.exec(body)?.[1],
			subjectAltNames: san
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		});
	});
	return dumps;
}
