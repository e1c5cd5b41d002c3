import { finding, type Check } from '../check';

/**
 * A self-signed server (or client) certificate is its own root: only a client given that exact
 * certificate as its CA file trusts it. Without it, OpenSSL says "self-signed certificate" (18).
 */
export const chainSelfSignedLeaf: Check = {
	id: 'chain.self-signed-leaf',
	description: 'The certificate is self-signed: clients trust it only when given this exact certificate as their CA file.',
	citation: 'RFC 5280 §6.1.1(d); OpenSSL X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18)',
	remedies: ['use-tlscafile', 'issue-from-ca', 'add-ca-to-os-store'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			if (chain.trust.kind !== 'self-signed') return [];
			const leaf = chain.links[0];
			const sentByServer = chain.end === 'self-signed-leaf';
			return [
				finding(this, sentByServer ? 'error' : 'warning', {
					subject: leaf.certificate.itemId ?? chain.leaf,
					title: `${leaf.certificate.name} is self-signed`,
					detail:
						chain.role === 'client'
							? 'It is its own issuer, so no CA vouches for it. mongod accepts it only with this very certificate in its net.tls.CAFile; ' +
								'without that, the server refuses the client with “self-signed certificate”. For more than one client, issue the client certificates from a CA and give mongod the CA instead.'
							: `It is its own issuer, so no CA vouches for it. A client accepts it only with this very certificate as its CA file ` +
								`(tlsCAFile=${leaf.certificate.name.replace(/[^A-Za-z0-9.-]/g, '_')}.pem); without that, every client fails with “self-signed certificate”. ` +
								'That is workable for one server in development; for anything shared, issue the server certificates from a CA and give clients the CA instead.',
					evidence: [`subject = issuer: ${leaf.certificate.subject}`, `SHA-256: ${leaf.certificate.sha256}`],
					...(chain.role === 'client' ? { remedies: ['trust-client-ca-in-mongod', 'issue-from-ca'] } : {})
				})
			];
		});
	}
};
