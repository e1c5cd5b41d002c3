/**
 * The person's real values that remedies write into their steps: the host and port they dial, the
 * Python version, the names the server certificate lists, the client certificate's subject.
 * Anything unknown becomes a clear placeholder instead (see placeholders.ts).
 *
 * collectRemedyFacts() derives them from what a Report holds, so the page can re-render remedies
 * for another environment from the report alone, and report/build.ts uses the same function.
 */

import type { ResolvedContext } from '../model/context';
import type { Diagnosis, Facts, Item } from '../model/report';
import type { ChainAnalysis } from '../model/chain';
import type { ConnectionReport, PersonConnection } from '../model/connection';
import type { PeerRole, TextVantage } from '../model/vantage';
import { dnsNameFault, wildcardFault } from '../names/dns';
import { parseIp } from '../names/ip';
import { checkHost, isPort } from '../syntax/host';

/** What a command says where the host goes when none is known. */
export const HOST_PLACEHOLDER = 'YOUR_HOST';

export interface RemedyFacts {
	/** The host the client connects to. */
	host?: string;
	port?: number;
	/** Python version as major.minor, e.g. '3.12'. */
	pythonVersion?: string;
	/** DNS names and IP addresses the server certificate lists (its subjectAltName). */
	certificateNames?: string[];
	/** The client certificate's subject in RFC 2253 form: the name of its $external user. */
	clientSubject?: string;
	/**
	 * Whose certificate the renewal and reissue steps are about: a server's (the default), a
	 * client's (role client, or the peer of a server log), or a cluster member's (a member that
	 * dialled out to another one).
	 */
	certificateRole?: PeerRole;
	/** Whose clock judged the certificate's dates: the client's (the default) or, in a server log, the server's. */
	clockOf?: 'client' | 'server';
	/** The host is a MongoDB Atlas host (its certificates come from a public CA). */
	atlas?: boolean;
	/** The host is an Amazon DocumentDB endpoint: its CA is Amazon's RDS CA bundle, in no stock trust store. */
	documentdb?: boolean;
	/** The connection string uses mongodb+srv:// (its host is the SRV name). */
	srvHost?: string;
	/** The option a driver's option error named (one word, checked): the remedy names it back. */
	optionNamed?: string;
	/** The connection-string doctor's corrected URI (password as YOUR_PASSWORD), when one was pasted. */
	correctedUri?: string;
	/**
	 * The person's own connection, corrected, when they pasted a connection string: every client
	 * snippet is this with the remedy's change applied (values.ts). Hosts named only in error text
	 * never become one: a server-selection error lists the members it tried, not the SRV name,
	 * replicaSet, user and options the person connects with.
	 */
	connection?: PersonConnection;
	/** A chain stops short: the missing issuer's name, its key identifier, and where it is published (AIA caIssuers). */
	missingIssuer?: { name: string; keyId?: string; caIssuers: string[] };
	/** The root a chain complete as the server sends it goes up to (RFC 2253): the server leaves it out, the client must trust it. */
	rootToTrust?: string;
	/** What was pasted already, so that no step asks for it again: the chain the server sent (an s_client transcript). */
	supplied?: { serverChain?: boolean };
	/**
	 * Values from the input that were not used in any step, and why (a host that is not a host
	 * name, a certificate name no client can match): the steps keep their placeholder and say so.
	 */
	refused?: RefusedValue[];
}

export interface RefusedValue {
	/** What the value was meant to be, for the sentence: 'the host', 'a name in the certificate'. */
	what: string;
	value: string;
	why: string;
	/** The placeholder the steps use instead. */
	placeholder: string;
	/** The values of the same fact that were kept: steps that show them were written without this one. */
	alongside?: string[];
}

export interface FactSources {
	items?: readonly Item[];
	diagnoses?: readonly Pick<Diagnosis, 'facts'>[];
	context?: Pick<ResolvedContext, 'host' | 'role'> | { host?: string; role?: 'server' | 'client' };
	/** The report's analysed connection strings: their hosts and corrected URI. */
	connections?: readonly Pick<ConnectionReport, 'analysis'>[];
	/** The report's chains: a missing issuer and its AIA URL. */
	chains?: readonly Pick<ChainAnalysis, 'missingIntermediate' | 'rootNotSupplied'>[];
}

