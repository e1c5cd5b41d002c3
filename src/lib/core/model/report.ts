/**
 * The report: the one serialisable contract between core, UI, CLI and tests (see DESIGN.md).
 * Everything here must survive JSON.stringify / structuredClone unchanged: no class instances,
 * no Dates, no byte arrays, and never any private key material.
 */

import type { ChainAnalysis } from './chain';
import type { CertificateRole, Severity, SubjectAltName } from './common';
import type { ConnectionReport } from './connection';
import type { TextVantage } from './vantage';

export type { CertificateRole, Severity, SubjectAltName } from './common';
export type { PeerRole, TextVantage } from './vantage';

export type Confidence = 'high' | 'medium' | 'low';

/** Where an item came from, so a person can find it again in what they pasted. */
export interface SourceRef {
	/** File name when the input was a file. */
	name?: string;
	/** 1-based number of the PEM block or item within its input. */
	block?: number;
	/** 1-based, inclusive line range in the pasted text. */
	lines?: [number, number];
	/** The item this one was found inside (a PKCS#7, PKCS#12, s_client transcript, keytool listing). */
	container?: string;
	/** 1-based position inside the container (e.g. depth in an s_client chain is position - 1). */
	position?: number;
}

export interface DistinguishedNameView {
	/** RFC 4514 / RFC 2253 string, most specific attribute first (what MongoDB uses for X.509 users). */
	rfc2253: string;
	/** The common name, when there is one. */
	commonName?: string;
	/** Attributes in encoded order (least specific first). */
	attributes: { type: string; shortName: string; value: string }[];
}

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
	/** SHA-256 of the public key bits: equal for a certificate, its CSR and its private key. */
	publicKeySha256: string;
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
	/** How it arrived: a PEM block, a DER file, inside a PKCS#7/PKCS#12, an s_client chain, a keytool listing… */
	origin: 'pem' | 'trusted-pem' | 'der' | 'base64' | 'pkcs7' | 'pkcs12' | 's-client' | 'keytool';
	/** How many times this exact certificate occurs in the input, when more than once (only two copies become items). */
	copies?: number;
}

export interface CrlView {
	issuer: DistinguishedNameView;
	thisUpdate: string;
	nextUpdate?: string;
	crlNumber?: string;
	revokedCount: number;
	/** The first few revoked serials (hex), for display; the full list stays in the analysis. */
	revokedSample: { serial: string; date: string; reason?: string }[];
	signatureAlgorithm: string;
	sha256: string;
}

export interface CrlItem extends ItemBase {
	kind: 'crl';
	crl: CrlView;
}

/** What may be said about a private key: never its material. */
export interface PrivateKeyView {
	/** 'RSA', 'EC', 'Ed25519', … or 'unknown' while encrypted. */
	type: string;
	bits?: number;
	curve?: string;
	format: 'pkcs8' | 'pkcs1' | 'sec1' | 'encrypted-pkcs8' | 'legacy-encrypted' | 'pkcs12';
	encrypted: boolean;
	/** Whether the analysis could decrypt it with the password given. */
	decrypted?: boolean;
	/** SHA-256 of the public key bits (as CertificateView.publicKeySha256), to pair it with a certificate. */
	publicKeySha256?: string;
	/** The encryption, e.g. 'PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC)', for messages. */
	encryption?: string;
}

export interface PrivateKeyItem extends ItemBase {
	kind: 'private-key';
	key: PrivateKeyView;
}

export interface CsrItem extends ItemBase {
	kind: 'csr';
	csr: {
		subject: DistinguishedNameView;
		subjectAltNames: SubjectAltName[];
		publicKey: PublicKeyView;
		signatureAlgorithm: string;
		publicKeySha256: string;
	};
}

/** A container whose contents became items of their own (their source.container points here). */
export interface ContainerItem extends ItemBase {
	kind: 'pkcs7' | 'pkcs12' | 'java-keystore';
	contents: { certificates: number; keys: number; crls: number };
	/** PKCS#12 only: how the password question was settled. */
	password?: 'none-needed' | 'empty' | 'given' | 'missing' | 'wrong';
	/** What could not be opened inside, and why (legacy ciphers, a missing password…). */
	problems: string[];
	/** A command that gets the rest out (e.g. keytool conversion of a JKS store to PKCS#12). */
	hint?: string;
}

