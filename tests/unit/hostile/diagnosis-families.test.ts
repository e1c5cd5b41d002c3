/**
 * Every diagnosis family's signatures fed 2 MB built from their own examples to hit the worst case
 * of their patterns: the examples repeated with CRLF line ends, cut off at a quarter, a half and
 * three quarters, glued together with no line breaks, and each example and each pattern's literal
 * prefix cut off at one of its characters and followed by a 4 KB run of that character. Eight
 * pastes of 256 KB (the most of one error text that is read), all through the whole analyze()
 * within the family's budget (budgets.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { needlesOf } from '../../../src/lib/core/diagnose/needles';
import type { SignatureFamily } from '../../../src/lib/core/diagnose/signature';
import { SIGNATURES } from '../../../src/lib/core/diagnose/signatures';
import { analyzeWithin, expectOrdinaryUnchanged, ordinaryReport, repeatTo, text } from './bounded';
import type { BudgetName } from './budgets';

const PIECE = 256 * 1024;
const PIECES = 8;
const RUN = 4096;
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
/** What quantifiers in the patterns consume: spaces, the separators of names and values, word characters. */
const FILLERS = [' ', '=', '@', '-', ':', '.', 'a', '0'];

/**
 * An example cut off just where it has one of the filler characters, followed by a long run of
 * that character and no character that could end the match: the pattern is part-way through a
 * match when the run starts, which is where a nested or overlapping quantifier backtracks.
 */
function stalled(examples: string[]): string[] {
	const units = new Set<string>();
	for (const e of examples) {
		for (const f of FILLERS) {
			const first = e.indexOf(f);
			const last = e.lastIndexOf(f);
			for (const at of first < 0 ? [] : [first, last]) units.add(e.slice(0, at) + f.repeat(RUN));
		}
	}
	return [...units];
}

function hostileFor(family: SignatureFamily): string[] {
	const signatures = SIGNATURES.filter((s) => s.family === family);
	const examples = signatures.flatMap((s) => s.examples.map((e) => e.text));
	const cut = examples.flatMap((e) => [0.25, 0.5, 0.75].map((f) => e.slice(0, Math.floor(e.length * f))));
	const needles = signatures.flatMap((s) => needlesOf(s.pattern.source) ?? []);
	const units = stalled([...examples, ...needles]);
	// The stalled units, spread over the pieces left (each unit once, or repeated when they are few).
	const perPiece = Math.floor(PIECE / (RUN + 100));
	const rest = Array.from({ length: PIECES - 2 }, (_, p) =>
		Array.from({ length: perPiece }, (_, i) => units[(p * perPiece + i) % units.length]).join('\n')
	);
	return [
		repeatTo(crlf(examples.join('\n') + '\n'), PIECE),
		repeatTo(crlf(cut.join('\n') + '\n') + [...examples, ...cut].join(''), PIECE),
		...rest
	].map((t) => t.slice(0, PIECE));
}

/**
 * The inputs on which a pattern backtracked before issue 12 was fixed, 32 KB each: a match that
 * stalls before a long run of what its quantifiers take. Each was quadratic in the run's length
 * (seconds for one of them); each is its own paste, so each is read whole. Then four that read
 * far ahead from every match, 128 KB each.
 */
const STALLED: [string, string][] = [
	['mongod.x509-user-not-found: "=" after the user name', 'Error: Could not find user "CN' + '='.repeat(32_000)],
	['mongod.x509-user-not-found: MONGODB-X509 lines without UserNotFound', 'MONGODB-X509 authentication failed for CN=x '.repeat(740)],
	['config.invalid-uri: "@" in a host that does not resolve', "No suitable servers found: [Failed to resolve '" + '@'.repeat(32_000)],
	['pymongo.srv-resolution: SRV names without a space', '_mongodb._tcp.aaaaaaaa'.repeat(1450)],
	['network.srv-lookup: lookups without a space', 'lookup _mongodb._tcp.aaaaaaaa'.repeat(1100)],
	[
		'facts: a Python verify reason before a run of spaces',
		'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable' + ' '.repeat(32_000) + 'x'
	],
	['s_client: blank lines before Protocol and Cipher', 'CONNECTED(00000003)\n' + '\n'.repeat(32_000) + 'Verify return code: 0 (ok)\n'],
	// Linear already, but each match looked thousands of characters ahead over its neighbours: 128 KB each.
	['facts: "]:port" with no "[" before it', repeatTo(']:27017 ', 128_000)],
	['facts: glued URIs with no "?"', repeatTo('mongodb+srv://', 128_000)],
	['servers: Go topologies whose last error never ends', repeatTo('{ Addr: h:1, Type: Unknown, Last error: ', 128_000)],
	[
		'servers: PyMongo topologies whose error never closes',
		repeatTo("<ServerDescription ('h', 1) server_type: Unknown, rtt: None, error=AutoReconnect('", 128_000)
	]
];

const FAMILIES: SignatureFamily[] = [
	'openssl',
	'python',
	'pymongo',
	'node',
	'java',
	'go',
	'rustls',
	'dotnet',
	'windows',
	'macos',
	'mongod',
	'network',
	'libmongoc',
	'config'
];

describe('each diagnosis family against 2 MB built from its own examples', () => {
	let ordinary: unknown;
	beforeAll(async () => {
		ordinary = await ordinaryReport();
	});

	it('covers every family there is', () => {
		expect(new Set(SIGNATURES.map((s) => s.family))).toEqual(new Set(FAMILIES));
	});

	it('the patterns issue 12 found backtracking, each on the input that was quadratic for it', async () => {
		const { report } = await analyzeWithin(
			'diagnosis: stalled matches',
			STALLED.map(([name, t]) => text(t, name))
		);
		expect(report.items.filter((i) => i.kind === 'error-text' || i.kind === 's-client').length).toBeGreaterThan(0);
		await expectOrdinaryUnchanged(ordinary);
	});

	for (const family of FAMILIES) {
		it(`${family}: its examples repeated, cut off, glued, and its literals before long runs`, async () => {
			const pieces = hostileFor(family);
			expect(pieces.reduce((n, p) => n + p.length, 0)).toBeGreaterThan(1_800_000);
			const { report } = await analyzeWithin(
				`family: ${family}` as BudgetName,
				pieces.map((p) => text(p))
			);
			// The examples are still recognised for what they are.
			expect(report.diagnoses.length).toBeGreaterThan(0);
			await expectOrdinaryUnchanged(ordinary);
		});
	}
});
