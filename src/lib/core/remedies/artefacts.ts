/**
 * Files a fix needs, built in the page so nothing leaves it: the OPENSSL_CONF file that re-allows
 * legacy renegotiation (seed 002), the combined key + certificate PEM for tlsCertificateKeyFile
 * (seed 000), a DER certificate as PEM (seed 003), the openssl config that puts the right names in a
 * reissued certificate (seed 004), and a mongod.conf net.tls section (seed 004).
 *
 * Pure text-in, text-out functions. Private key text passes through combinedPem() only: it is
 * never stored, logged or put in the report.
 */

import { toPem } from '../bytes/base64';
import { findPemBlocks } from '../ingest/pem';
import { ipBytesToString, parseIp } from '../names/ip';
import { checkHost } from '../syntax/host';
import { cnf, lines, renderCode, verbatim, yaml, type Fragment } from '../syntax/template';

export class ArtefactError extends Error {}

/**
 * The OpenSSL configuration from PyMongo's troubleshooting guide (seed 002). OpenSSL 3.0.4 or
 * later applies `Options = UnsafeLegacyServerConnect` to every TLS client in a process started with
 * OPENSSL_CONF pointing at this file.
 */
export const OPENSSL_LEGACY_CONF = cnf`# Lets OpenSSL 3 clients connect to servers (usually old proxies) without secure renegotiation.
# This re-opens a known attack (CVE-2009-3555). Use only for the process that needs it.
openssl_conf = openssl_init

[openssl_init]
ssl_conf = ssl_sect

[ssl_sect]
system_default = system_default_sect

[system_default_sect]
Options = UnsafeLegacyServerConnect
`;

export function opensslLegacyConf(): string {
	return renderCode(OPENSSL_LEGACY_CONF);
}

const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);

// The PEM reader ingest uses: one pass, whatever the file holds (a lazy BEGIN…END regex is
// quadratic on a file of BEGIN lines). Blocks cut off before their END line are not blocks here.
function blocks(text: string): { label: string; pem: string }[] {
	const clean = text.replace(/\r\n?/g, '\n');
	return findPemBlocks(clean)
		.filter((b) => clean.startsWith(`-----END ${b.label}-----`, b.end - `-----END ${b.label}-----`.length))
		.map((b) => ({ label: b.label, pem: clean.slice(b.start, b.end).trim() }));
}

/**
 * The single PEM file tlsCertificateKeyFile expects: the private key, then the certificate, then
 * any intermediates, in the order given (seed 000: `cat key.pem cert.pem > combined.pem`). Text
 * outside PEM blocks ("Bag Attributes" from openssl pkcs12) is dropped; line endings become \n;
 * each block ends with a newline, so blocks never run together as they do with `cat` when a file
 * lacks its final newline.
 *
 * @throws ArtefactError when there is not exactly one private key, or no certificate.
 */
export function combinedPem(keyPem: string, certPems: string | readonly string[]): string {
	const keys = blocks(keyPem).filter((b) => KEY_LABELS.has(b.label));
	if (keys.length === 0)
		throw new ArtefactError(
			'No private key found: expected a block starting with -----BEGIN PRIVATE KEY----- (or RSA/EC/ENCRYPTED PRIVATE KEY).'
		);
	if (keys.length > 1) throw new ArtefactError(`Found ${keys.length} private keys; a combined PEM holds exactly one.`);
	const certs = (typeof certPems === 'string' ? [certPems] : certPems).flatMap((t) => blocks(t)).filter((b) => b.label === 'CERTIFICATE');
	if (certs.length === 0) throw new ArtefactError('No certificate found: expected a block starting with -----BEGIN CERTIFICATE-----.');
	return [keys[0], ...certs].map((b) => `${b.pem}\n`).join('');
}

/**
 * A DER-encoded certificate (what many CAs publish for download, seed 003) as PEM, the format
 * drivers read. The same as `openssl x509 -inform DER -in ca.der -out ca.pem`.
 *
 * @throws ArtefactError when the bytes are not a DER SEQUENCE.
 */
