/**
 * The Python ssl table (python-ssl.ts) read as error signatures: one per mapped row, its pattern
 * built from the row's format string, its meaning the row's diagnosis or reading. Rows that name a
 * hand-written signature are left to it.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { handshakeClosed, hostKinds } from '../families/ranking';
import { PYTHON_SSL, type PythonReading, type PythonSslRow } from './python-ssl';
import { escapeForPattern as escape } from '../pattern-literal';

/**
 * A format string as a pattern: %r / {!r} a quoted value (bounded), %d a number; the pattern
 * ends at a %s, whose text is anything (often another error, read by its own signature).
 */
export function formatPattern(format: string): string {
	const upToText = format.split('%s')[0];
	return upToText
		.split(/(%r|\{!r\}|%d)/)
		.map((piece) => (piece === '%r' || piece === '{!r}' ? `'[^'\\n]{0,300}'` : piece === '%d' ? '\\d{1,6}' : escape(piece)))
		.join('');
}

/** A text the row's format produces, for the tests: each placeholder filled with a plausible value. */
export function formatExample(format: string): string {
	return format
		.replaceAll('%r', "'db.example.net'")
		.replaceAll('{!r}', "'*.*.example.net'")
		.replaceAll('%d', '1024')
		.replaceAll('%s', "'db0.example.net', 'db1.example.net'");
}

const READINGS: Record<PythonReading, (facts: DiagnoseFacts) => Candidate[]> = {
	'handshake-closed': handshakeClosed,
	'handshake-timeout': (facts) =>
		hostKinds(facts).has('atlas')
			? [
					{
						id: 'atlas-ip-access-list',
						confidence: 'medium',
						because: 'Atlas often lets a handshake from an address outside the IP access list hang until it times out'
					},
					{ id: 'handshake-timeout', confidence: 'medium' }
				]
			: [{ id: 'handshake-timeout', confidence: 'high', because: 'the TCP connection opened, but no TLS answer came back in time' }]
};

function signatureFor(row: PythonSslRow): ErrorSignature {
	const body = formatPattern(row.text);
	const pattern = new RegExp(row.framed ? `_ssl\\.c:\\d{1,5}: ${body}` : body);
	const fixed: Candidate = { id: row.diagnosis!, confidence: 'high', ...(row.note ? { because: row.note } : {}) };
	const diagnose = row.reading ? READINGS[row.reading] : () => [fixed];
	const text = `${row.exception.split(' ')[0]}: ${row.framed ? '_ssl.c:975: ' : ''}${formatExample(row.text)}`;
	return {
		id: `python.${row.id}`,
		family: 'python',
		pattern,
		citation: `${row.citation}: diagnose/tables/python-ssl.ts`,
		diagnose,
		// Built from the row's format string; the captured texts are in the table tests.
		examples: [{ text, top: diagnose({})[0].id }]
	};
}

export const PYTHON_SSL_SIGNATURES: ErrorSignature[] = PYTHON_SSL.filter((r) => (r.diagnosis || r.reading) && !r.signature).map(
	signatureFor
);
