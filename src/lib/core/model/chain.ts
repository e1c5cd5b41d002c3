/**
 * The chain part of the report: for each leaf the analysis found, the path a client would build
 * (leaf → intermediates → anchor), each certificate's status, where trust came from, and which
 * clients accept it. Plain data only, like the rest of the Report: strings, numbers, booleans,
 * arrays and plain objects, so it survives JSON and structuredClone. Owned by the chain analysis
 * (src/lib/core/chain/analyze-chains.ts); the UI's chain view and the checks read it.
 *
 * Stability: fields are added, never renamed or repurposed.
 */

import type { CertificateRole } from './common';

/** A certificate on a path: one that was pasted (an item), or a root from the shipped public root set. */
export interface ChainCertificateRef {
	source: 'pasted' | 'public-roots';
	/** The certificate item's id when it was pasted (item-3). */
	itemId?: string;
	/** RFC 2253 subject, most specific attribute first: "CN=db.example.com,O=Example". */
	subject: string;
	/** A short label: the CN, else the whole subject. */
	name: string;
	/** RFC 2253 issuer. */
	issuer: string;
	/** SHA-256 of the DER, colon-separated upper-case hex (as CertificateView.sha256). */
	sha256: string;
	/** Serial number, upper-case hex. */
	serialNumber: string;
	/** Self-issued with a self-signature (a root, or a self-signed leaf). */
	selfSigned: boolean;
	/** basicConstraints CA:TRUE. */
	isCA: boolean;
}

/** Where a problem stands: an error breaks the path for the client judged; a warning does not (yet). */
export type ChainStatus = 'ok' | 'warning' | 'error';

/** One reason a certificate does not hold its place, in plain words, with where the rule comes from. */
export interface ChainProblem {
	/** Stable problem code (chain/problems.ts ProblemCode): expired, not-a-ca, bad-signature, hostname-mismatch … */
	code: string;
	/** A few words for lists: "expired", "not a CA certificate". */
	summary: string;
	/** A sentence about this certificate: "expired on 2021-01-01T00:00:00Z". */
	detail: string;
	/** RFC / CA/B Forum section. */
	citation: string;
	/** The OpenSSL verify code (what `openssl verify` and PyMongo print), when OpenSSL reports this. */
	openssl?: { code: number; name: string };
	severity: 'error' | 'warning';
}

export interface ChainValidity {
	/** ISO-8601. */
	notBefore: string;
	notAfter: string;
	/** At the validation time. 'expiring' means valid but ending within 30 days. */
	state: 'valid' | 'expiring' | 'expired' | 'not-yet-valid';
	/** Whole days from the validation time to notAfter (negative once expired). */
	daysLeft: number;
}

export interface ChainRevocation {
	/** good: listed in no CRL given; revoked: listed; no-crl: no CRL from its issuer was pasted; unusable: a CRL was given but cannot be trusted. */
	status: 'good' | 'revoked' | 'no-crl' | 'unusable';
	/** The CRL item consulted, when there was one. */
	crlItemId?: string;
	/** For revoked: the revocation date (ISO-8601) and CRLReason name. */
	date?: string;
	reason?: string;
	/** Plain words: why a CRL is unusable, or what was found. */
	detail: string;
}

/** One certificate in its place on the path. */
export interface ChainLink {
	certificate: ChainCertificateRef;
	/** leaf: the server's or client's own certificate; intermediate: untrusted, supplied with it; anchor: trusted (pasted CA or public root). */
	role: 'leaf' | 'intermediate' | 'anchor';
	status: ChainStatus;
	validity: ChainValidity;
	problems: ChainProblem[];
	/** Set when CRLs were pasted and this certificate was looked up in its issuer's CRL. */
	revocation?: ChainRevocation;
}

