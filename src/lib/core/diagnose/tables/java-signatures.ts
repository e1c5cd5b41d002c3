/**
 * The Java tables (java-certpath.ts, java-ssl.ts, java-keystore.ts) read as error signatures: one
 * per row with a diagnosis, whose pattern is the row's message in every JDK's words. A row whose
 * reading depends on the facts names its hand-written signature (families/java.ts) instead, and
 * that signature's pattern is built from the rows that name it.
 */

import type { Candidate, ErrorSignature } from '../signature';
import { JAVA_CERTPATH } from './java-certpath';
import { JAVA_KEYSTORE } from './java-keystore';
import { fill, formatsOf, rowsPattern, type JavaRow } from './java-row';
import { JAVA_SSL } from './java-ssl';

export const JAVA_ROWS: readonly JavaRow[] = [...JAVA_CERTPATH, ...JAVA_SSL, ...JAVA_KEYSTORE];

/** The pattern of every row that names `signature`, for the hand-written signatures. */
export function javaRowsPattern(signature: string): RegExp {
	return rowsPattern(
		JAVA_ROWS.filter((r) => r.signature === signature),
		JAVA_ROWS
	);
}

/** The row's message as Java prints it, with example values: the class before it where it has one. */
export const javaExample = (row: JavaRow, format = row.format) => (row.frame ? `${row.frame}: ` : '') + fill(format);

function candidates(row: JavaRow): Candidate[] {
	const alternatives = row.alternatives ?? [];
	const confidence = alternatives.length ? 'medium' : 'high';
	return [row.diagnosis!, ...alternatives].map((id) => ({ id, confidence }));
}

export const JAVA_TABLE_SIGNATURES: ErrorSignature[] = JAVA_ROWS.filter((r) => r.diagnosis && !r.signature).map((row) => ({
	id: `java.${row.id}`,
	family: 'java',
	pattern: rowsPattern([row], JAVA_ROWS),
	citation: row.citation,
	diagnose: () => candidates(row),
	examples: formatsOf(row).map((format) => ({ text: javaExample(row, format), top: row.diagnosis! }))
}));
