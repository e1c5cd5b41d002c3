/**
 * A dropped or picked file → items. Guessing follows certigo's order: the bytes' own shape first
 * (Java keystore magic, DER), then text (PEM, transcripts, error text), then known non-certificate
 * formats, named so the person knows they picked the wrong file.
 */

import type { ContainerItem, SourceRef } from '../model/report';
import { hex } from '../bytes/hex';
import { decodeIfText, knownFileKind } from './binary-kind';
import type { EvidenceBuilder } from './builder';
import { ingestDer } from './der-input';
import { isJavaKeystore, keytoolConvertCommand, readJks } from './readers/jks';
import { ingestText } from './text-input';

export async function ingestBytes(builder: EvidenceBuilder, bytes: Uint8Array, name?: string): Promise<void> {
	if (bytes.length === 0) return;
	builder.evidence.empty = false;
	const source: SourceRef = name ? { name } : {};
	const label = name ?? 'Binary input';
	const jks = isJavaKeystore(bytes);
	if (jks) return ingestJks(builder, bytes, source, label, jks);
	if (bytes[0] === 0x30) return ingestDer(builder, bytes, { source, label, origin: 'der' });
	const text = decodeIfText(bytes);
	if (text !== undefined) return ingestText(builder, text, name);
	const kind = knownFileKind(bytes);
	if (kind) {
		builder.unreadable(label, source, `This is ${kind}, not a certificate, key or error text.`);
		return;
	}
	builder.unreadable(
		label,
		source,
		`Not a format TLS Doctor reads: it is not text, and does not start like DER (first byte 0x${hex(bytes, 0, 1)}, expected 0x30).`
	);
}

async function ingestJks(
	builder: EvidenceBuilder,
	bytes: Uint8Array,
	source: SourceRef,
	label: string,
	type: 'JKS' | 'JCEKS'
): Promise<void> {
	const hint = keytoolConvertCommand(source.name ?? `keystore.${type.toLowerCase()}`, type);
	const result = readJks(bytes);
	if (!result.ok) {
		builder.unreadable(
			label,
			source,
			`A Java ${type} keystore that could not be read: ${result.reason}. Python and Node cannot use Java keystores; convert it to PKCS#12.`,
			hint
		);
		return;
	}
	const { store } = result;
	const certificates = store.entries.flatMap((e) => e.certificates);
	const keys = store.entries.filter((e) => e.kind === 'private-key').length;
	const problems: string[] = [];
	if (keys)
		problems.push(`${keys} private key${keys === 1 ? ' is' : 's are'} encrypted with Java’s own scheme, which only keytool can open`);
	if (store.incomplete) problems.push(store.incomplete);
	const container = builder.add({
		id: builder.nextId(),
		kind: 'java-keystore',
		label: `Java ${type} keystore with ${store.entries.length} entr${store.entries.length === 1 ? 'y' : 'ies'} (${certificates.length} certificate${certificates.length === 1 ? '' : 's'}${keys ? `, ${keys} private key${keys === 1 ? '' : 's'}` : ''}): Python and Node need PEM or PKCS#12`,
		source,
		contents: { certificates: certificates.length, keys, crls: 0 },
		problems,
		hint
	} satisfies ContainerItem);
	let position = 0;
	for (const der of certificates) {
		position++;
		await ingestDer(builder, der, {
			source: { ...source, container: container.id, position },
			label: `certificate ${position} in ${label}`,
			origin: 'der'
		});
	}
}
