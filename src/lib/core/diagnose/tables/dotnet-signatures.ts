/**
 * The .NET table (dotnet-security.ts) read as error signatures: one per mapped chain flag, policy
 * error and SslStream message, whose pattern is each rendering the C# driver's exceptions carry.
 * The chain flags' texts (StatusInformation) are OpenSSL's on Linux and CryptoAPI's on Windows:
 * the OpenSSL and Windows tables read those.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { handshakeClosed, unknownIssuer } from '../families/ranking';
import { chainIncomplete, untrustedRoot } from './chain-readings';
import {
	SSL_POLICY_ERRORS,
	SSLSTREAM_MESSAGES,
	TLS_ALERT_MESSAGE,
	X509_CHAIN_STATUS,
	type ChainStatusRow,
	type DotnetReading,
	type PolicyErrorRow,
	type SslStreamMessage
} from './dotnet-security';
import { TLS_ALERTS } from './tls-alerts';
import { trimEndOf } from '../../text/trim-end';
import { escapeForPattern as escape } from '../pattern-literal';

/** SslStream.Protocol.cs: the chain flags (Enum.ToString of the combined flags, ", " between). */
export const CHAIN_PREFIX = 'The remote certificate is invalid because of errors in the certificate chain: ';
/** The policy errors, the same way; .NET Framework printed the sentence alone, with a full stop. */
export const POLICY_PREFIX = 'The remote certificate is invalid according to the validation procedure';
const ALERT = /Authentication failed because the remote party sent a TLS alert: '([A-Za-z]+)'/;

const isIpLiteral = (host: string) => /^[\d.]+$|:/.test(host);

const chainErrors = (facts: DiagnoseFacts): Candidate[] => [
	...unknownIssuer(facts).map((c) => ({ ...c, confidence: c.confidence === 'high' ? ('medium' as const) : ('low' as const) })),
	{ id: 'hostname-mismatch', confidence: 'low' }
];

/** The alert .NET names means what the TLS alert table says of it. */
function alertNamed(match: RegExpExecArray): Candidate[] {
	const code = TLS_ALERT_MESSAGE[ALERT.exec(match[0])?.[1] ?? ''];
	const alert = TLS_ALERTS.find((a) => a.code === code);
	if (!alert || !('tops' in alert.meaning)) return [];
	return alert.meaning.tops.map((id, i) => ({
		id,
		confidence: i === 0 ? 'high' : 'low',
		because: i === 0 ? `the server sent the TLS alert ${alert.name} (${alert.code})` : undefined
	}));
}

const READINGS: Record<DotnetReading, (facts: DiagnoseFacts, match: RegExpExecArray) => Candidate[]> = {
	'untrusted-root': untrustedRoot,
	'partial-chain': chainIncomplete,
	'chain-errors': chainErrors,
	'handshake-closed': handshakeClosed,
	alert: (_facts, match) => alertNamed(match)
};

function plain(row: { diagnosis?: string; also?: readonly string[] }, facts: DiagnoseFacts): Candidate[] {
	const ids = [row.diagnosis!, ...(row.also ?? [])] as Candidate['id'][];
	if (row.diagnosis === 'hostname-mismatch' && facts.hosts?.some((h) => isIpLiteral(h.host))) ids.reverse();
	return ids.map((id, i) => ({ id, confidence: i === 0 ? 'high' : 'medium' }));
}

type Row = ChainStatusRow | PolicyErrorRow | SslStreamMessage;

const reader = (row: Row) => (facts: DiagnoseFacts, match: RegExpExecArray) =>
	row.reading ? READINGS[row.reading](facts, match) : plain(row, facts);

/** Every rendering of a chain flag: in SslStream's sentence among the others, and as code prints the enum. */
export function chainFlagRenderings(row: ChainStatusRow): string[] {
	return [`${CHAIN_PREFIX}${row.name}`, `${CHAIN_PREFIX}NotTimeValid, ${row.name}`, `X509ChainStatusFlags.${row.name}`];
}

// A flag's name may sit after others in the list; a name must not run on into a longer one.
const chainPattern = (row: ChainStatusRow) =>
	new RegExp(`${escape(CHAIN_PREFIX)}(?:[A-Za-z]+, )*${row.name}(?![A-Za-z])|X509ChainStatusFlags\\.${row.name}(?![A-Za-z])`);