/**
 * How the path ends:
 * - trusted: at a trust anchor (all links may still have problems; see status);
 * - missing-issuer: the issuer of the last certificate is not among the pasted certificates or the public roots;
 * - untrusted-root: at a self-signed root that is neither pasted as a CA nor a public root;
 * - self-signed-leaf: the leaf is self-signed and not trusted as its own CA;
 * - rejected: a link failed and no other candidate issuer was left;
 * - too-long: more intermediates than the client allows;
 * - gave-up: the path search stopped (a hostile or enormous bundle).
 */
export type ChainEnd = 'trusted' | 'missing-issuer' | 'untrusted-root' | 'self-signed-leaf' | 'rejected' | 'too-long' | 'gave-up';

/** What a client would do with this chain. */
export interface ClientVerdict {
	/** Stable id of the behaviour: openssl, python-strict, go, java, webpki (chain/policy.ts). */
	policy: 'openssl' | 'python-strict' | 'go' | 'java' | 'webpki';
	/** Short label: "OpenSSL defaults". */
	label: string;
	/** The clients that behave this way: "PyMongo, Motor, the Node.js driver, mongosh, Compass …". */
	clients: string;
	accepts: boolean;
	/** Why not, first reason first; empty when accepted. Each names the certificate it concerns (and its item id when pasted). */
	reasons: { certificate: string; itemId?: string; problem: ChainProblem }[];
	/** Where this client's path ends (it can differ: OpenSSL does not backtrack, Go and Java do). */
	end: ChainEnd;
	/** Subjects on this client's path, leaf first, when it differs from the main path. */
	path?: string[];
	/** Where the behaviour is defined (source file, RFC). */
	source: string;
}

/** Where the trust anchor came from and what that means for the client's configuration. */
export interface ChainTrust {
	/** pasted-ca: a self-signed CA certificate in the input; public-roots: the shipped Mozilla set; none: no anchor reached. */
	anchorSource: 'pasted-ca' | 'public-roots' | 'none';
	/**
	 * public: chains to a root in the public (Mozilla/certifi/OS) stores — a stock client trusts it, and a failure
	 * means the client's root store is missing or outdated (missing-system-roots);
	 * private: chains to a CA that is not public — every client needs it via tlsCAFile (untrusted-ca);
	 * self-signed: the leaf is its own root — clients need that very certificate as tlsCAFile;
	 * unknown: the path never reached a root, so whose CA it is cannot be told.
	 */
	kind: 'public' | 'private' | 'self-signed' | 'unknown';
	/** True when the client must be given a CA file (tlsCAFile / --tlsCAFile / CAFile) for this chain. */
	needsCaFile: boolean;
	/** The anchor's subject (RFC 2253) and fingerprint, when one was reached. */
	anchorSubject?: string;
	anchorSha256?: string;
	/** One or two plain sentences for the page. */
	explanation: string;
}

/** The chain stops at a certificate whose issuer was not given: which one, and where it can be fetched. */
export interface MissingIntermediate {
	/** RFC 2253 subject of the last certificate present (whose issuer is missing). */
	below: string;
	/** Its short label (CN), as ChainCertificateRef.name. */
	belowName: string;
	/** Its item id, when pasted. */
	belowItemId?: string;
	/** RFC 2253 name of the missing issuer (the issuer field of `below`). */
	issuer: string;
	/** The authorityKeyIdentifier of `below` (hex), which the missing certificate's subjectKeyIdentifier will equal. */
	authorityKeyId?: string;
	/** Authority Information Access caIssuers URLs: where the issuer's certificate is published. Never fetched by TLS Doctor. */
	caIssuers: string[];
}

/**
 * The path stops at a CA certificate (not self-signed) whose issuer was not given and is not a
 * public root. A server sends its own certificate and the intermediates and leaves the root out
 * (RFC 8446 §4.4.2), so this is exactly what a correctly configured server presents when that
 * issuer is the root: the chain is complete, and trusted by a client that has that root. Not set
 * for a lone leaf whose issuer is missing, nor when the certificate names where its issuer is
 * published (AIA caIssuers): those are missing intermediates (MissingIntermediate).
 */