export interface SClientItem extends ItemBase {
	kind: 's-client';
	transcript: {
		host?: string;
		port?: number;
		/** Certificates in the order the server presented them (their item ids). */
		chain: string[];
		verifyReturnCode?: number;
		verifyText?: string;
		protocol?: string;
		cipher?: string;
		/** Present when the server asked for a client certificate. */
		acceptableClientCaNames?: string[];
		/** The server asked for a client certificate (CertificateRequest seen). */
		clientCertificateRequested: boolean;
		/** "no peer certificate available": the handshake failed before a chain arrived. */
		noPeerCertificate: boolean;
		/** Error lines printed by s_client (e.g. "wrong version number"). */
		errors: string[];
	};
}

export interface KeytoolItem extends ItemBase {
	kind: 'keytool';
	listing: { storeType?: string; entries: { alias: string; type: string; certificateIds: string[] }[] };
}

/** `openssl x509 -text` output without the PEM: the fields that could be read, and how to get the PEM. */
export interface X509TextItem extends ItemBase {
	kind: 'x509-text';
	dump: { subject?: string; issuer?: string; notBefore?: string; notAfter?: string; subjectAltNames: string[]; serial?: string };
	hint: string;
}

export interface ConnectionStringItem extends ItemBase {
	kind: 'connection-string';
	/** 'uri' for mongodb:// and mongodb+srv://, 'python' for a MongoClient(...) call. */
	form: 'uri' | 'python';
	/** The connection string with any password replaced by ****. */
	redacted: string;
}

export interface ErrorTextItem extends ItemBase {
	kind: 'error-text';
	text: string;
}

export interface UnreadableItem extends ItemBase {
	kind: 'unreadable';
	/** What was wrong, specifically enough to act on (which block, which line, which byte). */
	reason: string;
	/** What to do instead, e.g. the keytool command that converts a JKS keystore. */
	hint?: string;
}

export type Item =
	| CertificateItem
	| CrlItem
	| PrivateKeyItem
	| CsrItem
	| ContainerItem
	| SClientItem
	| KeytoolItem
	| X509TextItem
	| ConnectionStringItem
	| ErrorTextItem
	| UnreadableItem;
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
	/** Whose side the text was written from, and so who the peer in it is (model/vantage.ts). */
	vantage?: TextVantage;
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

/**
 * One step of a remedy. 'text' is prose; 'command' is typed into a shell; 'config' is pasted into
 * an existing file (filename says which); 'code' goes into the application; 'file' is a whole file
 * the page offers as a download (filename + text are its name and content).
 */
export interface RemedyStep {
	kind: 'text' | 'command' | 'config' | 'file' | 'code';
	text: string;
	/** For 'file': the suggested file name. For 'config': the file the snippet belongs in. */
	filename?: string;
	/** For 'text': 'why' (why the remedy works), 'verify' (how to tell it worked), 'caution' (what it costs). */
	role?: 'why' | 'verify' | 'caution';
	/** For 'command': the shell the command is written for (bash, zsh, fish, powershell, cmd). */
	shell?: string;
	/** For 'code', 'config' and 'file': the syntax (python, javascript, java, go, csharp, yaml, ini, dockerfile, uri, mongosh, text). */
	language?: string;
	/** Which variant this step is when several are shown side by side, e.g. 'Debian / Ubuntu'. */
	label?: string;
	/** Placeholders left in `text` for the person to replace (e.g. YOUR_HOST, /path/to/ca.pem). */
	placeholders?: string[];
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
	role: CertificateRole;
	/** Why that role: the person said so, the certificate can only be a client's, or the default (a server's). */
	roleFrom?: 'chosen' | 'certificate';
	/** The validation time, ISO-8601. */
	at: string;
	/** The environment the remedy steps were written for. */
	os?: string;
	python?: string;
	shell?: string;
	client?: string;
}

export interface Report {
	tool: { name: 'tls-doctor'; version: string };
	context: ReportContext;
	items: Item[];
	/** For each leaf certificate, the path a client would build and who accepts it. */
	chains: ChainAnalysis[];
	/** Each connection string, analysed: effective TLS settings, problems, corrected forms. */
	connections: ConnectionReport[];
	findings: Finding[];
	diagnoses: Diagnosis[];
	/** Every remedy referenced by a finding or diagnosis, by id. */
	remedies: Record<string, Remedy>;
	/** The most likely problem in one sentence, or undefined when nothing is wrong. */
	verdict?: { text: string; confidence: Confidence; source: string };
	/** What to paste next for the top answer, leaving out what was pasted already (report/next-inputs.ts). */
	next?: NextStep[];
}
