/**
 * `npm run bench`: every speed target of the performance issue, each as the median of several
 * runs, next to openssl doing the same work on the same file where it can, measured in the same
 * run. Prints a table (and, with --readme, rewrites the results table in README.md between its
 * markers). Browser figures need a build: `npm run build` first, or pass --no-browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchData } from './data';
import { bundleFigures, chainFigure, crlFigures, type Figure } from './node-figures';

const args = process.argv.slice(2);
const figures: Figure[] = [];
const data = benchData();

function log(f: Figure) {
	const target = f.targetMs !== undefined ? ` (target ≤ ${f.targetMs} ms: ${f.ms <= f.targetMs ? 'met' : 'MISSED'})` : '';
	const ratio = f.openssl ? `; openssl ${f.openssl.ms.toFixed(1)} ms, ${(f.openssl.ms / f.ms).toFixed(1)}× our time` : '';
	console.error(`${f.id}: ${f.ms.toFixed(1)} ms${target}${ratio}${f.note ? `; ${f.note}` : ''}`);
	figures.push(f);
}

for (const f of await crlFigures(data)) log(f);
for (const f of await bundleFigures(data)) log(f);
log(await chainFigure(data));

if (existsSync('scripts/bench/diagnose.ts')) {
	// Bundled first, as the page's worker ships it: under tsx's loader the same code ran up to twice as slow, and unevenly.
	const bundle = '.bench/diagnose.mjs';
	const built = spawnSync(
		'npx',
		[
			'esbuild',
			'scripts/bench/diagnose.ts',
			'--bundle',
			'--platform=node',
			'--format=esm',
			`--outfile=${bundle}`,
			'--log-level=error',
			`--define:import.meta.dirname="${process.cwd()}/scripts/bench"`
		],
		{ encoding: 'utf8' }
	);
	const r = built.status === 0 ? spawnSync('node', [bundle], { encoding: 'utf8' }) : built;
	const line = r.stdout
		.trim()
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.at(-1);
	if (r.status === 0 && line) {
		const j = JSON.parse(line) as { medianMs: number; texts?: number };
		log({ id: 'diagnose-1000', what: `classify ${j.texts ?? 1000} error texts (the corpus, repeated)`, ms: j.medianMs, targetMs: 100 });
	} else console.error(`diagnose benchmark failed: ${r.stderr.slice(0, 500)}`);
}

if (!args.includes('--no-browser')) {
	const { browserFigures } = await import('./browser-figures');
	for (const f of await browserFigures(data)) log(f);
}

const rows = figures.map((f) => {
	const target = f.targetMs !== undefined ? `≤ ${f.targetMs} ms` : '';
	const met = f.targetMs !== undefined ? (f.ms <= f.targetMs ? 'yes' : '**no**') : '';
	const ratio = f.openssl ? `${f.openssl.ms.toFixed(0)} ms (${(f.openssl.ms / f.ms).toFixed(1)}×)` : '';
	return `| ${f.what} | ${f.ms.toFixed(1)} ms | ${target} | ${met} | ${ratio} | ${f.note ?? ''} |`;
});
const table = [
	'| what | median | target | met | openssl on the same file (its time, ÷ ours) | notes |',
	'| --- | --- | --- | --- | --- | --- |',
	...rows,
	'',
	`Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout.trim()}.`
].join('\n');
console.log(table);

if (args.includes('--readme')) {
	const readme = readFileSync('README.md', 'utf8');
	const start = '<!-- bench:start -->';
	const end = '<!-- bench:end -->';
	if (!readme.includes(start)) throw new Error('README.md has no bench markers');
	writeFileSync('README.md', readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`));
}
const missed = figures.filter((f) => f.targetMs !== undefined && f.ms > f.targetMs);
process.exitCode = missed.length ? 1 : 0;
