/**
 * How fast is a whole CA bundle read? Parses the system's PEM bundle (the Mozilla set on Debian:
 * /etc/ssl/certs/ca-certificates.crt) with ingest() and prints the median of several runs.
 *
 *   npx tsx scripts/bench/ingest-bundle.ts [bundle.pem]
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/lib/core/ingest/ingest';

const path = process.argv[2] ?? '/etc/ssl/certs/ca-certificates.crt';
const text = readFileSync(path, 'utf8');
const runs: number[] = [];
let count = 0;
for (let i = 0; i < 12; i++) {
	const t = performance.now();
	const evidence = await ingest([{ kind: 'text', text }]);
	runs.push(performance.now() - t);
	count = evidence.certificates.length;
}
const warm = runs.slice(2).sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)];
console.log(
	JSON.stringify({
		bench: 'ingest-pem-bundle',
		file: path,
		certificates: count,
		medianMs: Number(median.toFixed(1)),
		firstRunMs: Number(runs[0].toFixed(1))
	})
);
