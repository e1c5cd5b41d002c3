/**
 * The TLS settings a client ends up with, worked out the way PyMongo 4 does
 * (pymongo/client_options.py _parse_ssl_options, uri_parser _normalize_options): tls or its alias
 * ssl decides; otherwise mongodb+srv:// turns TLS on; otherwise any TLS file option, or an allow-*
 * option set to false, implies tls=true. tlsInsecure=true implies both allow-* options and turns
 * off OCSP endpoint checks; tlsAllowInvalidCertificates=true also turns off OCSP endpoint checks.
 */

import type { EffectiveTlsSettings } from '../model/connection';
import { knownBoolean, readBoolean, readCertReqs, stringValue } from './option-values';
import type { ParsedConnectionString } from './parsed';
import type { Settings } from './settings';

const FILE_OPTIONS = ['tlsCertificateKeyFile', 'tlsCertificateKeyFilePassword', 'tlsCAFile', 'tlsCRLFile'];
const FLAG_OPTIONS = ['tlsAllowInvalidCertificates', 'tlsAllowInvalidHostnames', 'tlsDisableOCSPEndpointCheck', 'tlsInsecure'];

/** The options that make PyMongo turn TLS on by themselves (and refuse tls=false), as written. */
export function tlsEnablingOptions(settings: Settings): string[] {
	const found: string[] = [];
	for (const name of FILE_OPTIONS) {
		const v = settings.value(name);
		if (v && stringValue(v.value) !== undefined) found.push(v.written);
	}
	if (settings.has('ssl_keyfile') && stringValue(settings.get('ssl_keyfile')!.option.value))
		found.push(settings.get('ssl_keyfile')!.option.written);
	for (const name of FLAG_OPTIONS) {
		const r = settings.get(name);
		if (r && knownBoolean(r.option.value) === false) found.push(`${r.option.written}=false`);
	}
	const reqs = settings.get('ssl_cert_reqs');
	if (reqs && readCertReqs(reqs.option.value) !== 'none' && readCertReqs(reqs.option.value) !== undefined) found.push(reqs.option.written);
	const match = settings.get('ssl_match_hostname');
	if (match && knownBoolean(match.option.value) === true) found.push(`${match.option.written}=True`);
	return found;
}

function where(source: 'uri' | 'keyword'): string {
	return source === 'keyword' ? 'keyword argument' : 'in the URI';
}

function decideEnabled(
	parsed: ParsedConnectionString,
	settings: Settings,
	derivation: string[]
): { enabled: boolean | undefined; reason: string } {
	const tls = settings.get('tls');
	const ssl = settings.get('ssl');
	const explicit = [tls, ssl].filter((r) => r !== undefined);
	const known = explicit.map((r) => ({ r, read: readBoolean(r.option.value) }));
	for (const { r, read } of known) {
		if (read.ok === false)
			derivation.push(
				`${r.option.written}=${describe(r.option.value)} is not a valid value: PyMongo ignores it with a warning, the Node driver refuses it`
			);
	}
	const valid = known.filter((k) => k.read.ok === true) as { r: NonNullable<typeof tls>; read: { ok: true; value: boolean } }[];
	const code = known.find((k) => k.read.ok === 'code');
	if (code) {
		derivation.push(
			`${code.r.option.written} is set by the Python expression ${describe(code.r.option.value)}, so it is decided at run time`
		);
		return { enabled: undefined, reason: `decided at run time by ${describe(code.r.option.value)}` };
	}
	if (valid.length === 2 && valid[0].read.value !== valid[1].read.value) {
		derivation.push('tls and ssl are the same option and are set to different values: every driver refuses this');
		return { enabled: undefined, reason: 'tls and ssl disagree' };
	}
	if (valid.length > 0) {
		const { r, read } = valid[valid.length - 1];
		derivation.push(
			`${r.option.written}=${read.value} (${where(r.option.source)})${parsed.srv && !read.value ? ' overrides the TLS that mongodb+srv:// turns on' : ''}`
		);
		return { enabled: read.value, reason: `${r.option.written.toLowerCase() === 'ssl' ? 'ssl' : 'tls'}=${read.value}` };
	}
	if (parsed.srv) {
		derivation.push('mongodb+srv:// turns TLS on unless tls=false is given');
		return { enabled: true, reason: 'mongodb+srv:// turns it on' };
	}
	const enabling = tlsEnablingOptions(settings);
	if (enabling.length > 0) {
		derivation.push(
			`${enabling.join(', ')} make${enabling.length === 1 ? 's' : ''} PyMongo turn TLS on without tls=true (the Node driver does not)`
		);
		return { enabled: true, reason: `${enabling[0]} implies it (in PyMongo)` };
	}
	derivation.push('Nothing turns TLS on, so the connection is not encrypted');
	return { enabled: false, reason: 'no TLS option is set' };
}

