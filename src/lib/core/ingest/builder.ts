/**
 * Collects items as the readers find them: numbers them, files the parsed objects beside their
 * views, and keeps the report's item order equal to the order of the input.
 */

import type { Item, SourceRef, UnreadableItem } from '../model/report';
import type { CertificateParse, ParsedCertificate } from '../x509/certificate';
import type { ParsedCrl } from '../x509/crl';
import type { KeyRead } from '../x509/private-key';
import { emptyEvidence, type Evidence } from './evidence';
import { certificateLabel, connectionStringLabel, crlLabel, keyLabel } from './labels';
import { redactConnectionString } from '../uri/redact';
import type { CertificateItem } from '../model/report';
import { fnv, sameBytes } from '../bytes/bytes';

/** More different certificates than any real bundle (the Mozilla set is ~150, big corporate ones a few hundred). */
export const MAX_CERTIFICATES = 2000;
/** Unreadable parts listed one by one; the rest are counted. */
export const MAX_UNREADABLE = 200;

export class EvidenceBuilder {
	readonly evidence: Evidence = emptyEvidence();
	/** Certificates already added, by SHA-256, so a chain pasted twice is not analysed twice. */
	private readonly seen = new Map<string, string>();
	/** How many times each certificate (by SHA-256) was met, copies included. */
	private readonly copies = new Map<string, number>();
	private skippedCertificates = 0;
	private skippedUnreadable = 0;
	private readonly parses = new Map<string, { der: Uint8Array; result: CertificateParse }>();
	/** Connection strings already added (form and text), so one printed on every retry is one item. */
	private readonly connections = new Set<string>();

	constructor(
		readonly password?: string,
		/** Whether an error signature knows the text (diagnose's, handed in by analyze()). */
		readonly recognisesError: (text: string) => boolean = () => false,
		readonly now: Date = new Date()
	) {}

	nextId(): string {
		return `item-${this.evidence.items.length + 1}`;
	}

	add<T extends Item>(item: T): T {
		this.evidence.items.push(item);
		if (item.kind === 'unreadable') this.evidence.unreadable.push(item);
		return item;
	}

	unreadable(label: string, source: SourceRef, reason: string, hint?: string): UnreadableItem | undefined {
		// Ten thousand damaged blocks need their first reasons, not ten thousand of them.
		if (this.evidence.unreadable.length >= MAX_UNREADABLE) {
			this.skippedUnreadable++;
			return undefined;
		}
		return this.add({ id: this.nextId(), kind: 'unreadable', label, source, reason, ...(hint ? { hint } : {}) });
	}

	certificate(parsed: ParsedCertificate, source: SourceRef, origin: CertificateItem['origin']): CertificateItem | undefined {
		const sha = parsed.view.sha256;
		const copies = (this.copies.get(sha) ?? 0) + 1;
		this.copies.set(sha, copies);
		// A hostile or careless paste (10,000 copies of one certificate, a 50,000-entry bundle) must
		// not become 10,000 items to check and render: a second copy is kept, so the duplicate is
		// reported, and further copies only counted; past a bound that no real bundle reaches, the
		// rest are counted and named in one item at the end.
		if (copies > 2) {
			const first = this.evidence.certificates.find((c) => c.item.certificate.sha256 === sha);
			if (first) first.item.copies = copies;
			return undefined;
		}
		if (this.evidence.certificates.length >= MAX_CERTIFICATES) {
			this.skippedCertificates++;
			return undefined;
		}
		const item = this.add({
			id: this.nextId(),
			kind: 'certificate',
			label: certificateLabel(parsed.view),
			source,
			certificate: parsed.view,
			origin
		} satisfies CertificateItem);
		if (copies === 2) {
			const first = this.evidence.certificates.find((c) => c.item.certificate.sha256 === sha);
			if (first) first.item.copies = 2;
		}
		this.evidence.certificates.push({ item, parsed });
		if (!this.seen.has(sha)) this.seen.set(sha, item.id);
		return item;
	}

	/**
	 * The same certificate pasted many times is parsed once: keyed by a cheap hash of the DER, and
	 * confirmed byte for byte, so a collision can never hand back another certificate.
	 */
	async parsedOnce(der: Uint8Array, parse: () => Promise<CertificateParse>): Promise<CertificateParse> {
		const key = `${der.length}:${fnv(der)}`;
		const hit = this.parses.get(key);
		if (hit && sameBytes(hit.der, der)) return hit.result;
		const result = await parse();
		this.parses.set(key, { der, result });
		return result;
	}

	/** Called once every input is read: says what the bounds left out. */
	finish(): void {
		if (this.skippedUnreadable) {
			this.add({
				id: this.nextId(),
				kind: 'unreadable',
				label: `${this.skippedUnreadable.toLocaleString('en-US')} more unreadable parts`,
				source: {},
				reason: `The first ${MAX_UNREADABLE} parts that could not be read are listed above; ${this.skippedUnreadable.toLocaleString('en-US')} more like them were not listed one by one.`
			});
		}
		if (this.skippedCertificates) {
			this.unreadable(
				`${this.skippedCertificates.toLocaleString('en-US')} more certificates`,
				{},
				`Only the first ${MAX_CERTIFICATES.toLocaleString('en-US')} different certificates were read; ${this.skippedCertificates.toLocaleString('en-US')} more were left out. No real CA bundle is this large: paste the chain you are asking about on its own.`
			);
		}
	}

	/** The first item holding a certificate with this fingerprint, if it is not `id` itself. */
	duplicateOf(sha256: string, id: string): string | undefined {
		const first = this.seen.get(sha256);
		return first !== id ? first : undefined;
	}

	crl(parsed: ParsedCrl, source: SourceRef, view: Parameters<typeof crlLabel>[0]): void {
		const item = this.add({ id: this.nextId(), kind: 'crl', label: crlLabel(view), source, crl: view });
		this.evidence.crls.push({ item, parsed });
	}

	/** `raw` stays in the evidence for analysis only; the item carries the redacted form. */
	connectionString(form: 'uri' | 'python', raw: string, source: SourceRef): void {
		// A log that prints the same connection string on every retry names one connection, not many.
		const key = `${form}\n${raw}`;
		if (this.connections.has(key)) return;
		this.connections.add(key);
		const redacted = redactConnectionString(raw, form);
		const item = this.add({
			id: this.nextId(),
			kind: 'connection-string',
			label: connectionStringLabel(form, redacted),
			source,
			form,
			redacted
		});
		this.evidence.connectionStrings.push({ item, raw });
	}

	key(read: KeyRead, source: SourceRef): void {
		const item = this.add({ id: this.nextId(), kind: 'private-key', label: keyLabel(read.view), source, key: read.view });
		this.evidence.keys.push({ item, publicKeyInfo: read.spki });
	}
}
