/**
 * A key password without a key file. Neither PyMongo nor the Node driver refuses it (checked with
 * PyMongo 3.11 and the Node driver 7 in tests/unit/uri/pymongo-rejects.test.ts): the password is
 * simply never used, which usually means the client certificate option was forgotten or misspelled.
 */

import type { UriProblem } from '../../model/connection';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

export function keyPasswordWithoutKey(ctx: ProblemContext): UriProblem[] {
	const password = ctx.settings.value('tlsCertificateKeyFilePassword');
	if (!password || !ctx.tls.certificateKeyFilePassword || ctx.tls.certificateKeyFile) return [];
	return [
		problem(
			URI_IDS.keyPasswordWithoutKey,
			'warning',
			`${password.written} is set but there is no tlsCertificateKeyFile`,
			'The password only decrypts the private key in tlsCertificateKeyFile, and no such file is given, so it is never used. Drivers accept this silently. ' +
				'If the server asks for a client certificate, add tlsCertificateKeyFile pointing at one PEM file holding the certificate and its (encrypted) key; ' +
				'otherwise remove the password.',
			{
				citation: 'pymongo/client_options.py _parse_ssl_options; seed 000 (Client certificates)',
				evidence: [`${password.written}=****`],
				remedies: ['provide-client-certificate', 'combine-key-and-cert']
			}
		)
	];
}
