import { finding, type Check } from '../check';

/**
 * The chain goes up to a CA certificate whose issuer was not given and is not a public root
 * (chain/root-not-supplied.ts). A server leaves the root out on purpose (RFC 8446 §4.4.2), so the
 * chain is complete as presented; what decides is whether the client trusts that root. Since it is
 * in no public store it is a private CA, which the client has to be given (tlsCAFile). An
 * `openssl s_client` run that ended "Verify return code: 0 (ok)" shows the machine it ran on does.
 */
/** Who has to be given the root: the client (tlsCAFile, or its OS store), or for a client certificate mongod. */
export function remediesFor(role: 'server' | 'client'): { remedies?: string[] } {
	return role === 'client' ? { remedies: ['trust-client-ca-in-mongod'] } : {};
}

export const chainRootNotSupplied: Check = {
	id: 'chain.root-not-supplied',
	description: 'The chain is complete as a server sends it, up to a private root the client has to trust.',
	citation: 'RFC 8446 §4.4.2 and RFC 5246 §7.4.2 (the root may be left out); RFC 5280 §6.1.1(d); OpenSSL s_client(1) (Verify return code)',
	remedies: ['use-tlscafile', 'add-ca-to-os-store'],
	// For a client certificate it is mongod that has to trust the root (see remediesFor).
	run({ chains }) {
		return chains.flatMap((chain) => {
			const r = chain.rootNotSupplied;
			if (!r) return [];
			const leaf = chain.links[0]?.certificate.name ?? chain.leaf;
			const sender = chain.role === 'client' ? 'client' : 'server';
			const who =
				chain.role === 'client'
					? 'the server checking this client certificate needs that root in its CA file (net.tls.CAFile)'
					: 'the client must trust that root: give it as tlsCAFile (or add it to the operating system’s trust store)';
			const evidence = [
				`chain sent: ${chain.links.map((l) => l.certificate.name).join(' → ')}`,
				`root (not sent): ${r.root}`,
				...(r.authorityKeyId ? [`root key identifier: ${r.authorityKeyId}`] : []),
				...(r.verifiedBy ? [`openssl s_client${r.verifiedBy.host ? ` to ${r.verifiedBy.host}` : ''}: Verify return code: 0 (ok)`] : [])
			];
			if (r.verifiedBy) {
				return [
					finding(this, 'info', {
						subject: chain.leaf,
						title: `The chain of ${leaf} is complete and verified by openssl s_client; clients need the root “${r.root}”`,
						detail:
							`The server sends ${chain.links.map((l) => l.certificate.name).join(' → ')} and leaves out the root “${r.root}”, as it should. ` +
							's_client ended with “Verify return code: 0 (ok)”: it checked that chain against its CA file (-CAfile) or its default store and found the root there. ' +
							`Any other client connects too once it trusts the same root: ${who}.`,
						evidence,
						...remediesFor(chain.role)
					})
				];
			}
			return [
				finding(this, 'warning', {
					subject: r.belowItemId ?? chain.leaf,
					title: `The chain of ${leaf} is complete up to the root “${r.root}”; ${chain.role === 'client' ? 'the server must trust that root' : 'the client must trust that root (tlsCAFile)'}`,
					detail:
						`${r.belowName} was issued by “${r.root}”, which is not in what you pasted and is in no public store. ` +
						`A ${sender} sends its own certificate and the intermediates and leaves the root out, so if that is your root this chain is exactly what the ${sender} should send: ` +
						`it is a private CA, and ${who}. ` +
						`Paste that root certificate (the CA file) next to check the whole chain; if it turns out to be an intermediate rather than a self-signed root, the ${sender} has to send it too.`,
					evidence,
					...remediesFor(chain.role)
				})
			];
		});
	}
};
