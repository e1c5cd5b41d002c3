/**
 * Pasted text → items. Structured regions are recognised first (s_client transcripts, keytool
 * listings, `openssl x509 -text` dumps), then loose PEM blocks, then bare base64; whatever is
 * left is error text for the diagnosis step, or prose that is ignored. Regions are processed in
 * the order they appear, so items keep the order of the paste.
 */

import type { KeytoolItem, SClientItem, SourceRef, X509TextItem } from '../model/report';
import type { EvidenceBuilder } from './builder';
import { ingestDer } from './der-input';
import { looksLikeErrorText } from './looks-like-error';
import { findPemBlocks, type PemBlock } from './pem';
import { ingestPemBlock } from './pem-input';
import { findBase64Runs, type Base64Run } from './readers/base64-runs';
import { findKeytoolListing, MAX_KEYTOOL_ENTRIES, type KeytoolListing } from './readers/keytool';
import { findSClientRegions, MAX_S_CLIENT_TRANSCRIPTS, parseSClient } from './readers/s-client';
import { findX509TextDumps, MAX_X509_TEXT_DUMPS, type X509TextDump } from './readers/x509-text';
import { LineIndex } from './text-position';
import { derShape } from '../x509/der-shape';
import { findConnectionStrings } from '../uri/find';
import { MAX_CONNECTION_STRINGS } from '../uri/limits';
import { tooLargeToAnalyse } from '../uri/too-large';
import { redactText } from './secrets';
import { fnv, sameBytes } from '../bytes/bytes';

type Region =
	| { kind: 's-client'; start: number; end: number; blocks: PemBlock[] }
	| { kind: 'keytool'; start: number; end: number; blocks: PemBlock[]; listing: KeytoolListing }
	| { kind: 'x509-text'; start: number; end: number; dump: X509TextDump }
	/** Past the bound on transcripts or dumps: claimed so its text is not read as something else, and counted. */
	| { kind: 'skipped'; start: number; end: number; blocks: PemBlock[] }
	| { kind: 'pem'; start: number; end: number; block: PemBlock }
	| { kind: 'base64'; start: number; end: number; run: Base64Run }
	| { kind: 'rest'; start: number; end: number };

const MAX_DEPTH = 2;

export async function ingestText(builder: EvidenceBuilder, text: string, name?: string, depth = 0): Promise<void> {
	if (text.trim() === '') return;
	builder.evidence.empty = false;
	const lines = new LineIndex(text);
	const blocks = findPemBlocks(text);
	// Structured regions never overlap one another, and every lookup below is a binary search or
	// a walk in order over sorted lists: a paste of 100,000 transcripts, dumps or PEM blocks must
	// not compare each of them with all the others.
	const occupied: Region[] = [];
	const skipped = new LeftOut();
	const read = readSoFar(builder);
	findSClientRegions(text).forEach((r) => {
		if (read.sClients++ < MAX_S_CLIENT_TRANSCRIPTS) occupied.push({ kind: 's-client', ...r, blocks: blocksWithin(blocks, r.start, r.end) });
		else {
			occupied.push({ kind: 'skipped', ...r, blocks: blocksWithin(blocks, r.start, r.end) });
			skipped.add('s-client', r.start, r.end);
		}
	});
	const listing = findKeytoolListing(text, Math.max(0, MAX_KEYTOOL_ENTRIES - read.keytoolEntries));
	if (listing && !overlapsSorted(occupied, listing.start, listing.end)) {
		read.keytoolEntries += listing.entries.length;
		const keytool: Region = {
			kind: 'keytool',
			start: listing.start,
			end: listing.end,
			listing,
			blocks: blocksWithin(blocks, listing.start, listing.end)
		};
		occupied.splice(firstEndingAfter(occupied, listing.start), 0, keytool);
	}
	// Dumps never overlap one another (each ends before the next begins).
	const structured: Region[] = [...occupied];
	for (const dump of findX509TextDumps(text)) {
		if (overlapsSorted(occupied, dump.start, dump.end)) continue;
		if (read.dumps++ < MAX_X509_TEXT_DUMPS) structured.push({ kind: 'x509-text', start: dump.start, end: dump.end, dump });
		else {
			structured.push({ kind: 'skipped', start: dump.start, end: dump.end, blocks: [] });
			skipped.add('x509-text', dump.start, dump.end);
		}
	}
	structured.sort((a, b) => a.start - b.start);
	const claimed = new Set(structured.flatMap((r) => ('blocks' in r ? r.blocks : [])));
	const regions: Region[] = [...structured];
	for (const block of blocks)
		if (!claimed.has(block) && !overlapsSorted(structured, block.start, block.end))
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
			case 'skipped':
				break;
			case 's-client':
				await ingestSClient(builder, text, region, where(region.start, region.end), skipped, name);
				break;
			case 'keytool':
				await ingestKeytool(builder, region, where(region.start, region.end), skipped, name);
				break;
			case 'x509-text':
				ingestX509Text(builder, text, region, where(region.start, region.end), blocks);
				break;
			case 'pem':
				if (admitBlock(builder, region.block, skipped)) await ingestPemBlock(builder, region.block, name);
				break;
			case 'base64': {
				const source = where(region.start, region.end);
				if (region.run.decoded.kind === 'pem-text') await ingestText(builder, region.run.decoded.text, name, depth + 1);
				else if (admitObject(builder, region.run.decoded.bytes, false, skipped, region.start, region.end))
					await ingestDer(builder, region.run.decoded.bytes, {
						source,
						label: `base64 text at lines ${source.lines![0]}–${source.lines![1]}`,
						origin: 'base64'
					});
				break;
			}
			case 'rest':
				// Past the bound, pieces of text are counted, not read: each one costs a connection-string
				// search, an error-text check and a diagnosis.
				if (read.pieces >= MAX_TEXT_PIECES) {
					if (text.slice(region.start, region.end).trim() !== '') skipped.add('text', region.start, region.end);
				} else if (ingestRest(builder, text, region.start, region.end, where, skipped, name)) read.pieces++;
				break;
		}
	}
	reportSkipped(builder, skipped, where);
}

