/**
 * Table 2 (issue 15), Windows part: the CryptoAPI certificate and trust results (CERT_E_*,
 * TRUST_E_*), the revocation results (CRYPT_E_*REVOC*, CRYPT_E_REVOKED) and every SChannel /
 * SSPI status (SEC_E_*, SEC_I_*), with the HRESULT each is, and the diagnosis it means for a
 * MongoDB client, or why it has none.
 *
 * Sources (extracts and the commands that make them: tests/fixtures/vocabulary/README.md):
 * - names and values: mingw-w64/mingw-w64 mingw-w64-headers/include/winerror.h @ d7f3c52012c4;
 * - CERTSRV_E_WEAK_SIGNATURE_OR_KEY (which .NET reports as HasWeakSignature): dotnet/runtime
 *   Internal.Cryptography ErrorCode (it is not in mingw-w64's header);
 * - texts: what Windows' FormatMessage prints for a code, taken from real clients' output in
 *   public threads (curl/schannel, signtool, .NET's Win32Exception), only where one was found.
 *
 * How clients print a code (the renderings windows-signatures.ts reads):
 * - curl and git on Windows: "schannel: … SEC_E_UNTRUSTED_ROOT (0x80090325) - TEXT";
 * - the legacy mongo shell and mongod (src/mongo/util/net/ssl_manager_windows.cpp):
 *   "SSL peer certificate validation failed: (800B0109)TEXT", the hex without 0x;
 * - .NET: Win32Exception / HResult as "0x800B0109" or signed "-2146762487", and the text alone;
 * - PowerShell and event logs: the unsigned decimal "2148204809".
 */

import type { DiagnosisId } from '../vocabulary';

/** How the facts decide the candidates, where the code alone does not (windows-signatures.ts). */
export type WindowsReading = 'untrusted-root' | 'partial-chain' | 'handshake-closed';

export interface WindowsErrorRow {
	/** The macro name in winerror.h. */
	name: string;
	/** The HRESULT as an unsigned 32-bit number. */
	hresult: number;
	/** FormatMessage's text, as a real client printed it (see `textSeen`). */
	text?: string;
	/** Where that text was seen printed. */
	textSeen?: string;
	diagnosis?: DiagnosisId;
	/** Other diagnoses the same code supports, ranked below the first. */
	also?: readonly DiagnosisId[];
	reading?: WindowsReading;
	note?: string;
	unmapped?: string;
	citation: string;
}

const HEADER = 'mingw-w64 mingw-w64-headers/include/winerror.h';

type Extra = Omit<WindowsErrorRow, 'name' | 'hresult' | 'citation'>;

function row(hresult: number, name: string, extra: Extra = {}, source = HEADER): WindowsErrorRow {
	return { name, hresult, ...extra, citation: `${source}: ${name} = 0x${hex(hresult)}` };
}

/** Eight upper-case hex digits, as winerror.h and the mongo shell write them. */
export const hex = (n: number) => n.toString(16).toUpperCase().padStart(8, '0');

const AUTHENTICODE = 'a code-signing (WinVerifyTrust / Authenticode) result, not one a TLS certificate check returns';
const SSPI =
	'an SSPI status of the Kerberos, NTLM or Negotiate packages, or of the API’s own use; SChannel does not return it for a TLS failure';
const KERBEROS = 'a Kerberos / smart-card logon status, not a TLS server certificate check';
const INFO = 'an informational SSPI status of a handshake in progress, not a failure';
const POLICY = 'certificate policy checking is asked for only by applications that set policies; MongoDB clients do not';
const NAME_CONSTRAINT = 'a name constraint in the CA forbids or cannot be checked; the CA must be reissued, no client setting changes it';
const MALFORMED = 'a malformed certificate; no shared diagnosis names a corrupt certificate, the issuer must reissue it';
const CURL = 'curl/schannel output in public threads';

