/**
 * The report: the one serialisable contract between core, UI, CLI and tests (see DESIGN.md).
 * Everything here must survive JSON.stringify / structuredClone unchanged: no class instances,
 * no Dates, no byte arrays, and never any private key material.
 */

export type Severity = 'error' | 'warning' | 'info' | 'ok';
export type Confidence = 'high' | 'medium' | 'low';

/** Where an item came from, so a person can find it again in what they pasted. */
export interface SourceRef {
	/** File name when the input was a file. */
	name?: string;
	/** 1-based number of the PEM block or item within its input. */
	block?: number;
	/** 1-based, inclusive line range in the pasted text. */
	lines?: [number, number];
}

export interface DistinguishedNameView {
	/** RFC 4514 / RFC 2253 string, most specific attribute first (what MongoDB uses for X.509 users). */
	rfc2253: string;
	/** The common name, when there is one. */
	commonName?: string;
	/** Attributes in encoded order (least specific first). */
	attributes: { type: string; shortName: string; value: string }[];
}

export type SubjectAltName =
	| { type: 'dns'; value: string }
	| { type: 'ip'; value: string }
	| { type: 'email'; value: string }
	| { type: 'uri'; value: string }
	| { type: 'other'; value: string };

export interface PublicKeyView {
	/** 'RSA', 'EC', 'Ed25519', 'Ed448', 'DSA', or the algorithm OID when unknown. */
	type: string;
	/** Key size in bits (modulus length for RSA, field size for EC). */
	bits?: number;
	/** Named curve for EC keys, e.g. 'P-256'. */
	curve?: string;
}

export interface CertificateView {
	subject: DistinguishedNameView;
	issuer: DistinguishedNameView;
	serialNumber: string;
	notBefore: string;
	notAfter: string;
	subjectAltNames: SubjectAltName[];
	publicKey: PublicKeyView;
	signatureAlgorithm: string;
	isCA: boolean;
	selfIssued: boolean;
	sha256: string;
	/** The certificate itself, PEM-encoded. Certificates are public; keeping the PEM lets the page
	 *  offer conversions and downloads without re-reading the input. */
	pem: string;
}

interface ItemBase {
	/** Stable within one report: item-1, item-2, ... in input order. */
	id: string;
	label: string;
	source: SourceRef;
}

export interface CertificateItem extends ItemBase {
	kind: 'certificate';
	certificate: CertificateView;
}

export interface ErrorTextItem extends ItemBase {
	kind: 'error-text';
	text: string;
}

export interface UnreadableItem extends ItemBase {
	kind: 'unreadable';
	/** What was wrong, specifically enough to act on (which block, which line, which byte). */
	reason: string;
}

export type Item = CertificateItem | ErrorTextItem | UnreadableItem;
export type ItemKind = Item['kind'];

/** A span of the pasted text that a diagnosis rests on. Offsets are UTF-16 code units. */
export interface EvidenceSpan {
	itemId: string;
	start: number;
	end: number;
	text: string;
}

export interface Finding {
	/** Stable dotted id: cert.expired, host.mismatch, chain.missing-intermediate, ... */
	id: string;
	severity: Severity;
	/** What the finding is about: an item id, or 'input' / 'context'. */
	subject: string;
	title: string;
	detail: string;
	evidence: string[];
	citation: string;
	remedies: string[];
}

export interface Facts {
	hosts?: { host: string; port?: number }[];
	client?: string;
	clientVersion?: string;
	pythonVersionHint?: string;
	opensslReason?: string;
	verifyError?: string;
	os?: string;
	[key: string]: unknown;
}

export interface NextStep {
	/** What to paste next, in words. */
	ask: string;
	/** The command that produces it, when there is one. */
	command?: string;
}

export interface Diagnosis {
	/** One id from the shared vocabulary in DESIGN.md. */
	id: string;
	confidence: Confidence;
	title: string;
	explanation: string;
	facts: Facts;
	evidence: EvidenceSpan[];
	next: NextStep[];
	remedies: string[];
}

export interface RemedyStep {
	kind: 'text' | 'command' | 'config' | 'file';
	text: string;
	/** For 'file': the suggested file name. */
	filename?: string;
}

export interface Remedy {
	id: string;
	title: string;
	/** Which environment the steps are written for, e.g. 'any', 'macos', 'pymongo'. */
	environment: string;
	steps: RemedyStep[];
	/** Set when the remedy weakens security: what it exposes. Never offered first. */
	risk?: string;
}

export interface ReportContext {
	host?: string;
	role: 'server' | 'client';
	/** The validation time, ISO-8601. */
	at: string;
	os?: string;
}

export interface Report {
	tool: { name: 'tls-doctor'; version: string };
	context: ReportContext;
	items: Item[];
	findings: Finding[];
	diagnoses: Diagnosis[];
	/** Every remedy referenced by a finding or diagnosis, by id. */
	remedies: Record<string, Remedy>;
	/** The most likely problem in one sentence, or undefined when nothing is wrong. */
	verdict?: { text: string; confidence: Confidence; source: string };
}
