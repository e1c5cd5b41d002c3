/**
 * Reads OpenSSL's X.509 verify results out of error text, in every rendering a client prints
 * (tables/x509-verify.ts lists them): by number where the text gives one (s_client's
 * "verify error:num=N:" and "Verify return code: N (", libmongoc's "certificate verify failed (N): "),
 * by text in both the 1.1 and the 3.x spelling (Python's "certificate verify failed: …", Node's
 * bare message, mongod's log), and by Node's code name. Nothing here is written per code: the
 * patterns are built from the table, and the gate's needles keep them cheap.
 */

import { gated, gateFor, type May } from './gate';
import { LOOKALIKES, X509_VERIFY, type X509VerifyRow } from './tables/x509-verify';
import { escapeForPattern as escape } from './pattern-literal';

export interface VerifyReading {
	/** The number the text printed, else the row's OpenSSL 3.x number. */
	code?: number;
	/** The result as the text printed it (numbered and Python forms), else the row's 3.x text. */
	text: string;
	row?: X509VerifyRow;
}

const longestFirst = (a: string, b: string) => b.length - a.length;

const BY_CODE = new Map(X509_VERIFY.map((r) => [r.code, r]));
const BY_NAME = new Map(X509_VERIFY.map((r) => [r.name, r]));

/** Each spelling, lower-cased, and its row; a lookalike of another stack maps to null. */
const SPELLING = new Map<string, X509VerifyRow | null>();
for (const r of X509_VERIFY) for (const t of [r.text, r.text11]) if (t && !r.framedOnly) SPELLING.set(t.toLowerCase(), r);
for (const l of LOOKALIKES) SPELLING.set(l.text.toLowerCase(), null);

/** Every spelling, run on the lower-cased text; the longest first, so the most specific wins at a place. */
const TEXTS = gated(new RegExp([...SPELLING.keys()].sort(longestFirst).map(escape).join('|')));
/** Node's code names (err.code) and the macro names some clients print (X509_V_ERR_…). */
const NAMES = gated(
	new RegExp([...X509_VERIFY.filter((r) => r.node).map((r) => `\\b${r.name}\\b`), `\\bX509_V_ERR_([A-Z0-9_]+)`].join('|'))
);

