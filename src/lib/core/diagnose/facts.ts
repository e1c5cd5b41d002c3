/**
 * Facts pulled out of error text: which hosts (each server of a topology on its own), which
 * client, which Python, which OpenSSL reason, which TLS options were in play. They steer the
 * ranking (Atlas or private host? a tlsCAFile given?) and the remedies (macOS python.org Python?).
 */

import type { Facts } from '../model/report';
import { gated, gateFor, type May } from './gate';
import { isAtlasHost, isDocumentDbHost } from './hosts';
import { pythonOriginIn } from './python-origin';
import { pythonFromSslCLine } from './python-versions';
import { extractServers, type ServerError } from './servers';
import { extractTlsOptions } from './tls-options';
import { readVerifyResult } from './verify-codes';
import { tableReasonIn } from './reason-codes';
import { serverLogVantage } from './vantage';
import type { TlsFamily } from './tls-family';
import type { ServerReading } from './per-server';

export interface HostPort {
	host: string;
	port?: number;
}

/** The facts diagnose() works with: the report's Facts, typed for the fields signatures read. */
export interface DiagnoseFacts extends Facts {
	servers?: ServerError[];
	/** Each failing server's own error, diagnosed on its own (per-server.ts), when two or more failed. */
	serverReadings?: ServerReading[];
	/** The servers whose own error has this diagnosis as its top, when the servers fail differently. */
	serversWithThis?: string[];
	tlsOptions?: Record<string, string>;
	atlas?: boolean;
	/** An Amazon DocumentDB host (hosts.ts): its CA is Amazon's, in no stock trust store. */
	documentdb?: boolean;
	/** The text is a server's log (mongod / mongos), not a client's error: alerts point the other way (vantage says more). */
	serverLog?: boolean;
	/** Python minor version read from paths in a traceback ("python3.11/site-packages"). */
	pythonVersion?: string;
	/** Where the Python came from (python.org, conda, homebrew…), from the traceback's paths or the person's choice. */
	pythonOrigin?: string;
	sslCLine?: number;
	verifyCode?: number;
	nodeVersion?: string;
	/**
	 * Names the server's certificate claims (its SANs, else its CN), when the text came with the
	 * chain (an s_client transcript) and names no host itself: an Atlas name there still means Atlas.
	 */
	peerNames?: string[];
	/**
	 * Whose CA the pasted certificates chain to, from the chain stage (not from the text): public (a
	 * root every stock store has), private (a CA only the person has), self-signed, or unknown.
	 */
	chainTrust?: 'public' | 'private' | 'self-signed' | 'unknown';
	/** No signature matched, but the text is about this part of TLS (tls-family.ts). */
	tlsFamily?: TlsFamily;
	/** The option a driver's own option error names (driver-options table), as the person wrote it. */
	optionNamed?: string;
}

