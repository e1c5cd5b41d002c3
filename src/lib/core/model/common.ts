/**
 * The smallest contract types, shared by the report and the connection view, kept apart so the
 * two model files need not import each other.
 */

export type Severity = 'error' | 'warning' | 'info' | 'ok';

export type SubjectAltName =
	| { type: 'dns'; value: string }
	| { type: 'ip'; value: string }
	| { type: 'email'; value: string }
	| { type: 'uri'; value: string }
	| { type: 'other'; value: string };

/**
 * The part a certificate plays in the connection: `server` is what a mongod or mongos presents
 * (serverAuth, matched against the host), `client` is what a driver or tool presents with
 * tlsCertificateKeyFile (clientAuth, and the x.509 user's subject). Not to be confused with
 * `ClientId` (model/environment.ts), which is the driver or tool the person runs.
 */
export type CertificateRole = 'server' | 'client';
