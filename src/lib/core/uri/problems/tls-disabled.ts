/**
 * TLS switched off. With tls=false PyMongo refuses any option that only makes sense with TLS
 * ("TLS has not been enabled but the following tls parameters have been set",
 * pymongo/client_options.py _parse_ssl_options; PyMongo 3 says "ssl has not been enabled"), while
 * the Node driver accepts the string and silently ignores those options. Without any TLS setting
 * at all the connection is plain TCP, which a server started with requireTLS closes at once.
 */

import type { UriProblem } from '../../model/connection';
import { tlsEnablingOptions } from '../effective-tls';
import { knownBoolean } from '../option-values';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION = 'pymongo/client_options.py _parse_ssl_options; seed 001 (Enable TLS)';
const INERT_FLAGS = ['tlsAllowInvalidCertificates', 'tlsAllowInvalidHostnames', 'tlsInsecure', 'tlsDisableOCSPEndpointCheck'];

export function tlsDisabled(ctx: ProblemContext): UriProblem[] {
	if (ctx.tls.enabled !== false) return [];
	const explicit = ctx.settings.get('tls') ?? ctx.settings.get('ssl');
	const explicitOff = explicit !== undefined && knownBoolean(explicit.option.value) === false;
	const enabling = tlsEnablingOptions(ctx.settings);
	if (explicitOff && enabling.length > 0) {
		return [
			problem(
				URI_IDS.tlsDisabled,
				'error',
				`${explicit.option.written}=false, yet TLS options are set`,
				`${enabling.join(', ')} only mean something over TLS. PyMongo refuses the combination ("TLS has not been enabled but the following tls ` +
					'parameters have been set"); the Node driver, mongosh and Compass accept it and quietly connect without TLS, ignoring them. ' +
					'If the server uses TLS, set tls=true; if it really does not, remove the TLS options.',
				{ rejectedBy: ['pymongo-3', 'pymongo-4'], citation: CITATION, evidence: [`${explicit.option.written}=false`, ...enabling] }
			)
		];
	}
	if (ctx.parsed.srv && explicitOff) return []; // uri.srv-implies-tls explains this case.
	const inert = INERT_FLAGS.map((n) => ctx.settings.get(n)).filter((r) => r !== undefined && knownBoolean(r.option.value) === true);
	const inertNote = inert.length
		? ` ${inert.map((r) => r!.option.written).join(', ')} ${inert.length === 1 ? 'has' : 'have'} no effect without TLS.`
		: '';
	if (explicitOff) {
		return [
			problem(
				URI_IDS.tlsDisabled,
				'info',
				'TLS is switched off',
				`${explicit.option.written}=false makes the client connect without encryption. A server that requires TLS (net.tls.mode requireTLS, ` +
					`and every Atlas cluster) closes such connections straight away, which clients report as a reset or closed connection.${inertNote}`,
				{ citation: CITATION, evidence: [`${explicit.option.written}=false`], remedies: ['enable-tls-in-client', 'match-tls-setting'] }
			)
		];
	}
	return [
		problem(
			URI_IDS.tlsDisabled,
			'info',
			'Nothing in this connection string turns TLS on',
			'Without tls=true (or mongodb+srv://, or a TLS option PyMongo reads as a request for TLS) the client connects without encryption. ' +
				`If the server requires TLS the connection is closed as soon as it opens.${inertNote}`,
			{ citation: CITATION, remedies: ['enable-tls-in-client', 'match-tls-setting'] }
		)
	];
}