// host:port as drivers print them: "cluster0-shard-00-00.abcde.mongodb.net:27017", "localhost:27017", "[::1]:27017".
// Found from the port backwards: a scan for ":NNNN" is cheap, a host pattern tried at every word is not.
const PORT = /:(\d{2,5})\b/g;
// Dotted IPv4 addresses are host names of this shape too (labels may be all digits).
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const BRACKETED = /^\[[0-9a-f:.]+\]$/i;
const SRV_URI = gated(/mongodb\+srv:\/\/(?:[^@/\s]+@)?([a-z0-9.-]+)/gi);
const PLAIN_URI = gated(/mongodb:\/\/(?:[^@/\s]+@)?([^/?\s'"]+)/gi);
// PyMongo's topology description: ('host', 27017).
const PY_TUPLE = /\('([a-z0-9.:-]+)', (\d{1,5})\)/gi;

/**
 * Distinct hosts kept. A topology lists at most 50 members (a replica set's limit); past this a
 * log is repeating itself, and every diagnosis carries these facts into the report.
 */
export const MAX_FACT_HOSTS = 100;

/** Host names that appear in error text but are never the database host. */
const NOT_HOSTS = /^(?:https?|file|line|errno|at|node|internal|ssl|tls|error|warning|info|debug|timeout|address|addr|host|ctx|localtime)$/i;

export function extractHosts(text: string, may: May = gateFor(text)): HostPort[] {
	const seen = new Map<string, HostPort>();
	const add = (host: string, port?: number) => {
		const h = host.replace(/^\[|\]$/g, '').toLowerCase();
		if (NOT_HOSTS.test(h) || /^\d+$/.test(h) || h.length > 253) return;
		const key = `${h}:${port ?? ''}`;
		if (!seen.has(key) && seen.size < MAX_FACT_HOSTS) seen.set(key, port === undefined ? { host: h } : { host: h, port });
	};
	// Hosts inside a connection string come from the URI pass below, after those the error itself names:
	// the first host is the one the error is about (a hostname fix replaces it in the seed list).
	const uriSpans = [...(may(PLAIN_URI) ? text.matchAll(PLAIN_URI) : []), ...(may(SRV_URI) ? text.matchAll(SRV_URI) : [])].map(
		(m) => [m.index, m.index + m[0].length] as const
	);
	const inUri = (at: number) => uriSpans.some(([from, to]) => at >= from && at < to);
	for (const m of hostPorts(text)) {
		if (inUri(m[3])) continue;
		const port = Number(m[2]);
		// Skip "_ssl.c:1006", "topology.js:350", timestamps and line numbers: a host needs a
		// name-with-a-dot shape, "localhost", an IP, or brackets.
		if (/\.(c|h|py|pyx|js|mjs|cjs|ts|java|go|cs|rs|rb|php|kt|scala)$/i.test(m[1])) continue;
		if (!/[a-z]/i.test(m[1]) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(m[1]) && !m[1].startsWith('[')) continue;
		if (!m[1].includes('.') && !m[1].startsWith('[') && m[1].toLowerCase() !== 'localhost') continue;
		if (port < 1 || port > 65535) continue;
		add(m[1], port);
	}
	if (text.includes("('")) for (const m of text.matchAll(PY_TUPLE)) add(m[1], Number(m[2]));
	if (may(SRV_URI)) for (const m of text.matchAll(SRV_URI)) add(m[1]);
	if (may(PLAIN_URI))
		for (const m of text.matchAll(PLAIN_URI)) {
			for (const hp of m[1].split(',')) {
				const [h, p] = hp.startsWith('[') ? [hp.slice(0, hp.indexOf(']') + 1), hp.slice(hp.indexOf(']') + 2)] : hp.split(':');
				if (h && /^[a-z0-9.[\]:-]+$/i.test(h)) add(h, p && /^\d+$/.test(p) ? Number(p) : undefined);
			}
		}
	// A bare host without port is kept only when no host:port form of it exists.
	const withPort = new Set([...seen.values()].filter((h) => h.port !== undefined).map((h) => h.host));
	return [...seen.values()].filter((h) => h.port !== undefined || !withPort.has(h.host));
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** [A-Za-z0-9.-] */
function isHostChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** [whole, host, port, offset] for every host:port in the text, as a host-then-port pattern would find them. */
function* hostPorts(text: string): Generator<[string, string, string, number]> {
	for (const m of text.matchAll(PORT)) {
		const colon = m.index;
		// ":350:38" in a stack frame: a token of digits alone is never a host, so skip it cheaply.
		let digits = colon;
		while (digits > 0 && isDigit(text.charCodeAt(digits - 1))) digits--;
		if (digits < colon && (digits === 0 || !isHostChar(text.charCodeAt(digits - 1)))) continue;
		let start = colon;
		if (text[colon - 1] === ']') {
			// A bracketed address is at most 48 characters: searching further back for its "[" from every
			// "]:port" of a long line is quadratic.
			const from = Math.max(0, colon - 49);
			const open = text.slice(from, colon).lastIndexOf('[');
			start = open < 0 ? -1 : from + open;
			if (start < 0 || colon - start > 48) continue;
			if (!BRACKETED.test(text.slice(start, colon))) continue;
		} else {
			while (start > 0 && colon - start < 254 && isHostChar(text.charCodeAt(start - 1))) start--;
			if (start === colon || !HOST_NAME.test(text.slice(start, colon))) continue;
		}
		// The host must start a token: not glued to a word, a path or a user name.
		if (start > 0 && /[\w.@/-]/.test(text[start - 1])) continue;
		const host = text.slice(start, colon);
		yield [`${host}:${m[1]}`, host, m[1], start];
	}
}

export function extractFacts(text: string, may: May = gateFor(text)): DiagnoseFacts {
	const facts: DiagnoseFacts = {};
	const vantage = serverLogVantage(text, may);
	// In a server log the addresses of incoming connections are clients: never hosts to connect to.
	const hosts = withoutPeers(extractHosts(text, may), vantage?.peers);
	if (hosts.length) facts.hosts = hosts;
	const servers = extractServers(text, may);
	if (servers.length) facts.servers = servers;
	const reason = opensslReason(text, may);
	if (reason) facts.opensslReason = reason;
	// Every rendering (numbered, Python's, Node's bare text and code name) is read from the table.
	const verify = readVerifyResult(text, may);
	if (verify) {
		facts.verifyError = verify.text;
		if (verify.code !== undefined) facts.verifyCode = verify.code;
	}
	const sslc = /_ssl\.c:(\d+)/.exec(text);
	if (sslc) {
		facts.sslCLine = Number(sslc[1]);
		const py = pythonFromSslCLine(text);
		if (py) facts.pythonVersionHint = py;
	}
	const python = pythonFromPaths(text);
	if (python) facts.pythonVersion = python;
	const origin = pythonOriginIn(text);
	if (origin) facts.pythonOrigin = origin.python;
	const client = detectClient(text, may);
	if (client) {
		facts.client = client.name;
		if (client.version) facts.clientVersion = client.version;
	}
	const node = text.includes('Node.js v') ? /^Node\.js (v\d+\.\d+\.\d+)\s*$/m.exec(text) : null;
	if (node) facts.nodeVersion = node[1];
	const os = detectOs(text, may);
	if (os) facts.os = os;
	const options = extractTlsOptions(text, may);
	if (Object.keys(options).length) facts.tlsOptions = options;
	// s_client's verify lines name the server certificate ("depth=0 CN = *.abcde.mongodb.net") when nothing names the host.
	const peer = hosts.length ? undefined : /^depth=0 (?:[^\n]*?, )?CN = ([^,\n]+)$/m.exec(text);
	if (peer) facts.peerNames = [peer[1].trim()];
	if (hosts.some((h) => isAtlasHost(h.host)) || facts.peerNames?.some((n) => isAtlasHost(n.replace(/^\*\./, '')))) facts.atlas = true;
	if (hosts.some((h) => isDocumentDbHost(h.host))) facts.documentdb = true;
	if (vantage) {
		facts.serverLog = true;
		facts.vantage = vantage;
	}
	return facts;
}

function withoutPeers(hosts: HostPort[], peers: readonly HostPort[] | undefined): HostPort[] {
	if (!peers?.length) return hosts;
	const peer = new Set(peers.map((p) => p.host));
	return hosts.filter((h) => !peer.has(h.host.toLowerCase().replace(/^\[|\]$/g, '')));
}

/** The hosts a text names that are servers: what analyze.ts matches against SRV targets. */
export function serverHostsIn(text: string): HostPort[] {
	const may = gateFor(text);
	return withoutPeers(extractHosts(text, may), serverLogVantage(text, may)?.peers);
}

/** The OpenSSL reason in any of the shapes clients print it. */
const PY_REASON = gated(/\[SSL: ([A-Z0-9_]+)\]/);
const PY_X509_REASON = gated(/\[X509: ([A-Z0-9_]+)\]/);
// OpenSSL 3: "error:0A000086:SSL routines::certificate verify failed"; 1.1: "error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed".
const PACKED_REASON = gated(/error:[0-9A-F]{8}:[A-Za-z0-9 ]+ routines:[A-Za-z0-9_]*:([a-z0-9 ]+[a-z0-9])/);
// PyOpenSSL: [('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')]
const TUPLE_REASON = gated(/\('SSL routines', '[a-z0-9_]*', '([a-z0-9 ]+)'\)/i);

function opensslReason(text: string, may: May): string | undefined {
	for (const re of [PY_REASON, PY_X509_REASON, PACKED_REASON, TUPLE_REASON]) {
		const m = may(re) ? re.exec(text) : null;
		if (m) return m[1];
	}
	// The other libraries' brackets, Python's common reasons and Node's codes, from the reason table.
	return tableReasonIn(may);
}

/** "python3.11/site-packages", "Python.framework/Versions/3.12", "Python310\\lib". */
function pythonFromPaths(text: string): string | undefined {
	if (!/python/i.test(text)) return undefined;
	const m =
		/\bpython(3\.\d{1,2})[/\\]/i.exec(text) ??
		/Python\.framework\/Versions\/(3\.\d{1,2})\//.exec(text) ??
		/\\Python(3)(\d{1,2})(?:-32)?\\/i.exec(text);
	if (!m) return undefined;
	return m[2] ? `${m[1]}.${m[2]}` : m[1];
}

const MONGOSH_VERSION = gated(/mongosh[+ ](\d+\.\d+\.\d+)/i);
const MONGOSH_USING = gated(/Using Mongosh:\s*(\d+\.\d+\.\d+)/);
const MONGOSH = gated(/Current Mongosh Log ID|MongoshInternalError/);
const MOTOR = gated(/\bmotor\b/i);
const PYMONGO = gated(/pymongo|ServerSelectionTimeoutError|AutoReconnect|_ssl\.c:|Traceback \(most recent call last\)/i);
const MONGOOSE = gated(/MongooseServerSelectionError|mongoose/);
const NODE = gated(
	/MongoServerSelectionError|MongoNetworkError|MongoParseError|MongoServerError|node:internal|at TLSSocket|node_modules[/\\]mongodb/
);
const JAVA = gated(/com\.mongodb|javax\.net\.ssl|SSLHandshakeException|PKIX path|java\.base/);
const CSHARP = gated(/MongoDB\.Driver|System\.Security\.Authentication|System\.Net\.|AuthenticationException/);
const LIBMONGOC = gated(/No suitable servers found|calling (?:hello|ismaster|isMaster) on '|mongoc_|MongoDB\\Driver\\Exception/);
const PHP = /MongoDB\\Driver|\.php\b/;
const GO = /\bx509: |\btls: |current topology: \{ Type:|connection\(\) error occurred|connection\(\) error occured/;
const OPENSSL = gated(/CONNECTED\(0|s_client|Verify return code:/);

function detectClient(text: string, may: May): { name: string; version?: string } | undefined {
	const test = (re: RegExp) => may(re) && re.test(text);
	const mongosh = (may(MONGOSH_VERSION) && MONGOSH_VERSION.exec(text)) || (may(MONGOSH_USING) && MONGOSH_USING.exec(text)) || null;
	if (mongosh || test(MONGOSH)) return { name: 'mongosh', version: mongosh?.[1] };
	if (test(MOTOR)) return { name: 'motor' };
	if (test(PYMONGO)) return { name: 'pymongo' };
	if (test(MONGOOSE)) return { name: 'mongoose' };
	if (test(NODE)) return { name: 'node' };
	if (test(JAVA)) return { name: 'java' };
	if (test(CSHARP)) return { name: 'csharp' };
	if (test(LIBMONGOC)) return { name: PHP.test(text) ? 'php' : 'libmongoc' };
	if (GO.test(text)) return { name: 'go' };
	if (test(OPENSSL)) return { name: 'openssl' };
	return undefined;
}

const MACOS = gated(
	/\/Users\/|\/Library\/Frameworks\/Python\.framework|\/opt\/homebrew\/|\/usr\/local\/Cellar\/|\bmacOS\b|\bDarwin\b|\.dylib\b/
);
const WINDOWS_PATH = /\b[A-Z]:\\|\\AppData\\/;
const WINDOWS_WORD = /\.exe\b|\bWindows\b|\bWinError\b|\bWSAE[A-Z]+\b/;
const DEBIAN = gated(/\/usr\/lib\/python3\/dist-packages|\bdebian\b|\bubuntu\b/i);
const RHEL = /\/usr\/lib64\/|\.el[789]\b|\bfedora\b|\bamzn\d?\b|\bcentos\b/i;
const ALPINE = /\balpine\b|\bmusl\b/i;

function detectOs(text: string, may: May): string | undefined {
	if (may(MACOS) && MACOS.test(text)) return 'macos';
	if (text.includes('\\') && WINDOWS_PATH.test(text)) return 'windows';
	const l = may.lower;
	if ((l.includes('.exe') || l.includes('win') || l.includes('wsae')) && WINDOWS_WORD.test(text)) return 'windows';
	if (may(DEBIAN) && DEBIAN.test(text)) return 'debian';
	if (['lib64', 'fedora', 'centos', 'amzn', '.el'].some((w) => l.includes(w)) && RHEL.test(text)) return 'rhel';
	if ((l.includes('alpine') || l.includes('musl')) && ALPINE.test(text)) return 'alpine';
	return undefined;
}
