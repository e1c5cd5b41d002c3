/**
 * CRL checking and its neighbours. PyMongo refuses tlsCRLFile together with any option that
 * switches verification or OCSP off (uri_parser._handle_security_options, "URI option %s=True
 * cannot be specified when CRL checking is enabled"): the check compares with `is True`, so it only
 * fires on real booleans — PyMongo 3.11 turns tlsAllowInvalidCertificates into ssl.CERT_NONE first
 * and so lets that one through, PyMongo 4 does not. With the pymongo[ocsp] extra installed PyMongo
 * uses PyOpenSSL and refuses tlsCRLFile outright (ssl_support.get_ssl_context): CRLs and OCSP
 * cannot be used together (seed 000).
 */

import type { ClientId, UriProblem } from '../../model/connection';
import { knownBoolean } from '../option-values';
import { URI_IDS, clientList, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION =
	'Seed 000 (CRL and OCSP cannot be used together); pymongo/uri_parser.py _handle_security_options; pymongo/ssl_support.py get_ssl_context';

const BLOCKERS: { name: string; clients: ClientId[]; why: string }[] = [
	{
		name: 'tlsInsecure',
		clients: ['pymongo-3', 'pymongo-4'],
		why: 'turns certificate verification off, so the CRL would never be consulted'
	},
	{
		name: 'tlsAllowInvalidCertificates',
		clients: ['pymongo-4'],
		why: 'turns certificate verification off, so the CRL would never be consulted (PyMongo 3.11 happens to let this pair through)'
	},
	{
		name: 'tlsDisableOCSPEndpointCheck',
		clients: ['pymongo-3', 'pymongo-4'],
		why: 'is an OCSP setting, and CRL checking and OCSP are exclusive'
	}
];

export function crlWithOcsp(ctx: ProblemContext): UriProblem[] {
	const crl = ctx.settings.value('tlsCRLFile');
	if (!crl || ctx.tls.crlFile === undefined) return [];
	const out: UriProblem[] = [];
	for (const blocker of BLOCKERS) {
		const r = ctx.settings.get(blocker.name);
		if (!r || knownBoolean(r.option.value) !== true) continue;
		out.push(
			problem(
				URI_IDS.crlWithOcsp,
				'error',
				`${crl.written} cannot be combined with ${r.option.written}=true`,
				`${r.option.written}=true ${blocker.why}. ${clientList(blocker.clients)} refuse${blocker.clients.length === 1 ? 's' : ''} the pair ` +
					`("URI option ${blocker.name.toLowerCase()}=True cannot be specified when CRL checking is enabled"). ` +
					'Decide which you need: revocation checking with a CRL (then drop the other option), or none.',
				{ rejectedBy: blocker.clients, citation: CITATION }
			)
		);
	}
	if (out.length === 0 && ctx.tls.enabled !== false) {
		out.push(
			problem(
				URI_IDS.crlWithOcsp,
				'info',
				'A CRL is configured: PyMongo then cannot use OCSP',
				'PyMongo checks the server certificate against this CRL only when it uses Python’s ssl module. If pymongo[ocsp] is installed, ' +
					'PyMongo uses PyOpenSSL and refuses tlsCRLFile ("tlsCRLFile cannot be used with PyOpenSSL"), because CRLs and OCSP cannot be used together. ' +
					'The CRL must come from the CA that issued the server certificate and be current: a CRL past its next update date makes every connection fail. ' +
					'Only the server’s own certificate is looked up in it (OpenSSL VERIFY_CRL_CHECK_LEAF).',
				{ citation: CITATION, evidence: [`${crl.written}=${ctx.tls.crlFile}`], remedies: ['refresh-crl'] }
			)
		);
	}
	return out;
}
