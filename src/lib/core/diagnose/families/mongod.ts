/**
 * The server's side: the server errors a client relays after TLS worked (MongoServerError
 * [Unauthorized], OperationFailure, BadValue), and the reading of mongod's own check of a peer's
 * certificate that the log table uses. Every TLS, certificate and X.509 line mongod and mongos
 * log is in tables/mongod-log.ts, taken from the server's source; what stays here are texts that
 * table does not hold (createUser's refusal, UserNotFound, Unauthorized), from public reports that
 * quote them and the seed documents 003 and 004.
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
export function peerCertificateReading(facts: DiagnoseFacts, reason: string): Candidate[] {
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

export const MONGOD_SIGNATURES: ErrorSignature[] = [
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
