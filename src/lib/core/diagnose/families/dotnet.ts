/**
 * The C#/.NET driver: SslStream's AuthenticationException. Old .NET prints only "The remote
 * certificate is invalid according to the validation procedure"; .NET 5+ adds the
 * SslPolicyErrors and X509ChainStatus names, which say exactly what failed. Source: .NET
 * System.Net.Security (SslStream), X509ChainStatusFlags; the driver's MongoConnectionException.
 */

import type { ErrorSignature } from '../signature';
import { ASK_CHAIN, handshakeClosed, unknownIssuer } from './ranking';

export const DOTNET_SIGNATURES: ErrorSignature[] = [
	{
		id: 'dotnet.untrusted-root',
		family: 'dotnet',
		pattern:
			/errors in the certificate chain: UntrustedRoot|X509ChainStatusFlags\.UntrustedRoot|A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider/,
		citation: '.NET X509ChainStatusFlags.UntrustedRoot',
		diagnose: (facts) => unknownIssuer(facts, { rootWasSent: true }),
		examples: [
			{
				text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot',
				top: 'untrusted-ca'
			}
		]
	},
	{
		id: 'dotnet.partial-chain',
		family: 'dotnet',
		pattern: /errors in the certificate chain: PartialChain|X509ChainStatusFlags\.PartialChain|unable to get local issuer certificate/,
		citation: '.NET X509ChainStatusFlags.PartialChain: no path to a root could be built (an intermediate or the root is missing)',
		diagnose: (facts) => [
			{
				id: 'missing-intermediate',
				confidence: 'medium',
				because: 'the chain stops before reaching any root: an intermediate is missing',
				next: [ASK_CHAIN]
			},
			...unknownIssuer(facts).map((c) => ({ ...c, confidence: c.confidence === 'high' ? ('medium' as const) : c.confidence }))
		],
		examples: [
			{
				text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: PartialChain',
				top: 'missing-intermediate'
			}
		]
	},
	{
		id: 'dotnet.not-time-valid',
		family: 'dotnet',
		pattern: /errors in the certificate chain: NotTimeValid|X509ChainStatusFlags\.NotTimeValid/,
		citation: '.NET X509ChainStatusFlags.NotTimeValid (expired or not yet valid)',
		diagnose: () => [
			{
				id: 'cert-expired',
				confidence: 'high',
				because: 'a certificate in the chain is outside its validity period: usually expired, or the clock is wrong'
			},
			{ id: 'cert-not-yet-valid', confidence: 'medium' }
		],
		examples: [{ text: 'The remote certificate is invalid because of errors in the certificate chain: NotTimeValid', top: 'cert-expired' }]
	},
	{
		id: 'dotnet.revocation',
		family: 'dotnet',
		pattern:
			/errors in the certificate chain: (?:RevocationStatusUnknown|OfflineRevocation)|X509ChainStatusFlags\.(?:RevocationStatusUnknown|OfflineRevocation)/,
		citation: '.NET X509ChainStatusFlags.RevocationStatusUnknown / OfflineRevocation (CRL or OCSP unreachable)',
		diagnose: () => [
			{ id: 'crl-problem', confidence: 'high' },
			{ id: 'ocsp-failure', confidence: 'medium' }
		],
		examples: [
			{ text: 'The remote certificate is invalid because of errors in the certificate chain: RevocationStatusUnknown', top: 'crl-problem' }
		]
	},
	{
		id: 'dotnet.revoked',
		family: 'dotnet',
		pattern: /errors in the certificate chain: Revoked|X509ChainStatusFlags\.Revoked/,
		citation: '.NET X509ChainStatusFlags.Revoked',
		diagnose: () => [{ id: 'revoked', confidence: 'high' }],
		examples: [{ text: 'The remote certificate is invalid because of errors in the certificate chain: Revoked', top: 'revoked' }]
	},
	{
		id: 'dotnet.name-mismatch',
		family: 'dotnet',
		pattern: /RemoteCertificateNameMismatch|The remote certificate name does not match/,
		citation: '.NET SslPolicyErrors.RemoteCertificateNameMismatch',
		diagnose: () => [{ id: 'hostname-mismatch', confidence: 'high' }],
		examples: [
			{
				text: 'The remote certificate was rejected by the provided RemoteCertificateValidationCallback: RemoteCertificateNameMismatch',
				top: 'hostname-mismatch'
			}
		]
	},
	{
		id: 'dotnet.invalid-validation-procedure',
		family: 'dotnet',
		pattern: /The remote certificate is invalid according to the validation procedure|RemoteCertificateChainErrors/,
		citation: '.NET SslStream (before .NET 5 the reason is not printed; RemoteCertificateChainErrors covers every chain problem)',
		diagnose: (facts) => [
			...unknownIssuer(facts).map((c) => ({ ...c, confidence: c.confidence === 'high' ? ('medium' as const) : ('low' as const) })),
			{ id: 'hostname-mismatch', confidence: 'low' }
		],
		examples: [
			{
				text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.',
				top: 'untrusted-ca'
			}
		]
	},
	{
		id: 'dotnet.transport-closed',
		family: 'dotnet',
		pattern:
			/Authentication failed because the remote party has closed the transport stream|Received an unexpected EOF or 0 bytes from the transport stream/,
		citation: '.NET SslStream: the server closed the connection during the handshake',
		diagnose: handshakeClosed,
		examples: [
			{
				text: 'System.IO.IOException: Authentication failed because the remote party has closed the transport stream.',
				top: 'tls-to-plain-server'
			}
		]
	},
	{
		id: 'dotnet.no-common-algorithm',
		family: 'dotnet',
		pattern: /The client and server cannot communicate, because they do not possess a common algorithm/,
		citation: '.NET SEC_E_ALGORITHM_MISMATCH (SChannel): no common TLS version or cipher suite',
		diagnose: () => [
			{ id: 'protocol-version', confidence: 'medium' },
			{ id: 'no-shared-cipher', confidence: 'medium' }
		],
		examples: [
			{
				text: 'System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm',
				top: 'protocol-version'
			}
		]
	},
	{
		id: 'dotnet.message-badly-formatted',
		family: 'dotnet',
		pattern: /The message received was unexpected or badly formatted/,
		citation: '.NET SEC_E_ILLEGAL_MESSAGE (SChannel): the peer sent something that is not a valid TLS message',
		diagnose: () => [
			{ id: 'tls-to-plain-server', confidence: 'medium' },
			{ id: 'protocol-version', confidence: 'low' }
		],
		examples: [
			{ text: 'System.ComponentModel.Win32Exception: The message received was unexpected or badly formatted', top: 'tls-to-plain-server' }
		]
	}
];
