/**
 * TLS that is on only because PyMongo infers it. PyMongo turns TLS on when tlsCAFile,
 * tlsCertificateKeyFile, tlsCRLFile or a key password is set, or an allow-* option is false
 * (pymongo/client_options.py _parse_ssl_options, "Implicitly enable TLS when one of the tls*
 * options is set"). The Node driver does not: it uses TLS only when tls is true
 * (lib/cmap/connect.js, `options.tls ?? false`), so the same string makes mongosh and Compass
 * connect in plain text.
 */

import type { UriProblem } from '../../model/connection';
import { tlsEnablingOptions } from '../effective-tls';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

export function tlsImplied(ctx: ProblemContext): UriProblem[] {
	if (ctx.tls.enabled !== true || ctx.parsed.srv) return [];
	if (ctx.settings.has('tls') || ctx.settings.has('ssl')) return [];
	const enabling = tlsEnablingOptions(ctx.settings);
	if (enabling.length === 0) return [];
	return [
		problem(
			URI_IDS.tlsImplied,
			'warning',
			'TLS is on in PyMongo only because of other TLS options; the Node driver, mongosh and Compass would not use TLS',
			`PyMongo reads ${enabling.join(', ')} as a request for TLS. The Node driver (and so mongosh and Compass) uses TLS only when tls=true is set, ` +
				'so the same connection string connects there without encryption and a TLS-only server closes the connection. Add tls=true to say what you mean everywhere.',
			{
				citation: 'pymongo/client_options.py _parse_ssl_options; mongodb (Node) lib/cmap/connect.js',
				evidence: enabling,
				remedies: ['enable-tls-in-client']
			}
		)
	];
}