export const WINDOWS_ERRORS: readonly WindowsErrorRow[] = [
	// SSPI informational statuses (SEC_I_*): a handshake step, never the failure itself.
	row(0x00090312, 'SEC_I_CONTINUE_NEEDED', { unmapped: INFO }),
	row(0x00090313, 'SEC_I_COMPLETE_NEEDED', { unmapped: INFO }),
	row(0x00090314, 'SEC_I_COMPLETE_AND_CONTINUE', { unmapped: INFO }),
	row(0x00090315, 'SEC_I_LOCAL_LOGON', { unmapped: INFO }),
	row(0x00090316, 'SEC_I_GENERIC_EXTENSION_RECEIVED', { unmapped: INFO }),
	row(0x00090317, 'SEC_I_CONTEXT_EXPIRED', {
		reading: 'handshake-closed',
		diagnosis: 'tls-to-plain-server',
		note: 'the server closed the TLS session (close_notify) while the client was still in the handshake'
	}),
	// SChannel asks the application for a client certificate it has not given.
	row(0x00090320, 'SEC_I_INCOMPLETE_CREDENTIALS', { diagnosis: 'client-cert-required' }),
	row(0x00090321, 'SEC_I_RENEGOTIATE', { unmapped: INFO }),
	row(0x00090323, 'SEC_I_NO_LSA_CONTEXT', { unmapped: INFO }),
	row(0x0009035c, 'SEC_I_SIGNATURE_NEEDED', { unmapped: INFO }),
	row(0x00090360, 'SEC_I_NO_RENEGOTIATION', {
		unmapped: 'the peer refused a renegotiation; MongoDB servers and drivers do not renegotiate'
	}),
	row(0x00090364, 'SEC_I_MESSAGE_FRAGMENT', { unmapped: INFO }),
	row(0x00090366, 'SEC_I_CONTINUE_NEEDED_MESSAGE_OK', { unmapped: INFO }),
	row(0x00090368, 'SEC_I_ASYNC_CALL_PENDING', { unmapped: INFO }),

	// SSPI / SChannel errors (SEC_E_*).
	row(0x80090300, 'SEC_E_INSUFFICIENT_MEMORY', { unmapped: 'the client ran out of memory, not a TLS problem' }),
	row(0x80090301, 'SEC_E_INVALID_HANDLE', { unmapped: SSPI }),
	// SChannel answers so when the TLS version or the cipher asked for is turned off on the machine.
	row(0x80090302, 'SEC_E_UNSUPPORTED_FUNCTION', { diagnosis: 'protocol-version', also: ['no-shared-cipher'] }),
	row(0x80090303, 'SEC_E_TARGET_UNKNOWN', { unmapped: KERBEROS }),
	row(0x80090304, 'SEC_E_INTERNAL_ERROR', {
		unmapped: 'names no cause; SChannel gives it for many local faults (often a client key it cannot use), the event log says which'
	}),
	row(0x80090305, 'SEC_E_SECPKG_NOT_FOUND', { unmapped: SSPI }),
	row(0x80090306, 'SEC_E_NOT_OWNER', { unmapped: SSPI }),
	row(0x80090307, 'SEC_E_CANNOT_INSTALL', { unmapped: SSPI }),
	// The server's reply is not a TLS record: it does not speak TLS on that port.
	row(0x80090308, 'SEC_E_INVALID_TOKEN', { diagnosis: 'tls-to-plain-server', also: ['protocol-version'] }),
	row(0x80090309, 'SEC_E_CANNOT_PACK', { unmapped: SSPI }),
	row(0x8009030a, 'SEC_E_QOP_NOT_SUPPORTED', { unmapped: SSPI }),
	row(0x8009030b, 'SEC_E_NO_IMPERSONATION', { unmapped: SSPI }),
	row(0x8009030c, 'SEC_E_LOGON_DENIED', { unmapped: KERBEROS }),
	// The client certificate chosen has no private key the process can use.
	row(0x8009030d, 'SEC_E_UNKNOWN_CREDENTIALS', { diagnosis: 'key-missing' }),
	row(0x8009030e, 'SEC_E_NO_CREDENTIALS', { diagnosis: 'key-missing' }),
	row(0x8009030f, 'SEC_E_MESSAGE_ALTERED', {
		unmapped: 'a record failed its integrity check: a broken middlebox or network, no certificate or setting a person changes'
	}),
	row(0x80090310, 'SEC_E_OUT_OF_SEQUENCE', { unmapped: 'records arrived out of order: a broken peer or network' }),
	row(0x80090311, 'SEC_E_NO_AUTHENTICATING_AUTHORITY', { unmapped: KERBEROS }),
	row(0x80090316, 'SEC_E_BAD_PKGID', { unmapped: SSPI }),
	row(0x80090317, 'SEC_E_CONTEXT_EXPIRED', { unmapped: 'the application used a TLS session already closed: a bug in the caller' }),
	row(0x80090318, 'SEC_E_INCOMPLETE_MESSAGE', { unmapped: 'SChannel asks the caller for more bytes; a step, not a failure' }),
	row(0x80090320, 'SEC_E_INCOMPLETE_CREDENTIALS', { diagnosis: 'client-cert-required' }),
	row(0x80090321, 'SEC_E_BUFFER_TOO_SMALL', { unmapped: SSPI }),
	row(0x80090322, 'SEC_E_WRONG_PRINCIPAL', {
		text: 'The target principal name is incorrect.',
		textSeen: CURL,
		diagnosis: 'hostname-mismatch',
		also: ['ip-mismatch']
	}),
	row(0x80090324, 'SEC_E_TIME_SKEW', { unmapped: KERBEROS }),
	row(0x80090325, 'SEC_E_UNTRUSTED_ROOT', {
		text: 'The certificate chain was issued by an authority that is not trusted.',
		textSeen: CURL,
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root'
	}),
	// SChannel's word for a record it cannot parse, and for a fatal alert the server sent.
	row(0x80090326, 'SEC_E_ILLEGAL_MESSAGE', {
		text: 'The message received was unexpected or badly formatted',
		textSeen: '.NET Win32Exception (families/dotnet.ts before this table)',
		diagnosis: 'tls-to-plain-server',
		also: ['protocol-version']
	}),
	row(0x80090327, 'SEC_E_CERT_UNKNOWN', {
		unmapped: 'names no cause: SChannel could not process the certificate, the next error says why'
	}),
	row(0x80090328, 'SEC_E_CERT_EXPIRED', {
		text: 'The received certificate has expired.',
		textSeen: CURL,
		diagnosis: 'cert-expired'
	}),
	row(0x80090329, 'SEC_E_ENCRYPT_FAILURE', { unmapped: SSPI }),
	row(0x80090330, 'SEC_E_DECRYPT_FAILURE', { unmapped: 'a record could not be decrypted: a broken peer or network' }),
	row(0x80090331, 'SEC_E_ALGORITHM_MISMATCH', {
		text: 'The client and server cannot communicate, because they do not possess a common algorithm',
		textSeen: '.NET Win32Exception (families/dotnet.ts before this table)',
		diagnosis: 'protocol-version',
		also: ['no-shared-cipher']
	}),
	row(0x80090332, 'SEC_E_SECURITY_QOS_FAILED', { unmapped: SSPI }),
	row(0x80090333, 'SEC_E_UNFINISHED_CONTEXT_DELETED', { unmapped: SSPI }),
	row(0x80090334, 'SEC_E_NO_TGT_REPLY', { unmapped: KERBEROS }),
	row(0x80090335, 'SEC_E_NO_IP_ADDRESSES', { unmapped: KERBEROS }),
	row(0x80090336, 'SEC_E_WRONG_CREDENTIAL_HANDLE', { unmapped: SSPI }),
	row(0x80090337, 'SEC_E_CRYPTO_SYSTEM_INVALID', { unmapped: SSPI }),
	row(0x80090338, 'SEC_E_MAX_REFERRALS_EXCEEDED', { unmapped: KERBEROS }),
	row(0x80090339, 'SEC_E_MUST_BE_KDC', { unmapped: KERBEROS }),
	row(0x8009033a, 'SEC_E_STRONG_CRYPTO_NOT_SUPPORTED', { unmapped: KERBEROS }),
	row(0x8009033b, 'SEC_E_TOO_MANY_PRINCIPALS', { unmapped: KERBEROS }),
	row(0x8009033c, 'SEC_E_NO_PA_DATA', { unmapped: KERBEROS }),
	row(0x8009033d, 'SEC_E_PKINIT_NAME_MISMATCH', { unmapped: KERBEROS }),
	row(0x8009033e, 'SEC_E_SMARTCARD_LOGON_REQUIRED', { unmapped: KERBEROS }),
	row(0x8009033f, 'SEC_E_SHUTDOWN_IN_PROGRESS', { unmapped: 'Windows is shutting down' }),
	row(0x80090340, 'SEC_E_KDC_INVALID_REQUEST', { unmapped: KERBEROS }),
	row(0x80090341, 'SEC_E_KDC_UNABLE_TO_REFER', { unmapped: KERBEROS }),
	row(0x80090342, 'SEC_E_KDC_UNKNOWN_ETYPE', { unmapped: KERBEROS }),
	row(0x80090343, 'SEC_E_UNSUPPORTED_PREAUTH', { unmapped: KERBEROS }),
	row(0x80090345, 'SEC_E_DELEGATION_REQUIRED', { unmapped: KERBEROS }),
	row(0x80090346, 'SEC_E_BAD_BINDINGS', { unmapped: SSPI }),
	row(0x80090347, 'SEC_E_MULTIPLE_ACCOUNTS', { unmapped: KERBEROS }),
	row(0x80090348, 'SEC_E_NO_KERB_KEY', { unmapped: KERBEROS }),
	row(0x80090349, 'SEC_E_CERT_WRONG_USAGE', { diagnosis: 'wrong-purpose' }),
	row(0x80090350, 'SEC_E_DOWNGRADE_DETECTED', { unmapped: KERBEROS }),
	row(0x80090351, 'SEC_E_SMARTCARD_CERT_REVOKED', { unmapped: KERBEROS }),
	row(0x80090352, 'SEC_E_ISSUING_CA_UNTRUSTED', { unmapped: KERBEROS }),
	row(0x80090353, 'SEC_E_REVOCATION_OFFLINE_C', { unmapped: KERBEROS }),
	row(0x80090354, 'SEC_E_PKINIT_CLIENT_FAILURE', { unmapped: KERBEROS }),
	row(0x80090355, 'SEC_E_SMARTCARD_CERT_EXPIRED', { unmapped: KERBEROS }),
	row(0x80090356, 'SEC_E_NO_S4U_PROT_SUPPORT', { unmapped: KERBEROS }),
	row(0x80090357, 'SEC_E_CROSSREALM_DELEGATION_FAILURE', { unmapped: KERBEROS }),
	row(0x80090358, 'SEC_E_REVOCATION_OFFLINE_KDC', { unmapped: KERBEROS }),
	row(0x80090359, 'SEC_E_ISSUING_CA_UNTRUSTED_KDC', { unmapped: KERBEROS }),
	row(0x8009035a, 'SEC_E_KDC_CERT_EXPIRED', { unmapped: KERBEROS }),
	row(0x8009035b, 'SEC_E_KDC_CERT_REVOKED', { unmapped: KERBEROS }),
	row(0x8009035d, 'SEC_E_INVALID_PARAMETER', { unmapped: SSPI }),
	row(0x8009035e, 'SEC_E_DELEGATION_POLICY', { unmapped: KERBEROS }),
	row(0x8009035f, 'SEC_E_POLICY_NLTM_ONLY', { unmapped: KERBEROS }),
	row(0x80090361, 'SEC_E_NO_CONTEXT', { unmapped: SSPI }),
	row(0x80090362, 'SEC_E_PKU2U_CERT_FAILURE', { unmapped: KERBEROS }),
	row(0x80090363, 'SEC_E_MUTUAL_AUTH_FAILED', { unmapped: KERBEROS }),
	row(0x80090365, 'SEC_E_ONLY_HTTPS_ALLOWED', { unmapped: 'an HTTP.sys policy, not a MongoDB connection' }),
	row(0x80090367, 'SEC_E_APPLICATION_PROTOCOL_MISMATCH', { unmapped: 'ALPN, which MongoDB clients do not use' }),
	row(0x80090369, 'SEC_E_INVALID_UPN_NAME', { unmapped: KERBEROS }),
	row(0x8009036a, 'SEC_E_EXT_BUFFER_TOO_SMALL', { unmapped: SSPI }),
	row(0x8009036b, 'SEC_E_INSUFFICIENT_BUFFERS', { unmapped: SSPI }),

	// Revocation (CRYPT_E_*).
	row(0x80092010, 'CRYPT_E_REVOKED', { diagnosis: 'revoked' }),
	row(0x80092011, 'CRYPT_E_NO_REVOCATION_DLL', { unmapped: 'no revocation provider is installed: a damaged Windows installation' }),
	// Schannel could not reach the CRL or OCSP responder (often a firewall or an antivirus proxy).
	row(0x80092012, 'CRYPT_E_NO_REVOCATION_CHECK', {
		text: 'The revocation function was unable to check revocation for the certificate.',
		textSeen: CURL,
		diagnosis: 'crl-problem',
		also: ['ocsp-failure']
	}),
	row(0x80092013, 'CRYPT_E_REVOCATION_OFFLINE', {
		text: 'The revocation function was unable to check revocation because the revocation server was offline.',
		textSeen: CURL,
		diagnosis: 'crl-problem',
		also: ['ocsp-failure']
	}),
	row(0x80092014, 'CRYPT_E_NOT_IN_REVOCATION_DATABASE', {
		unmapped: 'the certificate is not in the CRL: information for a revocation provider, not a failure'
	}),
	row(
		0x80094016,
		'CERTSRV_E_WEAK_SIGNATURE_OR_KEY',
		{ diagnosis: 'weak-signature', also: ['weak-key'] },
		'dotnet/runtime Internal.Cryptography ErrorCode (HasWeakSignature)'
	),

	// Trust providers (TRUST_E_*): chains where a TLS check meets them, Authenticode otherwise.
	row(0x80096001, 'TRUST_E_SYSTEM_ERROR', { unmapped: AUTHENTICODE }),
	row(0x80096002, 'TRUST_E_NO_SIGNER_CERT', { unmapped: AUTHENTICODE }),
	row(0x80096003, 'TRUST_E_COUNTER_SIGNER', { unmapped: AUTHENTICODE }),
	// A certificate's signature does not verify with its issuer's key: the CA given is not the one that signed it.
	row(0x80096004, 'TRUST_E_CERT_SIGNATURE', { diagnosis: 'untrusted-ca' }),
	row(0x80096005, 'TRUST_E_TIME_STAMP', { unmapped: AUTHENTICODE }),
	row(0x80096010, 'TRUST_E_BAD_DIGEST', { unmapped: AUTHENTICODE }),
	// A CA certificate without CA:TRUE, or a leaf used as a CA.
	row(0x80096019, 'TRUST_E_BASIC_CONSTRAINTS', { diagnosis: 'untrusted-ca' }),
	row(0x8009601e, 'TRUST_E_FINANCIAL_CRITERIA', { unmapped: AUTHENTICODE }),
	row(0x800b0001, 'TRUST_E_PROVIDER_UNKNOWN', { unmapped: AUTHENTICODE }),
	row(0x800b0002, 'TRUST_E_ACTION_UNKNOWN', { unmapped: AUTHENTICODE }),
	row(0x800b0003, 'TRUST_E_SUBJECT_FORM_UNKNOWN', { unmapped: AUTHENTICODE }),
	row(0x800b0004, 'TRUST_E_SUBJECT_NOT_TRUSTED', { unmapped: AUTHENTICODE }),
	row(0x800b0100, 'TRUST_E_NOSIGNATURE', { unmapped: AUTHENTICODE }),

	// Certificate results (CERT_E_*).
	row(0x800b0101, 'CERT_E_EXPIRED', {
		diagnosis: 'cert-expired',
		also: ['cert-not-yet-valid'],
		note: 'outside its validity period: expired, or not yet valid (a wrong clock)'
	}),
	row(0x800b0102, 'CERT_E_VALIDITYPERIODNESTING', {
		unmapped: 'a certificate outlives its issuer; Windows reports it but no shared diagnosis names it'
	}),
	row(0x800b0103, 'CERT_E_ROLE', { diagnosis: 'untrusted-ca', note: 'an end-entity certificate used as a CA, or the reverse' }),
	row(0x800b0104, 'CERT_E_PATHLENCONST', { diagnosis: 'untrusted-ca' }),
	row(0x800b0105, 'CERT_E_CRITICAL', {
		unmapped: 'the certificate carries a critical extension Windows does not know; the issuer must reissue it'
	}),
	row(0x800b0106, 'CERT_E_PURPOSE', { diagnosis: 'wrong-purpose' }),
	row(0x800b0107, 'CERT_E_ISSUERCHAINING', { diagnosis: 'untrusted-ca' }),
	row(0x800b0108, 'CERT_E_MALFORMED', { unmapped: MALFORMED }),
	row(0x800b0109, 'CERT_E_UNTRUSTEDROOT', {
		text: 'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.',
		textSeen: 'signtool, pnputil and Get-AuthenticodeSignature output in public threads; .NET X509ChainStatus.StatusInformation',
		diagnosis: 'untrusted-ca',
		reading: 'untrusted-root'
	}),
	row(0x800b010a, 'CERT_E_CHAINING', { diagnosis: 'missing-intermediate', reading: 'partial-chain' }),
	row(0x800b010b, 'TRUST_E_FAIL', { unmapped: 'a generic trust failure that names no cause' }),
	row(0x800b010c, 'CERT_E_REVOKED', { diagnosis: 'revoked' }),
	row(0x800b010d, 'CERT_E_UNTRUSTEDTESTROOT', { diagnosis: 'untrusted-ca' }),
	row(0x800b010e, 'CERT_E_REVOCATION_FAILURE', { diagnosis: 'crl-problem', also: ['ocsp-failure'] }),
	row(0x800b010f, 'CERT_E_CN_NO_MATCH', { diagnosis: 'hostname-mismatch', also: ['ip-mismatch'] }),
	row(0x800b0110, 'CERT_E_WRONG_USAGE', { diagnosis: 'wrong-purpose' }),
	row(0x800b0111, 'TRUST_E_EXPLICIT_DISTRUST', {
		diagnosis: 'untrusted-ca',
		note: 'the certificate is in the Untrusted Certificates store'
	}),
	row(0x800b0112, 'CERT_E_UNTRUSTEDCA', { diagnosis: 'untrusted-ca' }),
	row(0x800b0113, 'CERT_E_INVALID_POLICY', { unmapped: POLICY }),
	row(0x800b0114, 'CERT_E_INVALID_NAME', { unmapped: NAME_CONSTRAINT })
];

/** The HRESULT as a signed 32-bit number, as .NET's HResult and Win32Exception print it. */
export const signed = (n: number) => (n | 0).toString();
