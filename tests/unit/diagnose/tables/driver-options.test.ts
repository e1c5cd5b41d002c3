/**
 * Issue 16: the drivers' own option and connection-string errors. The Node table is complete
 * against the extract of the installed driver's sources; every mapped row is read as its row
 * says, in texts CAPTURED here from the Node driver 7.9.0 and PyMongo 3.11.0 by constructing
 * clients with bad options (scripts/vocabulary/capture-driver-options.sh) and, for the rows no
 * client here could be made to print, BUILT from the row's message with example values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../../src/lib/core/context';
import { diagnose } from '../../../../src/lib/core/diagnose/diagnose';
import { DRIVER_OPTION_ROWS, type DriverOptionRow } from '../../../../src/lib/core/diagnose/tables/driver-options';
import { driverOptionRowOf } from '../../../../src/lib/core/diagnose/tables/driver-options-signatures';
import type { DiagnosisId } from '../../../../src/lib/core/diagnose/vocabulary';

const context = resolveContext({ at: '2026-01-01T00:00:00Z' });
const run = (text: string) => diagnose([{ item: { id: 'item-1', kind: 'error-text', label: '', source: {}, text } }], context);
const top = (text: string) => run(text)[0]?.id;
const dir = join(__dirname, '../../../fixtures/vocabulary');

describe('driver-options table', () => {
	it('has a row, mapped or with a reason, for every message the Node driver’s parser throws', () => {
		const extract = readFileSync(join(dir, 'node-connection-string-messages.txt'), 'utf8').split('\n').filter(Boolean);
		const rows = new Set(DRIVER_OPTION_ROWS.filter((r) => r.driver === 'node').map((r) => r.message));
		const missing = extract.filter((m) => !rows.has(m));
		const mapped = DRIVER_OPTION_ROWS.filter((r) => r.driver === 'node' && r.diagnosis).length;
		console.log(
			`coverage, NODE-CONNECTION-STRING: ${mapped} of ${extract.length} mapped (${extract.length - mapped} unmapped with a reason)`
		);
		expect(missing).toEqual([]);
		expect(extract.length).toBeGreaterThan(60);
	});

	it('gives every row a diagnosis or a reason, never both, and a citation', () => {
		for (const row of DRIVER_OPTION_ROWS) {
			expect(Boolean(row.diagnosis) !== Boolean(row.unmapped), row.message).toBe(true);
			expect(row.citation.length, row.message).toBeGreaterThan(20);
		}
	});
});

/** What each captured input should be read as (the person's mistake, not the code's answer). */
const EXPECTED: Record<string, readonly DiagnosisId[]> = {
	'mongodb://h/?tlsCAFil=/x.pem': ['unknown-option'],
	'mongodb://h/?tlsCertificateFile=/x.pem&tlsCAFil=/y.pem': ['unknown-option'],
	'mongodb://h/?tls=true&tlsInsecure=true&tlsAllowInvalidCertificates=true': ['config-conflict'],
	'mongodb://h/?tls=true&tlsInsecure=true&tlsAllowInvalidHostnames=true': ['config-conflict'],
	'mongodb://h/?tls=true&ssl=false': ['config-conflict'],
	'mongodb://h/?tls=maybe': ['invalid-uri'],
	'mongodb://h/?tlsCAFile=/a.pem&tlsCAFile=/b.pem': ['config-conflict', 'invalid-uri'],
	'mongodb://h/?tlsCAFile': ['invalid-uri'],
	'mongodb://h/?srvMaxHosts=2': ['config-conflict', 'invalid-uri'],
	'mongodb+srv://h.example.com:27017/': ['invalid-uri'],
	'mongodb+srv://a.example.com,b.example.com/': ['invalid-uri'],
	'mongo://h/': ['invalid-uri'],
	'mongodb://u:p@ss@h/': ['invalid-uri'],
	'mongodb://u:p:q@h/': ['invalid-uri'],
	"mongodb://h/ {'tlsCAFil': '/x.pem'}": ['unknown-option'],
	'mongodb://h/?tlsInsecure=true&tlsAllowInvalidCertificates=true {}': ['config-conflict'],
	'mongodb://h/?tlsInsecure=true&tlsAllowInvalidHostnames=true {}': ['config-conflict'],
	// PyMongo reads the file before it checks the combination: the missing file is what it reports.
	'mongodb://h/?tlsInsecure=true&tlsCRLFile=/x.pem {}': ['pem-file-invalid', 'crl-problem'],
	'mongodb://h/?tls=true&ssl=false {}': ['config-conflict'],
	"mongodb://h/ {'ssl': False, 'ssl_certfile': '/x.pem'}": ['pem-file-invalid'],
	'mongodb://h/?tls=true&tlsCAFile=/nonexistent.pem {}': ['pem-file-invalid'],
	'mongo://h/ {}': ['invalid-uri'],
	'mongodb://u:p@ss@h/ {}': ['invalid-uri'],
	'mongodb:// {}': ['invalid-uri']
};

