/**
 * The files the page offers as downloads, each with the command that makes the same file with
 * openssl (or the shell) in the person's shell, so they can check it or do it themselves:
 *
 * - combinedPemFile: key + certificate(s) for tlsCertificateKeyFile (seed 000)
 * - derToPemFile: a DER certificate (or CRL) as PEM (seed 003)
 * - pkcs12ToPemFile: a .p12/.pfx opened in the page, as the same combined PEM (OpenSSL pkcs12(1))
 * - opensslLegacyConfFile: the OPENSSL_CONF file for UnsafeLegacyServerConnect (seed 002)
 * - reissueConfigFile: an openssl request config listing the right DNS.n / IP.n names (seed 004)
 *
 * Everything happens in memory and returns text: nothing is stored or sent. Files that hold a
 * private key are marked `secret`: the page offers them as a download only and never renders,
 * logs or shares their text, and the report never holds them.
 */

import { toPem } from '../bytes/base64';
import { parseCertificate } from '../x509/certificate';
import { readPkcs12 } from '../x509/pkcs12';
import { readPkcs8 } from '../x509/private-key';
import { ArtefactError, combinedPem, derToPem, opensslLegacyConf, sanConfig } from './artefacts';
import type { ShellId } from '../model/environment';
import { concatFiles, runWithEnv } from './syntax/shell';
import { renderCode, renderShell, sh, type Fragment } from '../syntax/template';

export interface Artefact {
	/** The suggested file name. */
	filename: string;
	/** The file's content. */
	text: string;
	/** Media type for the download. */
	mime: string;
	/** The command that makes the same file (or uses it), for the given shell. */
	command: string;
	/** Holds private key material: download only, never shown, logged or put in the report. */
	secret: boolean;
}

const PEM = 'application/x-pem-file';

/** The combined PEM tlsCertificateKeyFile (and mongod's certificateKeyFile) reads: key first, then the certificates. */
export function combinedPemFile(
	keyPem: string,
	certPems: string | readonly string[],
	shell: ShellId = 'bash',
	filename = 'client.pem'
): Artefact {
	return {
		filename,
		text: combinedPem(keyPem, certPems),
		mime: PEM,
		command: renderShell(concatFiles(shell, ['client.key', 'client.crt'], filename), shell),
		secret: true
	};
}

/** A DER certificate as PEM; with label 'X509 CRL' a DER CRL. */
export function derToPemFile(der: Uint8Array, label: 'CERTIFICATE' | 'X509 CRL' = 'CERTIFICATE', filename?: string): Artefact {
	const crl = label === 'X509 CRL';
	const name = filename ?? (crl ? 'crl.pem' : 'ca.pem');
	return {
		filename: name,
		text: derToPem(der, label),
		mime: PEM,
		command: renderShell(
			crl ? sh`openssl crl -inform DER -in crl.der -out ${name}` : sh`openssl x509 -inform DER -in ca.der -out ${name}`,
			'bash'
		),
		secret: false
	};
}

/** Order certificates so each is followed by its issuer, starting from the one that holds the key's public key. */
async function leafFirst(certs: Uint8Array[], publicKeySha256: string | undefined): Promise<Uint8Array[]> {
	const parsed = [];
	for (const der of certs) {
		const p = await parseCertificate(der);
		parsed.push({ der, view: p.ok ? p.parsed.view : undefined });
	}
	const start = parsed.findIndex((c) => publicKeySha256 !== undefined && c.view?.publicKeySha256 === publicKeySha256);
	if (start < 0) return certs;
	const ordered = [parsed[start]];
	const rest = parsed.filter((_, i) => i !== start);
	for (;;) {
		const last = ordered[ordered.length - 1].view;
		const next = rest.findIndex((c) => last && !last.selfIssued && c.view?.subject.rfc2253 === last.issuer.rfc2253);
		if (next < 0) break;
		ordered.push(...rest.splice(next, 1));
	}
	return [...ordered, ...rest].map((c) => c.der);
}

