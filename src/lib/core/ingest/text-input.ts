/**
 * Pasted text → items. Structured regions are recognised first (s_client transcripts, keytool
 * listings, `openssl x509 -text` dumps), then loose PEM blocks, then bare base64; whatever is
 * left is error text for the diagnosis step, or prose that is ignored. Regions are processed in
 * the order they appear, so items keep the order of the paste.
 */

import type { KeytoolItem, SClientItem, SourceRef, X509TextItem } from '../report/model';
import type { EvidenceBuilder } from './builder';
import { ingestDer } from './der-input';
import { looksLikeErrorText } from './looks-like-error';
import { findPemBlocks, type PemBlock } from './pem';
import { ingestPemBlock } from './pem-input';
import { findBase64Runs, type Base64Run } from './readers/base64-runs';
import { findKeytoolListing, type KeytoolListing } from './readers/keytool';
import { findSClientRegions, parseSClient } from './readers/s-client';
import { findX509TextDumps, type X509TextDump } from './readers/x509-text';
import { LineIndex } from './text-position';
import { findConnectionStrings } from '../uri/find';
import { redactText } from './secrets';

type Region =
	| { kind: 's-client'; start: number; end: number; blocks: PemBlock[] }
	| { kind: 'keytool'; start: number; end: number; blocks: PemBlock[]; listing: KeytoolListing }
	| { kind: 'x509-text'; start: number; end: number; dump: X509TextDump }
	| { kind: 'pem'; start: number; end: number; block: PemBlock }
	| { kind: 'base64'; start: number; end: number; run: Base64Run }
	| { kind: 'rest'; start: number; end: number };

const MAX_DEPTH = 2;

export async function ingestText(builder: EvidenceBuilder, text: string, name?: string, depth = 0): Promise<void> {
	if (text.trim() === '') return;
	builder.evidence.empty = false;
	const lines = new LineIndex(text);
	const blocks = findPemBlocks(text);
	const structured: Region[] = [];
	const within = (b: PemBlock, start: number, end: number) => b.start >= start && b.end <= end;

	for (const r of findSClientRegions(text))
		structured.push({ kind: 's-client', ...r, blocks: blocks.filter((b) => within(b, r.start, r.end)) });
	const listing = findKeytoolListing(text);
	if (listing && !overlaps(structured, listing.start, listing.end)) {
		structured.push({
			kind: 'keytool',
			start: listing.start,
			end: listing.end,
			listing,
			blocks: blocks.filter((b) => within(b, listing.start, listing.end))
		});
	}
	for (const dump of findX509TextDumps(text)) {
		if (!overlaps(structured, dump.start, dump.end)) structured.push({ kind: 'x509-text', start: dump.start, end: dump.end, dump });
	}
	const claimed = new Set(structured.flatMap((r) => ('blocks' in r ? r.blocks : [])));
	const regions: Region[] = [...structured];
	for (const block of blocks)
		if (!claimed.has(block) && !overlaps(structured, block.start, block.end))
			regions.push({ kind: 'pem', start: block.start, end: block.end, block });

	for (const gap of gaps(text, regions)) {
		let at = gap.start;
		for (const run of depth < MAX_DEPTH ? findBase64Runs(text.slice(gap.start, gap.end)) : []) {
			const start = gap.start + run.start;
			if (start > at) regions.push({ kind: 'rest', start: at, end: start });
			regions.push({ kind: 'base64', start, end: gap.start + run.end, run });
			at = gap.start + run.end;
		}
		if (at < gap.end) regions.push({ kind: 'rest', start: at, end: gap.end });
	}
	regions.sort((a, b) => a.start - b.start);

	const where = (start: number, end: number): SourceRef => ({
		...(name ? { name } : {}),
		lines: [lines.lineOf(start), lines.lineOf(Math.max(start, end - 1))]
	});
	for (const region of regions) {
		switch (region.kind) {
			case 's-client':
				await ingestSClient(builder, text, region, where(region.start, region.end), name);
				break;
			case 'keytool':
				await ingestKeytool(builder, region, where(region.start, region.end), name);
				break;
			case 'x509-text':
				ingestX509Text(builder, text, region, where(region.start, region.end), blocks);
				break;
			case 'pem':
				await ingestPemBlock(builder, region.block, name);
				break;
			case 'base64': {
				const source = where(region.start, region.end);
				if (region.run.decoded.kind === 'pem-text') await ingestText(builder, region.run.decoded.text, name, depth + 1);
				else
					await ingestDer(builder, region.run.decoded.bytes, {
						source,
						label: `base64 text at lines ${source.lines![0]}–${source.lines![1]}`,
						origin: 'base64'
					});
				break;
			}
			case 'rest':
				ingestRest(builder, text, region.start, region.end, where, name);
				break;
		}
	}
}

