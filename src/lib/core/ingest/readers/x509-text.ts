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

export function findX509TextDumps(text: string): X509TextDump[] {
	const dumps: X509TextDump[] = [];
	for (const m of text.matchAll(BEGIN)) {
		const start = m.index;
		const rest = text.slice(start);
		// A dump ends at the signature value's hex lines, or at the PEM that `-text` without -noout prints.
		const sig = /^\s+Signature Value:\r?\n(?:\s+[0-9a-f]{2}(?::[0-9a-f]{2})*:?\r?\n?)+/m.exec(
			rest.slice(rest.indexOf('Signature Algorithm', 20) + 1)
		);
		let end = text.length;
		if (sig) end = start + rest.indexOf('Signature Algorithm', 20) + 1 + sig.index + sig[0].length;
		const body = text.slice(start, end);
		const san = /X509v3 Subject Alternative Name:(?: critical)?[ \t]*\r?\n\s+(.*)/.exec(body)?.[1] ?? '';
		const serialInline = /Serial Number: ([0-9]+ \(0x[0-9a-f]+\)|[0-9a-f:]+)/i.exec(body)?.[1];
		const serialNext = /Serial Number:\s*\r?\n\s+([0-9a-f:]+)/i.exec(body)?.[1];
		dumps.push({
			start,
			end,
			subject: /^\s+Subject: (.*)$/m.exec(body)?.[1]?.trim(),
			issuer: /^\s+Issuer: (.*)$/m.exec(body)?.[1]?.trim(),
			notBefore: /Not Before\s*: (.*)$/m.exec(body)?.[1]?.trim(),
			notAfter: /Not After\s*: (.*)$/m.exec(body)?.[1]?.trim(),
			serial: serialNext ?? serialInline,
			subjectAltNames: san
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		});
	}
	return dumps;
}
