/**
 * Each server's own error, diagnosed on its own. A driver that gives up on server selection wraps
 * the last error of every server it tried (servers.ts); a replica set can fail differently per
 * member (one with an untrusted certificate, one down), and a reader of the whole text would rank
 * the two causes against each other instead of saying which server has which.
 */

import type { DiagnosisId } from './vocabulary';
import type { ServerError } from './servers';

export interface ServerReading {
	/** host:port as the driver printed it. */
	address: string;
	/** The driver's view of the server (Unknown, RSPrimary, …). */
	type?: string;
	/** The top diagnosis of this server's own error. */
	diagnosis: DiagnosisId;
	title: string;
}

/** Reads a server's error: its top diagnosis, or none. */
export type ReadOne = (text: string) => { id: DiagnosisId; title: string } | undefined;

const addressOf = (s: ServerError) => (s.port === undefined ? s.host : `${s.host.includes(':') ? `[${s.host}]` : s.host}:${s.port}`);

/**
 * The reading of every server that has an error, when there are at least two: with one, the
 * whole text's diagnosis is that server's. The address leads the error text, so the server's own
 * host is a fact of its reading, as in PyMongo's "host:port: error".
 */
export function readServers(servers: readonly ServerError[] | undefined, readOne: ReadOne): ServerReading[] {
	const failing = (servers ?? []).filter((s) => s.error);
	if (failing.length < 2) return [];
	const out: ServerReading[] = [];
	for (const server of failing) {
		const address = addressOf(server);
		const top = readOne(server.framed ?? `${address}: ${server.error}`);
		if (!top) continue;
		out.push({ address, ...(server.type ? { type: server.type } : {}), diagnosis: top.id, title: top.title });
	}
	return out;
}

/** Do the servers fail for different reasons? */
export const serversDiffer = (readings: readonly ServerReading[]) => new Set(readings.map((r) => r.diagnosis)).size > 1;
