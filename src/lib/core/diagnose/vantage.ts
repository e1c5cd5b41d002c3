/**
 * Is this text a server's log, and if so who is the peer in it? In a mongod or mongos log "peer"
 * is whoever connected: for "no SSL certificate provided by peer" or "SSL peer certificate
 * validation failed: certificate has expired" that is a client, its certificate is the one meant,
 * and its address (the "remote" of the connection, an ephemeral port) is no server to probe.
 *
 * The log shapes come from the MongoDB server source: legacy lines "2019-… I  NETWORK  [conn12] …"
 * (3.x–4.2; 4.2 pads the severity to two characters), JSON lines {"t":{"$date":…},"s":"E","c":
 * "NETWORK","id":23255,"ctx":"conn12",…} (4.4+). Incoming connections run on threads named connN
 * (ctx "conn12"); their address is logged by "Connection accepted" (id 22943, attr remote, in
 * src/mongo/transport/session_manager_common.cpp), "Error receiving request from client. Ending
 * connection from remote" (id 22988, attr remote, src/mongo/transport/session_workflow.cpp) and,
 * in legacy logs, "connection accepted from A #N", "Ending connection from A (connection id: N)"
 * and "end connection A (…)". A member dialling out to another member logs "Error connecting to
 * HOST:PORT" on a replication or executor thread: then this server was the client. TLS lines on
 * the start-up threads (legacy [initandlisten]/[main], ctx "initandlisten"/"main") with no
 * connection's TLS line mean the server did not start: no peer, its own files and options.
 *
 * The legacy mongo shell prints its own lines in the same shape, on thread [js] ("2019-… W
 * NETWORK [js] The server certificate does not match the host name"): those are a client's.
 * Logs pasted from `docker compose logs` ("mongo-1  | {…}", with or without its timestamp),
 * `kubectl logs --prefix` ("[pod/mongo-0/mongod] {…}") or journald/syslog ("Dec  4 10:00:00 db1
 * mongod[812]: {…}") carry a prefix before each line; it is not part of the line.
 */

import type { TextVantage } from '../model/vantage';
import { gated, type May } from './gate';

interface HostPort {
	host: string;
	port?: number;
}

