/**
 * When the page can build the combined key + certificate PEM (tlsCertificateKeyFile) itself: there
 * is exactly one private key, readable, and a certificate whose public key is the key's. The file
 * then holds the key, that certificate, and the intermediates on its chain (when the chain
 * analysis found them), in that order.
 */
import type { ChainAnalysis } from '$lib/core/model/chain';
import type { CertificateItem, ContainerItem, Report } from '$lib/core/model/report';

export function combinableKey(report: Report): { certificatePems: string[] } | undefined {
	const keys = report.items.filter((i) => i.kind === 'private-key');
	if (keys.length !== 1) return undefined;
	const key = keys[0];
	if (key.kind !== 'private-key' || !key.key.publicKeySha256) return undefined;
	const certificates = report.items.filter((i): i is CertificateItem => i.kind === 'certificate');
	const leaf = certificates.find((c) => c.certificate.publicKeySha256 === key.key.publicKeySha256);
	if (!leaf) return undefined;
	const chain = report.chains.find((c) => c.leaf === leaf.id);
	const intermediates = (chain?.links ?? [])
		.filter((l) => l.role === 'intermediate' && l.certificate.itemId)
		.map((l) => certificates.find((c) => c.id === l.certificate.itemId)?.certificate.pem)
		.filter((p): p is string => p !== undefined);
	return { certificatePems: [leaf.certificate.pem, ...intermediates] };
}

/**
 * A PKCS#12 item that can become the combined PEM: opened (no password needed, or the right one
 * given), with one key and at least one certificate. With no id, the only such item.
 */
export function convertiblePkcs12(report: Report, itemId?: string): ContainerItem | undefined {
	const open = report.items.filter(
		(i): i is ContainerItem =>
			i.kind === 'pkcs12' &&
			(i.password === 'none-needed' || i.password === 'empty' || i.password === 'given') &&
			i.contents.keys === 1 &&
			i.contents.certificates > 0 &&
			(itemId === undefined || i.id === itemId)
	);
	return open.length === 1 ? open[0] : undefined;
}

/**
 * The certificates of a chain in the order a server sends them: the leaf, then each pasted
 * intermediate after the one it issued; no root, no copies, nothing from another chain. Only
 * public certificates go in, so the page builds it itself. Offered for every chain that
 * chain.wrong-order or chain.unrelated-certificate flag (the remedy's text points at it); undefined
 * when no chain needs it.
 */
export function orderedChain(report: Report): { filename: string; pems: string[]; names: string[] } | undefined {
	const needsOrder = (c: ChainAnalysis) => !c.bundle.inOrder || c.bundle.duplicates.length > 0 || c.bundle.unused.length > 0;
	const chain = report.chains.find(needsOrder);
	if (!chain) return undefined;
	const certificates = report.items.filter((i): i is CertificateItem => i.kind === 'certificate');
	const links = chain.links
		.filter((l) => l.role === 'leaf' || l.role === 'intermediate')
		.map((l) => ({ name: l.certificate.name, item: certificates.find((c) => c.id === l.certificate.itemId) }));
	if (links.some((l) => !l.item)) return undefined;
	return {
		filename: chain.role === 'client' ? 'client-chain.pem' : 'server-chain.pem',
		pems: links.map((l) => (l.item as CertificateItem).certificate.pem),
		names: links.map((l) => l.name)
	};
}
