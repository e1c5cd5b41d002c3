/**
 * The driver-options table (driver-options.ts) read as error signatures: one per driver, whose
 * pattern is every mapped row's message (fixed parts escaped, a bounded run where the driver puts a
 * value), and whose meaning is the row's. The option the person wrote, where the message names it,
 * goes into the reading's words.
 */

import type { Candidate, ErrorSignature } from '../signature';
import { CERTIFICATE_OUTCOMES } from '../families/ranking';
import { DRIVER_OPTION_ROWS, type DriverOptionRow, type OptionsDriver } from './driver-options';
import { escapeForPattern as escape } from '../pattern-literal';

/** A value the driver puts in a message: one line, no quote, bounded so a long run stays linear. */
const VALUE = '[^\\n"\'`]{0,100}?';

/** A message as a pattern, each <n> a bounded value; `capture` makes each value a group. */
function messagePattern(message: string, capture: boolean): string {
	return message
		.split(/<\d+>/)
		.map(escape)
		.join(capture ? `(${VALUE})` : VALUE);
}

/**
 * The Node driver's messages are short and plain ("Invalid connection string"): they are its only
 * where its error class frames them. PyMongo's own sentences are long enough to stand alone, but its
 * bare "Unknown option X" needs its class (or the warning PyMongo prints for a URI option).
 */
function framed(row: DriverOptionRow, body: string): string {
	if (row.driver === 'node') return `${NODE_CLASSES}${body}`;
	if (row.message.startsWith('Unknown option')) return `(?:ConfigurationError|UserWarning): ${body}`;
	return body;
}

/** The classes the parser throws (connection_string.ts, mongodb-connection-string-url), named: a run of letters would backtrack over every "Mongo…". */
const NODE_CLASSES = 'Mongo(?:Parse|API|InvalidArgument)Error: ';

const wordings = (row: DriverOptionRow) => row.renderings ?? [row.message];

/** PyMongo 3.11 warns "Unknown option" about a URI option and keeps the name to itself. */
const extra = (row: DriverOptionRow) => (row.driver === 'pymongo' && row.message === 'Unknown option <1>' ? ['Unknown option'] : []);

function rowPattern(row: DriverOptionRow, capture: boolean, frame = true): string {
	const bodies = [...wordings(row).map((w) => messagePattern(w, capture)), ...extra(row).map(escape)];
	// Where a value closes the message, it must run to the end of a word, not stop at nothing.
	const ended = bodies.map((b) => b + (b.endsWith('?') ? '(?=[\\s,;.)\'"]|$)' : ''));
	return frame ? ended.map((b) => framed(row, b)).join('|') : ended.join('|');
}

/**
 * One driver's pattern. Node's frame is written once around all its messages: tried per message, a
 * run of "Mongo…" would be scanned again for each of them.
 */
function driverPattern(driver: OptionsDriver): RegExp {
	const rows = mapped(driver);
	if (driver === 'node') return new RegExp(`${NODE_CLASSES}(?:${rows.map((r) => rowPattern(r, false, false)).join('|')})`, 'm');
	return new RegExp(rows.map((r) => rowPattern(r, false)).join('|'), 'm');
}

const mapped = (driver: OptionsDriver) => DRIVER_OPTION_ROWS.filter((r) => r.driver === driver && r.diagnosis);

const ROW_PATTERNS = new Map(DRIVER_OPTION_ROWS.filter((r) => r.diagnosis).map((r) => [r, new RegExp(rowPattern(r, true), 'im')] as const));

/** The row a match came from, and the option it names (as the person wrote it, one word), if any. */
export function driverOptionRowOf(driver: OptionsDriver, matched: string): { row: DriverOptionRow; option?: string } | undefined {
	for (const row of mapped(driver)) {
		const m = ROW_PATTERNS.get(row)!.exec(matched);
		if (!m) continue;
		// Renderings have as many groups as the message has values; the first wording that matched holds them.
		const groups = m.slice(1).filter((g) => g !== undefined);
		const value = row.option ? (groups[row.option - 1] ?? groups[0]) : undefined;
		const option = value?.match(/[A-Za-z_][\w.-]{0,63}/)?.[0];
		return { row, option };
	}
	return undefined;
}

const TLS_OPTION = /^(?:tls|ssl)/i;

function reading(row: DriverOptionRow, option: string | undefined): Candidate[] {
	// An empty key passphrase is mongosh asking for one it could not get: node.key-password-empty
	// reads it as an encrypted key, a cause this row's "invalid-uri" would hide.
	if (row.message.includes('cannot be specified with no value') && option?.toLowerCase() === 'tlscertificatekeyfilepassword') return [];
	const named = option ? `"${option}"` : 'an option';
	switch (row.diagnosis) {
		case 'unknown-option':
			return [
				{
					id: 'unknown-option',
					confidence: 'high',
					// A TLS option that never took effect is why a certificate check after it failed.
					explains: option && TLS_OPTION.test(option) ? CERTIFICATE_OUTCOMES : [],
					because:
						option && TLS_OPTION.test(option)
							? `${named} is not an option the driver knows, so that TLS setting never took effect`
							: `the driver does not know ${named}`
				}
			];
		case 'config-conflict':
			return [
				{ id: 'config-conflict', confidence: 'high', because: `the driver refused ${named} together with another option it contradicts` }
			];
		case 'pem-file-invalid':
			return [{ id: 'pem-file-invalid', confidence: 'high', because: `the file named by ${named} could not be read` }];
		default:
			return [{ id: row.diagnosis!, confidence: 'high' }];
	}
}

const signature = (
	driver: OptionsDriver,
	family: ErrorSignature['family'],
	citation: string,
	examples: ErrorSignature['examples']
): ErrorSignature => ({
	id: `options.${driver}`,
	family,
	pattern: driverPattern(driver),
	citation,
	diagnose: (facts, match) => {
		const found = driverOptionRowOf(driver, match[0]);
		if (!found) return [];
		// The remedy names the option back (remedies/facts.ts checks it again before any step shows it).
		if (found.option) facts.optionNamed ??= found.option;
		return reading(found.row, found.option);
	},
	examples
});

export const DRIVER_OPTION_SIGNATURES: ErrorSignature[] = [
	signature(
		'node',
		'config',
		'node-mongodb-native 7.9.0 src/connection_string.ts and mongodb-connection-string-url (table driver-options.ts)',
		[
			{ text: 'MongoParseError: option tlscafil is not supported', top: 'unknown-option' },
			{ text: 'MongoParseError: All values of tls/ssl must be the same.', top: 'config-conflict' }
		]
	),
	signature(
		'pymongo',
		'pymongo',
		'mongo-python-driver 3.11.0 pymongo/common.py, uri_parser.py, client_options.py (table driver-options.ts)',
		[
			{ text: 'pymongo.errors.ConfigurationError: Unknown option tlsCAFil', top: 'unknown-option' },
			{
				text: 'pymongo.errors.InvalidURI: URI options tlsInsecure and tlsAllowInvalidCertificates cannot be specified simultaneously.',
				top: 'config-conflict'
			}
		]
	)
];
