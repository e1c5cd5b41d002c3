/**
 * Options that switch TLS verification off. They are always reported, with what each one exposes:
 * the connection stays encrypted, but the client can no longer tell the real server from anyone
 * in between (seed 001, "Allow Insecure TLS", and its production warning).
 */

import type { UriProblem } from '../../model/connection';
import { knownBoolean, readBoolean, readCertReqs } from '../option-values';
import { textOf } from '../parsed';
import { URI_IDS, problem } from '../problem';
import type { ProblemContext } from './context';

const CITATION = 'Seed 001 (Allow Insecure TLS; "Don\'t Use in Production"); MongoDB URI Options spec';

interface Insecure {
	name: string;
	/** Is this setting switching verification off? */
	on: (ctx: ProblemContext) => { written: string; value: string } | undefined;
	title: string;
	exposes: string;
	remedies: string[];
	severity: 'warning' | 'info';
}

function flag(name: string) {
	return (ctx: ProblemContext) => {
		const r = ctx.settings.get(name);
		return r && knownBoolean(r.option.value) === true ? { written: r.option.written, value: 'true' } : undefined;
	};
}

const SETTINGS: Insecure[] = [
	{
		name: 'tlsInsecure',
		on: flag('tlsInsecure'),
		title: 'tlsInsecure=true switches off all certificate checks',
		exposes:
			'The client accepts any certificate at all: self-signed, expired, issued by an unknown CA, issued for a different host, or not meant for servers. ' +
			'Traffic is still encrypted, but anyone who can intercept it (a shared Wi-Fi, a compromised router, a proxy) can pose as the server and read the ' +
			'user name, password and data.',
		remedies: ['use-tlscafile', 'connect-with-listed-name'],
		severity: 'warning'
	},
	{
		name: 'tlsAllowInvalidCertificates',
		on: (ctx) =>
			flag('tlsAllowInvalidCertificates')(ctx) ??
			(ctx.settings.has('ssl_cert_reqs') && readCertReqs(ctx.settings.get('ssl_cert_reqs')!.option.value) === 'none'
				? { written: ctx.settings.get('ssl_cert_reqs')!.option.written, value: 'CERT_NONE' }
				: undefined),
		title: 'Certificate verification is off (tlsAllowInvalidCertificates)',
		exposes:
			'The server certificate is not checked against any CA, nor for its dates, so a self-signed or forged certificate is accepted and the host-name check ' +
			'proves nothing. Anyone on the network path can impersonate the server and read credentials and data. PyMongo also skips OCSP endpoint checks.',
		remedies: ['use-tlscafile', 'add-ca-to-os-store'],
		severity: 'warning'
	},
	{
		name: 'tlsAllowInvalidHostnames',
		on: (ctx) =>
			flag('tlsAllowInvalidHostnames')(ctx) ??
			(knownBoolean(ctx.settings.get('ssl_match_hostname')?.option.value) === false
				? { written: ctx.settings.get('ssl_match_hostname')!.option.written, value: 'False' }
				: undefined),
		title: 'Host-name verification is off (tlsAllowInvalidHostnames)',
		exposes:
			'Any certificate from a CA the client trusts is accepted, whatever host it was issued for. With public CAs that is any website’s certificate; ' +
			'with a company CA, any server it ever issued a certificate to can pose as your database.',
		remedies: ['connect-with-listed-name', 'reissue-with-san'],
		severity: 'warning'
	},
	{
		name: 'tlsDisableOCSPEndpointCheck',
		on: flag('tlsDisableOCSPEndpointCheck'),
		title: 'OCSP responders are not contacted (tlsDisableOCSPEndpointCheck)',
		exposes:
			'When the server does not staple an OCSP response, a revoked certificate is accepted. Certificates and host names are still checked.',
		remedies: ['fix-uri-options'],
		severity: 'info'
	}
];

export function insecureTls(ctx: ProblemContext): UriProblem[] {
	const out: UriProblem[] = [];
	const off =
		ctx.tls.enabled === false
			? ' TLS is off in this connection string, so it does nothing yet, but it will apply as soon as TLS is turned on.'
			: '';
	for (const s of SETTINGS) {
		const hit = s.on(ctx);
		if (hit) {
			out.push(
				problem(URI_IDS.insecureTls, s.severity, s.title, `${s.exposes} Use it only to confirm a diagnosis, never in production.${off}`, {
					citation: CITATION,
					evidence: [`${hit.written}=${hit.value}`],
					remedies: s.remedies
				})
			);
			continue;
		}
		const r = ctx.settings.get(s.name);
		const read = r ? readBoolean(r.option.value) : undefined;
		if (r && read?.ok === 'code') {
			out.push(
				problem(
					URI_IDS.insecureTls,
					'warning',
					`${r.option.written} is decided at run time by ${textOf(r.option.value)}`,
					`When ${textOf(r.option.value)} is true: ${s.exposes} Make sure it is false wherever real data flows.`,
					{ citation: CITATION, evidence: [`${r.option.written}=${textOf(r.option.value)}`], remedies: s.remedies }
				)
			);
		}
	}
	return out;
}
