/**
 * What ingest hands to analysis: every item's report view, plus the parsed objects the checks
 * need (pkijs certificates, raw text). Only the views reach the report.
 */

import type { CertificateItem, ErrorTextItem, Item, UnreadableItem } from '../report/model';
import type { ParsedCertificate } from '../x509/certificate';

export interface IngestedCertificate {
	item: CertificateItem;
	parsed: ParsedCertificate;
}

export interface IngestedErrorText {
	item: ErrorTextItem;
}

export interface Evidence {
	items: Item[];
	certificates: IngestedCertificate[];
	errorTexts: IngestedErrorText[];
	unreadable: UnreadableItem[];
	/** Text that was neither an item nor error text (prose around PEM, a random paste). */
	unrecognizedText: string[];
	/** True when every input was empty or whitespace. */
	empty: boolean;
}