/**
 * Pieces of text around the structured parts read per paste (each becomes an error-text item, or
 * is checked for being one). A real paste has a few; 2 MB of short error lines between broken PEM
 * blocks would otherwise be 20,000 diagnoses.
 */
export const MAX_TEXT_PIECES = 200;

type LeftOutKind = 's-client' | 'x509-text' | 'connection-string' | 'text' | 'repeated' | 'objects';

/**
 * What each paste has read so far, against the bounds above. Counted per paste, not per text: a
 * base64 run that decodes to PEM text is read as a text of its own, and 2 MB of such runs must not
 * get a fresh allowance each.
 */
interface ReadSoFar {
	sClients: number;
	dumps: number;
	keytoolEntries: number;
	pieces: number;
	/** Keys, requests, CRLs and containers read, and their DER by length and hash, to know a repeat. */
	objects: number;
	objectsSeen: Map<string, Uint8Array[]>;
}
const readSoFarByPaste = new WeakMap<EvidenceBuilder, ReadSoFar>();

function readSoFar(builder: EvidenceBuilder): ReadSoFar {
	let read = readSoFarByPaste.get(builder);
	if (!read) {
		read = { sClients: 0, dumps: 0, keytoolEntries: 0, pieces: 0, objects: 0, objectsSeen: new Map() };
		readSoFarByPaste.set(builder, read);
	}
	return read;
}

/**
 * Keys, certificate requests, CRLs and PKCS#7/#12 containers read per paste. A real paste has a
 * few; each costs a parse (an Ed25519 key about a millisecond, its public key derived), so 2 MB of
 * keys was 17,000 of them and 18 s. Certificates are not counted here: the builder already reads
 * each distinct one once and counts copies.
 */
export const MAX_OBJECTS = 100;

/** Whether a PEM block is read, or counted as a repeat or past the bound on objects. */
function admitBlock(builder: EvidenceBuilder, block: PemBlock, skipped: LeftOut): boolean {
	if (!block.decoded.ok) return true;
	const legacyEncrypted = /ENCRYPTED/.test(block.headers['Proc-Type'] ?? '');
	return admitObject(builder, block.decoded.der, legacyEncrypted, skipped, block.start, block.end);
}

function admitObject(
	builder: EvidenceBuilder,
	der: Uint8Array,
	legacyEncrypted: boolean,
	skipped: LeftOut,
	start: number,
	end: number
): boolean {
	const shape = legacyEncrypted ? 'legacy-encrypted' : derShape(der);
	// Certificates have their own bounds in the builder; what is not DER of any kind is cheap to refuse.
	if (shape === 'certificate' || shape === 'unknown') return true;
	const read = readSoFar(builder);
	const key = `${der.length}:${fnv(der)}`;
	const seen = read.objectsSeen.get(key);
	if (seen?.some((d) => sameBytes(d, der))) {
		skipped.add('repeated', start, end);
		return false;
	}
	if (read.objects >= MAX_OBJECTS) {
		skipped.add('objects', start, end);
		return false;
	}
	read.objects++;
	if (seen) seen.push(der);
	else read.objectsSeen.set(key, [der]);
	return true;
}

