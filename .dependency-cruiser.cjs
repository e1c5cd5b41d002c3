/**
 * The architecture, as rules `npm run lint` enforces (dependency-cruiser).
 *
 * The analysis core runs one way, each layer importing only layers above it in this list:
 *
 *   bytes, text     byte and string toolkits: hex, comparison, base64, DER, trailing runs
 *   names           DNS names and IP addresses: parsing, formatting, matching
 *   model           the contract types every stage shares (report, chain, connection, context)
 *   syntax          quoting and templates for every shell, language and config format
 *   x509            the one certificate/CRL/key/PKCS reader (DER, PEM, pkijs fallbacks)
 *   uri             the connection-string reader and its analysis
 *   ingest          inputs → typed items and Evidence
 *   connections     the connection-string stage: one analysis per string, passed on
 *   trust           trust stores (the shipped public roots)
 *   chain           path building and validation under each client's policy
 *   checks          one rule per file over the evidence, chains and connections
 *   diagnose        error text → diagnoses
 *   remedies        diagnoses and findings → steps for the person's OS, shell and client
 *   report          everything → the Report
 *   analyze.ts      wires the stages in that order (context.ts resolves what the person told us)
 *
 * Around the core: the worker and share code run it off the main thread, the UI shows the report,
 * the CLI prints it. None of them is imported by the core.
 */

const LAYERS = [
	['bytes', 'text'],
	['names'],
	['model'],
	['syntax'],
	['x509'],
	['uri'],
	['ingest'],
	['connections'],
	['trust'],
	['chain'],
	['checks'],
	['diagnose'],
	['remedies'],
	['report']
];
const CORE = '^src/lib/core/';
const TOP = `${CORE}(analyze|context)\\.ts$`;
const dirs = (names) => `${CORE}(${names.join('|')})/`;

const forbidden = LAYERS.map((layer, i) => ({
	name: `stage-order:${layer.join('+')}`,
	comment: `${layer.join(' and ')} may only import the layers listed before it.`,
	severity: 'error',
	from: { path: dirs(layer) },
	to: {
		path: [dirs(LAYERS.slice(i + 1).flat()), TOP].join('|')
	}
}));

// Members of one row (bytes, text) stay independent of each other.
for (const row of LAYERS.filter((l) => l.length > 1))
	for (const a of row)
		for (const b of row.filter((x) => x !== a))
			forbidden.push({ name: `same-row:${a}-not-${b}`, severity: 'error', from: { path: `${CORE}${a}/` }, to: { path: `${CORE}${b}/` } });

forbidden.push(
	{
		name: 'core-stands-alone',
		comment: 'The analysis core runs the same in the worker, the CLI and the tests: it imports no UI, worker, share or CLI code.',
		severity: 'error',
		from: { path: CORE },
		to: { path: '^src/(lib/(?!core/)|routes/|cli/)' }
	},
	{
		name: 'no-cycles',
		comment: 'A cycle, even of types only, means two modules cannot be read apart.',
		severity: 'error',
		from: {},
		to: { circular: true }
	},
	{
		name: 'no-orphans-in-core',
		comment: 'A core module nothing imports is dead code.',
		severity: 'error',
		from: { orphan: true, path: CORE, pathNot: ['\\.d\\.ts$', TOP, '\\.json$'] },
		to: {}
	}
);

module.exports = {
	forbidden,
	options: {
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['node_modules', '\\.svelte-kit'] }
	}
};
