/**
 * `openssl s_client -connect host:port -showcerts` transcripts: the chain in the order the server
 * presented it, the verify result, protocol and cipher, and whether the server asked for a client
 * certificate (and which CAs it accepts). Output from OpenSSL 1.1 and 3.x.
 */

import type { SClientItem } from '../../model/report';

export interface SClientRegion {
	start: number;
	end: number;
}

const START = /^(?:CONNECTED\(\w+\)|depth=\d+ .*|Connecting to \S+)$/m;
const CONNECTED = /^CONNECTED\(\w+\)[ \t\r]*$/gm;
/** The stderr lines s_client prints before CONNECTED (verify results, the address, errors). */
const LEAD_LINE = /^(?:depth=\d+ .*|verify (?:error|return):.*|Connecting to \S+|[0-9A-F]{8,}:error:.*)\r?$/;
/** How far before CONNECTED its stderr lines are looked for. */
const LEAD_WINDOW = 4000;
/**
 * The lines after the last "Verify return code" that still belong to the session summary. Each line
 * runs to its line break, so no two lines can trade characters (and CRLF lines are read too).
 */
const CLOSE =
	/Verify return code:[^\n]*\n(?:(?:[ \t]*(?:Extended master secret|Max Early Data|---|DONE|closed|read R BLOCK|Start Time|Timeout|Session)| {4})[^\n]*(?:\n|$))*/;

/**
 * Transcripts read into items per paste; the rest are counted. One session is one transcript, and
 * nobody pastes more than a few; 2 MB of CONNECTED lines would otherwise be 100,000 items.
 */
export const MAX_S_CLIENT_TRANSCRIPTS = 50;

/**
 * Finds transcript regions: from CONNECTED (or the verify lines printed just before it) to the
 * session summary. Each CONNECTED line is found once, and each transcript's text is read up to the
 * next one only, so the work stays proportional to the text however many transcripts it holds.
 */
export function findSClientRegions(text: string): SClientRegion[] {
	const regions: SClientRegion[] = [];
	const connected = [...text.matchAll(CONNECTED)].map((m) => ({ at: m.index }));
	let from = 0;
	for (let i = 0; i < connected.length; i++) {
		const c = connected[i];
		if (c.at < from) continue;
		// stderr (depth=…, verify error…) is usually printed before CONNECTED: include it when adjacent.
		const start = leadStart(text, Math.max(from, c.at - LEAD_WINDOW), c.at);
		// The next transcript starts at the next CONNECTED line after this one's.
		const limit = i + 1 < connected.length ? connected[i + 1].at : text.length;
		const body = text.slice(start, limit);
		// The transcript ends after the last "Verify return code" block, plus DONE/closed lines.
		const lastVerify = body.lastIndexOf('Verify return code:');
		let end = limit;
		if (lastVerify >= 0) {
			const after = body.slice(lastVerify);
			const close = CLOSE.exec(after);
			end = start + lastVerify + (close ? close[0].length : after.indexOf('\n') + 1 || after.length);
		}
		regions.push({ start, end: Math.min(end, limit) });
		from = Math.max(end, start + 1);
	}
	return regions;
}

/** Where the run of stderr lines that ends just before `at` begins (no earlier than `floor`). */
function leadStart(text: string, floor: number, at: number): number {
	let start = at;
	while (start > floor && text[start - 1] === '\n') {
		// The line that ends at start - 1 (its "\n"), read backwards to its beginning.
		const lineStart = text.lastIndexOf('\n', start - 2) + 1;
		if (lineStart < floor || !LEAD_LINE.test(text.slice(lineStart, start - 1))) break;
		start = lineStart;
	}
	return start;
}

export function looksLikeSClient(text: string): boolean {
	return START.test(text) && /CONNECTED\(\w+\)/.test(text);
}

export type SClientFacts = Omit<SClientItem['transcript'], 'chain'>;

export function parseSClient(text: string, preceding = ''): SClientFacts {
	const verify = [...text.matchAll(/Verify return code: (\d+) \(([^)\n]*)\)/g)].pop();
	const newLine = /^New, (\S+?), Cipher is (\S+)/m.exec(text);
	// Spaces and tabs, not \s: "^\s*" spans blank lines, and every line start of a long run of them rescans the run.
	const protocol = /^[ \t]*Protocol[ \t]*: (\S+)/m.exec(text)?.[1] ?? (newLine && newLine[1] !== '(NONE)' ? newLine[1] : undefined);
	const cipherMatch = /^[ \t]*Cipher[ \t]*: (\S+)/m.exec(text)?.[1] ?? newLine?.[2];
	const cipher = cipherMatch && cipherMatch !== '(NONE)' && cipherMatch !== '0000' ? cipherMatch : undefined;
	const caNames: string[] = [];
	const acceptable = acceptableCaNames(text);
	if (acceptable !== undefined) for (const line of acceptable.split(/\r?\n/)) if (line.trim()) caNames.push(line.trim());
	const target = /-connect\s+(\[[^\]\s]{1,100}\]|[^\s:]{1,300}):(\d+)/.exec(preceding + '\n' + text) ?? /^Connecting to (\S+)$/m.exec(text);
	const host = target?.[1]?.replace(/^\[|\]$/g, '');
	const port = target?.[2] ? Number(target[2]) : undefined;
	const errors = [...text.matchAll(/^(?:[0-9A-F]{8,}:error:[^\n]*|verify error:num=\d+:[^\n]*|.*:SSL routines:[^\n]*)$/gm)].map((m) =>
		m[0].trim()
	);
	return {
		...(host ? { host } : {}),
		...(port ? { port } : {}),
		...(verify ? { verifyReturnCode: Number(verify[1]), verifyText: verify[2] } : {}),
		...(protocol ? { protocol } : {}),
		...(cipher ? { cipher } : {}),
		...(caNames.length ? { acceptableClientCaNames: caNames } : {}),
		clientCertificateRequested: acceptable !== undefined || /^(?:Requested Signature Algorithms|Client Certificate Types):/m.test(text),
		noPeerCertificate: /no peer certificate available/.test(text),
		errors: [...new Set(errors)]
	};
}

const ACCEPTABLE = /^Acceptable client certificate CA names\r?\n/m;
const ACCEPTABLE_END = /^(?:Requested Signature|Client Certificate Types|Shared Requested|Peer sign|Server Temp Key|---)/gm;

/**
 * The lines between "Acceptable client certificate CA names" and the next section. Found with two
 * forward searches: a lazy "anything up to the next section" regex rescans the rest of the text
 * from every such line when no section follows.
 */
function acceptableCaNames(text: string): string | undefined {
	const head = ACCEPTABLE.exec(text);
	if (!head) return undefined;
	ACCEPTABLE_END.lastIndex = head.index + head[0].length;
	const end = ACCEPTABLE_END.exec(text);
	return end ? text.slice(head.index + head[0].length, end.index) : undefined;
}
