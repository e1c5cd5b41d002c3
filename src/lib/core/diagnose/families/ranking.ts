/**
 * The rankings several families share: the same event on the wire reads differently in Python,
 * Node, Go and Java, but what it means depends on the same facts (Atlas or private host, a CA
 * file given or not, which Python). Each function here is one such event.
 */

import { shellWord } from '../../syntax/quote';
import type { NextStep } from '../../model/report';
import type { DiagnoseFacts } from '../facts';
import { hostKind } from '../hosts';
import { isPython310OrNewer } from '../python-versions';
import type { Candidate } from '../signature';
import type { DiagnosisId } from '../vocabulary';

const S_CLIENT = 'openssl s_client -connect HOST:PORT -servername HOST -showcerts </dev/null';

export const ASK_CHAIN: NextStep = {
	ask: 'Paste the chain the server presents: the last certificate printed names the CA the client has to trust',
	command: S_CLIENT
};
/** Tells a private CA that was never given from a public root the trust store lacks. */
const ASK_WHICH_CA: NextStep = {
	ask: 'Paste the chain the server presents and look at the last issuer: a public CA (DigiCert, ISRG / Let’s Encrypt, Amazon, GlobalSign, Sectigo…) means this machine’s trust store lacks that root; your own organisation’s CA means it has to be given as tlsCAFile',
	command: S_CLIENT
};
/** Tells a TLS-inspecting proxy's root from the database's own private root. */
const ASK_ROOT_NAME: NextStep = {
	ask: 'Paste the chain and read the root’s name (the last "i:" line): a security product or your company’s proxy (Zscaler, Netskope, Palo Alto, Fortinet, Blue Coat, “… TLS Inspection …”) means the connection is being intercepted; the database team’s own CA means it has to be given as tlsCAFile',
	command: S_CLIENT
};
export const ASK_SERVER_LOG: NextStep = {
	ask: 'Paste the server’s log lines from the moment of the failed connection (mongod.log, or the Atlas/proxy log)'
};
/** Tells a hung TLS handshake from a TLS connection whose MongoDB hello went unanswered. */
export const ASK_TLS_WORKS: NextStep = {
	ask: 'Check whether TLS itself completes: a printed certificate chain and "Verify return code" mean TLS works and the MongoDB hello went unanswered; a hang with no output means the TLS handshake never finished',
	command: 'timeout 10 openssl s_client -connect HOST:PORT -servername HOST -showcerts </dev/null'
};
const ASK_TLS_PROBE: NextStep = {
	ask: 'Probe the port: "no peer certificate available" with "Cipher is (NONE)" means it does not speak TLS at all; a certificate chain means it does',
	command: 'openssl s_client -connect HOST:PORT </dev/null'
};
const ASK_PUBLIC_IP: NextStep = {
	ask: 'Compare this machine’s public IP with the Atlas project’s IP Access List (Network Access); adding just that address settles it in a minute (not 0.0.0.0/0, which lets the whole internet try the password)',
	command: 'curl -s https://checkip.amazonaws.com'
};

/** What a missing or misspelled TLS option leads to once the handshake runs. */
export const CERTIFICATE_OUTCOMES: readonly DiagnosisId[] = [
	'untrusted-ca',
	'missing-system-roots',
	'self-signed-cert',
	'self-signed-in-chain',
	'missing-intermediate',
	'ca-file-incomplete',
	'hostname-mismatch',
	'ip-mismatch',
	'tls-to-plain-server',
	'plain-to-tls-server'
];

export function hostKinds(facts: DiagnoseFacts) {
	const kinds = new Set((facts.hosts ?? []).map((h) => hostKind(h.host)));
	// With no host in the text (an s_client transcript), the names the server's certificate claims stand in.
	if (!kinds.size) for (const name of facts.peerNames ?? []) kinds.add(hostKind(name.replace(/^\*\./, '')));
	return kinds;
}

export function pythonVersion(facts: DiagnoseFacts): string | undefined {
	return facts.pythonVersion ?? facts.pythonVersionHint;
}

