/**
 * Time budgets for hostile text (issue 12), all in this one table so the README can list them.
 * Each is what the whole analyze() may take in Node on the project's 2-core machine: about 3 to 5
 * times what it measured there (median of three runs, other agents sharing the cores), and far
 * below what the same input took before the fix, so a loaded machine does not fail them at random
 * and a quadratic or exponential path still does. `measured` is that median in milliseconds;
 * `before` is what the input took before, where it was measured.
 */

export interface Budget {
	/** The reader, diagnosis family or issue case the input aims at. */
	what: string;
	/** The input, in a few words. */
	input: string;
	/** analyze() must return within this many milliseconds. */
	ms: number;
	/** Milliseconds it took when the budget was set. */
	measured: number;
	/** What it took before issue 12's fixes. */
	before?: string;
}

export const BUDGETS = {
	// The eight cases measured in the issue.
	'issue-1': {
		what: 'PEM headers (pem.ts)',
		input: '656-byte PEM block, 24 CRLF header lines and no blank line after them',
		ms: 150,
		measured: 1,
		before: '16 s'
	},
	'issue-2a': {
		what: 'openssl x509 -text (x509-text.ts)',
		input: '2 MB of dumps cut off after their first lines',
		ms: 600,
		measured: 115,
		before: '> 60 s (the issue: 400+ s)'
	},
	'issue-2b': {
		what: 'openssl s_client (s-client.ts)',
		input: '2 MB of "Acceptable client certificate CA names" lines',
		ms: 400,
		measured: 52,
		before: '> 45 s (the issue: 400+ s)'
	},
	'issue-3': {
		what: 'PEM blocks (pem.ts)',
		input: '100,000 BEGIN CERTIFICATE lines, no END line (2.8 MB)',
		ms: 1500,
		measured: 299,
		before: '89 s'
	},
	'issue-4': {
		what: 'keytool -list (keytool.ts)',
		input: '5 MB of repeated keytool headers and aliases, no separators',
		ms: 500,
		measured: 78,
		before: '> 45 s (the issue: > 90 s)'
	},
	'issue-5': {
		what: 'connection string options (parse-uri.ts)',
		input: 'one mongodb:// string with 90,000 options (800 KB)',
		ms: 400,
		measured: 57,
		before: '> 45 s'
	},
	'issue-5-parse': {
		what: 'connection string options (parse-uri.ts), the parser alone',
		input: 'one mongodb:// string with 20,000 options, through parseUri()',
		ms: 2500,
		measured: 500,
		before: '> 12 s (8,000 options took 2 s)'
	},
	'issue-6': {
		what: 'comma-joined URIs (find.ts)',
		input: '150 comma-joined URIs with passwords (8 KB)',
		ms: 300,
		measured: 29,
		before: '2 s, 14 MB JSON and 66 MB Markdown here; the issue: 40 s, 3.3 GB, a 234 MB report'
	},
	'issue-7': {
		what: 'joined URIs (find.ts)',
		input: '1,000 comma-joined mongodb:// strings (37 KB)',
		ms: 300,
		measured: 31,
		before: '26 s, 866 MB of memory and a 283 MB JSON report (the tab crashed)'
	},
	'issue-8': {
		what: 'connection string hosts (parse-uri.ts, peer-hosts.ts)',
		input: 'one mongodb:// string with 200,000 hosts (5 MB)',
		ms: 1500,
		measured: 305,
		before: 'RangeError: Maximum call stack size exceeded'
	},
	// Each text reader against 2 MB built for its worst case (text-readers.test.ts).
	'reader: PEM': {
		what: 'PEM blocks (pem.ts)',
		input: '2 MB of CRLF blocks: 26 header lines and no blank line, 500 BEGIN labels on a line without closing dashes, BEGIN without END',
		ms: 1500,
		measured: 293,
		before: '> 100 s (killed)'
	},
	'reader: PEM objects': {
		what: 'PEM keys, requests and CRLs (text-input.ts)',
		input: '1 MB of the same CSR, EC key, CRL and Ed25519 key again and again, then 8,000 distinct Ed25519 keys',
		ms: 1500,
		measured: 376,
		before: '18 s for 2 MB of one Ed25519 key; 7 s for 2 MB of one CSR'
	},
	'reader: base64 runs': {
		what: 'base64 runs (base64-runs.ts)',
		input: '2 MB of runs of base64 of PEM text of base64 of PEM text, each cut off',
		ms: 600,
		measured: 110,
		before: '214 ms'
	},
	'reader: DER in base64': {
		what: 'DER in base64 (base64-runs.ts, der-input.ts)',
		input: '2 MB of base64 runs: a certificate whole, cut off, and 2,000 indefinite-length SEQUENCEs deep',
		ms: 1000,
		measured: 205,
		before: '184 ms'
	},
	'reader: x509 -text': {
		what: 'openssl x509 -text (x509-text.ts)',
		input: '2 MB of CRLF dumps with runs of thousands of blank lines, no signature value',
		ms: 400,
		measured: 66,
		before: '> 100 s (killed)'
	},
	'reader: s_client': {
		what: 'openssl s_client (s-client.ts)',
		input: '2 MB of CRLF transcripts: 120 stderr lines each, runs of blank lines, unclosed verify codes and brackets',
		ms: 500,
		measured: 92,
		before: '1.4 s'
	},
	'reader: keytool': {
		what: 'keytool -list (keytool.ts)',
		input: '2 MB of CRLF listings: aliases, 3,000-asterisk lines with no second line',
		ms: 300,
		measured: 39,
		before: '> 100 s (killed)'
	},
	'reader: JKS': {
		what: 'Java keystores (jks.ts)',
		input: 'a 2 MB JKS of 1,500 certificates, and one claiming 10,000 entries, cut off',
		ms: 800,
		measured: 28,
		before: '200 ms'
	},
	'reader: URI': {
		what: 'connection strings, URI (find.ts, parse-uri.ts)',
		input: "2 MB of CRLF lines of comma-joined URIs: 99 hosts, 40 repeated options, 2,000 '@' in the query",
		ms: 2000,
		measured: 541,
		before: '3.9 s, report 12.7× the input'
	},
	'reader: Python call': {
		what: 'connection strings, Python (python-call.ts, parse-python.ts)',
		input: '2 MB of nested, unclosed and triple-quoted MongoClient( calls with 99-host lists',
		ms: 2000,
		measured: 430,
		before: '6.6 s, report 9.5× the input, a password in it'
	},
	'reader: error text pieces': {
		what: 'error text (text-input.ts)',
		input: '2 MB of short error lines between broken PEM blocks',
		ms: 1000,
		measured: 187,
		before: '2.2 s'
	},
	'reader: error text, one': {
		what: 'error text (text-input.ts)',
		input: 'one 2 MB CRLF traceback ending in unfinished verify errors',
		ms: 1500,
		measured: 289,
		before: '> 100 s (killed)'
	},
	'diagnosis: stalled matches': {
		what: 'diagnosis patterns (mongod, config, pymongo, network, facts, servers, s-client)',
		input: 'seven 32 KB pastes, each a match stalled before a long run, and four 128 KB ones (diagnosis-families.test.ts)',
		ms: 1000,
		measured: 262,
		before: '> 100 s (killed; the seven 32 KB ones alone: 10.9 s)'
	},
	// Each diagnosis family against 2 MB built from its own examples (diagnosis-families.test.ts):
	// eight pastes of 256 KB each, examples repeated with CRLF, cut off, glued, literals before long runs.
	'family: openssl': {
		what: 'diagnosis: openssl signatures (families/openssl.ts, tables/x509-verify.ts, tables/openssl-reasons-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 2000,
		measured: 400,
		before: '329 ms'
	},
	'family: python': {
		what: 'diagnosis: python signatures (families/python.ts, tables/python-ssl-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1800,
		measured: 373
	},
	'family: pymongo': {
		what: 'diagnosis: pymongo signatures (families/pymongo.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1800,
		measured: 368
	},
	'family: node': {
		what: 'diagnosis: node signatures (families/node.ts, tables/node-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1500,
		measured: 268,
		before: '869 ms'
	},
	'family: java': {
		what: 'diagnosis: java signatures (families/java.ts, tables/java-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 190
	},
	'family: go': {
		what: 'diagnosis: go signatures (families/go.ts, tables/go-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 211
	},
	'family: rustls': {
		what: 'diagnosis: rustls signatures (tables/tls-alerts-signatures.ts, tables/rustls-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 305
	},
	'family: dotnet': {
		what: 'diagnosis: dotnet signatures (tables/dotnet-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 164
	},
	'family: windows': {
		what: 'diagnosis: windows signatures (tables/windows-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 161
	},
	'family: macos': {
		what: 'diagnosis: macos signatures (tables/macos-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 237
	},
	'family: mongod': {
		what: 'diagnosis: mongod signatures (families/mongod.ts, tables/mongod-log-signatures.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1200,
		measured: 238,
		before: '1.2 s'
	},
	'family: network': {
		what: 'diagnosis: network signatures (families/network.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1300,
		measured: 256
	},
	'family: libmongoc': {
		what: 'diagnosis: libmongoc signatures (families/network.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1200,
		measured: 235
	},
	'family: config': {
		what: 'diagnosis: config signatures (families/config.ts)',
		input: '8 × 256 KB of its examples and pattern literals',
		ms: 1000,
		measured: 189
	},
	// What runs besides analyze(): in the worker after it, or when the person asks for a file or a link.
	'page: environment guess': {
		what: 'detectEnvironment (remedies/detect.ts), run by the worker on every error text',
		input: '2 MB of "pypy" and of "PS C:\\" prompt near-misses',
		ms: 1500,
		measured: 300,
		before: '7 s at 80 KB, cubic'
	},
	'page: combined PEM': {
		what: 'combinedPem (remedies/artefacts.ts), the tlsCertificateKeyFile download',
		input: '2 MB of BEGIN lines without END, as the key file and as the certificate file',
		ms: 1000,
		measured: 150,
		before: '≈ 50 s (quadratic)'
	},
	'page: share link': {
		what: 'the secret finder for share links (ingest/secrets)',
		input: '2 MB (each) of password=, --password, -p lines, MONGODB_PASSWORD=, joined URIs, base64 tokens',
		ms: 1500,
		measured: 260
	},
	'page: ticket Markdown': {
		what: 'toMarkdown (report/markdown.ts) of a report of hostile text',
		input: 'the report of 2 MB of URL-, e-mail- and Markdown-shaped error text',
		ms: 1500,
		measured: 250
	}
} satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

/** The JSON report of a hostile input is at most this many times the size of the input. */
export const REPORT_FACTOR = 5;

/** The budgets as the Markdown table in the README (between <!-- budgets:start --> and <!-- budgets:end -->). */
export function budgetsTable(): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|');
	const rows = Object.values(BUDGETS as Record<string, Budget>).map(
		(b) => `| ${cell(b.what)} | ${cell(b.input)} | ${b.ms.toLocaleString('en-US')} ms | ${b.measured} ms | ${cell(b.before ?? '')} |`
	);
	return [
		'| what | hostile input (about 2 MB unless it says) | budget | measured | before |',
		'| --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
}
