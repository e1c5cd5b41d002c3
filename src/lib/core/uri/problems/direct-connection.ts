/**
 * directConnection. The URI options spec requires drivers to refuse directConnection=true with
 * several hosts or with mongodb+srv:// (PyMongo: "Cannot specify multiple hosts with
 * directConnection=true"; Node: "directConnection option requires exactly one host", "SRV URI does
 * not support directConnection"). Without it, a driver given one member of a replica set goes on to
 * connect to every member under the names in the replica set configuration — and each of those
 * names, not the one typed, must be in that member's certificate.
 */

import type { UriProblem } from '../../model/connection';
import { knownBoolean } from '../option-values';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION =
	'MongoDB URI Options spec, "directConnection URI option with multiple seeds or SRV URI"; Server Discovery and Monitoring spec';

export function directConnection(ctx: ProblemContext): UriProblem[] {
	const r = ctx.settings.get('directConnection');
	const direct = r ? knownBoolean(r.option.value) : undefined;
	const { hosts, srv } = ctx.parsed;
	if (direct === true && srv) {
		return [
			problem(
				URI_IDS.directConnection,
				'error',
				'directConnection=true cannot be used with mongodb+srv://',
				'An SRV name can stand for several servers, so a direct connection to one of them is refused by every driver. Remove directConnection, or use mongodb://host:port for one server.',
				{
					rejectedBy: ['pymongo-3', 'pymongo-4', 'node'],
					citation: CITATION
				}
			)
		];
	}
	if (direct === true && hosts.length > 1) {
		return [
			problem(
				URI_IDS.directConnection,
				'error',
				'directConnection=true with more than one host',
				'A direct connection goes to exactly one server; with several hosts every driver refuses it. Remove directConnection or keep one host.',
				{
					rejectedBy: ['pymongo-3', 'pymongo-4', 'node'],
					citation: CITATION,
					evidence: hosts.map((h) => h.host)
				}
			)
		];
	}
	const single = hosts.length === 1 && !srv && hosts[0].kind !== 'unix-socket';
	if (!single || direct !== undefined || ctx.tls.enabled === false || ctx.settings.has('loadBalanced')) return [];
	const h = hosts[0];
	if (h.kind === 'dns' && h.host !== 'localhost' && !ctx.settings.has('replicaSet')) return [];
	return [
		problem(
			URI_IDS.directConnection,
			'info',
			`If ${h.host} is a replica-set member, the driver will also connect to the other members by their configured names`,
			'Given one host, the driver asks it for the replica set’s members and then connects to each under the name in rs.conf() — not the address typed here. ' +
				'Each of those names must resolve from this machine and appear in that member’s certificate. To talk to just this one server, add directConnection=true.',
			{ citation: CITATION, evidence: [h.host], remedies: ['connect-with-listed-name', 'fix-dns-or-hosts'] }
		)
	];
}
