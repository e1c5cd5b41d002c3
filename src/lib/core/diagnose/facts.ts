/**
 * Facts pulled out of error text: which hosts, which client, which Python, which OpenSSL reason.
 * They steer the ranking (Atlas or private host?) and the remedies (macOS python.org Python?).
 */

import type { Facts } from '../report/model';

export interface HostPort {
	host: string;
	port?: number;
}

// host:port as drivers print them: "cluster0-shard-00-00.abcde.mongodb.net:27017", "localhost:27017", "[::1]:27017".
const HOST_PORT =
	/(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]):(\d{2,5})\b/gi;
const SRV_URI = /mongodb\+srv:\/\/(?:[^@/\s]+@)?([a-z0-9.-]+)/gi;
const PLAIN_URI = /mongodb:\/\/(?:[^@/\s]+@)?([^/?\s]+)/gi;

/** Host names that appear in error text but are never the database host. */
const NOT_HOSTS = /^(?:https?|file|line|errno|at|node|internal|ssl|tls)$/i;

export function extractHosts(text: string): HostPort[] {
	const seen = new Map<string, HostPort>();
	const add = (host: string, port?: number) => {
		const h = host.replace(/^\[|\]$/g, '').toLowerCase();
		if (NOT_HOSTS.test(h) || /^\d+$/.test(h)) return;
		const key = `${h}:${port ?? ''}`;
		if (!seen.has(key)) seen.set(key, port === undefined ? { host: h } : { host: h, port });
	};
	for (const m of text.matchAll(HOST_PORT)) {
		const port = Number(m[2]);
		// Skip "_ssl.c:1006", timestamps and line numbers: a host needs a letter-dot shape or an IP.
		if (/\.(c|py|js|ts|java|go|cs|rs)$/i.test(m[1])) continue;
		if (!/[a-z]/i.test(m[1]) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(m[1]) && !m[1].startsWith('[')) continue;
		if (port < 1 || port > 65535) continue;
		add(m[1], port);
	}
	for (const m of text.matchAll(SRV_URI)) add(m[1]);
	for (const m of text.matchAll(PLAIN_URI)) {
		for (const hp of m[1].split(',')) {
			const [h, p] = hp.startsWith('[') ? [hp.slice(0, hp.indexOf(']') + 1), hp.slice(hp.indexOf(']') + 2)] : hp.split(':');
			if (h) add(h, p ? Number(p) : undefined);
		}
	}
	// A bare host without port is kept only when no host:port form of it exists.
	const withPort = new Set([...seen.values()].filter((h) => h.port !== undefined).map((h) => h.host));
	return [...seen.values()].filter((h) => h.port !== undefined || !withPort.has(h.host));
}

/**
 * CPython prints the C source line of its error call, "(_ssl.c:997)". The line moves between
 * releases, so it hints at the Python version: that matters because 3.10 changed the defaults.
 */
const SSL_C_LINES: Record<string, string> = {
	'852': '3.6',
	'1051': '3.7',
	'1056': '3.7',
	'1076': '3.7',
	'1108': '3.8',
	'1123': '3.8',
	'1124': '3.8',
	'1125': '3.9',
	'1129': '3.9',
	'1131': '3.9',
	'992': '3.11',
	'997': '3.10',
	'1002': '3.10',
	'1006': '3.11',
	'1007': '3.11',
	'1000': '3.12',
	'1010': '3.12',
	'1016': '3.13',
	'1018': '3.13',
	'1028': '3.13'
};

export function extractFacts(text: string): Facts {
	const facts: Facts = {};
	const hosts = extractHosts(text);
	if (hosts.length) facts.hosts = hosts;
	const reason = /\[SSL: ([A-Z0-9_]+)\]/.exec(text) ?? /\b(?:SSL routines|ssl3?_[a-z_]+):[^:\n]*:([a-z ]+[a-z])/i.exec(text);
	if (reason) facts.opensslReason = reason[1];
	const verify = /certificate verify failed: ([^()\n]+?)\s*(?:\(_ssl\.c|\)|$)/im.exec(text);
	if (verify) facts.verifyError = verify[1].trim();
	const sslc = /_ssl\.c:(\d+)/.exec(text);
	if (sslc) {
		facts.sslCLine = Number(sslc[1]);
		const py = SSL_C_LINES[sslc[1]];
		if (py) facts.pythonVersionHint = py;
	}
	const client = detectClient(text);
	if (client) facts.client = client;
	const os = detectOs(text);
	if (os) facts.os = os;
	if (hosts.some((h) => /mongodb\.net$/.test(h.host))) facts.atlas = true;
	return facts;
}

function detectClient(text: string): string | undefined {
	if (/pymongo|motor\b|ServerSelectionTimeoutError|AutoReconnect|_ssl\.c:/i.test(text)) return 'pymongo';
	if (/MongoServerSelectionError|MongoNetworkError|MongooseServerSelectionError|node:internal|at TLSSocket/.test(text)) {
		return /mongosh/i.test(text) ? 'mongosh' : 'node';
	}
	if (/com\.mongodb|javax\.net\.ssl|SSLHandshakeException|PKIX path/.test(text)) return 'java';
	if (/\bx509: |tls: /.test(text)) return 'go';
	if (/MongoDB\.Driver|System\.Security\.Authentication|AuthenticationException/.test(text)) return 'csharp';
	return undefined;
}

function detectOs(text: string): string | undefined {
	if (/\/Users\/|\/Library\/Frameworks\/Python\.framework|\/opt\/homebrew\/|\/usr\/local\/Cellar\/|macOS|Darwin/.test(text)) return 'macos';
	if (/[A-Z]:\\|\\AppData\\|\.exe\b|Windows/.test(text)) return 'windows';
	if (/\/usr\/lib\/python3\/dist-packages|\bdebian\b|\bubuntu\b/i.test(text)) return 'debian';
	if (/\/usr\/lib64\/|\.el[789]\b|\bfedora\b|\bamzn\b/i.test(text)) return 'rhel';
	if (/\balpine\b|musl/i.test(text)) return 'alpine';
	return undefined;
}