/** What the bounds left out of one text, kind by kind: how many, and from where to where. */
class LeftOut {
	readonly kinds = new Map<LeftOutKind, { count: number; start: number; end: number }>();

	add(kind: LeftOutKind, start: number, end: number): void {
		const known = this.kinds.get(kind);
		if (known) {
			known.count++;
			known.end = end;
		} else this.kinds.set(kind, { count: 1, start, end });
	}
}

const LEFT_OUT: Record<LeftOutKind, (n: string, count: number) => { label: string; reason: string }> = {
	's-client': (n) => ({
		label: `${n} more openssl s_client transcripts`,
		reason: `Only the first ${MAX_S_CLIENT_TRANSCRIPTS} transcripts (CONNECTED(…) sessions) of a paste are read; ${n} more were left out. Paste the session you are asking about on its own.`
	}),
	'x509-text': (n) => ({
		label: `${n} more openssl x509 -text dumps`,
		reason: `Only the first ${MAX_X509_TEXT_DUMPS} certificate dumps of a paste are read; ${n} more were left out. Paste the PEM of the certificates you are asking about instead: \`openssl x509 -in FILE\` prints it.`
	}),
	'connection-string': (n) => ({
		label: `${n} more connection strings`,
		reason: `Only the first ${MAX_CONNECTION_STRINGS} connection strings of a paste are analysed; ${n} more were left out. Paste the one you are asking about on its own.`
	}),
	repeated: (n, count) =>
		count === 1
			? {
					label: 'A repeated block',
					reason: 'It is byte for byte the same key, certificate request, CRL or container as one read above, so it was not read again.'
				}
			: {
					label: `${n} repeated blocks`,
					reason: `These are byte for byte the same key, certificate request, CRL or container as one read above; each was read once, and ${n} repeats were not read again.`
				},
	objects: (n) => ({
		label: `${n} more keys, requests and CRLs`,
		reason: `Only the first ${MAX_OBJECTS} private keys, certificate requests, CRLs and PKCS#7 or PKCS#12 containers of a paste are read; ${n} more were left out. Paste the ones you are asking about on their own.`
	}),
	text: (n) => ({
		label: `${n} more pieces of text`,
		reason: `Only the first ${MAX_TEXT_PIECES} pieces of text between the certificates, keys and transcripts of a paste are read as error text; ${n} more were left out. Paste the error you are asking about on its own.`
	})
};

/**
 * What the bounds left out, in one item per kind. Added past the builder's bound on unreadable
 * parts, like its own counts: what was left out, and why, must be said even after 200 broken blocks.
 */
function reportSkipped(builder: EvidenceBuilder, skipped: LeftOut, where: (s: number, e: number) => SourceRef): void {
	for (const [kind, { count, start, end }] of skipped.kinds) {
		const { label, reason } = LEFT_OUT[kind](count.toLocaleString('en-US'), count);
		addUnreadable(builder, label, where(start, end), reason);
	}
}

function addUnreadable(builder: EvidenceBuilder, label: string, source: SourceRef, reason: string): void {
	builder.add({ id: builder.nextId(), kind: 'unreadable', label, source, reason });
}

/** The blocks (sorted, disjoint) that lie wholly inside [start, end). */
function blocksWithin(blocks: PemBlock[], start: number, end: number): PemBlock[] {
	const out: PemBlock[] = [];
	for (let i = firstStartingFrom(blocks, start); i < blocks.length && blocks[i].start < end; i++) {
		if (blocks[i].end <= end) out.push(blocks[i]);
	}
	return out;
}

