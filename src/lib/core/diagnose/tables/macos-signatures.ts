/**
 * The macOS table (macos-errors.ts) read as error signatures: one per mapped code, whose pattern
 * is every rendering of that code a macOS client prints (its name, its OSStatus in the frames that
 * carry one, and for errSec codes the sentence SecCopyErrorMessageString gives). No macOS code
 * needs a hand-written pattern in the families.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { handshakeClosed, unknownIssuer } from '../families/ranking';
import { chainIncomplete, seenFrom, untrustedRoot } from './chain-readings';
import { cssmHex, MACOS_ERRORS, type MacosErrorRow, type MacosReading } from './macos-errors';
import { escapeForPattern as escape } from '../pattern-literal';

/** A bare OSStatus like -9807 is only a code inside a frame that says so; the CSSM ones are long enough alone. */
export function macosRenderings(row: MacosErrorRow): string[] {
	const n = String(row.status);
	// "OSStatus error -9807" is read by its "error -9807".
	const out = [row.name, `Code=${n}`, `OSStatus ${n}`, `OSStatus: ${n}`, `error ${n}`];
	if (row.name.startsWith('CSSMERR_')) out.push(n, cssmHex(row.status));
	// SecBase.h's sentences for errSec codes are what the system prints; errSSL comments are notes.
	if (row.text && row.name.startsWith('errSec')) out.push(row.text.replace(/\.$/, ''));
	return out;
}

function patternFor(row: MacosErrorRow): RegExp {
	const alternatives = macosRenderings(row).map((text) => {
		if (text === row.name) return `\\b${text}(?![A-Za-z0-9_])`;
		if (/\d$/.test(text)) return `${escape(text)}(?![0-9A-Fa-f])`;
		return escape(text);
	});
	return new RegExp(alternatives.join('|'));
}

const isIpLiteral = (host: string) => /^[\d.]+$|:/.test(host);

function plain(row: MacosErrorRow, facts: DiagnoseFacts): Candidate[] {
	const ids = [row.diagnosis!, ...(row.also ?? [])];
	if (row.diagnosis === 'hostname-mismatch' && facts.hosts?.some((h) => isIpLiteral(h.host))) ids.reverse();
	return ids.map((id, i) => ({ id, confidence: i === 0 ? 'high' : 'medium' }));
}

/** The chain did not verify and the code does not say why: the unknown-issuer reading, less sure. */
const chainInvalid = (facts: DiagnoseFacts): Candidate[] =>
	unknownIssuer(facts).map((c) => ({ ...c, confidence: c.confidence === 'high' ? ('medium' as const) : ('low' as const) }));

const READINGS: Record<MacosReading, (facts: DiagnoseFacts) => Candidate[]> = {
	'untrusted-root': untrustedRoot,
	'partial-chain': chainIncomplete,
	'chain-invalid': chainInvalid,
	'handshake-closed': handshakeClosed
};

/** BUILT from NSError's description (Foundation), the frame macOS apps and the .NET runtime print. */
export const builtMacosText = (row: MacosErrorRow) =>
	`Error Domain=NSOSStatusErrorDomain Code=${row.status} "${row.text ?? '(null)'}" UserInfo={NSLocalizedDescription=${row.name}}`;

function signatureFor(row: MacosErrorRow): ErrorSignature {
	return {
		id: `macos.${row.name
			.replace(/([a-z])([A-Z])/g, '$1-$2')
			.replaceAll('_', '-')
			.toLowerCase()}`,
		family: 'macos',
		pattern: patternFor(row),
		citation: `${row.citation}; diagnose/tables/macos-errors.ts`,
		diagnose: (facts) => seenFrom(facts, row.reading ? READINGS[row.reading](facts) : plain(row, facts)),
		examples: [{ text: builtMacosText(row), top: row.diagnosis! }]
	};
}

export const MACOS_SIGNATURES: ErrorSignature[] = MACOS_ERRORS.filter((r) => r.diagnosis).map(signatureFor);
