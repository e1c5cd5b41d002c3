/**
 * How the drivers read option values. Booleans are strict: a URI accepts exactly "true" or
 * "false" (PyMongo's validate_boolean_or_string, the Node driver's getBoolean); a Python keyword
 * accepts True, False, "true" or "false". Anything else is refused — or, in PyMongo's
 * MongoClient, for URI options, dropped with only a warning, which is how tls=True in a URI
 * quietly leaves TLS off.
 */

import type { OptionValue } from './parsed';

export type BooleanRead =
	| { ok: true; value: boolean }
	/** Not a value the drivers accept; `meant` is the obvious intent when there is one. */
	| { ok: false; meant?: boolean }
	/** Python code whose value is only known at run time. */
	| { ok: 'code'; code: string };

const TRUTHY = /^(?:true|yes|on|1|y|t)$/i;
const FALSY = /^(?:false|no|off|0|n|f)$/i;

export function readBoolean(value: OptionValue): BooleanRead {
	switch (value.kind) {
		case 'bool':
			return { ok: true, value: value.value };
		case 'text':
			if (value.text === 'true' || value.text === 'false') return { ok: true, value: value.text === 'true' };
			return { ok: false, ...(TRUTHY.test(value.text.trim()) ? { meant: true } : FALSY.test(value.text.trim()) ? { meant: false } : {}) };
		case 'number':
			return { ok: false, ...(value.text === '1' ? { meant: true } : value.text === '0' ? { meant: false } : {}) };
		case 'none':
			return { ok: false };
		case 'code':
			return { ok: 'code', code: value.text };
	}
}

/** A boolean option's value when it is definitely known; undefined when invalid or code. */
export function knownBoolean(value: OptionValue | undefined): boolean | undefined {
	if (!value) return undefined;
	const read = readBoolean(value);
	return read.ok === true ? read.value : undefined;
}

/** PyMongo 3's ssl_cert_reqs: ssl.CERT_NONE, "CERT_NONE", 0 … (ssl_support.validate_cert_reqs). */
export function readCertReqs(value: OptionValue): 'none' | 'optional' | 'required' | undefined {
	const text = value.kind === 'text' || value.kind === 'code' || value.kind === 'number' ? value.text.replace(/^ssl\./, '') : '';
	if (text === 'CERT_NONE' || text === '0') return 'none';
	if (text === 'CERT_OPTIONAL' || text === '1') return 'optional';
	if (text === 'CERT_REQUIRED' || text === '2') return 'required';
	return undefined;
}

/** A non-empty literal string (a path), or the code that computes it. */
export function stringValue(value: OptionValue | undefined): string | undefined {
	if (!value) return undefined;
	if (value.kind === 'text') return value.text === '' ? undefined : value.text;
	if (value.kind === 'code') return value.text;
	if (value.kind === 'number') return value.text;
	return undefined;
}

/** A number as URI text or a Python literal (drivers differ on fractions, so only the shape is checked). */
export function isNumeric(value: OptionValue): boolean {
	if (value.kind === 'text') return /^-?\d+(?:\.\d+)?$/.test(value.text.trim());
	return value.kind !== 'bool';
}
