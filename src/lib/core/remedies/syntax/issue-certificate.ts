/**
 * The openssl commands of seed 004's recipe that make a key and a signing request from an openssl
 * config (openssl-server.cnf / openssl-client.cnf, written by the remedy) and sign it with the
 * private CA in ca.pem + ca.key. One list for servers and clients, so every remedy that reissues a
 * certificate uses the same file names, key size, validity and extensions section.
 */

import type { ShellId } from '../../model/environment';
import { sh, type Fragment } from '../../syntax/template';
import { concatFiles } from './shell';

export interface IssueOptions {
	/** RSA key size of the new key (4096 unless a weak-key remedy asks for the 3072 minimum). */
	rsaBits?: 3072 | 4096;
	/** Name the digest on both commands, for remedies about a weak signature. */
	sha256?: boolean;
	/** Only sign an existing CSR again (renewal keeps the key). */
	signOnly?: boolean;
	/** Then put key and certificate in the one PEM file mongod and the drivers load. */
	combine?: boolean;
}

export function issueFromCa(shell: ShellId, role: 'server' | 'client', o: IssueOptions = {}): Fragment<'shell'>[] {
	const base = `mongodb-${role}`;
	const [key, csr, crt, pem, conf] = [`${base}.key`, `${base}.csr`, `${base}.crt`, `${base}.pem`, `openssl-${role}.cnf`];
	const digest = o.sha256 ? sh` -sha256` : sh``;
	const out: Fragment<'shell'>[] = [];
	if (!o.signOnly)
		out.push(sh`openssl req -newkey ${`rsa:${o.rsaBits ?? 4096}`}${digest} -nodes -keyout ${key} -out ${csr} -config ${conf}`);
	out.push(
		sh`openssl x509 -req${digest} -in ${csr} -CA ca.pem -CAkey ca.key -CAcreateserial -out ${crt} -days 365 -extensions v3_req -extfile ${conf}`
	);
	if (o.combine) out.push(concatFiles(shell, [key, crt], pem));
	return out;
}
