/**
 * What the error text told us, in words a ticket reader knows: "Python 3.11", "Atlas: yes",
 * "OpenSSL verify error 19: self-signed certificate in certificate chain". The diagnose stage's
 * fact names are internal (sslCLine, opensslReason, pythonVersionHint); a fact without a label
 * here is working data for the ranking and is not shown.
 */

import { CLIENT_OPTIONS, OS_OPTIONS, PYTHON_OPTIONS } from '../model/environment';
import type { Facts } from '../model/report';
import { showInvisibleInProse } from '../x509/invisible-characters';

export interface FactLine {
	label: string;
	value: string;
}

const labelOf = (options: readonly { id: string; label: string }[], id: unknown) =>
	typeof id === 'string' ? (options.find((o) => o.id === id)?.label ?? id) : undefined;

const CHAIN_TRUST: Record<string, string> = {
	public: 'a public root (in every stock trust store)',
	private: 'a private CA (only your own systems trust it)',
	'self-signed': 'itself (a self-signed certificate)',
	unknown: 'a root that could not be told from what was pasted'
};

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function factLines(facts: Facts): FactLine[] {
	const out: FactLine[] = [];
	// Values come from the text (host names, a certificate's CN): a right-to-left override or a
	// zero-width space in them is written out, as everywhere else the report names things.
	const add = (label: string, value: string | undefined) => {
		if (value) out.push({ label, value: showInvisibleInProse(value) });
	};
	const hosts = (facts.hosts ?? []).map((h) => (h.port ? `${h.host}:${h.port}` : h.host));
	if (hosts.length) add(hosts.length === 1 ? 'Host' : 'Hosts', hosts.join(', '));
	const vantage = facts.vantage as { writer?: string; summary?: string } | undefined;
	if (vantage?.writer === 'server') add('Written by', str(vantage.summary) ?? 'a MongoDB server log: the peer in it is the client');
	else if (facts.serverLog === true) add('Written by', 'a MongoDB server (mongod or mongos) log: the peer in it is the client');
	const client = labelOf(CLIENT_OPTIONS, facts.client);
	add('Client', client && str(facts.clientVersion) ? `${client} ${facts.clientVersion}` : client);
	add('Python', str(facts.pythonVersion) ?? str(facts.pythonVersionHint));
	add('Python from', labelOf(PYTHON_OPTIONS, facts.pythonOrigin));
	add('Node.js', str(facts.nodeVersion));
	add('Operating system', labelOf(OS_OPTIONS, facts.os));
	if (facts.atlas === true) add('MongoDB Atlas', 'yes (an Atlas host name)');
	const code = typeof facts.verifyCode === 'number' ? ` (OpenSSL verify code ${facts.verifyCode})` : '';
	add('Certificate check', str(facts.verifyError) ? `${facts.verifyError}${code}` : undefined);
	add('TLS library reason', str(facts.verifyError) ? undefined : str(facts.opensslReason));
	const options =
		facts.tlsOptions && typeof facts.tlsOptions === 'object' ? Object.entries(facts.tlsOptions as Record<string, unknown>) : [];
	add('TLS options in the text', options.map(([k, v]) => `${k}=${String(v)}`).join(', '));
	add('Names in the server’s certificate', strings(facts.peerNames).join(', '));
	// Each server's own error, read on its own: a replica set can fail differently per member.
	const readings = Array.isArray(facts.serverReadings) ? (facts.serverReadings as { address: string; title: string }[]) : [];
	add('Each server', readings.map((r) => `${r.address}: ${r.title}`).join('; '));
	add('Servers with this error', strings(facts.serversWithThis).join(', '));
	add('The certificates lead to', typeof facts.chainTrust === 'string' ? CHAIN_TRUST[facts.chainTrust] : undefined);
	return out;
}
