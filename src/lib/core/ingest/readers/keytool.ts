/**
 * `keytool -list` output (Java trust stores): with -rfc each entry carries a PEM certificate;
 * with -v it carries only a text description (Owner, Issuer, dates), from which the PEM cannot
 * be recovered, so the reader says which command prints it.
 */

export interface KeytoolEntry {
	alias: string;
	type: string;
	/** Character range of the entry in the listing, to assign the PEM blocks inside it. */
	start: number;
	end: number;
	owner?: string;
	issuer?: string;
	validFrom?: string;
	validUntil?: string;
}

export interface KeytoolListing {
	start: number;
	end: number;
	storeType?: string;
	entries: KeytoolEntry[];
	/** Entries past MAX_KEYTOOL_ENTRIES, counted but not read. */
	moreEntries: number;
}

/**
 * Entries read per paste; past this many the rest are counted in the listing's label. Java's own
 * cacerts has some 150 entries and big corporate trust stores a few hundred; each entry is a line
 * of the report, so 5 MB of "Alias name:" lines must not become 300,000 of them.
 */
export const MAX_KEYTOOL_ENTRIES = 2000;

const HEAD = /^(?:Keystore type: (\S+)\r?\n)?(?:Keystore provider: \S+\r?\n\s*)?Your keystore contains \d+ entr(?:y|ies)/m;
const ALIAS = /^Alias name: (.*)$/gm;
/**
 * keytool closes every entry, in -rfc and -v alike, with two lines of asterisks. The lookbehind
 * lets a match start only where a run of asterisks starts: trying from inside a long run rescans
 * the rest of it each time.
 */
const SEPARATOR = /(?<!\*)\*{20,}\r?\n\*{20,}\r?\n?/g;

/** The listing in the text, reading at most `maxEntries` entries (the rest are counted). */
export function findKeytoolListing(text: string, maxEntries = MAX_KEYTOOL_ENTRIES): KeytoolListing | undefined {
	const head = HEAD.exec(text);
	const firstAlias = /^Alias name: /m.exec(text);
	if (!head && !firstAlias) return undefined;
	const start = head ? head.index : firstAlias!.index;
	const entries: KeytoolEntry[] = [];
	const listing = text.slice(start);
	const matches = [...listing.matchAll(ALIAS)].map((m) => ({ index: start + m.index, alias: m[1].trim() }));
	// Each entry ends at the first separator that starts after its alias line: the separators are
	// found in one pass and walked alongside the aliases, instead of searching the rest of the text
	// once per alias.
	const separators = [...listing.matchAll(SEPARATOR)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }));
	let next = 0;
	let end = start;
	let moreEntries = 0;
	matches.forEach((m, i) => {
		while (next < separators.length && separators[next].start < m.index) next++;
		const stop = Math.min(
			next < separators.length ? separators[next].end : text.length,
			i + 1 < matches.length ? matches[i + 1].index : text.length
		);
		end = stop;
		if (entries.length >= maxEntries) {
			moreEntries++;
			return;
		}
		const body = text.slice(m.index, stop);
		entries.push({
			alias: m.alias,
			type: /^Entry type: (.*)$/m.exec(body)?.[1]?.trim() ?? 'unknown',
			start: m.index,
			end: stop,
			owner: /^Owner: (.*)$/m.exec(body)?.[1]?.trim(),
			issuer: /^Issuer: (.*)$/m.exec(body)?.[1]?.trim(),
			validFrom: /^Valid from: (.*?) until: /m.exec(body)?.[1]?.trim(),
			validUntil: /until: (.*)$/m.exec(body)?.[1]?.trim()
		});
	});
	return { start, end: Math.max(end, start + (head?.[0].length ?? 0)), storeType: head?.[1], entries, moreEntries };
}