function overlaps(regions: Region[], start: number, end: number): boolean {
	return regions.some((r) => start < r.end && end > r.start);
}

function gaps(text: string, regions: Region[]): { start: number; end: number }[] {
	const sorted = [...regions].sort((a, b) => a.start - b.start);
	const out: { start: number; end: number }[] = [];
	let at = 0;
	for (const r of sorted) {
		if (r.start > at) out.push({ start: at, end: r.start });
		at = Math.max(at, r.end);
	}
	if (at < text.length) out.push({ start: at, end: text.length });
	return out;
}

function ingestRest(
	builder: EvidenceBuilder,
	text: string,
	start: number,
	end: number,
	where: (s: number, e: number) => SourceRef,
	name?: string
): void {
	const raw = text.slice(start, end);
	const trimmed = raw.trim();
	if (trimmed === '') return;
	const offset = start + raw.indexOf(trimmed);
	// Connection strings become items of their own; the text around them keeps them, redacted, as
	// context for the diagnosis. The password never reaches an error-text item or a label.
	const spans = findConnectionStrings(trimmed);
	for (const span of spans) builder.connectionString(span.form, span.raw, where(offset + span.start, offset + span.end));
	const leftover = spans.reduceRight((t, sp) => t.slice(0, sp.start) + t.slice(sp.end), trimmed).trim();
	if (leftover === '') return;
	// Every secret the text holds (passwords in URIs, flags, variables, config; key material) is
	// taken out by its span before anything keeps or reads the text: the report never has it.
	const safe = capErrorText(redactText(trimmed).text);
	// Decided on what the diagnosis would see, so a 50 MB paste is judged by its start and end.
	if (!looksLikeErrorText(spans.length ? capErrorText(leftover) : safe)) {
		builder.evidence.unrecognizedText.push(capErrorText(redactText(leftover).text));
		return;
	}
	const item = builder.add({
		id: builder.nextId(),
		kind: 'error-text',
		label: errorTextLabel(safe),
		source: { ...where(offset, offset + trimmed.length), ...(name ? { name } : {}) },
		text: safe
	});
	builder.evidence.errorTexts.push({ item });
}

/** Error text kept whole up to this size; beyond it, the start and the end (where causes are printed). */
const MAX_ERROR_TEXT = 256 * 1024;

/**
 * A multi-megabyte log would be copied to the page and scanned by every signature for nothing:
 * drivers print the cause at the start (the exception line) and the end (the last server error).
 */
function capErrorText(text: string): string {
	if (text.length <= MAX_ERROR_TEXT) return text;
	const half = MAX_ERROR_TEXT / 2;
	const head = text.slice(0, text.lastIndexOf('\n', half) > 0 ? text.lastIndexOf('\n', half) : half);
	const tailStart = text.indexOf('\n', text.length - half);
	const tail = text.slice(tailStart > 0 ? tailStart + 1 : text.length - half);
	const omitted = text.length - head.length - tail.length;
	return `${head}\n… [${omitted.toLocaleString('en-US')} characters in the middle not analysed] …\n${tail}`;
}

async function ingestSClient(
	builder: EvidenceBuilder,
	text: string,
	region: Region & { kind: 's-client' },
	source: SourceRef,
	name?: string
): Promise<void> {
	const body = text.slice(region.start, region.end);
	const facts = parseSClient(body, text.slice(Math.max(0, region.start - 400), region.start));
	const transcript: SClientItem['transcript'] = { ...facts, chain: [] };
	const item = builder.add({ id: builder.nextId(), kind: 's-client', label: '', source, transcript } satisfies SClientItem);
	let position = 0;
	for (const block of region.blocks) {
		const before = builder.evidence.certificates.length;
		await ingestPemBlockAs(builder, block, name, { container: item.id, position: ++position }, 's-client');
		const added = builder.evidence.certificates.slice(before).map((c) => c.item.id);
		transcript.chain.push(...added);
	}
	item.label = sClientLabel(transcript);
	builder.evidence.sClients.push({ item });
	// The verify and handshake errors it printed are error text like any other.
	const errorLines = [...facts.errors];
	if (facts.verifyReturnCode && facts.verifyReturnCode !== 0)
		errorLines.push(`Verify return code: ${facts.verifyReturnCode} (${facts.verifyText})`);
	if (facts.noPeerCertificate) errorLines.push('no peer certificate available');
	if (errorLines.length) {
		const errorText = builder.add({
			id: builder.nextId(),
			kind: 'error-text',
			label: `Errors reported by openssl s_client (${errorLines.length} line${errorLines.length === 1 ? '' : 's'})`,
			source: { ...source, container: item.id },
			text: [...new Set(errorLines)].join('\n')
		});
		builder.evidence.errorTexts.push({ item: errorText });
	}
}

