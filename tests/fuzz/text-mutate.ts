/**
 * Mutations of pasted text, biased toward what breaks text readers: line breaks changed to CRLF or
 * removed, lines and header lines repeated thousands of times, structures cut off, long runs of
 * one character, blank lines, and the trigger lines of every reader (BEGIN, CONNECTED, Alias name,
 * Certificate:, MongoClient(, mongodb://) dropped anywhere. Deterministic from the Random.
 */
import { Random } from './random';

export type TextMutation = (input: string, rng: Random, seeds: readonly string[]) => string;

/** Lines that start a structure some reader looks for, or end one. */
export const TRIGGERS = [
	'-----BEGIN CERTIFICATE-----\n',
	'-----END CERTIFICATE-----\n',
	'-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\r\n',
	'DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n',
	'CONNECTED(00000003)\n',
	'depth=0 CN = db.example.com\nverify error:num=20:unable to get local issuer certificate\n',
	'Verify return code: 0 (',
	'Acceptable client certificate CA names\n',
	'Keystore type: JKS\nKeystore provider: SUN\n\nYour keystore contains 2 entries\n\n',
	'Alias name: ca\nEntry type: trustedCertEntry\n',
	`${'*'.repeat(43)}\n`,
	'Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n',
	'    Signature Value:\n',
	'mongodb://',
	',mongodb://u:p@h',
	'?tls=true&tlsCAFile=',
	'MongoClient(',
	"MongoClient('''",
	'password="',
	'[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ',
	'x509: certificate signed by unknown authority',
	'_mongodb._tcp.',
	'Could not find user "CN'
];

const RUN_CHARS = [' ', '=', '@', '-', '*', 'a', '0', ':', ',', '\t', '\\', "'", '"', '(', '['];

function lines(text: string): string[] {
	return text.split('\n');
}

/** 1 to 20 copies, sometimes thousands: the repetition that makes a quadratic reader show. */
function copies(rng: Random): number {
	return rng.chance(0.15) ? 500 + rng.int(2500) : 1 + rng.int(20);
}

const crlf: TextMutation = (t, rng) =>
	rng.chance(0.5) ? t.replace(/\r?\n/g, '\r\n') : t.replace(/\n/g, () => (rng.chance(0.3) ? '\r\n' : '\n'));

const insertCr: TextMutation = (t, rng) => {
	const at = rng.int(t.length + 1);
	return t.slice(0, at) + '\r'.repeat(1 + rng.int(3)) + t.slice(at);
};

const duplicateLine: TextMutation = (t, rng) => {
	const ls = lines(t);
	const i = rng.int(ls.length);
	return [...ls.slice(0, i), ...Array<string>(copies(rng)).fill(ls[i]), ...ls.slice(i)].join('\n');
};

/** The first line that holds a trigger (or the first line), repeated: "header-line repetition". */
const repeatHeader: TextMutation = (t, rng) => {
	const ls = lines(t);
	const i = Math.max(
		0,
		ls.findIndex((l) => TRIGGERS.some((g) => g.trim() && l.includes(g.trim().split('\n')[0])))
	);
	return [...ls.slice(0, i), ...Array<string>(copies(rng)).fill(ls[i]), ...ls.slice(i)].join('\n');
};

const truncate: TextMutation = (t, rng) => t.slice(0, rng.int(t.length + 1));

const deleteRange: TextMutation = (t, rng) => {
	const at = rng.int(t.length + 1);
	return t.slice(0, at) + t.slice(at + 1 + rng.int(200));
};

const stripNewlines: TextMutation = (t, rng) => t.replace(/\r?\n/g, rng.chance(0.5) ? '' : rng.pick([' ', ',', ';']));

const insertTrigger: TextMutation = (t, rng) => {
	const at = rng.int(t.length + 1);
	return t.slice(0, at) + rng.pick(TRIGGERS).repeat(rng.chance(0.2) ? copies(rng) : 1) + t.slice(at);
};

const blankRun: TextMutation = (t, rng) => {
	const at = rng.int(t.length + 1);
	return t.slice(0, at) + rng.pick(['\n', '\r\n', ' \n', '\t\r\n']).repeat(1 + rng.int(rng.chance(0.2) ? 20_000 : 50)) + t.slice(at);
};

const longRun: TextMutation = (t, rng) => {
	const at = rng.int(t.length + 1);
	return t.slice(0, at) + rng.pick(RUN_CHARS).repeat(1 + rng.int(rng.chance(0.2) ? 20_000 : 200)) + t.slice(at);
};

const splice: TextMutation = (t, rng, seeds) => {
	const other = rng.pick(seeds);
	return t.slice(0, rng.int(t.length + 1)) + other.slice(rng.int(other.length + 1));
};

export const TEXT_MUTATIONS: readonly [string, TextMutation][] = [
	['crlf', crlf],
	['insert-cr', insertCr],
	['duplicate-line', duplicateLine],
	['repeat-header', repeatHeader],
	['truncate', truncate],
	['delete-range', deleteRange],
	['strip-newlines', stripNewlines],
	['insert-trigger', insertTrigger],
	['blank-run', blankRun],
	['long-run', longRun],
	['splice', splice]
];

/** One to four stacked mutations of one text seed; returns the text and the names applied. */
export function mutateText(seed: string, rng: Random, seeds: readonly string[]): { text: string; applied: string[] } {
	let text = seed;
	const applied: string[] = [];
	const n = 1 + rng.int(4);
	for (let i = 0; i < n; i++) {
		const [name, m] = rng.pick(TEXT_MUTATIONS);
		text = m(text, rng, seeds);
		applied.push(name);
	}
	// Past a few megabytes a case measures the machine, not the readers.
	return { text: text.slice(0, 4_000_000), applied };
}
