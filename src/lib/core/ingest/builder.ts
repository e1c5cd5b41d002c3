/**
 * Collects items as the readers find them: numbers them, files the parsed objects beside their
 * views, and keeps the report's item order equal to the order of the input.
 */

import type { Item, SourceRef, UnreadableItem } from '../report/model';
import type { ParsedCertificate } from '../x509/certificate';
import type { ParsedCrl } from '../x509/crl';
import type { KeyRead } from '../x509/private-key';
import { emptyEvidence, type Evidence } from './evidence';
import { certificateLabel, connectionStringLabel, crlLabel, keyLabel } from './labels';
import { redactConnectionString } from '../uri/redact';
import type { CertificateItem } from '../report/model';

export class EvidenceBuilder {
	readonly evidence: Evidence = emptyEvidence();
	/** Certificates already added, by SHA-256, so a chain pasted twice is not analysed twice. */
	private readonly seen = new Map<string, string>();

	constructor(
		readonly password?: string,
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

	unreadable(label: string, source: SourceRef, reason: string, hint?: string): UnreadableItem {
		return this.add({ id: this.nextId(), kind: 'unreadable', label, source, reason, ...(hint ? { hint } : {}) });
	}

	certificate(parsed: ParsedCertificate, source: SourceRef, origin: CertificateItem['origin']): CertificateItem {
		const item = this.add({
			id: this.nextId(),
			kind: 'certificate',
			label: certificateLabel(parsed.view),
			source,
			certificate: parsed.view,
			origin
		} satisfies CertificateItem);
		this.evidence.certificates.push({ item, parsed });
		if (!this.seen.has(parsed.view.sha256)) this.seen.set(parsed.view.sha256, item.id);
		return item;
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
