/** Every output for one set of corrected settings. */

import type { CorrectedSettings } from '../correct';
import type { ConnectionStringOutputs } from '../../model/connection';
import { compassFields } from './compass';
import { mongoshCommand } from './mongosh';
import { nodeOutput } from './node';
import { pythonSnippet } from './python';
import { buildUri, portable } from './uri';

export function buildOutputs(c: CorrectedSettings): ConnectionStringOutputs {
	const uri = buildUri(c, { password: 'placeholder', tls: true, include: portable });
	const { changes: _changes, ...connection } = c;
	return {
		connection,
		...(uri !== undefined ? { uri } : {}),
		python: pythonSnippet(c),
		node: nodeOutput(c),
		mongosh: mongoshCommand(c),
		compass: compassFields(c)
	};
}
