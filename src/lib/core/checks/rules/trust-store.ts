import { finding, type Check } from '../check';

/**
 * Would a stock client trust this chain? A chain to a root in Mozilla's store (which certifi,
 * Node.js and the OS stores carry) needs no tlsCAFile, so a verify failure against it means the
 * client's root store is missing or stale (missing-system-roots). A chain to a private CA always
 * needs the CA given to the client (untrusted-ca). This is the question that separates the two.
 */
export const trustStore: Check = {
	id: 'trust.public-root',
	description: 'Whether the chain ends at a public root (trusted by stock clients) or a private CA (needs tlsCAFile).',
	citation: 'Mozilla NSS root store (via Node.js tls.rootCertificates); RFC 5280 §6.1.1(d)',
	remedies: ['certifi-tlscafile', 'install-certificates-command', 'update-os-ca-store'],
	run({ chains }) {
		return chains.flatMap((chain) => {
			const t = chain.trust;
			const store = chain.publicRoots.available
				? `the public root set (Mozilla NSS${chain.publicRoots.nss ? ` ${chain.publicRoots.nss}` : ''}, from Node.js ${chain.publicRoots.node}, taken ${chain.publicRoots.generated})`
				: 'the public root set';
			const evidence = [
				...(t.anchorSubject ? [`root: ${t.anchorSubject}`] : []),
				...(t.anchorSha256 ? [`SHA-256: ${t.anchorSha256}`] : []),
				`compared with: ${store}`
			];
			if (t.kind === 'public') {
				return [
					finding(this, 'info', {
						subject: chain.leaf,
						title: 'Public CA: a stock client trusts this chain without tlsCAFile',
						detail: `${t.explanation} On macOS with Python from python.org, run “Install Certificates.command”; elsewhere, tlsCAFile=certifi.where() works everywhere.`,
						evidence
					})
				];
			}
			// A chain sent without its root already has chain.root-not-supplied saying whom to trust: once is enough.
			if (t.kind === 'private' && !chain.rootNotSupplied) {
				return [
					finding(this, 'info', {
						id: 'trust.private-ca',
						subject: chain.leaf,
						title:
							chain.role === 'client'
								? 'Private CA: mongod needs it in net.tls.CAFile to accept this client certificate'
								: 'Private CA: every client needs tlsCAFile for this chain',
						detail: `${t.explanation}${chain.role === 'client' ? '' : ' No amount of certifi or OS updates will make a stock client trust it.'}`,
						evidence,
						remedies: chain.role === 'client' ? ['trust-client-ca-in-mongod'] : ['use-tlscafile', 'add-ca-to-os-store']
					})
				];
			}
			return [];
		});
	}
};
