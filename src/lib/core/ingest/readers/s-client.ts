/**
 * `openssl s_client -connect host:port -showcerts` transcripts: the chain in the order the server
 * presented it, the verify result, protocol and cipher, and whether the server asked for a client
 * certificate (and which CAs it accepts). Output from OpenSSL 1.1 and 3.x.
 */

import type { SClientItem } from '../../report/model';

export interface SClientRegion {
	start: number;
	end: number;
}

const START = /^(?:CONNECTED\(\w+\)|depth=\d+ .*|Connecting to \S+)$/m;

/** Finds transcript regions: from CONNECTED (or the verify lines printed just before it) to the session summary. */
export function findSClientRegions(text: string): SClientRegion[] {
	const regions: SClientRegion[] = [];
	let from = 0;
	while (from < text.length) {
		const rest = text.slice(from);
		const connected = /^CONNECTED\(\w+\)\s*$/m.exec(rest);
		if (!connected) break;
		let start = from + connected.index;
		// stderr (depth=…, verify error…) is usually printed before CONNECTED: include it when adjacent.
		const before = text.slice(Math.max(from, start - 4000), start);
		const lead = /(?:^(?:depth=\d+ .*|verify (?:error|return):.*|Connecting to \S+|[0-9A-F]{8,}:error:.*)\r?\n)+$/m.exec(before);
		if (lead) start -= before.length - lead.index;
		// The next transcript starts at the next CONNECTED line after this one's.
		const afterConnected = from + connected.index + connected[0].length;
		const next = /^CONNECTED\(\w+\)\s*$/m.exec(text.slice(afterConnected));
		const limit = next ? afterConnected + next.index : text.length;
		const body = text.slice(start, limit);
		// The transcript ends after the last "Verify return code" block, plus DONE/closed lines.
		const lastVerify = body.lastIndexOf('Verify return code:');
		let end = limit;
		if (lastVerify >= 0) {
			const after = body.slice(lastVerify);
			const close =
				/Verify return code:[^\n]*\n(?:[ \t]*(?:Extended master secret|Max Early Data|---|DONE|closed|read R BLOCK|Start Time|Timeout|Session| {4}).*\n?)*/.exec(
					after
				);
			end = start + lastVerify + (close ? close[0].length : after.indexOf('\n') + 1 || after.length);
		}
		regions.push({ start, end: Math.min(end, limit) });
		from = Math.max(end, start + 1);
	}
	return regions;
}

export function looksLikeSClient(text: string): boolean {
	return START.test(text) && /CONNECTED\(\w+\)/.test(text);
}

export type SClientFacts = Omit<SClientItem['transcript'], 'chain'>;

export function parseSClient(text: string, preceding = ''): SClientFacts {
	const verify = [...text.matchAll(/Verify return code: (\d+) \(([^)]*)\)/g)].pop();
	const newLine = /^New, (\S+?), Cipher is (\S+)/m.exec(text);
	const protocol = /^\s*Protocol\s*: (\S+)/m.exec(text)?.[1] ?? (newLine && newLine[1] !== '(NONE)' ? newLine[1] : undefined);
	const cipherMatch = /^\s*Cipher\s*: (\S+)/m.exec(text)?.[1] ?? newLine?.[2];
	const cipher = cipherMatch && cipherMatch !== '(NONE)' && cipherMatch !== '0000' ? cipherMatch : undefined;
	const caNames: string[] = [];
	const acceptable =
		/^Acceptable client certificate CA names\r?\n([\s\S]*?)(?=^(?:Requested Signature|Client Certificate Types|Shared Requested|Peer sign|Server Temp Key|---))/m.exec(
			text
		);
	if (acceptable) for (const line of acceptable[1].split(/\r?\n/)) if (line.trim()) caNames.push(line.trim());
	const target = /-connect\s+(\[[^\]]+\]|[^\s:]+):(\d+)/.exec(preceding + '\n' + text) ?? /^Connecting to (\S+)$/m.exec(text);
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
		clientCertificateRequested: Boolean(acceptable) || /^(?:Requested Signature Algorithms|Client Certificate Types):/m.test(text),
		noPeerCertificate: /no peer certificate available/.test(text),
		errors: [...new Set(errors)]
	};
}
