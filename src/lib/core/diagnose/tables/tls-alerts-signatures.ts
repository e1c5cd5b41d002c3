/**
 * The TLS alert table (tls-alerts.ts) read as error signatures: one per alert and stack, whose
 * pattern is every rendering of that alert the stack prints on receiving it, and whose meaning
 * is the row's reading. No alert needs a hand-written pattern in the families.
 */

import type { Candidate, ErrorSignature, SignatureFamily } from '../signature';
import type { DiagnoseFacts } from '../facts';
import type { DiagnosisId } from '../vocabulary';
import { ASK_CHAIN, certificateRequired, handshakeFailureAlert, internalErrorAlert } from '../families/ranking';
import { TLS_ALERTS, type AlertMeaning, type TlsAlert } from './tls-alerts';
import { escapeForPattern as escape } from '../pattern-literal';

type Reading = Extract<AlertMeaning, { reading: string }>['reading'];

export type AlertStack = 'openssl' | 'go' | 'java' | 'rustls';

export interface AlertRendering {
	stack: AlertStack;
	/** Received: the server sent it, so the server objected. Sent: the client objected. */
	direction: 'received' | 'sent';
	text: string;
}

/** OpenSSL prints a reason as its name in lower case, "_" read as a space. */
export const opensslReasonText = (name: string) => name.toLowerCase().replaceAll('_', ' ');

/** What each stack prints, in both directions. Sent forms are listed for the record, not matched. */
export function renderings(alert: TlsAlert): AlertRendering[] {
	const out: AlertRendering[] = [];
	for (const name of alert.openssl) {
		out.push({ stack: 'openssl', direction: 'received', text: name });
		out.push({ stack: 'openssl', direction: 'received', text: opensslReasonText(name) });
	}
	out.push({ stack: 'openssl', direction: 'received', text: `SSL alert number ${alert.code}` });
	if (alert.go) {
		out.push({ stack: 'go', direction: 'received', text: `remote error: tls: ${alert.go}` });
		// Go's conn.go sendAlert: the client's own objection. The error it returns beside it (an
		// x509 error, a version mismatch) names the cause, and other signatures read that.
		out.push({ stack: 'go', direction: 'sent', text: `local error: tls: ${alert.go}` });
	}
	out.push({ stack: 'java', direction: 'received', text: `Received fatal alert: ${alert.java}` });
	out.push({ stack: 'rustls', direction: 'received', text: `received fatal alert: ${alert.rustls}` });
	return out;
}

const FAMILY: Record<AlertStack, SignatureFamily> = { openssl: 'openssl', go: 'go', java: 'java', rustls: 'rustls' };

const CITATION: Record<AlertStack, string> = {
	openssl:
		'OpenSSL/BoringSSL SSL_R_*_ALERT_* reasons (google/boringssl crypto/err/ssl.errordata @ a0689af2; OpenSSL 3.0.19 errstr; CPython _ssl err_codes_to_names), "SSL alert number N" (ssl/record/rec_layer_s3.c)',
	go: 'golang/go src/crypto/tls/alert.go @ 09678f41 alertText, received as "remote error: tls: …" (conn.go)',
	java: 'openjdk/jdk sun/security/ssl/Alert.java @ 0195e41f: "Received fatal alert: " + description',
	rustls: 'rustls/rustls v/0.23.43 rustls/src/error.rs "received fatal alert: {alert:?}", enums.rs AlertDescription'
};

/**
 * One stack's received renderings of one alert as a pattern. A rendering that another alert's
 * rendering starts with ("unknown certificate" / "unknown certificate authority") must not run on.
 */
function patternFor(alert: TlsAlert, stack: AlertStack): RegExp {
	const mine = renderings(alert).filter((r) => r.stack === stack && r.direction === 'received');
	const others = TLS_ALERTS.filter((a) => a !== alert).flatMap((a) =>
		renderings(a).filter((r) => r.stack === stack && r.direction === 'received')
	);
	const alternatives = mine.map(({ text }) => {
		const lower = text.toLowerCase();
		const longer = others.map((o) => o.text.toLowerCase()).filter((o) => o.startsWith(lower) && o !== lower);
		const tails = longer.map((o) => escape(o.slice(lower.length)));
		return escape(text) + (tails.length ? `(?!${tails.join('|')})` : '') + (/\w$/.test(text) ? '(?![\\w])' : '');
	});
	return new RegExp(alternatives.join('|'));
}