const JSON_LOG = gated(/\{"t":\{"\$date":"[^"]+"\},"s":"[A-Z]\d?",\s*"c":"[A-Z_-]+/);
// What a log collector writes before each line: docker compose, kubectl --prefix, journald/syslog.
const PREFIX =
	'(?:[\\w.-]{1,80} +\\| (?:\\d{4}-\\d\\d-\\d\\dT[\\d:.]{8,20}Z )?|\\[pod/[^\\]\\n]{1,200}\\] |[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d [\\w.-]{1,80} [\\w.-]{1,40}\\[\\d{1,10}\\]: )?';
// Severity I/W/E/F/D, or D1–D5 in 4.2; the component may be "-" ("I -        [conn16]").
const LEGACY_SHAPE =
	'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(?:[+-]\\d{4}|Z) [IWEDF]\\d? +(?:[A-Z_]+|-) +\\[(?!js\\])[\\w.:-]+\\]';
const LEGACY_LOG = new RegExp(`^${PREFIX}${LEGACY_SHAPE}`, 'm');
// The legacy shell's own output: a client's text in the server's log shape.
const SHELL = /MongoDB shell version v?\d|^\S+ [IWEDF]\d? +(?:[A-Z_]+|-) +\[js\]/m;
const MONGOS = /\[mongosMain\]|"ctx":"mongosMain"|\bmongos\b/;

// Addresses of incoming connections, legacy and JSON; the bold markers a forum post adds are not part of them.
const PEER_ADDRESS = [
	/connection accepted from \**([[\]0-9A-Za-z.:%-]+?)\** #\d+/g,
	/Ending connection from \**([[\]0-9A-Za-z.:%-]+?)\** \(connection id/g,
	/\bend connection \**([[\]0-9A-Za-z.:%-]+?)\** \(/g,
	/"remote":"([^"\s]{1,300})"/g
];

// A TLS line of an incoming connection's thread, tested line by line: one pattern spanning both
// ("[connN]" then anything then "SSL") rescans each line from every [connN] on it, quadratic on a long one.
const CONN_THREAD = /\[conn\d+\]|"ctx":"conn\d+"/;
const TLS_WORD = /SSL|TLS|certificate/i;
const isIngressTls = (text: string) => text.split('\n').some((line) => CONN_THREAD.test(line) && TLS_WORD.test(line));
// A member dialling out to another one.
const EGRESS =
	/Error connecting to [^\s]+:\d+|Failed to connect to [^\s]+:\d+|\[(?:ReplicationExecutor|replexec-\d+|ReplCoord-\d+|NetworkInterfaceASIO[\w-]*|ShardRegistry|ReplicaSetMonitor[\w-]*)\]|"ctx":"(?:ReplCoord-\d+|ReplNetwork|NetworkInterfaceTL[\w-]*|ShardRegistry|ReplicaSetMonitor[\w-]*|TaskExecutorPool-\d+)"/;

/**
 * Is the line at this offset a server's own log line? A paste can hold a driver's error and the
 * mongod log beside it: only what a log line says is read from the server's side.
 */
export function onServerLogLine(text: string, at: number): boolean {
	const start = text.lastIndexOf('\n', at - 1) + 1;
	const end = text.indexOf('\n', at);
	const line = text.slice(start, end < 0 ? undefined : end);
	return JSON_LOG_LINE.test(line) || LEGACY_LOG_LINE.test(line);
}

const JSON_LOG_LINE = new RegExp(`^\\s*${PREFIX}\\{"t":\\{"\\$date":"[^"]+"\\},"s":"[A-Z]\\d?",`);
const LEGACY_LOG_LINE = new RegExp(`^${PREFIX}${LEGACY_SHAPE}`);

export function isServerLog(text: string, may: May): boolean {
	return (may(JSON_LOG) && JSON_LOG.test(text)) || (LEGACY_LOG.test(text) && !SHELL.test(text));
}

// The threads a server starts on; a TLS line there, and none on a connection, is a start-up failure.
const STARTUP_THREAD = /\[(?:initandlisten|main)\]|"ctx":"(?:initandlisten|main)"/;
const isStartupTls = (text: string) => text.split('\n').some((line) => STARTUP_THREAD.test(line) && TLS_WORD.test(line));

/**
 * OpenSSL names the handshake step that failed, and these steps run only in a server: reading a
 * client's hello, certificate or key exchange (ssl/statem/statem_srvr.c in 1.1.x and 3.x,
 * ssl/s3_srvr.c in 1.0.2). `openssl s_server` also prints "ACCEPT" once it listens. Such a text is
 * the server's own output, and the certificate it complains about is the client's.
 */
const OPENSSL_SERVER_STEP =
	/:(?:tls_(?:post_|early_post_)?process_client_(?:hello|certificate|key_exchange)|tls_process_cke_\w+|ssl3_get_client_(?:hello|certificate|key_exchange)):|^ACCEPT$/m;

function opensslServerVantage(text: string): TextVantage | undefined {
	if (!OPENSSL_SERVER_STEP.test(text)) return undefined;
	return {
		writer: 'server',
		program: 'openssl',
		direction: 'in',
		peer: 'client',
		summary:
			'From an OpenSSL server’s own output (openssl s_server, or a server built on OpenSSL): the peer here is the client that connected, and the certificate it checked is the client’s.'
	};
}

/** The vantage of a server log, or undefined for a client's text (whose peer is the server). */
export function serverLogVantage(text: string, may: May): TextVantage | undefined {
	if (!isServerLog(text, may)) return opensslServerVantage(text);
	const program = MONGOS.test(text) ? 'mongos' : 'mongod';
	const logFormat = may(JSON_LOG) && JSON_LOG.test(text) ? 'json' : 'legacy';
	const peers = peerAddresses(text);
	const ingress = isIngressTls(text);
	const direction = ingress ? 'in' : EGRESS.test(text) ? 'out' : peers.length ? 'in' : undefined;
	const startup = !ingress && direction !== 'out' && isStartupTls(text);
	const vantage: TextVantage = {
		writer: 'server',
		program,
		logFormat,
		...(direction && !startup ? { direction } : {}),
		...(startup ? { startup: true as const } : {}),
		peer: startup ? 'server' : direction === 'out' ? 'member' : 'client',
		...(peers.length && direction !== 'out' && !startup ? { peers } : {}),
		summary: ''
	};
	vantage.summary = summaryOf(vantage);
	return vantage;
}

/** The client addresses a server log names for its incoming connections. */
export function peerAddresses(text: string): HostPort[] {
	const found = new Map<string, HostPort>();
	for (const re of PEER_ADDRESS) {
		for (const m of text.matchAll(re)) {
			const hp = splitAddress(m[1]);
			if (!hp || found.size >= 50) continue;
			found.set(`${hp.host}:${hp.port ?? ''}`, hp);
		}
	}
	return [...found.values()];
}

function splitAddress(address: string): HostPort | undefined {
	const v6 = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i.exec(address);
	if (v6) return { host: v6[1].toLowerCase(), ...(v6[2] ? { port: Number(v6[2]) } : {}) };
	const m = /^([0-9A-Za-z.%-]+)(?::(\d{1,5}))?$/.exec(address);
	if (!m) return undefined;
	return { host: m[1].toLowerCase(), ...(m[2] ? { port: Number(m[2]) } : {}) };
}

function summaryOf(v: TextVantage): string {
	const from = `From a ${v.program} log`;
	if (v.startup)
		return `${from}: this server failed while starting, before any connection: the certificate, key and CA files and the options it names are its own.`;
	if (v.direction === 'out')
		return `${from}: this server was connecting to another member of the cluster, so here it was the client and the peer is that member.`;
	const hosts = [...new Set((v.peers ?? []).map((p) => p.host))];
	const who = hosts.length
		? `the client at ${hosts.slice(0, 3).join(', ')}${hosts.length > 3 ? ` and ${hosts.length - 3} more` : ''}`
		: 'the client that connected to it';
	return `${from}: the peer here is ${who} (or another member, if a member connected), not a server to connect to.`;
}