export interface RootNotSupplied {
	/** RFC 2253 name of the absent issuer: the root the client must trust. */
	root: string;
	/** Its short label (the CN), else the whole name. */
	rootName: string;
	/** The authorityKeyIdentifier (hex) of the certificate below: the root's subjectKeyIdentifier. */
	authorityKeyId?: string;
	/** The last certificate present, which the root issued. */
	below: string;
	belowName: string;
	belowItemId?: string;
	/**
	 * An `openssl s_client` transcript of this very chain ended "Verify return code: 0 (ok)": the
	 * machine it ran on verified the chain against its own CA file or store, so it holds that root.
	 */
	verifiedBy?: { itemId: string; host?: string };
}

/** Another path from the same leaf, when one exists: e.g. through a current cross-sign while the main path is expired. */
export interface ChainAlternative {
	links: ChainLink[];
	end: ChainEnd;
	/** Whether a backtracking client (Go, Java, browsers) accepts this path. */
	valid: boolean;
	/** Plain words: "via the cross-signed R1, which is valid". */
	summary: string;
}

/** How the pasted certificates relate to this chain: order, duplicates, extras. */
export interface ChainBundle {
	/** Certificate item ids in the order they were pasted. */
	order: string[];
	/** True when the pasted certificates on the path appear leaf first, each followed by its issuer (RFC 8446 §4.4.2 order). */
	inOrder: boolean;
	/** Certificates pasted more than once: the later copy and the first one. */
	duplicates: { itemId: string; sameAs: string }[];
	/** Pasted certificates that are on no path from this leaf (another chain, or unrelated). */
	unused: string[];
	/** The same certificates by name (their CN, else subject), in the same order, for the page to list. */
	unusedNames: string[];
}

/** Metadata of the shipped public root set, so the page can say which store it compared against. */
export interface PublicRootSetInfo {
	/** "Mozilla NSS root store as bundled in Node.js (tls.rootCertificates)". */
	source: string;
	/** Node.js version it was taken from, with the NSS and OpenSSL versions it bundles. */
	node: string;
	nss?: string;
	openssl?: string;
	/** ISO-8601 date the asset was generated. */
	generated: string;
	count: number;
	/** False when the asset could not be loaded; then 'public' vs 'private' cannot be told. */
	available: boolean;
}

export interface ChainAnalysis {
	/** The leaf certificate's item id. */
	leaf: string;
	/** What the leaf was validated as: a server certificate (serverAuth, host checked) or a client certificate (clientAuth). */
	role: CertificateRole;
	/** The host the server certificate was checked against, when given. */
	host?: string;
	/** Worst status over the main path and the client verdicts. */
	status: ChainStatus;
	/** One sentence: "Trusted by every client", "Missing intermediate: the issuer of db.example.com was not supplied". */
	summary: string;
	/** The path OpenSSL-based clients (PyMongo, Node, mongosh) build, leaf first. */
	links: ChainLink[];
	end: ChainEnd;
	trust: ChainTrust;
	/** Set when the path stops because an issuer is missing. */
	missingIntermediate?: MissingIntermediate;
	/** Set instead of missingIntermediate when the path is complete as a server sends it, up to a root not given. */
	rootNotSupplied?: RootNotSupplied;
	/**
	 * An `openssl s_client` transcript that holds this leaf ended "Verify return code: 0 (ok)": the
	 * machine it ran on verified the chain against its own CA file or store, so it trusts the root
	 * (sent by the server or not) that no pasted CA file or public root stands for here.
	 */
	verifiedBy?: { itemId: string; host?: string };
	/** One verdict per client behaviour, OpenSSL first. */
	clients: ClientVerdict[];
	/** Other paths worth knowing about (at most a few). */
	alternatives: ChainAlternative[];
	bundle: ChainBundle;
	publicRoots: PublicRootSetInfo;
	/** Anything that limited the analysis, e.g. "Ed448 signatures cannot be checked in this runtime". */
	notes: string[];
}
