/**
 * Each server of a topology, with its own error. Drivers that give up on server selection list
 * every seed host and what went wrong with it; a replica set can fail differently per member
 * (one untrusted, one unreachable), and the diagnosis must not blur them together.
 */

import { gated, gateFor, type May } from './gate';

export interface ServerError {
	host: string;
	port?: number;
	/** The driver's view of the server, e.g. Unknown, RSPrimary. */
	type?: string;
	/** The server's own error, as the driver printed it. */
	error?: string;
	/** The error in the driver's own framing, where the framing carries meaning (libmongoc's "… calling hello on"). */
	framed?: string;
}

// Like GO below: a server's error stops before the next server.
const PYMONGO = gated(
	/<ServerDescription \('([^']+)', (\d+)\) server_type: (\w+), rtt: [^,]+, error=(?:(\w+)\((['"])((?:(?!<ServerDescription \()[\s\S]){0,4000}?)\5\)|None)>/g
);
// The next server starts on a line of its own; "\n\s*" there would span a run of blank lines from
// each of its line breaks, quadratic in the run's length.
const NODE =
	/'([^'\s]+:\d+)' => ServerDescription \{\s*address: '[^']*',\s*type: '(\w+)'([\s\S]*?)(?=\n[ \t]*'[^'\s]+:\d+' => ServerDescription|$)/g;
// A server's error stops before the next server: each failed match would otherwise read 4,000
// characters ahead, over its neighbours' text.
const GO = gated(
	/\{ Addr: ([^,\s]{1,300}), Type: (\w+)(?:, [A-Za-z ]{1,40}: [^,}]{1,300}){0,8}?, Last error: ((?:(?!\{ Addr: )[\s\S]){0,4000}?) \}(?=, (?:\{ Addr|\]))/g
);
const JAVA = gated(/\{address=([^,\s]{1,300}), type=(\w+), state=\w+(, exception=)?/g);
const LIBMONGOC = /\[([^[\]]*?) calling (?:hello|ismaster|isMaster) on '([^']+)'\]/g;
// Rust driver (sdam/description/server.rs, Display for ServerInfo): like Go's, "Error:" for "Last error:".
const RUST = gated(
	/\{ Address: ([^,\s]{1,300}), Type: (\w+)(?:, [A-Za-z ]{1,40}: [^,}]{1,300}){0,8}?, Error: ((?:(?!\{ Address: )[\s\S]){0,4000}?) \}(?=, \{ Address|\s*\])/g
);
// C# driver (Core/Servers/ServerDescription.cs ToString): EndPoint is "Unspecified/host:port" for a
// DNS name, and HeartbeatException runs, stack trace and all, to LastHeartbeatTimestamp; a paste
// often stops inside it, so it may also end at the next server or the end of the text.
const CSHARP = gated(/, EndPoint: "(?:Unspecified\/|InterNetwork(?:V6)?\/)?([^"\s]{1,300})",[\s\S]{0,600}?\bType: "(\w+)"/g);
const CSHARP_EXCEPTION = /^(?:, Tags: "[^"]*"|, WireVersionRange: "[^"]*"|, ElectionId: "[^"]*")*, HeartbeatException: "/;
const CSHARP_END = /", LastHeartbeatTimestamp: |(?:"\s*\}\s*,\s*)?\{ ServerId: "/;
/** A .NET stack frame ("   at Namespace.Type.Method(...)"): noise in a server's own error. */
const DOTNET_FRAME = /^\s+at \S|^\s*--- End of inner exception stack trace ---/;

/** Servers kept: a replica set has at most 50 members, and each server carries its own error text into the report. */
export const MAX_SERVERS = 50;

export function extractServers(text: string, may: May = gateFor(text)): ServerError[] {
	const found = new Map<string, ServerError>();
	const add = (address: string, type: string | undefined, error: string | undefined, framed?: string) => {
		const { host, port } = splitAddress(address);
		if (!host) return;
		const key = `${host}:${port ?? ''}`;
		const known = found.get(key);
		const clean = error?.trim();
		if (known) {
			if (!known.error && clean) known.error = clean;
			return;
		}
		if (found.size >= MAX_SERVERS) return;
		found.set(key, {
			host,
			...(port !== undefined ? { port } : {}),
			...(type ? { type } : {}),
			...(clean && clean !== 'None' && clean !== 'null' ? { error: clean, ...(framed ? { framed } : {}) } : {})
		});
	};
	// PyMongo: <ServerDescription ('host', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('...')>
	if (may(PYMONGO))
		for (const m of text.matchAll(PYMONGO)) {
			add(`${m[1]}:${m[2]}`, m[3], m[6] ? `${m[4]}: ${m[6]}` : undefined);
		}
	// Node.js driver (util.inspect of TopologyDescription): 'host:port' => ServerDescription { ... error: MongoNetworkError: ...
	if (text.includes('=> ServerDescription'))
		for (const m of text.matchAll(NODE)) {
			const error = /\berror: (?!null\b)([^\n]+)/.exec(m[3]);
			add(m[1], m[2], error?.[1]);
		}
	// Go driver: { Addr: host:port, Type: Unknown, Last error: ... }
	if (may(GO))
		for (const m of text.matchAll(GO)) {
			add(m[1], m[2], m[3]);
		}
	// Java driver: {address=host:port, type=UNKNOWN, state=CONNECTING, exception={...}, caused by {...}}
	const java = may(JAVA) ? [...text.matchAll(JAVA)] : [];
	java.forEach((m, i) => {
		const end = i + 1 < java.length ? java[i + 1].index : text.indexOf(']', m.index) >= 0 ? text.indexOf(']', m.index) : text.length;
		const body = text.slice(m.index + m[0].length, end);
		const causes = [...body.matchAll(/(?:^|caused by )\{([^{}]*)\}/g)].map((c) => c[1]);
		add(m[1], m[2], causes.length ? causes.join(' ← ') : undefined);
	});
	// libmongoc (C, PHP, C++): [TLS handshake failed: ... calling hello on 'host:port']
	if (text.includes(' calling ')) for (const m of text.matchAll(LIBMONGOC)) add(m[2], undefined, m[1], m[0]);
	// Rust driver: { Address: host:port, Type: Unknown, Error: Kind: I/O error: ..., labels: {} }
	if (may(RUST))
		for (const m of text.matchAll(RUST)) {
			add(m[1], m[2], m[3].replace(/, labels: \{[^{}]*\}$/, ''));
		}
	// C# driver: { ServerId: "...", EndPoint: "Unspecified/host:port", ..., Type: "Unknown", HeartbeatException: "..." }
	if (may(CSHARP))
		for (const m of text.matchAll(CSHARP)) {
			const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8000);
			const open = CSHARP_EXCEPTION.exec(after);
			let error: string | undefined;
			if (open) {
				const body = after.slice(open[0].length);
				const end = CSHARP_END.exec(body);
				error = (end ? body.slice(0, end.index) : body)
					.split('\n')
					.filter((line) => !DOTNET_FRAME.test(line))
					.join('\n');
			}
			add(m[1], m[2], error);
		}
	return [...found.values()];
}

function splitAddress(address: string): { host: string; port?: number } {
	const a = address.trim();
	const v6 = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(a);
	if (v6) return { host: v6[1].toLowerCase(), ...(v6[2] ? { port: Number(v6[2]) } : {}) };
	const m = /^([^:]+)(?::(\d+))?$/.exec(a);
	if (!m) return { host: '' };
	return { host: m[1].toLowerCase(), ...(m[2] ? { port: Number(m[2]) } : {}) };
}
