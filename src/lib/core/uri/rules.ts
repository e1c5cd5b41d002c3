/**
 * Metadata for every uri.* finding, in the manner of zlint's lints: what the rule says, where its
 * truth comes from, and the remedies that fix it when a problem does not name its own. A problem
 * detector may give a more specific citation or remedy list for one case; these are the defaults.
 */

import { URI_IDS, type UriProblemId } from './problem';

export interface UriRule {
	id: UriProblemId;
	description: string;
	citation: string;
	/** Remedy ids (src/lib/core/remedies) for a finding of this rule. */
	remedies: string[];
}

const SPEC = 'MongoDB Connection String spec; MongoDB URI Options spec';

const RULES: UriRule[] = [
	{ id: URI_IDS.invalid, description: 'The connection string cannot be parsed.', citation: SPEC, remedies: ['fix-uri-options'] },
	{
		id: URI_IDS.placeholder,
		description: 'A template placeholder (<password>, <cluster>) is still in the string.',
		citation: 'MongoDB Atlas connection string template; seed 001',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.conflictingTlsOptions,
		description: 'TLS options that drivers refuse to combine.',
		citation: 'MongoDB URI Options spec, "Conflicting TLS options"; pymongo/uri_parser.py _handle_security_options',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.crlWithOcsp,
		description: 'A CRL file together with OCSP settings.',
		citation: 'Seeds 000/001 (CRL and OCSP cannot be used together)',
		remedies: ['fix-uri-options', 'refresh-crl']
	},
	{
		id: URI_IDS.tlsDisabled,
		description: 'TLS is off, or nothing turns it on.',
		citation: 'pymongo/client_options.py _parse_ssl_options; seed 001 (Enable TLS)',
		remedies: ['enable-tls-in-client', 'match-tls-setting']
	},
	{
		id: URI_IDS.tlsImplied,
		description: 'Only PyMongo infers tls=true from the other TLS options.',
		citation: 'pymongo/client_options.py _parse_ssl_options; mongodb (Node) lib/cmap/connect.js',
		remedies: ['enable-tls-in-client']
	},
	{
		id: URI_IDS.srvImpliesTls,
		description: 'mongodb+srv:// turns TLS on by itself.',
		citation: 'Seed 001 (+srv enables TLS); MongoDB Initial DNS Seedlist Discovery spec',
		remedies: ['enable-tls-in-client']
	},
	{
		id: URI_IDS.sslAlias,
		description: 'ssl is the old name of tls.',
		citation: 'pymongo/common.py URI_OPTIONS_ALIAS_MAP; MongoDB URI Options spec',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.legacyOption,
		description: 'A PyMongo 3 ssl_* option that PyMongo 4 and the Node driver do not know.',
		citation: 'pymongo 3.11 common.py URI_OPTIONS_DEPRECATION_MAP; PyMongo 4.0 migration guide',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.insecureTls,
		description: 'An option that switches certificate or host-name verification off.',
		citation: 'Seed 001 (Allow Insecure TLS; "Don\'t Use in Production")',
		remedies: ['use-tlscafile', 'connect-with-listed-name']
	},
	{
		id: URI_IDS.unknownOption,
		description: 'An option no driver knows (often a misspelling).',
		citation: 'pymongo/common.py validate (unknown options warn); mongodb (Node) lib/connection_string.js (unknown options are refused)',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.invalidValue,
		description: 'An option with a value its driver refuses.',
		citation: 'pymongo/common.py validators; mongodb (Node) lib/connection_string.js',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.duplicateOption,
		description: 'The same option given twice.',
		citation: 'MongoDB URI Options spec (repeated keys); pymongo/mongo_client.py (keyword arguments override the URI)',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.keyPasswordWithoutKey,
		description: 'tlsCertificateKeyFilePassword without tlsCertificateKeyFile.',
		citation: 'pymongo/client_options.py _parse_ssl_options; seed 000 (Client certificates)',
		remedies: ['provide-client-certificate', 'combine-key-and-cert']
	},
	{
		id: URI_IDS.filePath,
		description: 'A certificate file path that will not work as written.',
		citation: 'Seed 000 (tlsCAFile, tlsCertificateKeyFile take PEM files); Python reference, string literals',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.ipLiteralHost,
		description: 'A host given as an IP address, which must be an iPAddress subjectAltName.',
		citation: 'RFC 2818 §3.1; RFC 6125 §6.4; seed 003 (hostname vs IP test)',
		remedies: ['connect-with-listed-name', 'reissue-with-san', 'fix-dns-or-hosts']
	},
	{
		id: URI_IDS.localhostHost,
		description: 'A host of localhost, which server certificates rarely list.',
		citation: 'RFC 6125 §6.4',
		remedies: ['fix-dns-or-hosts', 'reissue-with-san']
	},
	{
		id: URI_IDS.hostNotInCertificate,
		description: 'A host the pasted server certificate does not list.',
		citation: 'RFC 6125 §6.4; RFC 2818 §3.1',
		remedies: ['connect-with-listed-name', 'reissue-with-san', 'fix-dns-or-hosts', 'allow-invalid-hostnames']
	},
	{
		id: URI_IDS.hostInCertificate,
		description: 'A host the pasted server certificate lists.',
		citation: 'RFC 6125 §6.4',
		remedies: []
	},
	{
		id: URI_IDS.directConnection,
		description: 'directConnection with several hosts or mongodb+srv://, or a single host without it.',
		citation: 'MongoDB URI Options spec (directConnection); Server Discovery and Monitoring spec',
		remedies: ['fix-uri-options']
	},
	{
		id: URI_IDS.effectiveTls,
		description: 'What TLS will do with these settings.',
		citation: 'pymongo/client_options.py _parse_ssl_options; seed 001',
		remedies: []
	}
];

const BY_ID = new Map<string, UriRule>(RULES.map((r) => [r.id, r]));

export const URI_RULES: readonly UriRule[] = RULES;

/** The rule for a finding id; unknown ids (which a test forbids) get the spec as citation. */
export function ruleOf(id: string): UriRule {
	return BY_ID.get(id) ?? { id: id as UriProblemId, description: '', citation: SPEC, remedies: ['fix-uri-options'] };
}
