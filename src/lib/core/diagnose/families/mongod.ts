/**
 * The server's side: mongod and mongos log lines (legacy "2021-06-30T… E NETWORK [conn16] …" and
 * the JSON format of 4.4+), and the server errors a client relays after TLS worked
 * (MongoServerError[Unauthorized], OperationFailure, BadValue). In a server log "peer" is the
 * client. Wording from the MongoDB server source (src/mongo/util/net/ssl_manager_openssl.cpp for
 * the peer-certificate lines), public reports that quote its logs, and the seed documents 003 and 004.
 */

import type { Candidate, ErrorSignature } from '../signature';
import type { DiagnoseFacts } from '../facts';
import { readVerifyResult } from '../verify-codes';
import type { DiagnosisId } from '../vocabulary';

/** Results that say the peer's chain does not lead to a CA this server trusts. */
const TRUST: readonly DiagnosisId[] = ['untrusted-ca', 'missing-intermediate', 'self-signed-cert', 'self-signed-in-chain'];

/**
 * What mongod's own check of the peer's certificate found (the X509_verify_cert_error_string in
 * "SSL peer certificate validation failed: …", logv2 ids 23256 and, with allowInvalidCertificates,
 * 23235). On an incoming connection the certificate is the client's and the clock that judged it
 * is this server's; when this server dialled out to a member, it is that member's.
 */
function peerCertificateReading(facts: DiagnoseFacts, reason: string): Candidate[] {
	const out = facts.vantage?.direction === 'out';
	const whose = out ? 'the other member’s certificate' : 'the certificate the client presented';
	// The reason is X509_verify_cert_error_string: the table's row says which check failed.
	const found = readVerifyResult(reason)?.row?.diagnosis;
	if (found === 'cert-expired')
		return [{ id: 'cert-expired', confidence: 'high', because: `${whose} is past its notAfter by this server’s clock` }];
	if (found === 'cert-not-yet-valid')
		return [{ id: 'cert-not-yet-valid', confidence: 'high', because: `${whose} starts after now by this server’s clock` }];
	if (found === 'wrong-purpose')
		return [{ id: 'wrong-purpose', confidence: 'high', because: `${whose} does not allow ${out ? 'serverAuth' : 'clientAuth'}` }];
	if (found === 'revoked') return [{ id: 'revoked', confidence: 'high', because: `${whose} is on its CA’s revocation list` }];
	if (found === 'weak-key' || found === 'weak-signature')
		return [{ id: found, confidence: 'high', because: `${whose} is below this server’s OpenSSL security level (${reason.trim()})` }];
	// A CRL or OCSP answer this server holds is what failed, not the certificate ("CRL has expired").
	if (found === 'crl-problem' || found === 'ocsp-failure')
		return [{ id: found, confidence: 'high', because: `this server could not check whether ${whose} is revoked (${reason.trim()})` }];
	const untrusted = found !== undefined && TRUST.includes(found);
	return [
		{
			id: out ? 'untrusted-ca' : 'client-cert-untrusted',
			confidence: untrusted ? 'high' : 'medium',
			because: `this server could not verify ${whose} (${reason.trim()})`
		}
	];
}

const ASK_CLIENT_ERROR = {
	ask: 'Paste the client’s own error for the same attempt: it names the side that gave up'
};

