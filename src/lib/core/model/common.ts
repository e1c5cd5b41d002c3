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
