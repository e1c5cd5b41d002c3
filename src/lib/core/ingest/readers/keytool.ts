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
}

export function findKeytoolListing(text: string): KeytoolListing | undefined {
	const head = /^(?:Keystore type: (\S+)\r?\n)?(?:Keystore provider: \S+\r?\n\s*)?Your keystore contains \d+ entr(?:y|ies)/m.exec(text);
	const firstAlias = /^Alias name: /m.exec(text);
	if (!head && !firstAlias) return undefined;
	const start = head ? head.index : firstAlias!.index;
	const entries: KeytoolEntry[] = [];
	const matches = [...text.slice(start).matchAll(/^Alias name: (.*)$/gm)].map((m) => ({ index: start + m.index, alias: m[1].trim() }));
	let end = start;
	matches.forEach((m, i) => {
		const stop = Math.min(listingEnd(text, m.index), i + 1 < matches.length ? matches[i + 1].index : text.length);
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
		end = stop;
	});
	return { start, end: Math.max(end, start + (head?.[0].length ?? 0)), storeType: head?.[1], entries };
}

/** keytool closes every entry, in -rfc and -v alike, with two lines of asterisks. */
function listingEnd(text: string, from: number): number {
	const separator = /\*{20,}\r?\n\*{20,}\r?\n?/.exec(text.slice(from));
	return separator ? from + separator.index + separator[0].length : text.length;
}
