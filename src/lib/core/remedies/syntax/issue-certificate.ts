/**
 * The openssl commands of seed 004's recipe that make a key and a signing request from an openssl
 * config (openssl-server.cnf / openssl-client.cnf / openssl-member.cnf, written by the remedy)
 * and sign it with the private CA in ca.pem + ca.key. One list for servers, clients and cluster
 * members, so every remedy that reissues a certificate uses the same file names, key size,
 * validity and extensions section, and the extended key usage that fits the role.
 */

import type { ShellId } from '../../model/environment';
import { cnf, sh, type Fragment } from '../../syntax/template';
import { concatFiles } from './shell';

/**
 * Whose certificate: a server's (what mongod presents, serverAuth), a client's (what a driver
 * presents with tlsCertificateKeyFile, clientAuth) or a cluster member's (presented both ways
 * between members, so both).
 */
export type IssueRole = 'server' | 'client' | 'member';

export interface IssueOptions {
	/** RSA key size of the new key (4096 unless a weak-key remedy asks for the 3072 minimum). */
	rsaBits?: 3072 | 4096;
	/** Name the digest on both commands, for remedies about a weak signature. */
	sha256?: boolean;
	/** Only sign a request again (renewal keeps the key). */
	signOnly?: boolean;
	/**
	 * With signOnly: make that request from the current certificate and key first, so the new
	 * certificate has exactly the old subject (an X.509 user's name in $external depends on it).
	 */
	keepSubject?: boolean;
	/** Then put key and certificate in the one PEM file mongod and the drivers load. */
	combine?: boolean;
}

/** The file names of one role's key, request, certificate, combined PEM and openssl config. */
export function issueFiles(role: IssueRole): { key: string; csr: string; crt: string; pem: string; conf: string } {
	const base = `mongodb-${role}`;
	return { key: `${base}.key`, csr: `${base}.csr`, crt: `${base}.crt`, pem: `${base}.pem`, conf: `openssl-${role}.cnf` };
}

/** What the certificate may be used for (RFC 5280 §4.2.1.12), as the openssl config writes it. */
export function extendedKeyUsageOf(role: IssueRole): string {
	return role === 'server' ? 'serverAuth' : role === 'client' ? 'clientAuth' : 'serverAuth, clientAuth';
}

/** The [ v3_req ] section the signing command reads (-extensions v3_req -extfile …). */
export function extensionsSection(role: IssueRole) {
	// Fixed words only, so the config needs no quoting.
	if (role === 'server') return cnf`[ v3_req ]\nkeyUsage = digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth`;
	if (role === 'client') return cnf`[ v3_req ]\nkeyUsage = digitalSignature, keyEncipherment\nextendedKeyUsage = clientAuth`;
	return cnf`[ v3_req ]\nkeyUsage = digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth, clientAuth`;
}

/**
 * The whole openssl config for a new client certificate's request: a subject of the person's own
 * (placeholders: its O or OU must differ from the members', or MongoDB takes the client for a
 * cluster member) and the client extensions.
 */
export function clientRequestConfig() {
	return cnf`[ req ]
distinguished_name = req_distinguished_name
req_extensions = v3_req
prompt = no

[ req_distinguished_name ]
O = YOUR_ORGANISATION
OU = YOUR_CLIENT_UNIT
CN = YOUR_APP_USER

[ v3_req ]
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
`;
}

export function issueFromCa(shell: ShellId, role: IssueRole, o: IssueOptions = {}): Fragment<'shell'>[] {
	const { key, csr, crt, pem, conf } = issueFiles(role);
	const digest = o.sha256 ? sh` -sha256` : sh``;
	const out: Fragment<'shell'>[] = [];
	if (!o.signOnly)
		out.push(sh`openssl req -newkey ${`rsa:${o.rsaBits ?? 4096}`}${digest} -nodes -keyout ${key} -out ${csr} -config ${conf}`);
	else if (o.keepSubject) out.push(sh`openssl x509 -x509toreq -in ${crt} -signkey ${key} -out ${csr}`);
	out.push(
		sh`openssl x509 -req${digest} -in ${csr} -CA ca.pem -CAkey ca.key -CAcreateserial -out ${crt} -days 365 -extensions v3_req -extfile ${conf}`
	);
	if (o.combine) out.push(concatFiles(shell, [key, crt], pem));
	return out;
}