/** Index of the first item (sorted by start) that starts at or after `at`. */
function firstStartingFrom(sorted: readonly { start: number }[], at: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of the first region (sorted and disjoint, so their ends are sorted too) that ends after `at`. */
function firstEndingAfter(sorted: readonly { end: number }[], at: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].end <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Does [start, end) overlap one of these sorted, disjoint regions? */
function overlapsSorted(sorted: readonly Region[], start: number, end: number): boolean {
	const i = firstEndingAfter(sorted, start);
	return i < sorted.length && sorted[i].start < end;
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
	skipped: LeftOut,
	name?: string
): boolean {
	const raw = text.slice(start, end);
	const trimmed = raw.trim();
	if (trimmed === '') return false;
	const offset = start + raw.indexOf(trimmed);
	// Connection strings become items of their own; the text around them keeps them, redacted, as
	// context for the diagnosis. The password never reaches an error-text item or a label.
	const spans = findConnectionStrings(trimmed);
	for (const span of spans) {
		const source = where(offset + span.start, offset + span.end);
		if (builder.evidence.connectionStrings.length >= MAX_CONNECTION_STRINGS) {
			skipped.add('connection-string', offset + span.start, offset + span.end);
			continue;
		}
		const tooLarge = tooLargeToAnalyse(span.raw, span.form);
		// Added past the bound on unreadable parts (at most one per connection string analysed):
		// the reason must not be lost among a thousand broken PEM blocks.
		if (tooLarge) addUnreadable(builder, `Connection string at ${linesText(source)}`, source, `Not analysed. ${tooLarge}`);
		else builder.connectionString(span.form, span.raw, source);
	}
	// The text between the connection strings, joined once (cutting them out one by one copies the
	// text once per string).
	const pieces: string[] = [];
	let at = 0;
	for (const span of spans) {
		pieces.push(trimmed.slice(at, span.start));
		at = span.end;
	}
	pieces.push(trimmed.slice(at));
	const leftover = pieces.join('').trim();
	if (leftover === '') return true;
	// Every secret the text holds (passwords in URIs, flags, variables, config; key material) is
	// taken out by its span before anything keeps or reads the text: the report never has it.
	const safe = capErrorText(redactText(trimmed).text);
	// Decided on what the diagnosis would see, so a 50 MB paste is judged by its start and end.
	if (!looksLikeErrorText(spans.length ? capErrorText(leftover) : safe, builder.recognisesError)) {
		builder.evidence.unrecognizedText.push(capErrorText(redactText(leftover).text));
		return true;
	}
	const item = builder.add({
		id: builder.nextId(),
		kind: 'error-text',
		label: errorTextLabel(safe),
		source: { ...where(offset, offset + trimmed.length), ...(name ? { name } : {}) },
		text: safe
	});
	builder.evidence.errorTexts.push({ item });
	return true;
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
	skipped: LeftOut,
	name?: string
): Promise<void> {
	const body = text.slice(region.start, region.end);
	const facts = parseSClient(body, text.slice(Math.max(0, region.start - 400), region.start));
	const transcript: SClientItem['transcript'] = { ...facts, chain: [] };
	const item = builder.add({ id: builder.nextId(), kind: 's-client', label: '', source, transcript } satisfies SClientItem);
	let position = 0;
	for (const block of region.blocks) {
		const before = builder.evidence.certificates.length;
		if (!admitBlock(builder, block, skipped)) continue;
		await ingestPemBlockAs(builder, block, name, { container: item.id, position: ++position }, 's-client');
		for (const c of builder.evidence.certificates.slice(before)) transcript.chain.push(c.item.id);
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
	skipped: LeftOut,
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
	// Entries and blocks are both in text order: one walk pairs them.
	const blocks = region.blocks;
	let b = 0;
	for (const entry of listing.entries) {
		const ids: string[] = [];
		while (b < blocks.length && blocks[b].start < entry.start) b++;
		for (; b < blocks.length && blocks[b].start < entry.end; b++) {
			if (blocks[b].end > entry.end || !admitBlock(builder, blocks[b], skipped)) continue;
			const before = builder.evidence.certificates.length;
			await ingestPemBlockAs(builder, blocks[b], name, { container: item.id, position: ++position }, 'keytool');
			for (const c of builder.evidence.certificates.slice(before)) ids.push(c.item.id);
		}
		item.listing.entries.push({ alias: entry.alias, type: entry.type, certificateIds: ids });
	}
	const withPem = item.listing.entries.filter((e) => e.certificateIds.length).length;
	item.label = `keytool listing${listing.storeType ? ` (${listing.storeType})` : ''}: ${listing.entries.length} entr${listing.entries.length === 1 ? 'y' : 'ies'}`;
	if (withPem < listing.entries.length) {
		item.label += `; ${listing.entries.length - withPem} without a PEM certificate (list with: keytool -list -rfc -keystore FILE)`;
	}
	if (listing.moreEntries) {
		item.label += `; ${listing.moreEntries.toLocaleString('en-US')} more entries not read (at most ${MAX_KEYTOOL_ENTRIES.toLocaleString('en-US')} are read per paste)`;
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
	const next = blocks[firstStartingFrom(blocks, region.end)];
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

function linesText(source: SourceRef): string {
	const [a, b] = source.lines ?? [0, 0];
	return a === b ? `line ${a}` : `lines ${a}–${b}`;
}
