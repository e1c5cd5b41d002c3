/**
 * PyMongo 3's ssl_* option names (and j, wtimeout). PyMongo 3.9–3.12 accept them with a
 * DeprecationWarning; PyMongo 4 removed them ("Unknown option ssl_cert_reqs"), and the Node driver
 * never knew the ssl_* ones. Source: pymongo 3.11 common.py URI_OPTIONS_DEPRECATION_MAP.
 */

import type { ClientId, UriProblem } from '../../model/connection';
import { translateLegacy } from '../legacy-options';
import { textOf } from '../parsed';
import { URI_IDS, clientList, problem } from '../problem';
import type { ProblemContext } from './context';

export function legacyOptions(ctx: ProblemContext): UriProblem[] {
	const legacy = ctx.settings.all.filter(
		(r) => r.spec !== undefined && !r.spec.clients.includes('pymongo-4') && (r.spec.aliasOf !== undefined || r.spec.name === 'ssl_keyfile')
	);
	if (legacy.length === 0) return [];
	const lines = legacy.map((r) => translateLegacy(r.option.written, r.option.value)?.note ?? r.option.written);
	const rejecting = new Set<ClientId>(['pymongo-4']);
	if (legacy.some((r) => !r.spec!.clients.includes('node') && r.option.source === 'uri')) rejecting.add('node');
	const names = legacy.map((r) => `${r.option.written}=${textOf(r.option.value)}`);
	return [
		problem(
			URI_IDS.legacyOption,
			'warning',
			`PyMongo 3 option name${legacy.length > 1 ? 's' : ''}: ${legacy.map((r) => r.option.written).join(', ')}`,
			`PyMongo 3.9 renamed these and PyMongo 4 removed them, so ${clientList([...rejecting])} refuse${rejecting.size === 1 ? 's' : ''} them as unknown options. ` +
				`The corrected settings use the current names: ${lines.join('; ')}.`,
			{
				rejectedBy: [...rejecting],
				citation: 'pymongo 3.11 common.py URI_OPTIONS_DEPRECATION_MAP; PyMongo 4.0 migration guide (ssl_* options removed)',
				evidence: names.map((n) => (/(pem_passphrase)/i.test(n) ? n.replace(/=.*/, '=****') : n))
			}
		)
	];
}