/** The policy error's name: SslStream prints it after its sentence, callbacks and logs print it alone. */
const policyPattern = (row: PolicyErrorRow) => new RegExp(`\\b${row.name}(?![A-Za-z])`);

/** The resource's text up to its placeholder, so every value filled in matches. */
export function messageLiteral(row: SslStreamMessage): string {
	if (row.resource === 'net_ssl_io_cert_validation') return POLICY_PREFIX;
	return trimEndOf(row.text.trim().split('{0}')[0], ".: '(-");
}

const messagePattern = (row: SslStreamMessage) => (row.reading === 'alert' ? ALERT : new RegExp(escape(messageLiteral(row))));

/** Texts as .NET prints them, built from the resource's format (marked BUILT), unless captured. */
const EXAMPLES: Record<string, { text: string; top: Candidate['id'] }[]> = {
	// Kept from the hand-written signatures this table replaced; their wording is SslStream's own
	// (Strings.resx), but where each was first seen is not recorded.
	UntrustedRoot: [
		{
			text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot',
			top: 'untrusted-ca'
		}
	],
	PartialChain: [
		{
			text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: PartialChain',
			top: 'missing-intermediate'
		}
	],
	RemoteCertificateNameMismatch: [
		{
			text: 'The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch',
			top: 'hostname-mismatch'
		}
	],
	net_ssl_io_cert_validation: [
		{
			text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.',
			top: 'untrusted-ca'
		}
	],
	net_auth_eof: [
		{
			text: 'System.IO.IOException: Authentication failed because the remote party has closed the transport stream.',
			top: 'tls-to-plain-server'
		}
	],
	// BUILT from net_auth_tls_alert with TlsAlertMessage.CertificateRequired.
	net_auth_tls_alert: [
		{
			text: "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'CertificateRequired'.",
			top: 'client-cert-required'
		}
	]
};

/** BUILT: what .NET fills in for {0}, from the code that formats each message. */
const FILL: Record<string, string> = {
	net_ssl_check_private_key_failed: 'error:05800074:x509 certificate routines::key values mismatch',
	net_security_sslprotocol_contiguous: 'Tls, Tls12',
	net_security_sslprotocol_notsupported: 'Tls'
};

/** BUILT: the exception as .NET prints it around the text. */
const built = (text: string) => `System.Security.Authentication.AuthenticationException: ${text}`;

function signature(
	id: string,
	pattern: RegExp,
	citation: string,
	row: Row,
	examples: { text: string; top: Candidate['id'] }[]
): ErrorSignature {
	return {
		id: `dotnet.${id}`,
		family: 'dotnet',
		pattern,
		citation: `${citation}; diagnose/tables/dotnet-security.ts`,
		diagnose: reader(row),
		examples
	};
}

const kebab = (s: string) =>
	s
		.replace(/([a-z])([A-Z])/g, '$1-$2')
		.replaceAll('_', '-')
		.toLowerCase();

export const DOTNET_SIGNATURES: ErrorSignature[] = [
	...X509_CHAIN_STATUS.filter((r) => r.diagnosis).map((r) =>
		signature(
			`chain-${kebab(r.name)}`,
			chainPattern(r),
			r.citation,
			r,
			EXAMPLES[r.name] ?? [{ text: built(`${CHAIN_PREFIX}${r.name}`), top: r.diagnosis! }]
		)
	),
	...SSL_POLICY_ERRORS.filter((r) => r.diagnosis).map((r) =>
		signature(
			kebab(r.name),
			policyPattern(r),
			r.citation,
			r,
			EXAMPLES[r.name] ?? [{ text: built(`${POLICY_PREFIX}: ${r.name}`), top: r.diagnosis! }]
		)
	),
	...SSLSTREAM_MESSAGES.filter((r) => r.diagnosis).map((r) =>
		signature(
			kebab(r.resource.replace(/^net_/, '')),
			messagePattern(r),
			r.citation,
			r,
			EXAMPLES[r.resource] ?? [{ text: built(r.text.trim().replace('{0}', FILL[r.resource] ?? '')), top: r.diagnosis! }]
		)
	)
];
