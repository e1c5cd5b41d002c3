// Prints "FUNCTION<TAB>MESSAGE" for each ConnResetException lib/_tls_wrap.js raises, read from the
// running Node's own copy of the file (string concatenations joined).
//   node scripts/vocabulary/node-tls-wrap.mjs > tests/fixtures/vocabulary/node-tls-wrap.tsv
const source = process.binding('natives')._tls_wrap;
for (const m of source.matchAll(/function (\w+)\([^)]*\) \{(?:(?!\nfunction )[\s\S])*?new ConnResetException\(((?:'[^']*'[\s+]*)+)\)/g)) {
	const message = [...m[2].matchAll(/'([^']*)'/g)].map((p) => p[1]).join('');
	console.log(`${m[1]}\t${message}`);
}
