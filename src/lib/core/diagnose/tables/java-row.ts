/**
 * One message of the JDK's TLS stack, as the Java tables (java-certpath.ts, java-ssl.ts,
 * java-keystore.ts) hold it, and the pattern a message's format becomes. Data and one builder;
 * java-signatures.ts turns the rows into error signatures.
 */

import type { DiagnosisId } from '../vocabulary';
import { escapeForPattern as escape } from '../pattern-literal';

export interface JavaRow {
	/** The signature's id without "java."; the ids the hand-written signatures had are kept. */
	id: string;
	/** The class that builds the message (sun.security.util.HostnameChecker). */
	source: string;
	/**
	 * The message as the source builds it. "%s" is a value without spaces filled in at run time
	 * (a host, a version); "%*" is the rest of the line (a date, a subject), where the pattern stops.
	 */
	format: string;
	/** The same event in the words of other JDK releases, in the same notation. */
	older?: readonly string[];
	/**
	 * The exception class printed just before the message, for words too common to read alone
	 * ("validity check failed"): the message counts only as "CLASS: message".
	 */
	frame?: string;
	/** The CertPathValidatorException reason the message is thrown with (BasicReason.EXPIRED). */
	reason?: string;
	diagnosis?: DiagnosisId;
	/** Diagnoses as likely as `diagnosis` on the message alone; each may rank first (tested). */
	alternatives?: readonly DiagnosisId[];
	/** Why the message has no diagnosis: a case a MongoDB client does not meet, or one that names no cause. */
	unmapped?: string;
	/** The hand-written signature (families/java.ts) that reads this message with the facts. */
	signature?: string;
	/** Why this diagnosis, where the message does not say it plainly. */
	note?: string;
	citation: string;
}

/** The literal pieces of a format up to its first "%*", and the value slots between them. */
function pieces(format: string): string[] {
	const cut = format.indexOf('%*');
	return (cut < 0 ? format : format.slice(0, cut)).split('%s');
}

/**
 * A format as a regular expression source: literals escaped, each "%s" one run of non-spaces
 * (bounded, so that a long run costs the same at every start), `guard` right after the first literal.
 */
export function formatSource(format: string, guard = ''): string {
	const parts = pieces(format);
	// A value slot at the very end adds nothing but cost: the pattern ends with the literal before it.
	while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
	const [head, ...rest] = parts.map(escape);
	return [head + guard, ...rest].join('\\S{1,256}');
}

/** The literal a format starts with, lower-cased (what another row's message may start with). */
export const headOf = (format: string) => pieces(format)[0].toLowerCase();

/** Every format a row is recognised by. */
export const formatsOf = (row: JavaRow) => [row.format, ...(row.older ?? [])];

/**
 * The rows' formats as one pattern. A format that is the start of another row's format (a shorter
 * message inside a longer one) is guarded so that it does not match the longer message.
 */
export function rowsPattern(rows: readonly JavaRow[], all: readonly JavaRow[]): RegExp {
	const alternatives = rows.flatMap((row) =>
		formatsOf(row).map((format) => {
			const head = headOf(format);
			const longer = all
				.filter((other) => other !== row)
				.flatMap(formatsOf)
				.map(headOf)
				.filter((h) => head.length > 0 && h.length > head.length && h.startsWith(head))
				.map((h) => escape(h.slice(head.length)));
			const body = formatSource(format, longer.length ? `(?!${longer.join('|')})` : '');
			return row.frame ? `${escape(row.frame)}: ${body}` : body;
		})
	);
	return new RegExp(alternatives.join('|'));
}

/** A format filled with example values, for the signatures' examples and the tests' built texts. */
export function fill(format: string, values: { s?: string; rest?: string } = {}): string {
	return format.replaceAll('%s', values.s ?? 'db.example.net').replace('%*', values.rest ?? 'CN=db.example.net');
}