const expired = (facts: DiagnoseFacts): Candidate[] =>
	facts.serverLog
		? [
				{
					id: 'cert-expired',
					confidence: 'medium',
					because: 'in a server log the alert came from the client: it found the server’s certificate expired or not yet valid',
					next: [ASK_CHAIN]
				}
			]
		: [
				{
					id: 'cert-expired',
					confidence: 'high',
					because: 'the server rejected the client’s certificate as expired (OpenSSL sends this alert for a certificate not yet valid too)'
				},
				{ id: 'cert-not-yet-valid', confidence: 'low', because: 'the same alert answers a client certificate whose validity has not begun' }
			];

const READINGS: Record<Reading, (facts: DiagnoseFacts) => Candidate[]> = {
	'client-cert-rejected': (facts) =>
		facts.serverLog
			? [
					{
						id: 'untrusted-ca',
						confidence: 'medium',
						because: 'in a server log the alert came from the client: the client did not trust the server’s certificate',
						next: [ASK_CHAIN]
					}
				]
			: [
					{
						id: 'client-cert-untrusted',
						confidence: 'high',
						because: 'the server sent this alert about the certificate the client presented'
					}
				],
	'client-cert-expired': expired,
	'client-cert-revoked': (facts) => [
		{
			id: 'revoked',
			confidence: 'high',
			because: facts.serverLog ? 'the client found the server’s certificate revoked' : 'the server found the client’s certificate revoked'
		}
	],
	'client-cert-purpose': (facts) =>
		facts.serverLog
			? [{ id: 'wrong-purpose', confidence: 'medium', because: 'the client refused the server’s certificate for its type or purpose' }]
			: [
					{
						id: 'wrong-purpose',
						confidence: 'high',
						because:
							'OpenSSL servers send this alert when the client’s certificate is not for client authentication (no clientAuth extended key usage)'
					},
					{ id: 'client-cert-untrusted', confidence: 'low', because: 'a certificate type or key the server does not accept reads the same' }
				],
	'certificate-required': () => certificateRequired(),
	'handshake-failure': handshakeFailureAlert,
	'internal-error': internalErrorAlert,
	'protocol-version': () => [
		{
			id: 'protocol-version',
			confidence: 'high',
			because: 'client and server have no TLS version in common: one of them is limited to TLS 1.0/1.1'
		}
	],
	'no-shared-cipher': () => [
		{ id: 'no-shared-cipher', confidence: 'medium', because: 'the server wants stronger cipher suites or keys than the client offered' }
	],
	'unrecognized-name': () => [
		{
			id: 'hostname-mismatch',
			confidence: 'medium',
			because:
				'the server does not serve the name the client asked for (SNI): connect with a host name the server is configured for, not an IP address or alias'
		}
	],
	'ocsp-status': () => [
		{ id: 'ocsp-failure', confidence: 'high', because: 'the client could not accept the OCSP response the server stapled' }
	]
};

