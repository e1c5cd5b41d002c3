/**
 * The Windows table (windows-errors.ts) read as error signatures: one per mapped code, whose
 * pattern is every rendering of that code a Windows client prints (its name, its HRESULT in hex
 * with and without 0x, signed and unsigned in decimal, and FormatMessage's text where the table
 * has it). No Windows code needs a hand-written pattern in the families.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { handshakeClosed } from '../families/ranking';
import { chainIncomplete, seenFrom, untrustedRoot } from './chain-readings';
import { hex, signed, WINDOWS_ERRORS, type WindowsErrorRow, type WindowsReading } from './windows-errors';
import { escapeForPattern as escape } from '../pattern-literal';

export interface WindowsRendering {
	/** Who prints it this way. */
	form: 'name' | 'hex' | 'mongo shell' | 'mongod log' | 'signed' | 'unsigned' | 'text';
	text: string;
}

/** Every way a client prints the code; the decimal forms only for failures (an SEC_I_ number is too small to tell apart). */
export function windowsRenderings(row: WindowsErrorRow): WindowsRendering[] {
	const out: WindowsRendering[] = [
		{ form: 'name', text: row.name },
		{ form: 'hex', text: `0x${hex(row.hresult)}` },
		{ form: 'mongo shell', text: `(${hex(row.hresult)})` },
		// logv2 23279 puts the same hex in its errorCode attribute.
		{ form: 'mongod log', text: `"errorCode":"${hex(row.hresult)}"` }
	];
	if (row.hresult >= 0x80000000) {
		out.push({ form: 'signed', text: signed(row.hresult) }, { form: 'unsigned', text: String(row.hresult) });
	}
	if (row.text) out.push({ form: 'text', text: row.text.replace(/\.$/, '') });
	return out;
}

/**
 * One alternative per rendering, each starting with its literal (the gate's needle). A name or a
 * number must not run on into a longer one: SEC_E_REVOCATION_OFFLINE_C is not …_KDC, and
 * 0x800B0109 is not 0x800B01090.
 */
function patternFor(row: WindowsErrorRow): RegExp {
	const alternatives = windowsRenderings(row).map(({ form, text }) => {
		switch (form) {
			case 'name':
				return `\\b${text}(?![A-Za-z0-9_])`;
			case 'hex':
				return `${text}(?![0-9A-Fa-f])`;
			case 'signed':
				return `${escape(text)}(?!\\d)`;
			case 'unsigned':
				return `${text}(?!\\d)(?<!\\d${text})`;
			default:
				return escape(text);
		}
	});
	return new RegExp(alternatives.join('|'));
}

const isIpLiteral = (host: string) => /^[\d.]+$|:/.test(host);

function plain(row: WindowsErrorRow, facts: DiagnoseFacts): Candidate[] {
	const ids = [row.diagnosis!, ...(row.also ?? [])];
	// A name check that failed against an IP address is an IP mismatch.
	if (row.diagnosis === 'hostname-mismatch' && facts.hosts?.some((h) => isIpLiteral(h.host))) ids.reverse();
	return ids.map((id, i) => ({ id, confidence: i === 0 ? 'high' : 'medium' }));
}

const READINGS: Record<WindowsReading, (facts: DiagnoseFacts) => Candidate[]> = {
	'untrusted-root': untrustedRoot,
	'partial-chain': chainIncomplete,
	'handshake-closed': handshakeClosed
};

/** A text built from the client's format string (not captured), for the row's examples. */
export function builtWindowsText(row: WindowsErrorRow): string {
	const text = row.text ?? 'TEXT';
	return row.hresult >= 0x80000000
		? `schannel: next InitializeSecurityContext failed: ${row.name} (0x${hex(row.hresult)}) - ${text}`
		: `SSPI status ${row.name} (0x${hex(row.hresult)})`;
}

/**
 * Texts real clients printed, kept with the code they show: curl/schannel and a driver-install
 * log from public threads; the two Win32Exception lines are the examples of the hand-written
 * signatures this table replaced.
 */
const CAPTURED: Partial<Record<string, string[]>> = {
	SEC_E_UNTRUSTED_ROOT: [
		'curl: (60) schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.'
	],
	SEC_E_WRONG_PRINCIPAL: [
		'curl: (60) schannel: SNI or certificate check failed: SEC_E_WRONG_PRINCIPAL (0x80090322) - The target principal name is incorrect.'
	],
	CRYPT_E_NO_REVOCATION_CHECK: [
		'curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate.'
	],
	CRYPT_E_REVOCATION_OFFLINE: ['curl: (35) schannel: next InitializeSecurityContext failed: CRYPT_E_REVOCATION_OFFLINE (0x80092013)'],
	SEC_E_ILLEGAL_MESSAGE: ['System.ComponentModel.Win32Exception: The message received was unexpected or badly formatted'],
	SEC_E_ALGORITHM_MISMATCH: [
		'System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm'
	],
	CERT_E_UNTRUSTEDROOT: [
		'Error 0x800b0109: A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.'
	]
};

function signatureFor(row: WindowsErrorRow): ErrorSignature {
	const texts = CAPTURED[row.name] ?? [builtWindowsText(row)];
	return {
		id: `windows.${row.name.toLowerCase().replaceAll('_', '-')}`,
		family: 'windows',
		pattern: patternFor(row),
		citation: `${row.citation}; diagnose/tables/windows-errors.ts`,
		diagnose: (facts) => seenFrom(facts, row.reading ? READINGS[row.reading](facts) : plain(row, facts)),
		examples: texts.map((text) => ({ text, top: row.diagnosis! }))
	};
}

export const WINDOWS_SIGNATURES: ErrorSignature[] = WINDOWS_ERRORS.filter((r) => r.diagnosis).map(signatureFor);