/**
 * A PKCS#12 file as the combined PEM drivers read: the (decrypted) private key, its certificate,
 * then the CA certificates in chain order. The same as `openssl pkcs12 -in client.p12 -out
 * client.pem -nodes`, except that the certificate that belongs to the key always comes first
 * (OpenSSL writes the bags in file order, and load_cert_chain takes the first certificate as the
 * key's).
 *
 * @throws ArtefactError for a wrong or missing password, a file with no key or no certificate,
 *   or one whose key could not be opened (e.g. RC2/3DES under OpenSSL 3's rules: the message says
 *   so, with the -legacy command).
 */
export async function pkcs12ToPemFile(der: Uint8Array, password?: string, filename = 'client.pem'): Promise<Artefact> {
	const result = await readPkcs12(der, password);
	if (!result.ok) {
		if (result.password === 'wrong') throw new ArtefactError('The password does not open this PKCS#12 file.');
		if (result.password === 'missing') throw new ArtefactError('This PKCS#12 file needs its password.');
		throw new ArtefactError(`This PKCS#12 file could not be read: ${result.reason}.`);
	}
	const { keys, certificates, problems, lockedKeys } = result.contents;
	const why = problems.length ? ` (${problems.join('; ')})` : '';
	if (keys.length === 0) {
		throw new ArtefactError(
			lockedKeys
				? `The private key inside could not be opened${why}. With OpenSSL 3: ${renderShell(sh`openssl pkcs12 -legacy -in client.p12 -out ${filename} -nodes`, 'bash')}`
				: 'This PKCS#12 file holds no private key, so it cannot become a tlsCertificateKeyFile.'
		);
	}
	if (keys.length > 1) throw new ArtefactError(`This PKCS#12 file holds ${keys.length} private keys; a combined PEM holds exactly one.`);
	if (certificates.length === 0) throw new ArtefactError('This PKCS#12 file holds no certificate.');
	const key = await readPkcs8(keys[0]);
	const ordered = await leafFirst(certificates, key.ok ? key.key.view.publicKeySha256 : undefined);
	return {
		filename,
		text: combinedPem(
			toPem('PRIVATE KEY', keys[0]),
			ordered.map((c) => toPem('CERTIFICATE', c))
		),
		mime: PEM,
		command: renderShell(sh`openssl pkcs12 -in client.p12 -out ${filename} -nodes`, 'bash'),
		secret: true
	};
}

/** The OPENSSL_CONF file, and the command that starts Python with it in the given shell. */
export function opensslLegacyConfFile(shell: ShellId = 'bash', program: Fragment<'shell'> = sh`python3 app.py`): Artefact {
	const path = shell === 'powershell' || shell === 'cmd' ? 'C:\\path\\to\\openssl-legacy.cnf' : '/path/to/openssl-legacy.cnf';
	return {
		filename: 'openssl-legacy.cnf',
		text: opensslLegacyConf(),
		mime: 'text/plain',
		command: runWithEnv(shell, 'OPENSSL_CONF', path, program)
			.map((f) => renderShell(f, shell))
			.join('\n'),
		secret: false
	};
}

/**
 * The openssl config for a certificate that lists `names` (DNS.n for names, IP.n for addresses),
 * and the commands that make a key, a request and a certificate signed by ca.pem with it.
 */
export function reissueConfigFile(names: readonly string[], role: 'server' | 'client' = 'server'): Artefact {
	const base = role === 'server' ? 'mongodb-server' : 'mongodb-client';
	const cnf = `openssl-${role}.cnf`;
	return {
		filename: cnf,
		text: renderCode(sanConfig(names, role)),
		mime: 'text/plain',
		command: [
			sh`openssl req -newkey rsa:4096 -nodes -keyout ${`${base}.key`} -out ${`${base}.csr`} -config ${cnf}`,
			sh`openssl x509 -req -in ${`${base}.csr`} -CA ca.pem -CAkey ca.key -CAcreateserial -out ${`${base}.crt`} -days 365 -extensions v3_req -extfile ${cnf}`
		]
			.map((f) => renderShell(f, 'bash'))
			.join('\n'),
		secret: false
	};
}
