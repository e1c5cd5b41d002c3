/**
 * OpenSSL's verify errors and handshake reasons, as PyMongo (Python's ssl), the Node driver and
 * libmongoc print them. Both spellings are covered: OpenSSL 1.1 ("self signed certificate") and
 * 3.x ("self-signed certificate").
 */

import type { Facts } from '../../report/model';
import { hostKind } from '../hosts';
import type { Candidate, ErrorSignature } from '../signature';

function hostKinds(facts: Facts) {
	return new Set((facts.hosts ?? []).map((h) => hostKind(h.host)));
}

/** Code 20: the chain ends at a certificate whose issuer is not in the client's trust store. */
function localIssuer(facts: Facts): Candidate[] {
	const kinds = hostKinds(facts);
	if (kinds.has('atlas')) {
		return [
			{
				id: 'missing-system-roots',
				confidence: 'high',
				because: 'Atlas certificates chain to public roots that every up-to-date trust store has'
			},
			{ id: 'tls-interception-proxy', confidence: 'low', because: 'a TLS-inspecting proxy would also cause this' }
		];
	}
	if (kinds.has('private') && !kinds.has('public-or-unknown')) {
		return [
			{ id: 'untrusted-ca', confidence: 'high', because: 'the host is private, so its certificate most likely comes from a private CA' },
			{ id: 'missing-intermediate', confidence: 'low' }
		];
	}
	return [
		{ id: 'untrusted-ca', confidence: 'medium', because: 'a private CA that was never given to the client (tlsCAFile)' },
		{ id: 'missing-system-roots', confidence: 'medium', because: 'or a public CA whose root the client’s trust store lacks' },
		{ id: 'missing-intermediate', confidence: 'low' }
	];
}

