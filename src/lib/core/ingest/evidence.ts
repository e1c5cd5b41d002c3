/**
 * What ingest hands to analysis: every item's report view, plus the parsed objects the checks
 * need (pkijs certificates, CRL entries, key fingerprints, raw text). Only the views reach the
 * report; nothing here may be rendered as is.
 */

import type {
	CertificateItem,
	ConnectionStringItem,
	CrlItem,
	CsrItem,
	ErrorTextItem,
	Item,
	PrivateKeyItem,
	SClientItem,
	UnreadableItem
} from '../model/report';
import type { ParsedCertificate } from '../x509/certificate';
import type { ParsedCrl } from '../x509/crl';

export interface IngestedCertificate {
	item: CertificateItem;
	parsed: ParsedCertificate;
}

export interface IngestedCrl {
	item: CrlItem;
	parsed: ParsedCrl;
}

export interface IngestedKey {
	item: PrivateKeyItem;
	/** The DER SubjectPublicKeyInfo derived from the private key, when it could be derived
	 *  (unencrypted, or decrypted with the given password). Public data: safe to compare. */
	publicKeyInfo?: Uint8Array;
}

export interface IngestedCsr {
	item: CsrItem;
}

export interface IngestedConnectionString {
	item: ConnectionStringItem;
	/** The text as pasted, password included: for analysis only, never for output. */
	raw: string;
}

export interface IngestedErrorText {
	item: ErrorTextItem;
}

export interface IngestedSClient {
	item: SClientItem;
}

export interface Evidence {
	items: Item[];
	certificates: IngestedCertificate[];
	crls: IngestedCrl[];
	keys: IngestedKey[];
	csrs: IngestedCsr[];
	connectionStrings: IngestedConnectionString[];
	sClients: IngestedSClient[];
	errorTexts: IngestedErrorText[];
	unreadable: UnreadableItem[];
	/** Text that was neither an item nor error text (prose around PEM, a random paste). */
	unrecognizedText: string[];
	/** True when every input was empty or whitespace. */
	empty: boolean;
}

export function emptyEvidence(): Evidence {
	return {
		items: [],
		certificates: [],
		crls: [],
		keys: [],
		csrs: [],
		connectionStrings: [],
		sClients: [],
		errorTexts: [],
		unreadable: [],
		unrecognizedText: [],
		empty: true
	};
}