/** A tlsCAFile given in the text: the CA file is there, it just does not fit. */
function caFileGiven(facts: DiagnoseFacts): string | undefined {
	return facts.tlsOptions?.tlsCAFile ?? facts.tlsOptions?.ssl_ca_certs ?? facts.tlsOptions?.sslCAFile;
}

/**
 * The client walked the chain and found no trusted issuer (OpenSSL 20, Go "unknown authority",
 * Java "PKIX path building failed", .NET UntrustedRoot). Which cause depends on who the host is
 * and whether a CA file was given.
 */
export function unknownIssuer(facts: DiagnoseFacts, { rootWasSent = false } = {}): Candidate[] {
	const kinds = hostKinds(facts);
	const caFile = caFileGiven(facts);
	if (caFile && /\.(der|cer|crt)$/i.test(caFile) && /\.der$/i.test(caFile)) {
		return [
			{ id: 'pem-file-invalid', confidence: 'high', because: `tlsCAFile names a DER file (${caFile}), and drivers read only PEM` },
			{ id: 'ca-file-incomplete', confidence: 'low' }
		];
	}
	if (caFile && /certifi/i.test(caFile) && kinds.has('atlas')) {
		return [
			{
				id: 'tls-interception-proxy',
				confidence: 'high',
				because: 'certifi carries the public roots Atlas chains to, so the chain that arrived was not Atlas’s'
			},
			{ id: 'missing-system-roots', confidence: 'low' }
		];
	}
	if (caFile) {
		// The same verify error comes from a CA file without the server's CA and from a server that
		// sends only its leaf while the file holds only the root: s_client with the same file tells.
		const askWithCa: NextStep = {
			ask: `Check the chain against the same CA file: "Verify return code: 21 (unable to verify the first certificate)" means the server sends only its own certificate; 20 means the file does not hold the CA that issued the chain`,
			command: `openssl s_client -connect HOST:PORT -servername HOST -showcerts -CAfile ${shellWord('bash', caFile)} </dev/null`
		};
		return [
			{
				id: 'ca-file-incomplete',
				confidence: 'medium',
				because: `a tlsCAFile (${caFile}) was given, so the client trusts only that file, and it holds no issuer of the chain the server sent`,
				next: [askWithCa]
			},
			{
				id: 'missing-intermediate',
				confidence: 'medium',
				because: 'or the file holds the root, and the server does not send the intermediate that links its certificate to it',
				next: [askWithCa]
			}
		];
	}
	// The certificates pasted with the error settle what the host name can only suggest.
	if (facts.chainTrust === 'public') {
		return [
			{
				id: 'missing-system-roots',
				confidence: 'high',
				because: 'the certificates you pasted chain to a root in the public (Mozilla) set, which a stock trust store has'
			},
			{
				id: 'tls-interception-proxy',
				confidence: 'low',
				because: 'unless the chain the client saw was not the one pasted',
				next: [ASK_CHAIN]
			}
		];
	}
	if (facts.chainTrust === 'private') {
		return [
			{
				id: 'untrusted-ca',
				confidence: 'high',
				because: 'the certificates you pasted chain to a private CA, which no stock trust store has: the client needs it as tlsCAFile'
			},
			{ id: 'missing-intermediate', confidence: 'low' }
		];
	}
	if (kinds.has('atlas')) {
		return [
			{
				id: 'missing-system-roots',
				confidence: 'high',
				because: 'Atlas certificates chain to public roots that every up-to-date trust store has'
			},
			{
				id: 'tls-interception-proxy',
				confidence: rootWasSent ? 'medium' : 'low',
				because: 'a TLS-inspecting proxy on the way would cause the same error',
				next: [ASK_CHAIN]
			}
		];
	}
	if (kinds.has('private') && !kinds.has('public-or-unknown')) {
		return [
			{
				id: 'untrusted-ca',
				confidence: 'high',
				because: 'the host is private, so its certificate most likely comes from a private CA that was never given to the client'
			},
			{
				id: 'missing-intermediate',
				confidence: 'low',
				because: 'a server that sends only its own certificate produces the same error even when the client has the root',
				next: [ASK_CHAIN]
			},
			{
				id: 'ca-file-incomplete',
				confidence: 'low',
				because: 'if a tlsCAFile was given (the text does not show it), that file does not hold the CA that issued the chain'
			}
		];
	}
	return [
		{
			id: 'untrusted-ca',
			confidence: 'medium',
			because: 'a private CA that was never given to the client (tlsCAFile)',
			next: [ASK_WHICH_CA]
		},
		{
			id: 'missing-system-roots',
			confidence: 'medium',
			because: 'or a public CA whose root the client’s trust store lacks',
			next: [ASK_WHICH_CA]
		},
		{ id: 'missing-intermediate', confidence: 'low' },
		{ id: 'ca-file-incomplete', confidence: 'low' }
	];
}

