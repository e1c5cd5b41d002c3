import { finding, type Check } from '../check';
import { listWords } from '../chain-facts';

/**
 * TLS clients do not all validate alike: OpenSSL's defaults (PyMongo, Node.js, mongosh), Python
 * 3.13's strict create_default_context() (VERIFY_X509_STRICT: AKI required, CA basicConstraints
 * critical, …), Go (no CN fallback, SHA-1 refused, backtracking), Java (backtracking, lenient
 * with anchors) and the Web PKI profile. When they disagree on a chain, say who accepts it and why
 * the others do not, so "works in Compass, fails in the Go service" makes sense.
 */
export const clientsStrictness: Check = {
	id: 'clients.differ',
	description: 'Some clients accept this chain and others reject it.',
	citation:
		'chain/policy.ts: OpenSSL X509_verify_cert; CPython ssl.create_default_context (3.13); Go crypto/x509; OpenJDK PKIX; CA/B Forum BR',
	remedies: ['reissue-with-san', 'issue-from-ca'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			const accepting = chain.clients.filter((c) => c.accepts);
			const rejecting = chain.clients.filter((c) => !c.accepts);
			if (accepting.length === 0 || rejecting.length === 0) return [];
			const openssl = chain.clients[0];
			const why = rejecting.map(
				(c) => `${c.label} (${c.clients}): ${c.reasons[0] ? `${c.reasons[0].certificate} — ${c.reasons[0].problem.detail}` : 'rejects it'}`
			);
			return [
				finding(this, openssl.accepts ? 'warning' : 'info', {
					subject: chain.leaf,
					title: `Accepted by ${listWords(accepting.map((c) => c.label))}; rejected by ${listWords(rejecting.map((c) => c.label))}`,
					detail:
						(openssl.accepts
							? 'PyMongo, the Node.js driver and mongosh connect, but stricter clients do not. '
							: 'OpenSSL-based clients fail, while some stricter-looking clients succeed because they search for another path or check less. ') +
						why.join(' ') +
						' Fixing the certificate named makes it work for all of them.',
					evidence: chain.clients.map((c) => `${c.label}: ${c.accepts ? 'accepts' : `rejects (${c.reasons[0]?.problem.code ?? c.end})`}`)
				})
			];
		});
	}
};