/** Texts real clients printed, kept with the alert they show (they were the hand-written signatures' examples). */
const CAPTURED: Partial<Record<string, Partial<Record<AlertStack, { text: string; top: DiagnosisId }[]>>>> = {
	handshake_failure: {
		openssl: [
			{
				text: 'SSL handshake failed: localhost:27017: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:997)',
				top: 'python310-legacy-server'
			},
			{
				text: "[TLS handshake failed: error:0A000410:SSL routines::sslv3 alert handshake failure calling hello on 'localhost:28316']",
				top: 'client-cert-required'
			}
		],
		go: [
			{ text: 'connection() error occured during connection handshake: remote error: tls: handshake failure', top: 'client-cert-required' }
		],
		java: [{ text: 'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure', top: 'client-cert-required' }]
	},
	certificate_required: {
		openssl: [
			{
				text: '408779996C7F0000:error:0A00045C:SSL routines:ssl3_read_bytes:tlsv13 alert certificate required:../ssl/record/rec_layer_s3.c:1601:SSL alert number 116',
				top: 'client-cert-required'
			}
		],
		go: [
			{
				text: 'connection(localhost:28302[-5]) incomplete read of message header: remote error: tls: certificate required',
				top: 'client-cert-required'
			}
		],
		java: [{ text: 'javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_required', top: 'client-cert-required' }]
	},
	unknown_ca: {
		openssl: [
			{
				text: 'MongoServerSelectionError: 80ECD3E0D07F0000:error:0A000418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 48',
				top: 'client-cert-untrusted'
			}
		]
	},
	bad_certificate: {
		go: [{ text: 'remote error: tls: bad certificate', top: 'client-cert-untrusted' }],
		java: [{ text: 'javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate', top: 'client-cert-untrusted' }]
	},
	internal_error: {
		openssl: [
			{
				text: 'SSL handshake failed: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: TLSV1_ALERT_INTERNAL_ERROR] tlsv1 alert internal error (_ssl.c:992)',
				top: 'atlas-ip-access-list'
			}
		],
		go: [
			{
				text: 'Addr: cluster0-shard-00-00.abcde.mongodb.net:28500, Type: Unknown, Last error: connection() error occured during connection handshake: remote error: tls: internal error',
				top: 'atlas-ip-access-list'
			}
		],
		java: [
			{
				text: '{address=cluster0-shard-00-00.abcde.mongodb.net:28498, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketWriteException: Exception sending message}, caused by {javax.net.ssl.SSLException: Received fatal alert: internal_error}}',
				top: 'atlas-ip-access-list'
			}
		]
	},
	protocol_version: {
		openssl: [
			{
				text: 'MongoServerSelectionError: 80AC2F24CB7F0000:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 70',
				top: 'protocol-version'
			},
			{ text: '[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version', top: 'protocol-version' }
		],
		go: [{ text: 'remote error: tls: protocol version not supported', top: 'protocol-version' }]
	}
};

/** A text built from the stack's format string (not captured), for rows no client here printed. */
export function builtText(alert: TlsAlert, stack: AlertStack): string {
	const reason = alert.openssl[alert.openssl.length - 1];
	switch (stack) {
		case 'openssl':
			return `error:${(0x0a000000 + 1000 + alert.code).toString(16).toUpperCase().padStart(8, '0')}:SSL routines::${opensslReasonText(reason)}`;
		case 'go':
			return `connection() error occurred during connection handshake: remote error: tls: ${alert.go}`;
		case 'java':
			return `javax.net.ssl.SSLHandshakeException: Received fatal alert: ${alert.java}`;
		case 'rustls':
			return `Kind: I/O error: received fatal alert: ${alert.rustls}, labels: {}`;
	}
}

function signatureFor(alert: TlsAlert, stack: AlertStack, reading: Reading, tops: readonly DiagnosisId[]): ErrorSignature {
	const captured = CAPTURED[alert.name]?.[stack];
	return {
		id: `${FAMILY[stack]}.alert-${alert.name.replaceAll('_', '-')}`,
		family: FAMILY[stack],
		pattern: patternFor(alert, stack),
		citation: `TLS alert ${alert.name} (${alert.code}), ${alert.rfc}, received from the server; ${CITATION[stack]}`,
		diagnose: READINGS[reading],
		examples: captured?.length ? captured : [{ text: builtText(alert, stack), top: tops[0] }]
	};
}

const STACKS: readonly AlertStack[] = ['openssl', 'go', 'java', 'rustls'];

export const TLS_ALERT_SIGNATURES: ErrorSignature[] = TLS_ALERTS.flatMap((alert) => {
	const meaning = alert.meaning;
	if (!('reading' in meaning)) return [];
	return STACKS.filter((s) => s !== 'go' || alert.go).map((s) => signatureFor(alert, s, meaning.reading, meaning.tops));
});