/** The chain ended in a self-signed root the client does not trust (OpenSSL 19). */
export function selfSignedInChain(facts: DiagnoseFacts): Candidate[] {
	const kinds = hostKinds(facts);
	if (kinds.has('atlas')) {
		return [
			{
				id: 'tls-interception-proxy',
				confidence: 'high',
				because: 'Atlas chains end at public roots, so a self-signed root in the chain was put there by something in between'
			},
			{ id: 'self-signed-in-chain', confidence: 'low', next: [ASK_CHAIN] }
		];
	}
	if (caFileGiven(facts)) return unknownIssuer(facts);
	const isPrivate = kinds.has('private') && !kinds.has('public-or-unknown');
	return [
		{
			id: 'self-signed-in-chain',
			confidence: isPrivate ? 'high' : 'medium',
			because: 'the chain ends at a root the client does not trust',
			...(isPrivate ? {} : { next: [ASK_ROOT_NAME] })
		},
		{
			id: 'tls-interception-proxy',
			confidence: isPrivate ? 'low' : 'medium',
			because:
				'on a corporate network a TLS-inspecting proxy produces exactly this: the root’s name tells (your company’s or a security product’s name means a proxy)',
			next: [ASK_ROOT_NAME]
		}
	];
}

/**
 * The server closed the connection in the middle of the handshake, without an alert
 * ("EOF occurred in violation of protocol", "socket disconnected before secure TLS connection").
 */
export function handshakeClosed(facts: DiagnoseFacts): Candidate[] {
	const kinds = hostKinds(facts);
	const py310 = isPython310OrNewer(pythonVersion(facts));
	const out: Candidate[] = [];
	if (kinds.has('atlas')) {
		out.push({
			id: 'atlas-ip-access-list',
			confidence: 'medium',
			because: 'Atlas drops handshakes from addresses that are not on the project’s IP access list',
			next: [ASK_PUBLIC_IP]
		});
	}
	out.push({
		id: 'tls-to-plain-server',
		confidence: 'medium',
		because: 'a server with TLS off (mongod without net.tls) closes the connection as soon as a TLS hello arrives',
		next: [ASK_TLS_PROBE, ASK_SERVER_LOG]
	});
	if (py310) {
		out.push({
			id: 'python310-legacy-server',
			confidence: 'medium',
			because: `Python ${pythonVersion(facts)} refuses the old ciphers and TLS versions MongoDB 4.0 and older offer; the server log then says "no shared cipher"`,
			next: [ASK_SERVER_LOG]
		});
	}
	out.push({
		id: 'protocol-version',
		confidence: 'low',
		because: 'a server that accepts only TLS versions the client disabled may also just hang up'
	});
	out.push({ id: 'connection-reset', confidence: 'low' });
	return out;
}

/**
 * The server answered the hello with a handshake_failure alert (40). The server found nothing to
 * agree on, or (TLS 1.2 and older) wanted a client certificate and got none.
 */
export function handshakeFailureAlert(facts: DiagnoseFacts): Candidate[] {
	const py = pythonVersion(facts);
	const askLog = {
		ask: 'Paste the server log for this connection: "no shared cipher" means a cipher or version clash, "peer did not return a certificate" means a client certificate is required'
	};
	if (facts.serverLog) return [];
	if (isPython310OrNewer(py)) {
		return [
			{
				id: 'python310-legacy-server',
				confidence: 'medium',
				because: `Python ${py} no longer offers the cipher suites MongoDB 4.0 and older accept`,
				next: [askLog]
			},
			{
				id: 'client-cert-required',
				confidence: 'medium',
				because: 'a TLS 1.2 server that requires a client certificate ends the handshake the same way',
				next: [askLog]
			},
			{ id: 'no-shared-cipher', confidence: 'low' }
		];
	}
	return [
		{
			id: 'client-cert-required',
			confidence: 'medium',
			because: 'a TLS 1.2 server that requires a client certificate and got none ends the handshake with this alert',
			next: [askLog]
		},
		{
			id: 'no-shared-cipher',
			confidence: 'medium',
			because: 'or the server found no cipher suite or TLS version in common with the client',
			next: [askLog]
		}
	];
}

