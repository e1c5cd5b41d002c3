/**
 * The one funnel: every input (pasted text or a dropped file) becomes typed items.
 * Order of guessing follows certigo: the bytes' own shape first (DER, PEM, known file magic),
 * then text. Each reader reports what it could not read, precisely, instead of throwing.
 */

import type { AnalyzeInput } from '../context';
import type { Item, SourceRef, UnreadableItem } from '../report/model';
import { parseCertificate } from '../x509/certificate';
import { decodeIfText, knownFileKind } from './binary-kind';
import { emptyEvidence, type Evidence } from './evidence';
import { certificateLabel } from './labels';
import { looksLikeErrorText } from './looks-like-error';
import { findPemBlocks, type PemBlock } from './pem';
import { LineIndex } from './text-position';

class EvidenceBuilder {
	readonly evidence: Evidence = emptyEvidence();

	nextId(): string {
		return `item-${this.evidence.items.length + 1}`;
	}

	add<T extends Item>(item: T): T {
		this.evidence.items.push(item);
		if (item.kind === 'unreadable') this.evidence.unreadable.push(item);
		return item;
	}

	unreadable(label: string, source: SourceRef, reason: string): UnreadableItem {
		return this.add({ id: this.nextId(), kind: 'unreadable', label, source, reason });
	}
}

export async function ingest(inputs: AnalyzeInput[]): Promise<Evidence> {
	const builder = new EvidenceBuilder();
	for (const input of inputs) {
		if (input.kind === 'text') await ingestText(builder, input.text, input.name);
		else await ingestBytes(builder, input.bytes, input.name);
	}
	return builder.evidence;
}

async function ingestBytes(builder: EvidenceBuilder, bytes: Uint8Array, name?: string): Promise<void> {
	if (bytes.length === 0) return;
	builder.evidence.empty = false;
	const source: SourceRef = name ? { name } : {};
	if (bytes[0] === 0x30) {
		await ingestDer(builder, bytes, source, name ?? 'Binary input');
		return;
	}
	const kind = knownFileKind(bytes);
	if (kind) {
		builder.unreadable(name ?? 'Binary input', source, `This is ${kind}, not a certificate, key or error text.`);
		return;
	}
	const text = decodeIfText(bytes);
	if (text !== undefined) {
		await ingestText(builder, text, name);
		return;
	}
	builder.unreadable(
		name ?? 'Binary input',
		source,
		`Not a format TLS Doctor reads: it is not text, and does not start like DER (first byte 0x${bytes[0].toString(16).padStart(2, '0')}, expected 0x30).`
	);
}

async function ingestDer(builder: EvidenceBuilder, der: Uint8Array, source: SourceRef, label: string): Promise<void> {
	const result = await parseCertificate(der);
	if (!result.ok) {
		builder.unreadable(label, source, `Could not read it as a DER certificate: ${result.reason}.`);
		return;
	}
	const item = builder.add({
		id: builder.nextId(),
		kind: 'certificate',
		label: certificateLabel(result.parsed.view),
		source,
		certificate: result.parsed.view,
		origin: 'der'
	});
	builder.evidence.certificates.push({ item, parsed: result.parsed });
}

async function ingestText(builder: EvidenceBuilder, text: string, name?: string): Promise<void> {
	if (text.trim() === '') return;
	builder.evidence.empty = false;
	const blocks = findPemBlocks(text);
	for (const block of blocks) await ingestPemBlock(builder, block, name);
	const lines = new LineIndex(text);
	for (const segment of outsideBlocks(text, blocks)) {
		const trimmed = segment.text.trim();
		if (trimmed === '') continue;
		if (looksLikeErrorText(trimmed)) {
			const start = segment.start + segment.text.indexOf(trimmed);
			const item = builder.add({
				id: builder.nextId(),
				kind: 'error-text',
				label: errorTextLabel(trimmed),
				source: { ...(name ? { name } : {}), lines: [lines.lineOf(start), lines.lineOf(start + trimmed.length - 1)] },
				text: trimmed
			});
			builder.evidence.errorTexts.push({ item });
		} else {
			builder.evidence.unrecognizedText.push(trimmed);
		}
	}
}

async function ingestPemBlock(builder: EvidenceBuilder, block: PemBlock, name?: string): Promise<void> {
	const source: SourceRef = { ...(name ? { name } : {}), block: block.index, lines: block.lines };
	const where = `PEM block ${block.index} (${block.label}, lines ${block.lines[0]}–${block.lines[1]})`;
	if (!block.decoded.ok) {
		builder.unreadable(where, source, `${block.decoded.reason}.`);
		return;
	}
	if (block.label === 'CERTIFICATE' || block.label === 'X509 CERTIFICATE') {
		const result = await parseCertificate(block.decoded.der);
		if (!result.ok) {
			builder.unreadable(where, source, `The base64 decodes, but ${result.reason}.`);
			return;
		}
		const item = builder.add({
			id: builder.nextId(),
			kind: 'certificate',
			label: certificateLabel(result.parsed.view),
			source,
			certificate: result.parsed.view,
			origin: 'pem'
		});
		builder.evidence.certificates.push({ item, parsed: result.parsed });
		return;
	}
	builder.unreadable(where, source, `"${block.label}" blocks are not read yet.`);
}

function outsideBlocks(text: string, blocks: PemBlock[]): { start: number; text: string }[] {
	const segments: { start: number; text: string }[] = [];
	let at = 0;
	for (const block of blocks) {
		segments.push({ start: at, text: text.slice(at, block.start) });
		at = block.end;
	}
	segments.push({ start: at, text: text.slice(at) });
	return segments;
}

function errorTextLabel(text: string): string {
	const lines = text.split('\n').length;
	const first =
		text
			.split('\n')
			.find((l) => l.trim() !== '')
			?.trim() ?? '';
	const short = first.length > 80 ? first.slice(0, 77) + '…' : first;
	return lines > 1 ? `Error text, ${lines} lines: ${short}` : `Error text: ${short}`;
}