export const MONGOD_SIGNATURES: ErrorSignature[] = [
	{
		id: 'mongod.requires-tls',
		family: 'mongod',
		pattern: /The server is configured to only allow SSL connections/,
		citation:
			'MongoDB server: a non-TLS connection to a net.tls.mode requireTLS server (error 17189 in older logs, SSLHandshakeFailed in 4.x+); seed 004; docker-library/mongo#165; bitnami/charts#3365',
		diagnose: () => [
			{
				id: 'plain-to-tls-server',
				confidence: 'high',
				because: 'the server requires TLS and this client connected without it (tls=true missing from its connection string)'
			}
		],
		examples: [
			{
				text: '2017-04-11T10:39:15.809+0000 I -        [conn16] AssertionException handling request, closing client connection: 17189 The server is configured to only allow SSL connections',
				top: 'plain-to-tls-server'
			}
		]
	},
	{
		id: 'mongod.no-client-certificate-rejected',
		family: 'mongod',
		pattern: /no SSL certificate provided by peer; connection rejected/i,
		citation:
			'MongoDB server src/mongo/util/net/ssl_manager_openssl.cpp parseAndValidatePeerCertificate (LOGV2_ERROR 23255): a client without a certificate when net.tls.CAFile is set and allowConnectionsWithoutCertificates is not',
		diagnose: () => [
			{
				id: 'client-cert-required',
				confidence: 'high',
				because: 'the server requires a client certificate and this client presented none'
			}
		],
		examples: [
			{
				text: '2019-05-02T10:11:12.345+0000 E NETWORK  [conn7] no SSL certificate provided by peer; connection rejected',
				top: 'client-cert-required'
			}
		]
	},
	{
		id: 'mongod.no-client-certificate-warning',
		family: 'mongod',
		pattern: /no SSL certificate provided by peer(?!; connection rejected)/i,
		citation:
			'MongoDB server src/mongo/util/net/ssl_manager_openssl.cpp (LOGV2_WARNING 23234): with weak validation (allowConnectionsWithoutCertificates) a warning only; the mLab guide (seed 003) calls it harmless',
		diagnose: () => [
			{
				id: 'benign-message',
				confidence: 'medium',
				because: 'the server accepts clients without a certificate and only notes that this one sent none',
				next: [ASK_CLIENT_ERROR]
			}
		],
		examples: [{ text: '2016-01-01T00:00:00.500-0700 W NETWORK  [conn9999] no SSL certificate provided by peer', top: 'benign-message' }]
	},
	{
		id: 'mongod.peer-certificate-invalid',
		family: 'mongod',
		pattern: /SSL peer certificate validation failed(?::\s?|","attr":\{"reason":")([a-z][^"\n.]{2,120})/i,
		citation:
			'MongoDB server src/mongo/util/net/ssl_manager_openssl.cpp parseAndValidatePeerCertificate: LOGV2_ERROR 23256 "SSL peer certificate validation failed" (error: "SSL peer certificate validation failed: " + X509_verify_cert_error_string), LOGV2_WARNING 23235 with allowInvalidCertificates',
		diagnose: (facts, match) => peerCertificateReading(facts, match[1]),
		examples: [
			{
				text: '2019-11-05T10:20:01.554+0000 E  NETWORK  [conn13] SSL peer certificate validation failed: certificate has expired',
				top: 'cert-expired'
			},
			{
				text: '{"t":{"$date":"2024-03-11T09:10:03.215+00:00"},"s":"E",  "c":"NETWORK",  "id":23256,   "ctx":"conn15","msg":"SSL peer certificate validation failed","attr":{"error":"SSL peer certificate validation failed: unable to get local issuer certificate"}}',
				top: 'client-cert-untrusted'
			}
		]
	},
	{
		id: 'mongod.x509-user-like-cluster-member',
		family: 'mongod',
		pattern: /Cannot create an x\.509 user with a subjectname that would be recognized as an internal cluster member/,
		citation: 'MongoDB server createUser in $external (BadValue, code 2); seed 004; ansible-collections/community.mongodb#626',
		diagnose: () => [{ id: 'x509-subject-like-cluster-member', confidence: 'high' }],
		examples: [
			{
				text: 'MongoServerError[BadValue]: Cannot create an x.509 user with a subjectname that would be recognized as an internal cluster member',
				top: 'x509-subject-like-cluster-member'
			}
		]
	},
	{
		id: 'mongod.x509-user-not-found',
		family: 'mongod',
		// The name before its first "=" takes no "=": otherwise a run of them is split every way.
		pattern:
			/Could not find user\s+\\?"[^"\n\\=]*=[^"\n\\]*\\?" for db \\?"\$external|UserNotFound: Could not find user \\?"[^"\n\\=]*=[^"\n\\]*\\?"|MONGODB-X509 authentication failed for [^\n]{0,1000}?UserNotFound/,
		citation:
			'MongoDB server X.509 authentication: UserNotFound for a $external user named after the certificate subject; MongoDB: The Definitive Guide, 3rd ed., ch. 19',
		diagnose: () => [
			{
				id: 'x509-user-missing',
				confidence: 'high',
				because: 'TLS worked; the server found no user in $external named exactly after the certificate’s subject'
			}
		],
		examples: [
			{
				text: 'Error: Could not find user "CN=app,OU=Clients,O=TLS Doctor Corpus" for db "$external"',
				top: 'x509-user-missing'
			}
		]
	},
	{
		id: 'mongod.unauthorized',
		family: 'mongod',
		pattern:
			/\[Unauthorized\]|\bUnauthorized: |codeName: 'Unauthorized'|"codeName":\s*"Unauthorized"|not authorized on \S+ to execute command|Command \w+ requires authentication|command \w+ requires authentication|not authorized for (?:query|insert|update|remove) on/,
		citation:
			'MongoDB server error 13 Unauthorized ("not authorized on DB to execute command", "command X requires authentication"); seed 004 MongoServerError[Unauthorized]',
		diagnose: () => [
			{
				id: 'unauthorized',
				confidence: 'high',
				because: 'the server answered, so TLS and the network are fine; the command was refused for want of authentication or a role'
			}
		],
		examples: [
			{ text: 'MongoServerError[Unauthorized]: Command listCollections requires authentication', top: 'unauthorized' },
			{
				text: "pymongo.errors.OperationFailure: command find requires authentication, full error: {'ok': 0.0, 'errmsg': 'command find requires authentication', 'code': 13, 'codeName': 'Unauthorized'}",
				top: 'unauthorized'
			}
		]
	}
];
