/**
 * OPTION_SPECS says which clients know each option. Checked here against the drivers themselves:
 * PyMongo 3.11's URI_OPTIONS_VALIDATOR_MAP (Debian's python3-pymongo) and the npm mongodb 7
 * driver's OPTIONS table. (PyMongo 4 is not installed here; its column follows its source.)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OPTION_SPECS } from '../../../src/lib/core/uri/option-specs';
import { HAVE_PYMONGO, PYTHON } from '../remedies/tools';

const require = createRequire(import.meta.url);

describe('OPTION_SPECS', () => {
	it.skipIf(!HAVE_PYMONGO)('matches what PyMongo 3.11 accepts in a URI', () => {
		const r = spawnSync(PYTHON, ['-c', 'import json, pymongo.common as c; print(json.dumps(sorted(c.URI_OPTIONS_VALIDATOR_MAP)))'], {
			encoding: 'utf8'
		});
		const known = new Set<string>(JSON.parse(r.stdout));
		const wrong = OPTION_SPECS.filter((s) => s.clients.includes('pymongo-3') !== known.has(s.name.toLowerCase())).map(
			(s) => `${s.name}: spec says ${s.clients.includes('pymongo-3') ? 'known' : 'unknown'}`
		);
		expect(wrong).toEqual([]);
	});

	it('matches what the Node driver accepts', () => {
		const { OPTIONS } = require('mongodb/lib/connection_string.js') as { OPTIONS: Record<string, unknown> };
		const known = new Set(Object.keys(OPTIONS).map((k) => k.toLowerCase()));
		const wrong = OPTION_SPECS.filter((s) => s.clients.includes('node') !== known.has(s.name.toLowerCase())).map(
			(s) => `${s.name}: spec says ${s.clients.includes('node') ? 'known' : 'unknown'}`
		);
		expect(wrong).toEqual([]);
	});
});