/** A fatal internal_error alert from the server (80). */
export function internalErrorAlert(facts: DiagnoseFacts): Candidate[] {
	if (hostKinds(facts).has('atlas')) {
		return [
			{
				id: 'atlas-ip-access-list',
				confidence: 'high',
				because:
					'Atlas answers the TLS hello with an internal-error alert when the client’s IP is not on the access list; the certificates are not involved',
				next: [ASK_PUBLIC_IP]
			},
			{ id: 'tls-interception-proxy', confidence: 'low' }
		];
	}
	return [
		{
			id: 'atlas-ip-access-list',
			confidence: 'low',
			because:
				'Atlas sends this alert for an IP not on the access list; a self-managed server sends it only when something on its side is broken',
			next: [ASK_SERVER_LOG]
		}
	];
}

/** The connection was closed or reset right after it opened, before any TLS was said. */
export function closedAfterConnect(facts: DiagnoseFacts, { tlsInUse }: { tlsInUse: boolean }): Candidate[] {
	const kinds = hostKinds(facts);
	const out: Candidate[] = [];
	if (kinds.has('atlas')) {
		out.push({
			id: 'atlas-ip-access-list',
			confidence: 'medium',
			because: 'Atlas closes connections from addresses not on the IP access list',
			next: [ASK_PUBLIC_IP]
		});
	}
	if (!tlsInUse) {
		out.push({
			id: 'plain-to-tls-server',
			confidence: 'medium',
			because:
				'the client spoke without TLS, and a requireTLS server closes such connections at once (its log says "The server is configured to only allow SSL connections")',
			next: [ASK_SERVER_LOG]
		});
	}
	out.push({
		id: 'connection-reset',
		confidence: 'medium',
		because: 'a firewall, proxy or load balancer that drops the connection looks the same',
		next: [ASK_SERVER_LOG]
	});
	return out;
}

/** Does the text show that TLS was on for this connection? */
export function tlsInUse(text: string, facts: DiagnoseFacts): boolean {
	const o = facts.tlsOptions ?? {};
	if (/^(true|1)$/i.test(o.tls ?? o.ssl ?? '')) return true;
	if (/mongodb\+srv:\/\//.test(text) && !/^(false|0)$/i.test(o.tls ?? o.ssl ?? '')) return true;
	// Not a bare "handshake": the Node driver labels a failed MongoDB hello "HandshakeError" with TLS off too.
	return /\bSSL\b|\bTLS(?:Socket|Wrap)\b|_ssl\.c|(?:SSL|TLS) handshake|certificate|x509|javax\.net\.ssl|SslStream/i.test(text);
}

/**
 * The server ended the handshake because no client certificate arrived (TLS 1.3 alert 116). Java
 * and Go send a configured certificate only when its issuer is among the CAs the server names, so
 * a certificate from the wrong CA reads exactly like none at all.
 */
export function certificateRequired(): Candidate[] {
	return [
		{ id: 'client-cert-required', confidence: 'high', because: 'the server requires a client certificate and none arrived' },
		{
			id: 'client-cert-untrusted',
			confidence: 'low',
			because:
				'if a certificate was configured, Java and Go leave it out when its issuer is not among the CAs the server accepts, and the server sees none',
			next: [
				{
					ask: 'See which CAs the server accepts client certificates from ("Acceptable client certificate CA names") and compare with your certificate’s issuer',
					command:
						'openssl s_client -connect HOST:PORT -servername HOST </dev/null 2>&1 | sed -n "/Acceptable client certificate CA names/,/^[A-Z]/p"'
				}
			]
		}
	];
}