/** Everything the report knows that a remedy can use. Pure and cheap: safe to call on every change. */
export function collectRemedyFacts({ items = [], diagnoses = [], context = {}, connections = [], chains = [] }: FactSources): RemedyFacts {
	const facts: RemedyFacts = {};
	const diagnosisFacts: Facts[] = diagnoses.map((d) => d.facts);

	const analysed = connections.flatMap((c) =>
		c.analysis.hosts
			.filter((h) => h.kind !== 'unix-socket')
			.map((h) => (h.port !== undefined ? { host: h.host, port: h.port } : { host: h.host }))
	);
	const refused: RefusedValue[] = [];
	const refuse = (what: string, value: string, why: string, placeholder: string) => {
		if (!refused.some((r) => r.value === value && r.what === what)) refused.push({ what, value, why, placeholder });
	};
	// The peer of a server log is a client: its address is never a host to connect to.
	const vantages = diagnosisFacts.map((f) => f.vantage).filter((v): v is TextVantage => v?.writer === 'server');
	const peers = new Set(vantages.flatMap((v) => v.peers ?? []).map((p) => p.host.toLowerCase()));
	const named = diagnosisFacts.flatMap((f) => f.hosts ?? []).filter((h) => !peers.has(h.host.toLowerCase()));
	const hosts = [...named, ...analysed, ...items.flatMap(connectionStringHosts)];
	const sClient = items.find((i) => i.kind === 's-client');
	const sClientHost = sClient?.kind === 's-client' ? sClient.transcript.host : undefined;
	// The host the person typed wins; if it is not a host, nothing else stands in for it silently.
	const candidates = context.host !== undefined ? [context.host] : [...hosts.map((h) => h.host), ...(sClientHost ? [sClientHost] : [])];
	let host: string | undefined;
	let typedPort: number | undefined;
	for (const candidate of candidates) {
		const checked = checkHost(candidate);
		if (checked.ok) {
			host = checked.host;
			typedPort = checked.port;
			break;
		}
		refuse(context.host !== undefined ? 'the host you gave' : 'the host in your input', candidate, checked.why, HOST_PLACEHOLDER);
	}
	if (host) facts.host = host;
	const port =
		typedPort ??
		hosts.find((h) => h.host.toLowerCase() === host && h.port !== undefined)?.port ??
		(sClient?.kind === 's-client' && sClientHost?.toLowerCase() === host ? sClient.transcript.port : undefined);
	if (isPort(port)) facts.port = port;

	const python = diagnosisFacts.map((f) => f.pythonVersion ?? f.pythonVersionHint).find((v) => typeof v === 'string');
	if (typeof python === 'string' && /^\d+\.\d+/.test(python)) facts.pythonVersion = /^\d+\.\d+/.exec(python)![0];

	const role = context.role ?? 'server';
	const leaves = items.flatMap((i) => (i.kind === 'certificate' && !i.certificate.isCA ? [i.certificate] : []));
	if (role === 'server' && leaves[0]) {
		const sans = leaves[0].subjectAltNames.filter((s) => s.type === 'dns' || s.type === 'ip');
		const listed = sans.length ? sans : leaves[0].subject.commonName ? [{ type: 'dns' as const, value: leaves[0].subject.commonName }] : [];
		if (listed.length) facts.certificateNames = listed.map((n) => n.value);
	}
	if (role === 'client' && leaves[0]) facts.clientSubject = leaves[0].subject.rfc2253;
	// Whose certificate the fixes are about is the top diagnosis's reading: a driver's error pasted beside
	// a mongod log is about the server's certificate even when a later diagnosis reads a log line.
	const topVantage = diagnosisFacts[0]?.vantage as TextVantage | undefined;
	const peerRole = topVantage?.writer === 'server' && topVantage.peer !== 'server' ? topVantage.peer : undefined;
	const certificateRole = role === 'client' ? 'client' : (peerRole ?? 'server');
	if (certificateRole !== 'server') facts.certificateRole = certificateRole;
	if (topVantage?.writer === 'server') facts.clockOf = 'server';
	const subject = diagnosisFacts.map((f) => f.subject ?? f.clientSubject).find((v) => typeof v === 'string');
	if (typeof subject === 'string' && !facts.clientSubject) facts.clientSubject = subject;

	if (diagnosisFacts.some((f) => f.atlas === true) || (host !== undefined && /(^|\.)mongodb\.net\.?$/i.test(host))) facts.atlas = true;
	if (
		diagnosisFacts.some((f) => f.documentdb === true) ||
		(host !== undefined && /\.docdb(?:-elastic)?\.amazonaws\.com(?:\.cn)?\.?$/i.test(host))
	)
		facts.documentdb = true;
	const srv =
		diagnosisFacts.map((f) => f.srvHost).find((v) => typeof v === 'string') ??
		connections.find((c) => c.analysis.srv && c.analysis.hosts[0])?.analysis.hosts[0].host ??
		items.map(srvHostOf).find(Boolean);
	if (typeof srv === 'string') {
		const checked = checkHost(srv);
		if (checked.ok && checked.kind === 'dns' && checked.port === undefined) facts.srvHost = checked.host;
		else
			refuse(
				'the mongodb+srv host',
				srv,
				checked.ok ? 'a mongodb+srv:// address is one host name without a port' : checked.why,
				'YOUR_CLUSTER_HOST'
			);
	}
	const option = diagnosisFacts.map((f) => f.optionNamed).find((v) => typeof v === 'string');
	if (typeof option === 'string') facts.optionNamed = option;
	const corrected = connections.map((c) => c.analysis.outputs?.uri).find((u) => u !== undefined);
	if (corrected) facts.correctedUri = corrected;
	// The first string that says where it connects; one the tool could not read says nothing.
	const connection = connections.map((c) => c.analysis.outputs?.connection).find((k) => k && (k.hosts.length || k.hostExpression));
	if (connection) facts.connection = connection;
	const missing = chains.map((c) => c.missingIntermediate).find((m) => m !== undefined);
	if (missing) {
		facts.missingIssuer = {
			name: missing.issuer,
			caIssuers: missing.caIssuers,
			...(missing.authorityKeyId ? { keyId: missing.authorityKeyId } : {})
		};
	}
	const root = chains.map((c) => c.rootNotSupplied?.root).find((r) => r !== undefined);
	if (root) facts.rootToTrust = root;
	if (items.some((i) => i.kind === 's-client' && i.transcript.chain.length > 0)) facts.supplied = { serverChain: true };
	if (refused.length) facts.refused = refused;
	return checkedFacts(facts);
}

