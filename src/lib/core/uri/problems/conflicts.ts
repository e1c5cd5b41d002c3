/**
 * Combinations the drivers refuse before connecting. The rule list is the URI options spec's
 * "Conflicting TLS options"; which client refuses which pair was checked against PyMongo 3.11
 * (uri_parser._handle_security_options, run in tests/unit/uri/pymongo-rejects.test.ts), PyMongo 4
 * (pymongo/uri_parser_shared.py, same function) and the Node driver 7 (checkTLSOptions and the
 * tls/ssl check in lib/connection_string.js).
 */

import type { ClientId, UriProblem } from '../../model/connection';
import { knownBoolean } from '../option-values';
import { URI_IDS, clientList, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION = 'MongoDB URI Options spec, "Conflicting TLS options"; pymongo/uri_parser.py _handle_security_options';

const IMPLIED_BY_INSECURE: { name: string; legacy?: string; node: boolean }[] = [
	{ name: 'tlsAllowInvalidCertificates', legacy: 'ssl_cert_reqs', node: true },
	{ name: 'tlsAllowInvalidHostnames', legacy: 'ssl_match_hostname', node: true },
	{ name: 'tlsDisableOCSPEndpointCheck', node: false }
];

function written(ctx: ProblemContext, name: string): string | undefined {
	return ctx.settings.get(name)?.option.written;
}

function pair(a: string, b: string, clients: ClientId[], detail: string): UriProblem {
	return problem(URI_IDS.conflictingTlsOptions, 'error', `${a} and ${b} cannot be used together`, detail, {
		rejectedBy: clients,
		citation: CITATION,
		evidence: [`PyMongo: "URI options ${a} and ${b} cannot be specified simultaneously."`]
	});
}

export function conflictingTlsOptions(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	const insecure = written(ctx, 'tlsInsecure');
	if (insecure) {
		for (const implied of IMPLIED_BY_INSECURE) {
			const name = written(ctx, implied.name) ?? (implied.legacy ? written(ctx, implied.legacy) : undefined);
			if (!name) continue;
			const isLegacy = name.toLowerCase() === implied.legacy;
			const clients: ClientId[] = isLegacy ? ['pymongo-3'] : ['pymongo-3', 'pymongo-4', ...(implied.node ? (['node'] as const) : [])];
			out.push(
				pair(
					insecure,
					name,
					clients,
					`tlsInsecure already sets ${implied.name} for you, so giving both (with any values, even false) is refused by ${clientList(clients)} ` +
						'before any connection is attempted. Keep one of them — and preferably neither: fix the certificate problem instead of switching verification off.'
				)
			);
		}
	}
	const allowCerts = written(ctx, 'tlsAllowInvalidCertificates') ?? written(ctx, 'ssl_cert_reqs');
	const ocsp = written(ctx, 'tlsDisableOCSPEndpointCheck');
	if (allowCerts && ocsp) {
		out.push(
			pair(
				allowCerts,
				ocsp,
				allowCerts.toLowerCase() === 'ssl_cert_reqs' ? ['pymongo-3'] : ['pymongo-3', 'pymongo-4'],
				'With tlsAllowInvalidCertificates=true PyMongo already skips OCSP endpoint checks, and with false it wants them decided in one place; ' +
					'PyMongo refuses the pair whatever the values. Remove tlsDisableOCSPEndpointCheck.'
			)
		);
	}
	const tls = ctx.settings.get('tls');
	const ssl = ctx.settings.get('ssl');
	if (tls && ssl) {
		const a = knownBoolean(tls.option.value);
		const b = knownBoolean(ssl.option.value);
		if (a !== undefined && b !== undefined && a !== b) {
			out.push(
				problem(
					URI_IDS.conflictingTlsOptions,
					'error',
					`${tls.option.written} and ${ssl.option.written} disagree`,
					`ssl is the old name of tls, so ${tls.option.written}=${a} and ${ssl.option.written}=${b} contradict each other. ` +
						'Every driver refuses this (PyMongo: "Can not specify conflicting values for URI options ssl and tls", Node: "All values of tls/ssl must be the same"). ' +
						'Keep only tls.',
					{ rejectedBy: ['pymongo-3', 'pymongo-4', 'node'], citation: CITATION }
				)
			);
		}
	}
	return out;
}
