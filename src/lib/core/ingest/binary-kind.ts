/**
 * Names common non-certificate files by their first bytes, so "I dropped my screenshot" gets
 * "that is a PNG image" instead of "invalid DER".
 */

const MAGIC: { bytes: number[]; name: string }[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or an Office document)' },
	{ bytes: [0x1f, 0x8b], name: 'a gzip archive' },
	{ bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF executable)' },
	{ bytes: [0x4d, 0x5a], name: 'a Windows program' },
	{ bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file' },
	{ bytes: [0xfe, 0xed, 0xfe, 0xed], name: 'a Java KeyStore (JKS)' },
	{ bytes: [0xce, 0xce, 0xce, 0xce], name: 'a Java JCEKS keystore' }
];

export function knownFileKind(bytes: Uint8Array): string | undefined {
	return MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b))?.name;
}

/** Is this byte sequence text a person could have typed or copied (UTF-8, few control bytes)? */
export function decodeIfText(bytes: Uint8Array): string | undefined {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	let control = 0;
	const sample = Math.min(text.length, 65536);
	for (let i = 0; i < sample; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
	}
	return control > sample / 100 ? undefined : text.replace(/^\uFEFF/, '');
}