/**
 * The facts as steps may use them: every host, name and number checked again, whoever built the
 * facts (the page re-renders remedies from a report, and tests hand facts in directly). Whatever
 * does not pass is left out and listed in `refused` with the reason. Idempotent and cheap.
 */
export function checkedFacts(facts: RemedyFacts): RemedyFacts {
	const out: RemedyFacts = { ...facts };
	const refused: RefusedValue[] = [...(facts.refused ?? [])];
	const refuse = (what: string, value: string, why: string, placeholder: string) => {
		if (!refused.some((r) => r.value === value && r.what === what)) refused.push({ what, value, why, placeholder });
	};
	if (facts.host !== undefined) {
		const checked = checkHost(facts.host);
		if (checked.ok) out.host = checked.host;
		else {
			delete out.host;
			refuse('the host', facts.host, checked.why, HOST_PLACEHOLDER);
		}
	}
	if (facts.port !== undefined && !isPort(facts.port)) delete out.port;
	if (facts.srvHost !== undefined) {
		const checked = checkHost(facts.srvHost);
		if (checked.ok && checked.kind === 'dns' && checked.port === undefined) out.srvHost = checked.host;
		else {
			delete out.srvHost;
			const why = checked.ok ? 'a mongodb+srv:// address is one host name without a port' : checked.why;
			refuse('the mongodb+srv host', facts.srvHost, why, 'YOUR_CLUSTER_HOST');
		}
	}
	if (facts.certificateNames) {
		const names: string[] = [];
		for (const n of facts.certificateNames) {
			const why = parseIp(n) ? undefined : certificateNameFault(n);
			if (why) refuse('a name in the certificate', n, why, 'NAME_ON_CERTIFICATE');
			else names.push(parseIp(n) ? n : n.toLowerCase());
		}
		if (names.length) out.certificateNames = names;
		else delete out.certificateNames;
		for (const r of refused) if (r.placeholder === 'NAME_ON_CERTIFICATE' && names.length) r.alongside = names;
	}
	if (facts.pythonVersion !== undefined && !/^\d{1,2}\.\d{1,3}$/.test(facts.pythonVersion)) delete out.pythonVersion;
	if (facts.certificateRole !== undefined && !['server', 'client', 'member'].includes(facts.certificateRole)) delete out.certificateRole;
	if (facts.clockOf !== undefined && facts.clockOf !== 'client' && facts.clockOf !== 'server') delete out.clockOf;
	// An option name is one word: anything else came from a misread text and is not shown.
	if (facts.optionNamed !== undefined && !/^[A-Za-z_][\w.-]{0,63}$/.test(facts.optionNamed)) delete out.optionNamed;
	if (facts.correctedUri !== undefined && !isConnectionStringText(facts.correctedUri)) delete out.correctedUri;
	if (facts.connection !== undefined) {
		// A host that fails is not quoted back: in a misread string it can be part of a password.
		// The steps then read MONGODB_URI, and say what it is.
		const connection = checkedConnection(facts.connection);
		if (connection) out.connection = connection;
		else delete out.connection;
	}
	if (facts.missingIssuer?.keyId !== undefined && !/^[0-9a-f]+$/i.test(facts.missingIssuer.keyId)) {
		const { keyId: _drop, ...rest } = facts.missingIssuer;
		out.missingIssuer = rest;
	}
	if (refused.length) out.refused = refused;
	return out;
}

