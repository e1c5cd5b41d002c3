/**
 * The hosts of the connection string against the server certificate. Clients compare the host
 * exactly as written: a DNS name against DNS subjectAltNames (RFC 6125 §6.4), an IP address only
 * against IP-address subjectAltNames, never against a DNS name (RFC 2818 §3.1). Connecting by IP
 * is the classic way to hit a hostname mismatch with an otherwise valid certificate (seed 003's
 * hostname-vs-IP test). mongodb+srv:// hosts are skipped: the certificates must match the hosts the
 * SRV record points to, which the string does not show.
 */

import { matchHost } from '../../x509/hostname';
import type { EffectiveTlsSettings, UriHost, UriProblem } from '../../model/connection';
import { URI_IDS, problem } from '../problem';
import type { CertificateNames } from './context';

const CITATION = 'RFC 6125 §6.4; RFC 2818 §3.1 (IP addresses match only iPAddress subjectAltNames); seed 003 (hostname vs IP test)';
const REMEDIES = ['connect-with-listed-name', 'reissue-with-san', 'fix-dns-or-hosts'];

export interface HostCheckInput {
	hosts: UriHost[];
	srv: boolean;
	tls: EffectiveTlsSettings;
	certificate?: CertificateNames;
}

/** tlsAllowInvalidCertificates switches the host-name check off too (PyMongo: check_hostname needs CERT_REQUIRED). */
function hostCheckOff(tls: EffectiveTlsSettings): boolean {
	return tls.allowInvalidHostnames || tls.allowInvalidCertificates;
}

function listed(cert: CertificateNames): string[] {
	return cert.sans.filter((s) => s.type === 'dns' || s.type === 'ip').map((s) => `${s.type === 'ip' ? 'IP' : 'DNS'}:${s.value}`);
}

function certLabel(cert: CertificateNames): string {
	return cert.name ? `the certificate for ${cert.name}` : 'the server certificate';
}

function ipProblem(h: UriHost, input: HostCheckInput): UriProblem {
	const cert = input.certificate;
	const off = hostCheckOff(input.tls);
	if (!cert) {
		return problem(
			URI_IDS.ipLiteralHost,
			off ? 'info' : 'warning',
			`${h.host} is an IP address: the certificate must list it as one`,
			`The client checks that the server certificate names the host exactly as written here. An IP address matches only an "IP Address" entry ` +
				`in the subjectAltName — never a DNS name — and most server certificates list DNS names only. ` +
				(off
					? 'Host-name verification is switched off, so the check is skipped (which is unsafe); connect by a DNS name from the certificate instead.'
					: 'If connecting by the DNS name works and by IP fails, this is why. Connect with a name the certificate lists, or reissue it with this IP.'),
			{ citation: CITATION, evidence: [h.host], remedies: REMEDIES }
		);
	}
	const match = matchHost(h.host, cert.sans, cert.commonName);
	if (match.matched) {
		return problem(
			URI_IDS.ipLiteralHost,
			'info',
			`${h.host} is listed in ${certLabel(cert)} as an IP address`,
			'Host-name verification will pass. Connections by IP break when the address changes, though: a DNS name from the certificate is sturdier.',
			{ citation: CITATION, evidence: [`connecting to: ${h.host}`, `subjectAltName: ${listed(cert).join(', ') || 'none'}`], remedies: [] }
		);
	}
	return problem(
		URI_IDS.ipLiteralHost,
		off ? 'warning' : 'error',
		`${certLabel(cert)[0].toUpperCase()}${certLabel(cert).slice(1)} does not list the IP address ${h.host}`,
		`An IP address only matches an "IP Address" subjectAltName. This certificate lists ${listed(cert).join(', ') || 'no names at all'}. ` +
			(off
				? 'Host-name verification is switched off, which hides the mismatch today (unsafely). '
				: 'The TLS handshake fails with a host-name (IP address) mismatch. ') +
			'Connect with one of the listed DNS names, or reissue the certificate with this IP address.',
		{
			citation: CITATION,
			evidence: [`connecting to: ${h.host}`, `subjectAltName: ${listed(cert).join(', ') || 'none'}`],
			remedies: REMEDIES
		}
	);
}

function dnsProblem(h: UriHost, input: HostCheckInput): UriProblem | undefined {
	const cert = input.certificate;
	if (!cert) {
		if (h.host !== 'localhost') return undefined;
		return problem(
			URI_IDS.localhostHost,
			'info',
			'Connecting to localhost: the certificate must list "localhost"',
			'Through an SSH tunnel or a port-forward, the client still checks the certificate against "localhost", which server certificates rarely list. ' +
				'Either add a hosts-file entry that points the server’s real name at 127.0.0.1 and connect with that name, or issue a certificate that lists localhost.',
			{ citation: CITATION, evidence: [h.host], remedies: ['fix-dns-or-hosts', 'reissue-with-san'] }
		);
	}
	const match = matchHost(h.host, cert.sans, cert.commonName);
	const evidence = [`connecting to: ${h.host}`, `subjectAltName: ${listed(cert).join(', ') || 'none'}`];
	if (match.matched) {
		return problem(
			URI_IDS.hostInCertificate,
			match.by === 'cn' ? 'warning' : 'ok',
			match.by === 'cn' ? `${h.host} matches only the certificate’s Common Name` : `${h.host} is in ${certLabel(cert)} (${match.name})`,
			match.by === 'cn'
				? 'The certificate has no subjectAltName, so OpenSSL-based clients fall back to the Common Name and accept it, but Go and other strict clients refuse it. Reissue it with a DNS subjectAltName.'
				: 'Host-name verification will pass for this host.',
			{ citation: CITATION, evidence, remedies: match.by === 'cn' ? ['reissue-with-san'] : [] }
		);
	}
	return problem(
		URI_IDS.hostNotInCertificate,
		hostCheckOff(input.tls) ? 'warning' : 'error',
		`${h.host} is not among the names in ${certLabel(cert)}`,
		`This certificate lists ${listed(cert).join(', ') || 'no names at all'}. ` +
			(hostCheckOff(input.tls)
				? 'Host-name verification is switched off, which hides the mismatch today and lets any certificate from your CA pass. '
				: 'The TLS handshake fails with a host-name mismatch. ') +
			'Connect with one of the listed names, or reissue the certificate with this one.',
		{ citation: CITATION, evidence, remedies: ['connect-with-listed-name', 'reissue-with-san', 'allow-invalid-hostnames'] }
	);
}

export function hostProblems(input: HostCheckInput): UriProblem[] {
	if (input.tls.enabled === false || input.srv) return [];
	const out: UriProblem[] = [];
	for (const h of input.hosts) {
		if (h.kind === 'unix-socket') continue;
		const p = h.kind === 'dns' ? dnsProblem(h, input) : ipProblem(h, input);
		if (p) out.push(p);
	}
	return out;
}