export function derToPem(der: Uint8Array, label = 'CERTIFICATE'): string {
	if (der.length < 2 || der[0] !== 0x30)
		throw new ArtefactError('This is not DER: a DER certificate starts with byte 0x30 (an ASN.1 SEQUENCE).');
	return toPem(label, der);
}

/**
 * An openssl request config whose certificate lists `names` in subjectAltName: DNS.n for names,
 * IP.n for addresses (seed 004). Used with `openssl req -config` and `openssl x509 -extfile`.
 * Only names that are host names or IP addresses go in (checkHost; a wildcard's base must be
 * one), and each is a quoted config value: a name with a line break can neither start a section of
 * its own nor add basicConstraints = CA:TRUE to the certificate. Names that do not qualify are
 * left out; the caller says which.
 */
export function sanConfig(names: readonly string[], role: 'server' | 'client' = 'server'): Fragment<'openssl-conf'> {
	const usable = names.filter(isUsableSan);
	const list = usable.length ? usable : ['YOUR_HOST'];
	let dns = 0;
	let ip = 0;
	const alt = list.map((n) => {
		const address = parseIp(n);
		// The RFC 5952 form: no brackets, no zone, as openssl's config parser and the report spell it.
		return address ? cnf`IP.${++ip} = ${ipBytesToString(address)}` : cnf`DNS.${++dns} = ${n}`;
	});
	return lines('openssl-conf', [
		cnf`[ req ]`,
		cnf`distinguished_name = req_distinguished_name`,
		cnf`req_extensions = v3_req`,
		cnf`prompt = no`,
		cnf``,
		cnf`[ req_distinguished_name ]`,
		cnf`CN = ${list[0]}`,
		cnf``,
		cnf`[ v3_req ]`,
		cnf`keyUsage = digitalSignature, keyEncipherment`,
		role === 'server' ? cnf`extendedKeyUsage = serverAuth` : cnf`extendedKeyUsage = clientAuth`,
		cnf`subjectAltName = @alt_names`,
		cnf``,
		cnf`[ alt_names ]`,
		...alt,
		cnf``
	]);
}

/** A name a certificate may list: an IP address, a host name, or "*." and a host name. */
export function isUsableSan(name: string): boolean {
	const base = name.startsWith('*.') ? name.slice(2) : name;
	const checked = checkHost(base);
	return checked.ok && checked.port === undefined && (base === name || checked.kind === 'dns');
}

export interface MongodTlsOptions {
	mode: 'requireTLS' | 'preferTLS' | 'allowTLS' | 'disabled';
	certificateKeyFile?: string;
	CAFile?: string;
	allowConnectionsWithoutCertificates?: boolean;
	disabledProtocols?: string;
}

/**
 * The net.tls section of mongod.conf (YAML, two-space indents, as in seed 004). Paths are written
 * bare when they are plain paths (as the MongoDB manual writes them) and as quoted YAML strings
 * otherwise, so no path can end the line and start another setting.
 */
const PLAIN_YAML = /^[A-Za-z0-9_./\\][A-Za-z0-9_./:,\\-]*$/;

export function mongodTlsConf(o: MongodTlsOptions): Fragment<'yaml'> {
	const value = (v: string) => (PLAIN_YAML.test(v) ? verbatim('yaml', v, PLAIN_YAML) : yaml`${v}`);
	const out: Fragment<'yaml'>[] = [
		yaml`net:`,
		yaml`  tls:`,
		yaml`    mode: ${verbatim('yaml', o.mode, /^(requireTLS|preferTLS|allowTLS|disabled)$/)}`
	];
	if (o.certificateKeyFile) out.push(yaml`    certificateKeyFile: ${value(o.certificateKeyFile)}`);
	if (o.CAFile) out.push(yaml`    CAFile: ${value(o.CAFile)}`);
	if (o.allowConnectionsWithoutCertificates !== undefined) {
		out.push(
			o.allowConnectionsWithoutCertificates
				? yaml`    allowConnectionsWithoutCertificates: true`
				: yaml`    allowConnectionsWithoutCertificates: false`
		);
	}
	if (o.disabledProtocols) out.push(yaml`    disabledProtocols: ${value(o.disabledProtocols)}`);
	out.push(yaml``);
	return lines('yaml', out);
}