// Option names are the doctor's canonical spellings; anything else did not come from it.
const OPTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * The connection with every host checked like any other host (a report can come from a shared
 * link); unknown option names dropped. A host that fails refuses the whole connection, since
 * writing the rest of the seed list without it would change the topology.
 */
function checkedConnection(connection: PersonConnection): PersonConnection | undefined {
	const hosts = [];
	for (const h of connection.hosts) {
		if (h.kind === 'unix-socket') return undefined;
		const checked = checkHost(h.host);
		if (!checked.ok || checked.port !== undefined || (h.port !== undefined && !isPort(h.port))) return undefined;
		hosts.push({ host: checked.host, kind: checked.kind, ...(h.port !== undefined ? { port: h.port } : {}) });
	}
	if (connection.srv && (hosts.length !== 1 || hosts[0].kind !== 'dns')) return undefined;
	return { ...connection, hosts, options: connection.options.filter((o) => OPTION_NAME.test(o.name)) };
}

/** Why a DNS name from a certificate cannot be written into a step: malformed, or a wildcard no client matches. */
function certificateNameFault(name: string): string | undefined {
	if (name.includes('\u0000')) return 'it hides a NUL byte';
	const why = dnsNameFault(name) ?? wildcardFault(name);
	if (why) return why;
	const bare = name.startsWith('*.') ? name.slice(2) : name;
	const checked = checkHost(bare);
	return checked.ok && checked.port === undefined ? undefined : checked.ok ? 'it is not a host name' : checked.why;
}

const isConnectionStringText = (text: string): boolean => /^mongodb(?:\+srv)?:\/\/[A-Za-z0-9\-._~%!$&'()*+,;=:@[\]/?]*$/.test(text);

// mongodb+srv://user:****@cluster0.abcde.mongodb.net/db?opts → cluster0.abcde.mongodb.net
const SRV = /^mongodb\+srv:\/\/(?:[^@/]*@)?([^/?,:]+)/i;
// mongodb://user:****@a:27017,b:27017/db → a:27017, b:27017
const PLAIN = /^mongodb:\/\/(?:[^@/]*@)?([^/?]+)/i;

function srvHostOf(item: Item): string | undefined {
	return item.kind === 'connection-string' ? SRV.exec(item.redacted)?.[1]?.toLowerCase() : undefined;
}

function connectionStringHosts(item: Item): { host: string; port?: number }[] {
	if (item.kind !== 'connection-string') return [];
	const srv = srvHostOf(item);
	if (srv) return [{ host: srv }];
	const list = PLAIN.exec(item.redacted)?.[1];
	if (!list) return [];
	return list.split(',').flatMap((hp) => {
		const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hp.trim());
		if (!m) return [];
		const host = m[1].replace(/^\[|\]$/g, '').toLowerCase();
		return [m[2] ? { host, port: Number(m[2]) } : { host }];
	});
}