export const OPENSSL_SIGNATURES: ErrorSignature[] = [
	{
		id: 'openssl.unable-to-get-local-issuer',
		family: 'openssl',
		pattern: /unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT_LOCALLY/,
		citation: 'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY (20); PyMongo TLS troubleshooting (CERTIFICATE_VERIFY_FAILED)',
		diagnose: localIssuer,
		examples: [
			{
				text: 'pymongo.errors.ServerSelectionTimeoutError: cluster0-shard-00-00.abcde.mongodb.net:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)',
				top: 'missing-system-roots'
			},
			{
				text: 'SSL handshake failed: localhost:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)',
				top: 'untrusted-ca'
			}
		]
	},
	{
		id: 'openssl.unable-to-get-issuer',
		family: 'openssl',
		pattern: /unable to get issuer certificate\b|UNABLE_TO_GET_ISSUER_CERT\b/,
		citation: 'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT (2)',
		diagnose: () => [
			{ id: 'missing-intermediate', confidence: 'medium' },
			{ id: 'untrusted-ca', confidence: 'medium' }
		],
		examples: [{ text: 'certificate verify failed: unable to get issuer certificate', top: 'missing-intermediate' }]
	},
	{
		id: 'openssl.unable-to-verify-leaf',
		family: 'openssl',
		pattern: /unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE/,
		citation: 'OpenSSL X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE (21)',
		diagnose: (facts) => {
			const kinds = hostKinds(facts);
			return [
				{
					id: 'missing-intermediate',
					confidence: 'high',
					because: 'the server sent only its own certificate and the client cannot find its issuer'
				},
				{ id: kinds.has('atlas') ? 'missing-system-roots' : 'untrusted-ca', confidence: 'medium' }
			];
		},
		examples: [{ text: 'MongoServerSelectionError: unable to verify the first certificate', top: 'missing-intermediate' }]
	},
	{
		id: 'openssl.self-signed-in-chain',
		family: 'openssl',
		pattern: /self[- ]signed certificate in certificate chain|SELF_SIGNED_CERT_IN_CHAIN/,
		citation: 'OpenSSL X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19)',
		diagnose: (facts) => {
			const kinds = hostKinds(facts);
			if (kinds.has('atlas')) {
				return [
					{
						id: 'tls-interception-proxy',
						confidence: 'high',
						because: 'Atlas chains end at public roots, so a self-signed root in the chain was put there by something in between'
					},
					{ id: 'self-signed-in-chain', confidence: 'low' }
				];
			}
			return [
				{
					id: 'self-signed-in-chain',
					confidence: kinds.has('private') ? 'high' : 'medium',
					because: 'the chain ends at a root the client does not trust'
				},
				{
					id: 'tls-interception-proxy',
					confidence: kinds.has('private') ? 'low' : 'medium',
					because: 'on a corporate network, a TLS-inspecting proxy produces exactly this'
				}
			];
		},
		examples: [
			{ text: 'MongoServerSelectionError: self-signed certificate in certificate chain', top: 'self-signed-in-chain' },
			{
				text: '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129) cluster0.abcde.mongodb.net:27017',
				top: 'tls-interception-proxy'
			}
		]
	},
	{
		id: 'openssl.self-signed-leaf',
		family: 'openssl',
		pattern: /self[- ]signed certificate(?! in certificate chain)|DEPTH_ZERO_SELF_SIGNED_CERT/,
		citation: 'OpenSSL X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18)',
		diagnose: () => [{ id: 'self-signed-cert', confidence: 'high' }],
		examples: [
			{ text: '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)', top: 'self-signed-cert' }
		]
	},
	{
		id: 'openssl.cert-expired',
		family: 'openssl',
		pattern: /certificate has expired|CERT_HAS_EXPIRED/,
		citation: 'OpenSSL X509_V_ERR_CERT_HAS_EXPIRED (10)',
		diagnose: () => [{ id: 'cert-expired', confidence: 'high' }],
		examples: [
			{ text: '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)', top: 'cert-expired' }
		]
	},
	{
		id: 'openssl.cert-not-yet-valid',
		family: 'openssl',
		pattern: /certificate is not yet valid|CERT_NOT_YET_VALID/,
		citation: 'OpenSSL X509_V_ERR_CERT_NOT_YET_VALID (9)',
		diagnose: () => [{ id: 'cert-not-yet-valid', confidence: 'high' }],
		examples: [{ text: 'certificate verify failed: certificate is not yet valid (_ssl.c:1006)', top: 'cert-not-yet-valid' }]
	},
	{
		id: 'openssl.hostname-mismatch',
		family: 'openssl',
		pattern: /Hostname mismatch, certificate is not valid for '([^']+)'|hostname mismatch/,
		citation: 'OpenSSL X509_V_ERR_HOSTNAME_MISMATCH (62)',
		diagnose: () => [{ id: 'hostname-mismatch', confidence: 'high' }],
		examples: [
			{
				text: "certificate verify failed: Hostname mismatch, certificate is not valid for 'db.example.com'. (_ssl.c:1006)",
				top: 'hostname-mismatch'
			}
		]
	},
	{
		id: 'openssl.ip-mismatch',
		family: 'openssl',
		pattern: /IP address mismatch, certificate is not valid for '([^']+)'|IP address mismatch/,
		citation: 'OpenSSL X509_V_ERR_IP_ADDRESS_MISMATCH (64)',
		diagnose: () => [{ id: 'ip-mismatch', confidence: 'high' }],
		examples: [
			{
				text: "certificate verify failed: IP address mismatch, certificate is not valid for '127.0.0.1'. (_ssl.c:1006)",
				top: 'ip-mismatch'
			}
		]
	},
	{
		id: 'openssl.certificate-verify-failed',
		family: 'openssl',
		pattern: /CERTIFICATE_VERIFY_FAILED|certificate verify failed/,
		citation: 'PyMongo TLS troubleshooting: CERTIFICATE_VERIFY_FAILED',
		yieldsTo: [
			'openssl.unable-to-get-local-issuer',
			'openssl.unable-to-get-issuer',
			'openssl.unable-to-verify-leaf',
			'openssl.self-signed-in-chain',
			'openssl.self-signed-leaf',
			'openssl.cert-expired',
			'openssl.cert-not-yet-valid',
			'openssl.hostname-mismatch',
			'openssl.ip-mismatch'
		],
		diagnose: (facts) => {
			const kinds = hostKinds(facts);
			if (kinds.has('atlas')) return [{ id: 'missing-system-roots', confidence: 'medium' }];
			return [
				{ id: 'untrusted-ca', confidence: 'low' },
				{ id: 'missing-system-roots', confidence: 'low' }
			];
		},
		examples: [{ text: '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:852)', top: 'untrusted-ca' }]
	}
];
