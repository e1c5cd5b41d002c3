// Prints "CODE<TAB>MESSAGE" for Node's own TLS error codes (ERR_TLS_*), as the running Node words
// them, each %s / %j filled with <1>, <2>, … so the fixed text shows. Needs Node's internals:
//   node --expose-internals scripts/vocabulary/node-error-codes.mjs > tests/fixtures/vocabulary/node-tls-codes.tsv
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { codes } = require('internal/errors');

for (const code of Object.keys(codes)
	.filter((c) => c.startsWith('ERR_TLS_'))
	.sort()) {
	let message;
	// A code whose message joins a list takes arrays: tried second.
	for (const asList of [false, true])
		for (let n = 0; n <= 4 && message === undefined; n++) {
			try {
				const args = Array.from({ length: n }, (_, i) => (asList ? [`<${i + 1}>`] : `<${i + 1}>`));
				message = new codes[code](...args).message;
				if (/does not match the required ones/.test(message)) message = undefined;
			} catch {
				message = undefined;
			}
		}
	console.log(`${code}\t${message ?? ''}`);
}
