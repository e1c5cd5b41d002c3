// Rebuilds tests/fixtures/vocabulary/node-connection-string-messages.txt: every message the Node
// driver's connection-string parser (mongodb 7.x lib/connection_string.js) and
// mongodb-connection-string-url (lib/index.js) throw, one a line, each ${…} written <n>.
// Run from the repository root with node_modules installed: node scripts/vocabulary/extract-driver-options.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const files = ['node_modules/mongodb/lib/connection_string.js', 'node_modules/mongodb-connection-string-url/lib/index.js'];
const thrown = /throw new (?:error_1\.)?Mongo[A-Za-z]*Error\((`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g;
const messages = new Set();
for (const file of files) {
	for (const [, literal] of readFileSync(file, 'utf8').matchAll(thrown)) {
		let n = 0;
		// A ${…} may hold braces of its own ("${[...].join(', ')}"): count them.
		let out = '';
		const body = literal.slice(1, -1).replace(/\\(.)/g, '$1');
		for (let i = 0; i < body.length; i++) {
			if (literal[0] === '`' && body.startsWith('${', i)) {
				let depth = 0;
				for (; i < body.length; i++) {
					if (body[i] === '{') depth++;
					else if (body[i] === '}' && --depth === 0) break;
				}
				out += `<${++n}>`;
			} else out += body[i];
		}
		messages.add(out);
	}
}
const out = 'tests/fixtures/vocabulary/node-connection-string-messages.txt';
writeFileSync(out, [...messages].sort().join('\n') + '\n');
console.log(`${messages.size} messages in ${out}`);
