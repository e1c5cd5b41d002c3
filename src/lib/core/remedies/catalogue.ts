/**
 * The remedy catalogue: every family of remedies, one file each under families/. Every remedy id a
 * check or a diagnosis names must be here (tests/unit/report/remedies.test.ts enforces it).
 */

import { chain } from './families/chain';
import { clientCert } from './families/client-cert';
import { credentials } from './families/credentials';
import { hostname } from './families/hostname';
import { insecure } from './families/insecure';
import { network } from './families/network';
import { privateCa } from './families/private-ca';
import { protocol } from './families/protocol';
import { renegotiation } from './families/renegotiation';
import { revocation } from './families/revocation';
import { server } from './families/server';
import { systemRoots } from './families/system-roots';
import { uri } from './families/uri';
import { validity } from './families/validity';
import { x509Auth } from './families/x509-auth';
import type { RemedyTemplate } from './remedy';

export const FAMILIES: Readonly<Record<string, readonly RemedyTemplate[]>> = {
	systemRoots,
	privateCa,
	chain,
	hostname,
	validity,
	protocol,
	renegotiation,
	revocation,
	clientCert,
	server,
	x509Auth,
	credentials,
	network,
	uri,
	insecure
};

function index(families: Readonly<Record<string, readonly RemedyTemplate[]>>): ReadonlyMap<string, RemedyTemplate> {
	const map = new Map<string, RemedyTemplate>();
	for (const [family, templates] of Object.entries(families)) {
		for (const t of templates) {
			if (map.has(t.id)) throw new Error(`Remedy id ${t.id} is defined twice (again in ${family})`);
			map.set(t.id, t);
		}
	}
	return map;
}

export const REMEDIES: ReadonlyMap<string, RemedyTemplate> = index(FAMILIES);
