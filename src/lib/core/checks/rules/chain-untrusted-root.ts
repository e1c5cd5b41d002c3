import { finding, type Check } from '../check';

/**
 * The chain reaches a self-signed root that the client does not trust: it is not a public root,
 * and it was not given as a CA file (it arrived in what the server sent). OpenSSL: "self-signed
 * certificate in certificate chain" (19). A private CA, or a TLS-inspecting proxy's root.
 */
export const chainUntrustedRoot: Check = {
	id: 'chain.untrusted-root',
	description: 'The chain ends at a root certificate the client does not trust.',
	citation: 'RFC 5280 §6.1.1(d); OpenSSL X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19); OpenSSL s_client(1) (Verify return code)',
	remedies: ['use-tlscafile', 'add-ca-to-os-store', 'trust-proxy-ca', 'get-server-chain'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			if (chain.end !== 'untrusted-root') return [];
			const root = chain.links[chain.links.length - 1];
			if (chain.verifiedBy) {
				// s_client verified this very chain: the root is trusted where it ran, so nothing is broken.
				return [
					finding(this, 'info', {
						subject: root.certificate.itemId ?? chain.leaf,
						title: `The chain of ${chain.links[0].certificate.name} is verified by openssl s_client; clients need the root “${root.certificate.subject}”`,
						detail:
							`The server sends its chain up to the root “${root.certificate.subject}”, which is in no public store: a private CA. ` +
							's_client ended with “Verify return code: 0 (ok)”: it checked the chain against its CA file (-CAfile) or its default store and found that root there. ' +
							'Any other client connects too once it trusts the same root: give it as tlsCAFile (or add it to the operating system’s trust store).',
						evidence: [
							`root: ${root.certificate.subject}`,
							`SHA-256: ${root.certificate.sha256}`,
							`openssl s_client${chain.verifiedBy.host ? ` to ${chain.verifiedBy.host}` : ''}: Verify return code: 0 (ok)`
						]
					})
				];
			}
			return [
				finding(this, 'error', {
					subject: root.certificate.itemId ?? chain.leaf,
					title: `The chain ends at ${root.certificate.name}, a root the client does not trust`,
					detail:
						`The server sends its chain up to the root “${root.certificate.subject}”, but that root is in no public store, so a stock client stops with ` +
						'“self-signed certificate in certificate chain”. If it is your organisation’s CA, give it to the client as tlsCAFile (or add it to the OS trust store). ' +
						'If you did not expect a private CA here, something between you and the server — a TLS-inspecting proxy or antivirus — may be replacing the certificate.',
					evidence: [`root: ${root.certificate.subject}`, `SHA-256: ${root.certificate.sha256}`]
				})
			];
		});
	}
};