async function ingestPemBlockAs(
	builder: EvidenceBuilder,
	block: PemBlock,
	name: string | undefined,
	extra: Partial<SourceRef>,
	origin: 's-client' | 'keytool'
): Promise<void> {
	const before = builder.evidence.certificates.length;
	await ingestPemBlock(builder, block, name, extra);
	for (const c of builder.evidence.certificates.slice(before)) c.item.origin = origin;
}

function sClientLabel(t: SClientItem['transcript']): string {
	const parts = [`${t.chain.length} certificate${t.chain.length === 1 ? '' : 's'} presented`];
	if (t.noPeerCertificate) parts[0] = 'no certificate presented';
	if (t.verifyReturnCode !== undefined)
		parts.push(`verify ${t.verifyReturnCode === 0 ? 'OK' : `failed: ${t.verifyReturnCode} (${t.verifyText})`}`);
	if (t.protocol) parts.push(t.protocol);
	if (t.clientCertificateRequested) parts.push('server asks for a client certificate');
	return `openssl s_client output${t.host ? ` for ${t.host}${t.port ? `:${t.port}` : ''}` : ''}: ${parts.join(', ')}`;
}

async function ingestKeytool(
	builder: EvidenceBuilder,
	region: Region & { kind: 'keytool' },
	source: SourceRef,
	name?: string
): Promise<void> {
	const { listing } = region;
	const item: KeytoolItem = builder.add({
		id: builder.nextId(),
		kind: 'keytool',
		label: '',
		source,
		listing: { ...(listing.storeType ? { storeType: listing.storeType } : {}), entries: [] }
	});
	let position = 0;
	for (const entry of listing.entries) {
		const ids: string[] = [];
		for (const block of region.blocks.filter((b) => b.start >= entry.start && b.end <= entry.end)) {
			const before = builder.evidence.certificates.length;
			await ingestPemBlockAs(builder, block, name, { container: item.id, position: ++position }, 'keytool');
			ids.push(...builder.evidence.certificates.slice(before).map((c) => c.item.id));
		}
		item.listing.entries.push({ alias: entry.alias, type: entry.type, certificateIds: ids });
	}
	const withPem = item.listing.entries.filter((e) => e.certificateIds.length).length;
	item.label = `keytool listing${listing.storeType ? ` (${listing.storeType})` : ''}: ${listing.entries.length} entr${listing.entries.length === 1 ? 'y' : 'ies'}`;
	if (withPem < listing.entries.length) {
		item.label += `; ${listing.entries.length - withPem} without a PEM certificate (list with: keytool -list -rfc -keystore FILE)`;
	}
}

function ingestX509Text(
	builder: EvidenceBuilder,
	text: string,
	region: Region & { kind: 'x509-text' },
	source: SourceRef,
	blocks: PemBlock[]
): void {
	// `openssl x509 -text` without -noout prints the PEM right after the dump: then the PEM is read
	// and the dump adds nothing.
	const next = blocks.find((b) => b.start >= region.end);
	if (next && text.slice(region.end, next.start).trim() === '' && next.label.includes('CERTIFICATE')) return;
	const d = region.dump;
	builder.add({
		id: builder.nextId(),
		kind: 'x509-text',
		label: `openssl x509 -text output for ${d.subject ?? 'a certificate'} (text only: paste the PEM to check it)`,
		source,
		dump: {
			...(d.subject ? { subject: d.subject } : {}),
			...(d.issuer ? { issuer: d.issuer } : {}),
			...(d.notBefore ? { notBefore: d.notBefore } : {}),
			...(d.notAfter ? { notAfter: d.notAfter } : {}),
			...(d.serial ? { serial: d.serial } : {}),
			subjectAltNames: d.subjectAltNames
		},
		hint: 'This is the text form, which cannot be verified. Paste the PEM instead: `openssl x509 -in FILE` prints it (or run the same command without -noout).'
	} satisfies X509TextItem);
}

function errorTextLabel(text: string): string {
	const count = text.split('\n').length;
	const first =
		text
			.split('\n')
			.find((l) => l.trim() !== '')
			?.trim() ?? '';
	const short = first.length > 80 ? first.slice(0, 77) + '…' : first;
	return count > 1 ? `Error text, ${count} lines: ${short}` : `Error text: ${short}`;
}