// Numbered renderings. The printed text runs to the end of its line (s_client), to the closing
// bracket (Verify return code), or to libmongoc's " calling hello on …" / the bracket it sits in.
const LIBMONGOC = gated(/certificate verify failed \((\d+)\): ([^\n\]]+?)(?: calling | \(|\]|$)/m);
const S_CLIENT_VERIFY = gated(/verify error:num=(\d+):([^\n]+)/);
const S_CLIENT_RETURN = gated(/Verify return code: ([1-9]\d*) \(([^)\n]+)\)/);
// The reason runs to the first bracket, quote or line end (trimmed by the reader): a lazy reason
// followed by optional spaces tries every split of a long run of spaces, quadratic in its length.
const PYTHON = gated(/certificate verify failed: ([^()\n\r'"\u2028\u2029]+)(?:\(_ssl\.c|\)|'|"|$)/im);
// Framed texts: "out of memory" and the like are verify results only inside a verify rendering.
const FRAMED = new Map(
	X509_VERIFY.flatMap((r) => [r.text, r.text11].filter((t): t is string => !!t).map((t) => [t.toLowerCase(), r] as const))
);

/** The row a printed result names: its text (either spelling) first, its number second. */
function rowOfPrinted(printed: string, code: number | undefined): X509VerifyRow | undefined {
	const lower = printed.toLowerCase().trim();
	const framed = FRAMED.get(lower.replace(/\.$/, ''));
	if (framed) return framed;
	const m = TEXTS.exec(lower);
	const named = m ? SPELLING.get(m[0]) : undefined;
	if (named) return named;
	return code === undefined ? undefined : BY_CODE.get(code);
}

/** The first verify result named without a number, by text or by name, with where it starts. */
function bareIn(text: string, may: May): { row: X509VerifyRow; at: number } | undefined {
	let best: { row: X509VerifyRow; at: number } | undefined;
	if (may(TEXTS)) {
		const re = new RegExp(TEXTS.source, 'g');
		for (let m = re.exec(may.lower); m; m = re.exec(may.lower)) {
			const row = SPELLING.get(m[0]);
			if (row) {
				best = { row, at: m.index };
				break;
			}
		}
	}
	if (may(NAMES)) {
		const m = NAMES.exec(text);
		const row = m && BY_NAME.get(m[1] ?? m[0]);
		if (row && (!best || m.index < best.at)) best = { row, at: m.index };
	}
	return best;
}

/** The verify result the text reports, read from the most explicit rendering it has. */
export function readVerifyResult(text: string, may: May = gateFor(text)): VerifyReading | undefined {
	for (const re of [LIBMONGOC, S_CLIENT_VERIFY, S_CLIENT_RETURN]) {
		const m = may(re) ? re.exec(text) : null;
		if (!m) continue;
		const code = Number(m[1]);
		const printed = m[2].trim();
		return { code, text: printed, row: rowOfPrinted(printed, code) };
	}
	const python = may(PYTHON) ? PYTHON.exec(text) : null;
	if (python) {
		const printed = python[1].trim().replace(/\.$/, '');
		const row = rowOfPrinted(printed, undefined);
		if (row) return { text: printed, code: row.code, row };
		// The reader stops at a quote, and some texts have one ("certificate's signature"): read on.
		const from = python.index + python[0].indexOf(python[1]);
		const m = new RegExp(TEXTS.source, 'y');
		m.lastIndex = from;
		const whole = m.exec(may.lower);
		const named = whole ? SPELLING.get(whole[0]) : undefined;
		if (named) return { text: text.slice(from, from + whole![0].length), code: named.code, row: named };
		return { text: printed };
	}
	const bare = bareIn(text, may);
	return bare && { code: bare.row.code, text: bare.row.text ?? `X509_V_ERR_${bare.row.name}`, row: bare.row };
}

/** The first OpenSSL verify result named anywhere in the text, in its OpenSSL 3.x wording. */
export function verifyResultIn(text: string, may: May = gateFor(text)): { code: number; text: string } | undefined {
	const bare = bareIn(text, may);
	return bare && { code: bare.row.code, text: bare.row.text ?? `X509_V_ERR_${bare.row.name}` };
}

/**
 * A lookahead that refuses the text where it is only the start of another row's ("self-signed
 * certificate" in "… in certificate chain"). Other stacks' lookalikes are left to the ranking
 * rules, which let the other stack's reading speak (go-validity-over-openssl-expired).
 */
function notLookalike(text: string): string {
	const rests = [...SPELLING]
		.filter(([l, row]) => row && l.startsWith(text) && l !== text)
		.map(([l]) => l)
		.map((l) => escape(l.slice(text.length)));
	return rests.length ? `(?!${rests.join('|')})` : '';
}

/** The row of one matched rendering (a text, a name, or a numbered prefix), for signatures. */
export function verifyRowOf(token: string): X509VerifyRow | undefined {
	const number = /(\d+)/.exec(token);
	const lower = token.toLowerCase();
	if (SPELLING.has(lower)) return SPELLING.get(lower) ?? undefined;
	const name = /^(?:X509_V_ERR_)?([A-Z0-9_]+)$/i.exec(token);
	if (name && BY_NAME.has(name[1].toUpperCase())) return BY_NAME.get(name[1].toUpperCase());
	return number ? BY_CODE.get(Number(number[1])) : undefined;
}

/**
 * A pattern for the rows `keep` selects, in every rendering: their texts, Node's names for them,
 * their macro names and their numbers after a numbered rendering's prefix. Built from the table.
 */
export function verifyPattern(keep: (row: X509VerifyRow) => boolean): RegExp {
	const rows = X509_VERIFY.filter(keep);
	const texts = rows.flatMap((r) => [r.text, r.text11].filter((t): t is string => !!t && !r.framedOnly));
	const codes = rows.map((r) => r.code).join('|');
	const alternatives = [
		...texts
			.map((t) => t.toLowerCase())
			.sort(longestFirst)
			.map((t) => escape(t) + notLookalike(t)),
		...rows.filter((r) => r.node).map((r) => `\\b${r.name}\\b`),
		...rows.map((r) => `\\bX509_V_ERR_${r.name}\\b`),
		`verify error:num=(?:${codes}):`,
		`Verify return code: (?:${codes}) \\(`,
		`certificate verify failed \\((?:${codes})\\):`
	];
	return new RegExp(alternatives.join('|'));
}
