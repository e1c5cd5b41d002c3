/**
 * Facts pulled out of error text: which hosts (each server of a topology on its own), which
 * client, which Python, which OpenSSL reason, which TLS options were in play. They steer the
 * ranking (Atlas or private host? a tlsCAFile given?) and the remedies (macOS python.org Python?).
 */

import type { Facts } from '../report/model';
import { isAtlasHost } from './hosts';
import { pythonFromSslCLine } from './python-versions';
import { extractServers, type ServerError } from './servers';
import { extractTlsOptions } from './tls-options';
import { verifyResultIn } from './verify-codes';

export interface HostPort {
	host: string;
	port?: number;
}

/** The facts diagnose() works with: the report's Facts, typed for the fields signatures read. */
export interface DiagnoseFacts extends Facts {
	servers?: ServerError[];
	tlsOptions?: Record<string, string>;
	atlas?: boolean;
	/** The text is a server's log (mongod / mongos), not a client's error: alerts point the other way. */
	serverLog?: boolean;
	/** Python minor version read from paths in a traceback ("python3.11/site-packages"). */
	pythonVersion?: string;
	sslCLine?: number;
	verifyCode?: number;
	nodeVersion?: string;
	/**
	 * Names the server's certificate claims (its SANs, else its CN), when the text came with the
	 * chain (an s_client transcript) and names no host itself: an Atlas name there still means Atlas.
	 */
	peerNames?: string[];
}

// host:port as drivers print them: "cluster0-shard-00-00.abcde.mongodb.net:27017", "localhost:27017", "[::1]:27017".
const HOST_PORT =
	/(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]):(\d{2,5})\b/gi;
