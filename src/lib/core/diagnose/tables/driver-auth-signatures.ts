/**
 * The signatures of table driver-auth.ts, one per mapped row: each supports the row's diagnosis,
 * and its reading says why from the facts of the text (an Atlas host, for one).
 */

import type { ErrorSignature, SignatureFamily } from '../signature';
import { AUTH_MESSAGES, type AuthMessage } from './driver-auth';

const familyOf = (row: AuthMessage): SignatureFamily =>
	/^pymongo/.test(row.key)
		? 'pymongo'
		: /^node/.test(row.key)
			? 'node'
			: /^java/.test(row.key)
				? 'java'
				: /^go/.test(row.key)
					? 'go'
					: /^dotnet/.test(row.key)
						? 'dotnet'
						: 'mongod';

/** The diagnoses a row supports, the first ranked first. */
export const topsOf = (row: AuthMessage) => ('diagnosis' in row.meaning ? [row.meaning.diagnosis, ...(row.meaning.also ?? [])] : []);

export const DRIVER_AUTH_SIGNATURES: ErrorSignature[] = AUTH_MESSAGES.filter((r) => 'diagnosis' in r.meaning).map((row) => {
	const [top] = topsOf(row);
	return {
		id: `auth.${row.key}`,
		family: familyOf(row),
		pattern: row.pattern,
		citation: row.citation,
		diagnose: (facts) => [{ id: top!, confidence: row.wrapper ? 'medium' : 'high', because: row.reading?.(facts) }],
		examples: [...(row.captured ?? []).map((c) => c.text), ...(row.built ?? [])].map((text) => ({ text, top: top! }))
	};
});
