/**
 * Reads an OpenSSL library reason out of error text in the shapes the table
 * (tables/openssl-reasons.ts) knows beyond the packed code: Python's bracket for every library
 * ("[PEM: NO_START_LINE]", "[SSL] PEM lib" for a common reason) and Node's err.code
 * ("ERR_OSSL_PEM_NO_START_LINE"). Built from the table, so a new row is read without a new regex.
 */

import { gated, type May } from './gate';
import { OPENSSL_REASONS, REASON_LIBS, nodeCode, pythonBracket, type ReasonLib } from './tables/openssl-reasons';
import { escapeForPattern as escape } from './pattern-literal';

/** Each rendering, lower-cased, and the reason text it stands for. */
const TEXT_OF = new Map<string, string>();
for (const row of OPENSSL_REASONS) {
	const libs: readonly Exclude<ReasonLib, 'ERR'>[] = row.lib === 'ERR' ? row.under! : [row.lib];
	for (const lib of libs) {
		if (lib === 'SYS') continue;
		TEXT_OF.set(pythonBracket(row, lib).toLowerCase(), row.text);
		TEXT_OF.set(`[${lib}] ${row.text}`.toLowerCase(), row.text);
		if (REASON_LIBS[lib].node) TEXT_OF.set(nodeCode(row, lib).toLowerCase(), row.text);
	}
}

const RENDERING = gated(
	new RegExp(
		[...TEXT_OF.keys()]
			.sort((a, b) => b.length - a.length)
			.map((k) => (k.startsWith('err_') ? `\\b${escape(k)}\\b` : escape(k)))
			.join('|')
	)
);

/** The table's reason text for the first bracket or Node code the text holds. */
export function tableReasonIn(may: May): string | undefined {
	if (!may(RENDERING)) return undefined;
	const m = RENDERING.exec(may.lower);
	return m ? TEXT_OF.get(m[0]) : undefined;
}
