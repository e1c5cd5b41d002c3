// Prints "CLASS<TAB>MESSAGE" for each network error the MongoDB Node driver raises while it opens
// or uses a connection (lib/cmap/connect.js, lib/cmap/connection.js of the installed driver), each
// ${…} written <1>, <2>, …: a message passed directly, or through `const message = …` just before.
//   node scripts/vocabulary/node-driver-network-errors.mjs > tests/fixtures/vocabulary/node-driver-network-errors.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const lib = dirname(createRequire(import.meta.url).resolve('mongodb'));
const numbered = (literal) => {
	let n = 0;
	return literal.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, () => `<${++n}>`);
};
const seen = new Set();
for (const file of ['cmap/connect.js', 'cmap/connection.js']) {
	const source = readFileSync(join(lib, file), 'utf8');
	const direct = /new error_1\.(MongoNetwork(?:Timeout)?Error)\(\s*(`[^`]*`|'[^']*')/g;
	const viaMessage =
		/const message = (`[^`]*`|'[^']*');\s*(?:const \w+ = [^;]*;\s*)?this\.cleanup\(new error_1\.(MongoNetwork(?:Timeout)?Error)\(message/g;
	for (const m of source.matchAll(direct)) seen.add(`${m[1]}\t${numbered(m[2].slice(1, -1))}`);
	for (const m of source.matchAll(viaMessage)) seen.add(`${m[2]}\t${numbered(m[1].slice(1, -1))}`);
}
for (const line of [...seen].sort()) console.log(line);
