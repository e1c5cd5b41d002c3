/**
 * PyMongo 3's option names and what they became. PyMongo 3.9 renamed them (with a
 * DeprecationWarning) and PyMongo 4.0 removed them, so in PyMongo 4 they are "Unknown option"
 * errors. Their values change shape too: ssl_cert_reqs took ssl.CERT_NONE / CERT_OPTIONAL /
 * CERT_REQUIRED, and ssl_match_hostname is the opposite of tlsAllowInvalidHostnames.
 * Source: pymongo 3.11 common.py URI_OPTIONS_DEPRECATION_MAP and ssl_support.validate_cert_reqs.
 */

import { knownBoolean, readCertReqs } from './option-values';
import type { OptionValue } from './parsed';

export interface LegacyTranslation {
	/** The modern option, or undefined when there is none (ssl_keyfile). */
	to?: string;
	/** The modern value; undefined means "drop it, the default already says this". */
	value?: OptionValue;
	/** One line on what changed. */
	note: string;
}

const RENAMED: Record<string, string> = {
	ssl_ca_certs: 'tlsCAFile',
	ssl_certfile: 'tlsCertificateKeyFile',
	ssl_crlfile: 'tlsCRLFile',
	ssl_pem_passphrase: 'tlsCertificateKeyFilePassword',
	j: 'journal',
	wtimeout: 'wTimeoutMS'
};

const TRUE: OptionValue = { kind: 'bool', value: true };

export function translateLegacy(written: string, value: OptionValue): LegacyTranslation | undefined {
	const lower = written.toLowerCase();
	if (RENAMED[lower]) return { to: RENAMED[lower], value, note: `${written} is now called ${RENAMED[lower]}` };
	if (lower === 'ssl') return { to: 'tls', value, note: 'ssl is the old name of tls' };
	if (lower === 'ssl_cert_reqs') {
		const reqs = readCertReqs(value);
		if (reqs === 'none') {
			return { to: 'tlsAllowInvalidCertificates', value: TRUE, note: `${written}=CERT_NONE is tlsAllowInvalidCertificates=true` };
		}
		return {
			to: 'tlsAllowInvalidCertificates',
			note:
				reqs === 'optional'
					? `${written}=CERT_OPTIONAL verifies the server like CERT_REQUIRED (Python's ssl module treats them alike for clients), which is the default`
					: `${written}=CERT_REQUIRED is the default (certificates are verified), so it can go`
		};
	}
	if (lower === 'ssl_match_hostname') {
		return knownBoolean(value) === false
			? { to: 'tlsAllowInvalidHostnames', value: TRUE, note: `${written}=False is tlsAllowInvalidHostnames=true` }
			: { to: 'tlsAllowInvalidHostnames', note: `${written}=True is the default (host names are checked), so it can go` };
	}
	if (lower === 'ssl_keyfile') {
		return {
			note:
				'ssl_keyfile has no modern equivalent: tlsCertificateKeyFile takes one PEM file holding the certificate and its private key. ' +
				'Make it with: cat client.key client.crt > client.pem'
		};
	}
	return undefined;
}
