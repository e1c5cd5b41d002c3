/**
 * The broad part of a connection each diagnosis is about. A reader who gets the family right and
 * the exact cause wrong still looks in the right place (the certificate, the handshake, the files
 * on the client, the network, the options, the login), so accuracy is measured at both levels.
 */

import type { TlsFamily } from './tls-family';
import type { DiagnosisId } from './vocabulary';

export type DiagnosisFamily =
	'certificate' | 'handshake' | 'local-files' | 'network' | 'configuration' | 'authentication' | 'benign' | 'unknown';

export const DIAGNOSIS_FAMILY: Record<DiagnosisId, DiagnosisFamily> = {
	'untrusted-ca': 'certificate',
	'missing-system-roots': 'certificate',
	'self-signed-cert': 'certificate',
	'self-signed-in-chain': 'certificate',
	'missing-intermediate': 'certificate',
	'cert-expired': 'certificate',
	'cert-not-yet-valid': 'certificate',
	'hostname-mismatch': 'certificate',
	'ip-mismatch': 'certificate',
	'weak-key': 'certificate',
	'weak-signature': 'certificate',
	'wrong-purpose': 'certificate',
	revoked: 'certificate',
	'crl-problem': 'certificate',
	'ocsp-failure': 'certificate',
	'tls-interception-proxy': 'certificate',
	'client-cert-untrusted': 'certificate',
	'protocol-version': 'handshake',
	'python310-legacy-server': 'handshake',
	'legacy-renegotiation': 'handshake',
	'tls-to-plain-server': 'handshake',
	'plain-to-tls-server': 'handshake',
	'client-cert-required': 'handshake',
	'dh-key-too-small': 'handshake',
	'no-shared-cipher': 'handshake',
	'key-mismatch': 'local-files',
	'key-encrypted': 'local-files',
	'pem-file-invalid': 'local-files',
	'key-missing': 'local-files',
	'ca-file-incomplete': 'local-files',
	'atlas-ip-access-list': 'network',
	'dns-srv': 'network',
	'server-selection-timeout': 'network',
	'connection-refused': 'network',
	'connection-reset': 'network',
	'handshake-timeout': 'network',
	'host-not-found': 'network',
	'config-conflict': 'configuration',
	'unknown-option': 'configuration',
	'invalid-uri': 'configuration',
	'x509-user-missing': 'authentication',
	'x509-subject-like-cluster-member': 'authentication',
	unauthorized: 'authentication',
	'benign-message': 'benign',
	unknown: 'unknown'
};

const FROM_TLS_FAMILY: Record<TlsFamily, DiagnosisFamily> = {
	certificate: 'certificate',
	handshake: 'handshake',
	connection: 'network',
	tls: 'unknown'
};

/** The family of a top diagnosis; for "unknown", the part of TLS its words point at, if any. */
export function familyOf(id: string, tlsFamily?: unknown): DiagnosisFamily {
	const family = DIAGNOSIS_FAMILY[id as DiagnosisId] ?? 'unknown';
	if (family === 'unknown' && typeof tlsFamily === 'string' && tlsFamily in FROM_TLS_FAMILY) return FROM_TLS_FAMILY[tlsFamily as TlsFamily];
	return family;
}