function describe(value: { kind: string; text?: string; value?: unknown }): string {
	if (value.kind === 'bool') return value.value ? 'True' : 'False';
	if (value.kind === 'none') return 'None';
	return String(value.text ?? '');
}

export function effectiveTls(parsed: ParsedConnectionString, settings: Settings): EffectiveTlsSettings {
	const derivation: string[] = [];
	const { enabled, reason } = decideEnabled(parsed, settings, derivation);
	const path = (name: string) => stringValue(settings.value(name)?.value);
	const flag = (name: string) => knownBoolean(settings.get(name)?.option.value) === true;
	const insecure = flag('tlsInsecure');
	const certReqsNone = settings.has('ssl_cert_reqs') && readCertReqs(settings.get('ssl_cert_reqs')!.option.value) === 'none';
	const allowInvalidCertificates = insecure || flag('tlsAllowInvalidCertificates') || certReqsNone;
	const matchHostnameOff = knownBoolean(settings.get('ssl_match_hostname')?.option.value) === false;
	const allowInvalidHostnames = insecure || flag('tlsAllowInvalidHostnames') || matchHostnameOff;
	const disableOcspEndpointCheck = insecure || flag('tlsDisableOCSPEndpointCheck') || allowInvalidCertificates;
	const passwordOption = settings.value('tlsCertificateKeyFilePassword');
	const out: EffectiveTlsSettings = {
		enabled,
		reason,
		certificateKeyFilePassword: passwordOption !== undefined && passwordOption.value.kind !== 'none',
		allowInvalidCertificates,
		allowInvalidHostnames,
		disableOcspEndpointCheck,
		insecure,
		derivation
	};
	const ca = path('tlsCAFile');
	const cert = path('tlsCertificateKeyFile');
	const key = stringValue(settings.get('ssl_keyfile')?.option.value);
	const crl = path('tlsCRLFile');
	if (ca) out.caFile = ca;
	if (cert) out.certificateKeyFile = cert;
	if (key) out.keyFile = key;
	if (crl) out.crlFile = crl;
	if (enabled !== false) {
		if (insecure) derivation.push('tlsInsecure=true: no certificate or host-name verification, and no OCSP endpoint checks');
		else {
			if (allowInvalidCertificates)
				derivation.push('The server certificate is not verified at all (and PyMongo skips OCSP endpoint checks)');
			else
				derivation.push(
					ca
						? `The server certificate must chain to a CA in ${ca}`
						: "The server certificate must chain to a CA in the operating system's (or Python's) default CA store"
				);
			if (allowInvalidHostnames) derivation.push('The host name is not compared with the certificate');
			else if (!allowInvalidCertificates) derivation.push('Each host name must appear in the server certificate’s subjectAltName');
		}
		if (cert) derivation.push(`The client presents the certificate and key in ${cert}${key ? ` (key in ${key})` : ''}`);
		if (crl) derivation.push(`The server certificate is checked against the CRL in ${crl}`);
	}
	if (parsed.hiddenArguments?.length) derivation.push(`Options passed through ${parsed.hiddenArguments.join(', ')} cannot be seen here`);
	return out;
}
