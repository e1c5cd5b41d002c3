/**
 * The shape shared by the Go tables (go-x509.ts, go-tls.ts, go-keys.ts): one row per message Go's
 * standard library or the Go driver can return, as its source writes it, with the diagnosis it
 * means or why it has none. The extracts they are compared with, and the command that rebuilds
 * each, are in tests/fixtures/vocabulary/README.md (go-x509.tsv, go-tls.tsv, go-keys.tsv).
 */

import type { DiagnosisId } from '../vocabulary';

/** Where a message was read: a tagged release read from its source tree, or a stored commit. */
export type GoSource =
	'go1.19.8' | 'go1.15' | 'golang/go@f4967a86' | 'golang/go@01f40d36' | 'mongo-go-driver v1.8.4' | 'youmark/pkcs8 v1.1';

export interface GoMessageRow {
	/**
	 * The message as the source writes it. Its %-verbs stand for values; a message Go builds by
	 * concatenation ends where the literal ends ("x509: certificate has expired or is not yet valid: ").
	 */
	text: string;
	source: GoSource;
	/** The file in the source tree (golang/go's src/, or the module's root). */
	file: string;
	diagnosis?: DiagnosisId;
	/** Why this diagnosis, where the text does not say it plainly. */
	note?: string;
	/** Why there is no diagnosis: a message a MongoDB client does not meet, or one that names no cause. */
	unmapped?: string;
	/**
	 * The hand-written signature (families/go.ts) that reads this message, because its meaning
	 * depends on the facts or on a value in it (the host wanted, "is after" or "is before").
	 */
	signature?: string;
	/**
	 * An os error text (syscall's errno table) that means nothing alone: read only as Go's
	 * os.PathError, "open PATH: TEXT" or "read PATH: TEXT", which is how the driver returns it.
	 */
	pathError?: true;
}

type Extra = Omit<GoMessageRow, 'text' | 'source' | 'file'>;

/** A row-maker for one file of one source. */
export const rowsOf =
	(source: GoSource, file: string) =>
	(text: string, extra: Extra): GoMessageRow => ({ text, source, file, ...extra });

export const citationOf = (row: GoMessageRow) =>
	row.source === 'mongo-go-driver v1.8.4'
		? `mongodb/mongo-go-driver ${row.file} (v1.8.4)`
		: row.source === 'youmark/pkcs8 v1.1'
			? `github.com/youmark/pkcs8 ${row.file} (v1.1, used by the Go driver for encrypted PKCS#8 keys)`
			: row.source === 'go1.15'
				? `golang/go src/${row.file} (go1.15 and go1.16, where GODEBUG=x509ignoreCN still existed)`
				: `golang/go src/${row.file} (${row.source === 'go1.19.8' ? 'go1.19.8' : `commit ${row.source.slice('golang/go@'.length)}`})`;
