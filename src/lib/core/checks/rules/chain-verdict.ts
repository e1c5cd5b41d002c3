import { finding, type Check } from '../check';

/** Problems other checks explain on their own (with their own ids); anything else is listed here. */
const EXPLAINED_ELSEWHERE = new Set([
	'hostname-mismatch',
	'ip-mismatch',
	'wrong-eku',
	'wrong-key-usage',
	'not-a-ca',
	'no-cert-sign',
	'ca-not-critical',
	'path-length-exceeded',
	'name-constraint-violated',
	'name-constraint-unsupported',
	'name-constraints-malformed',
	'bad-signature',
	'signature-unverifiable',
	'revoked',
	'crl-unusable',
	'missing-issuer',
	'root-not-supplied',
	'untrusted-root',
	'self-signed-leaf',
	'weak-key',
	'weak-signature-algorithm'
]);

/**
 * The verdict of OpenSSL-based clients (PyMongo, Node.js, mongosh) on the whole chain, as
 * X509_verify_cert reaches it: chain.valid when it holds, chain.invalid for the reasons no more
 * specific finding covers (an unknown critical extension, a malformed one, an expired root that
 * came from the public store rather than the paste, …).
 */
export const chainVerdict: Check = {
	id: 'chain.invalid',
	description: 'OpenSSL-based clients reject the chain for a reason no other finding covers.',
	citation: 'RFC 5280 §6.1; OpenSSL X509_verify_cert',
	remedies: ['get-server-chain', 'issue-from-ca'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			const openssl = chain.clients[0];
			if (!openssl) return [];
			if (openssl.accepts) {
				return [
					finding(this, 'ok', {
						id: 'chain.valid',
						subject: chain.leaf,
						title: `The chain of ${chain.links[0].certificate.name} validates for PyMongo, Node.js and mongosh`,
						detail: `${chain.links.map((l) => l.certificate.name).join(' → ')}: every signature, date and constraint holds under OpenSSL’s default checks.`,
						evidence: chain.links.map((l) => `${l.role}: ${l.certificate.subject}`)
					})
				];
			}
			const rest = openssl.reasons.filter(
				(r) =>
					!EXPLAINED_ELSEWHERE.has(r.problem.code) &&
					!(['expired', 'not-yet-valid'].includes(r.problem.code) && pasted(chain, r.certificate))
			);
			if (rest.length === 0) return [];
			return [
				finding(this, 'error', {
					subject: chain.leaf,
					title: `OpenSSL-based clients reject the chain: ${rest[0].certificate} — ${rest[0].problem.summary}`,
					detail:
						rest.map((r) => `${r.certificate}: ${r.problem.detail} (${r.problem.citation}).`).join(' ') +
						' PyMongo, the Node.js driver and mongosh stop the handshake with this; the certificate named has to be fixed or replaced.',
					evidence: rest.map(
						(r) => `${r.certificate}: ${r.problem.openssl ? `${r.problem.openssl.name} (${r.problem.openssl.code})` : r.problem.code}`
					)
				})
			];
		});
	}
};

function pasted(chain: { links: { certificate: { name: string; itemId?: string } }[] }, name: string): boolean {
	return chain.links.some((l) => l.certificate.name === name && l.certificate.itemId !== undefined);
}