describe('captured driver option errors', () => {
	const lines = readFileSync(join(dir, 'driver-options-captured.tsv'), 'utf8').split('\n').filter(Boolean);
	it('holds every capture the script makes', () => {
		expect(lines.length).toBe(Object.keys(EXPECTED).length);
	});
	for (const line of lines) {
		const [driver, input, text] = line.split('\t');
		it(`${driver} ${input}`, () => {
			expect(EXPECTED[input], 'an expectation for this capture').toBeDefined();
			expect(EXPECTED[input]).toContain(top(text));
		});
	}
});

/** BUILT texts for the mapped rows no capture above shows, from the row's message and its driver's frame. */
const VALUES: Record<string, string[]> = {
	'<1> <2> <3> not supported': ['option', 'tlsCAFil', 'is'],
	"The '<1>' option cannot be used with the '<2>' option": ['tlsInsecure', 'tlsDisableOCSPEndpointCheck'],
	'Cannot use <1> with a non-srv connection string': ['srvServiceName'],
	'Username contains unescaped characters <1>': ['us@r'],
	'Unknown option <1>': ['ssl_cert_reqs'],
	'URI options <1> and <2> cannot be specified simultaneously.': ['tlsInsecure', 'tlsDisableOCSPEndpointCheck'],
	'URI option <1>=True cannot be specified when CRL checking is enabled.': ['tlsallowinvalidcertificates'],
	'Can not specify conflicting values for URI options <1> and <2>.': ['ssl', 'tls'],
	'ssl has not been enabled but the following ssl parameters have been set: <1>. Please set `ssl=True` or remove.': [
		'ssl_certfile, ssl_keyfile'
	],
	'The <1> file is not readable': ['tlscertificatekeyfile']
};
const fill = (row: DriverOptionRow, message: string) =>
	message.replace(/<(\d+)>/g, (_, n: string) => (VALUES[row.message] ?? [])[Number(n) - 1] ?? 'tlsCAFile');
const frame = (row: DriverOptionRow, message: string) =>
	row.driver === 'node'
		? [`MongoParseError: ${message}`, `MongoAPIError: ${message}`]
		: row.message.startsWith('Unknown option')
			? [`pymongo.errors.ConfigurationError: ${message}`]
			: row.message.startsWith('The <1> file')
				? [`FileNotFoundError: [Errno 2] ${message}`]
				: [`pymongo.errors.InvalidURI: ${message}`, `pymongo.errors.ConfigurationError: ${message}`];

describe('every mapped row, built', () => {
	for (const row of DRIVER_OPTION_ROWS.filter((r) => r.diagnosis)) {
		// "option X is not supported" is built from parts: its table message is the source's template.
		const messages =
			row.message === '<1> <2> <3> not supported'
				? ['option tlsCAFil is not supported', 'options tlsCAFil, tlsCertFile are not supported']
				: [fill(row, row.message)];
		for (const message of messages)
			for (const text of frame(row, message))
				it(`${row.driver}: ${text}`, () => {
					expect(driverOptionRowOf(row.driver, text)?.row).toBe(row);
					expect(top(text)).toBe(row.diagnosis);
				});
	}

	it('names the option the person wrote in the reading', () => {
		const found = driverOptionRowOf('node', 'MongoParseError: option tlscafil is not supported');
		expect(found?.option).toBe('tlscafil');
		const d = run('MongoParseError: option tlscafil is not supported')[0];
		expect(JSON.stringify(d)).toContain('tlscafil');
	});
});
