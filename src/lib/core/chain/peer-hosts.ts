/**
 * Which host names a server certificate has to match. Usually the host the person typed. With
 * mongodb+srv:// it is not the SRV name at all: the driver looks up _mongodb._tcp.NAME, connects
 * to each host the SRV record returns, and checks each server's certificate against that host
 * (MongoDB Initial DNS Seedlist Discovery spec). The targets are only known when something
 * pasted names them: error text listing the members, an s_client transcript, a mongodb:// string.
 */

import type { ResolvedContext } from '../model/context';
import type { ConnectionReport } from '../model/connection';
import { normalizeHost } from '../names/dns';

export interface SrvName {
	/** The SRV name from a mongodb+srv:// string. */
	name: string;
	/** The connection-string item it came from. */
	itemId: string;
	/** Hosts seen elsewhere in the input under the same parent domain: the likely SRV targets. */
	targets: string[];
}

/** The domain SRV targets must share with the SRV name (the spec requires the targets to end with it). */
export function srvParentDomain(name: string): string {
	const labels = normalizeHost(name).split('.');
	return labels.slice(1).join('.');
}

/**
 * The SRV names among the analysed connection strings, each with the hosts that are likely its
 * targets: `hostsSeen` are the hosts named elsewhere in the input (error text, s_client), which
 * analyze() gathers, since reading error text is a later stage's work.
 */
export function srvNames(connections: readonly ConnectionReport[], hostsSeen: readonly string[]): SrvName[] {
	const seen = [...hostsSeen];
	const out: SrvName[] = [];
	const srv: { name: string; itemId: string }[] = [];
	for (const { item, analysis } of connections) {
		if (analysis.srv && analysis.hosts[0]) srv.push({ name: normalizeHost(analysis.hosts[0].host), itemId: item });
		else seen.push(...analysis.hosts.filter((h) => h.kind === 'dns').map((h) => h.host));
	}
	for (const { name, itemId } of srv) {
		const parent = srvParentDomain(name);
		const targets = [...new Set(seen.map(normalizeHost))].filter((h) => h !== name && parent.includes('.') && h.endsWith(`.${parent}`));
		out.push({ name, itemId, targets });
	}
	return out;
}

/** The SRV name entry the context host is, if it is one. */
export function srvNameFor(host: string | undefined, names: readonly SrvName[]): SrvName | undefined {
	if (!host) return undefined;
	const h = normalizeHost(host);
	return names.find((n) => n.name === h);
}

/**
 * The host the chain validation checks the leaf against: the context host, or for an SRV name
 * its first known target (each target has its own check in host.srv-targets). Undefined when the
 * certificate is a client's, or when only the SRV name is known.
 */
export function chainPeerHost(names: readonly SrvName[], context: ResolvedContext): string | undefined {
	if (context.role !== 'server' || !context.host) return undefined;
	const srv = srvNameFor(context.host, names);
	if (srv) return srv.targets[0];
	return context.host;
}
