/**
 * What the person told us besides their paste, and what analyze() works with once it is resolved:
 * part of the contract every stage reads.
 */

import type { CertificateRole } from './common';
import type { Dimension } from './environment';

export interface AnalysisContext {
	/** Host name or IP the client connects to (the name that must match the certificate). */
	host?: string;
	/** Is the leaf certificate a server's or a client's (tlsCertificateKeyFile)? */
	role?: CertificateRole;
	/** Validation time as ISO-8601; defaults to now. */
	at?: string;
	/** Operating system id for remedies (macos, windows, debian, rhel, alpine, docker). */
	os?: string;
	/** Where the client's Python comes from (python.org, homebrew, pyenv, conda, system, pypy-portable). */
	python?: string;
	/** Shell for commands (bash, zsh, fish, powershell, cmd). */
	shell?: string;
	/** The client (pymongo, motor, node, mongosh, compass, java, go, csharp). */
	client?: string;
	/** Password for PKCS#12 files and encrypted keys. Never copied into the report. */
	password?: string;
	/**
	 * Which of os, python, shell and client the person chose (a select, a link, a flag); the others
	 * given here were guessed from the paste. Left out, every one given counts as chosen.
	 */
	chosen?: readonly Dimension[];
}

/** One thing handed to analyze(): pasted text, or the bytes of a dropped file. */
export type AnalyzeInput = { kind: 'text'; text: string; name?: string } | { kind: 'bytes'; bytes: Uint8Array; name?: string };

export interface ResolvedContext {
	host?: string;
	role: CertificateRole;
	/** Why that role (see ReportContext.roleFrom); undefined for the default. */
	roleFrom?: 'chosen' | 'certificate';
	at: Date;
	os?: string;
	python?: string;
	shell?: string;
	client?: string;
	password?: string;
	/** The environment values the person chose: only these count as facts for the diagnosis. */
	chosen: readonly Dimension[];
}
