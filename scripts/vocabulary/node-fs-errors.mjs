// Prints "CODE<TAB>DESCRIPTION" for every errno open(2) and read(2) document (man-pages), with the
// description Node's libuv gives it: how fs.readFile words a tlsCAFile / tlsCertificateKeyFile /
// tlsCRLFile it cannot read. An errno libuv does not name gets an empty description.
//   node scripts/vocabulary/node-fs-errors.mjs > tests/fixtures/vocabulary/node-fs-errors.tsv
import { execSync } from 'node:child_process';
import { getSystemErrorMap } from 'node:util';

const documented = new Set();
for (const page of ['open', 'read']) {
	const text = execSync(`zcat /usr/share/man/man2/${page}.2.gz`, { encoding: 'utf8' });
	const errors = text.slice(text.indexOf('.SH ERRORS'), text.indexOf('.SH', text.indexOf('.SH ERRORS') + 4));
	for (const m of errors.matchAll(/^\.TP\n\.B (E[A-Z]+)/gm)) documented.add(m[1]);
}
const described = new Map([...getSystemErrorMap().values()].map(([name, description]) => [name, description]));
for (const code of [...documented].sort()) console.log(`${code}\t${described.get(code) ?? ''}`);