const SRV_URI = /mongodb\+srv:\/\/(?:[^@/\s]+@)?([a-z0-9.-]+)/gi;
const PLAIN_URI = /mongodb:\/\/(?:[^@/\s]+@)?([^/?\s'"]+)/gi;
// PyMongo's topology description: ('host', 27017).
const PY_TUPLE = /\('([a-z0-9.:-]+)', (\d{1,5})\)/gi;

/** Host names that appear in error text but are never the database host. */
const NOT_HOSTS = /^(?:https?|file|line|errno|at|node|internal|ssl|tls|error|warning|info|debug|timeout|address|addr|host|ctx|localtime)$/i;

export function extractHosts(text: string): HostPort[] {
	const seen = new Map<string, HostPort>();
	const add = (host: string, port?: number) => {
		const h = host.replace(/^\[|\]$/g, '').toLowerCase();
		if (NOT_HOSTS.test(h) || /^\d+$/.test(h) || h.length > 253) return;
		const key = `${h}:${port ?? ''}`;
		if (!seen.has(key)) seen.set(key, port === undefined ? { host: h } : { host: h, port });
	};
	for (const m of text.matchAll(HOST_PORT)) {
		const port = Number(m[2]);
		// Skip "_ssl.c:1006", "topology.js:350", timestamps and line numbers: a host needs a
		// name-with-a-dot shape, "localhost", an IP, or brackets.
		if (/\.(c|h|py|pyx|js|mjs|cjs|ts|java|go|cs|rs|rb|php|kt|scala)$/i.test(m[1])) continue;
		if (!/[a-z]/i.test(m[1]) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(m[1]) && !m[1].startsWith('[')) continue;
		if (!m[1].includes('.') && !m[1].startsWith('[') && m[1].toLowerCase() !== 'localhost') continue;
		if (port < 1 || port > 65535) continue;
		add(m[1], port);
	}
	for (const m of text.matchAll(PY_TUPLE)) add(m[1], Number(m[2]));
	for (const m of text.matchAll(SRV_URI)) add(m[1]);
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

export function extractFacts(text: string): DiagnoseFacts {
	const facts: DiagnoseFacts = {};
	const hosts = extractHosts(text);
	if (hosts.length) facts.hosts = hosts;
	const servers = extractServers(text);
	if (servers.length) facts.servers = servers;
	const reason = opensslReason(text);
	if (reason) facts.opensslReason = reason;
	const verify = verifyError(text);
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
	const client = detectClient(text);
	if (client) {
		facts.client = client.name;
		if (client.version) facts.clientVersion = client.version;
	}
	const node = /^Node\.js (v\d+\.\d+\.\d+)\s*$/m.exec(text);
	if (node) facts.nodeVersion = node[1];
	const os = detectOs(text);
	if (os) facts.os = os;
	const options = extractTlsOptions(text);
	if (Object.keys(options).length) facts.tlsOptions = options;
	// s_client's verify lines name the server certificate ("depth=0 CN = *.abcde.mongodb.net") when nothing names the host.
	const peer = hosts.length ? undefined : /^depth=0 (?:[^\n]*?, )?CN = ([^,\n]+)$/m.exec(text);
	if (peer) facts.peerNames = [peer[1].trim()];
	if (hosts.some((h) => isAtlasHost(h.host)) || facts.peerNames?.some((n) => isAtlasHost(n.replace(/^\*\./, '')))) facts.atlas = true;
	if (isServerLog(text)) facts.serverLog = true;
	return facts;
}

/** The OpenSSL reason in any of the shapes clients print it. */
function opensslReason(text: string): string | undefined {
	const python = /\[SSL: ([A-Z0-9_]+)\]/.exec(text) ?? /\[X509: ([A-Z0-9_]+)\]/.exec(text);
	if (python) return python[1];
	// OpenSSL 3: "error:0A000086:SSL routines::certificate verify failed"; 1.1: "error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed".
	const packed = /error:[0-9A-F]{8}:[A-Za-z0-9 ]+ routines:[A-Za-z0-9_]*:([a-z0-9 ]+[a-z0-9])/.exec(text);
	if (packed) return packed[1];
	// PyOpenSSL: [('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')]
	const tuple = /\('SSL routines', '[a-z0-9_]*', '([a-z0-9 ]+)'\)/i.exec(text);
	if (tuple) return tuple[1];
	return undefined;
}

/** The X.509 verification error, with its OpenSSL code when the text carries one. */
function verifyError(text: string): { text: string; code?: number } | undefined {
	const libmongoc = /certificate verify failed \((\d+)\): ([^\n\]]+?)(?: calling | \(|\]|$)/m.exec(text);
	if (libmongoc) return { text: libmongoc[2].trim(), code: Number(libmongoc[1]) };
	const sClient = /verify error:num=(\d+):([^\n]+)/.exec(text) ?? /Verify return code: ([1-9]\d*) \(([^)\n]+)\)/.exec(text);
	if (sClient) return { text: sClient[2].trim(), code: Number(sClient[1]) };
	const python = /certificate verify failed: ([^()\n'"]+?)\s*(?:\(_ssl\.c|\)|'|"|$)/im.exec(text);
	if (python) return { text: python[1].trim().replace(/\.$/, ''), ...codeOf(python[1]) };
	// Node, mongosh, Go and Java print the result's text (or Node's code name) on its own.
	return verifyResultIn(text);
}

function codeOf(text: string): { code?: number } {
	const known = verifyResultIn(text);
	return known ? { code: known.code } : {};
}

/** "python3.11/site-packages", "Python.framework/Versions/3.12", "Python310\\lib". */
function pythonFromPaths(text: string): string | undefined {
	const m =
		/\bpython(3\.\d{1,2})[/\\]/i.exec(text) ??
		/Python\.framework\/Versions\/(3\.\d{1,2})\//.exec(text) ??
		/\\Python(3)(\d{1,2})(?:-32)?\\/i.exec(text);
	if (!m) return undefined;
	return m[2] ? `${m[1]}.${m[2]}` : m[1];
}

function detectClient(text: string): { name: string; version?: string } | undefined {
	const mongosh = /mongosh[+ ](\d+\.\d+\.\d+)/i.exec(text) ?? /Using Mongosh:\s*(\d+\.\d+\.\d+)/.exec(text);
	if (mongosh || /Current Mongosh Log ID|MongoshInternalError/.test(text)) return { name: 'mongosh', version: mongosh?.[1] };
	if (/\bmotor\b/i.test(text)) return { name: 'motor' };
	if (/pymongo|ServerSelectionTimeoutError|AutoReconnect|_ssl\.c:|Traceback \(most recent call last\)/i.test(text)) {
		return { name: 'pymongo' };
	}
	if (/MongooseServerSelectionError|mongoose/.test(text)) return { name: 'mongoose' };
	if (
		/MongoServerSelectionError|MongoNetworkError|MongoParseError|MongoServerError|node:internal|at TLSSocket|node_modules[/\\]mongodb/.test(
			text
		)
	) {
		return { name: 'node' };
	}
	if (/com\.mongodb|javax\.net\.ssl|SSLHandshakeException|PKIX path|java\.base/.test(text)) return { name: 'java' };
	if (/MongoDB\.Driver|System\.Security\.Authentication|System\.Net\.|AuthenticationException/.test(text)) return { name: 'csharp' };
	if (/No suitable servers found|calling (?:hello|ismaster|isMaster) on '|mongoc_|MongoDB\\Driver\\Exception/.test(text)) {
		return { name: /MongoDB\\Driver|\.php\b/.test(text) ? 'php' : 'libmongoc' };
	}
	if (/\bx509: |\btls: |current topology: \{ Type:|connection\(\) error occurred|connection\(\) error occured/.test(text))
		return { name: 'go' };
	if (/^CONNECTED\(0|s_client|Verify return code:/m.test(text)) return { name: 'openssl' };
	return undefined;
}

function detectOs(text: string): string | undefined {
	if (
		/\/Users\/|\/Library\/Frameworks\/Python\.framework|\/opt\/homebrew\/|\/usr\/local\/Cellar\/|\bmacOS\b|\bDarwin\b|\.dylib\b/.test(text)
	)
		return 'macos';
	if (/\b[A-Z]:\\|\\AppData\\|\.exe\b|\bWindows\b|\bWinError\b|\bWSAE[A-Z]+\b/.test(text)) return 'windows';
	if (/\/usr\/lib\/python3\/dist-packages|\bdebian\b|\bubuntu\b/i.test(text)) return 'debian';
	if (/\/usr\/lib64\/|\.el[789]\b|\bfedora\b|\bamzn\d?\b|\bcentos\b/i.test(text)) return 'rhel';
	if (/\balpine\b|\bmusl\b/i.test(text)) return 'alpine';
	return undefined;
}

/** mongod/mongos log lines, legacy ("2021-06-30T21:22:44.917+0100 E NETWORK  [conn16] ...") or JSON ({"t":{"$date":...},"s":"I","c":"NETWORK",...}). */
function isServerLog(text: string): boolean {
	return (
		/\{"t":\{"\$date":"[^"]+"\},"s":"[A-Z]\d?",\s*"c":"[A-Z]+/.test(text) ||
		/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4} [IWEDF] [A-Z]+ +\[[\w.-]+\]/m.test(text)
	);
}
