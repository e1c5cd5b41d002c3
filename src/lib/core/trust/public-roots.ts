/**
 * The public root set: Mozilla's NSS store as taken at build time (scripts/build-public-roots.mjs)
 * and loaded on first use with a dynamic import, so it is its own chunk in the browser and never
 * part of the first view. A chain that ends at one of these roots is trusted by a stock client
 * (certifi, the OS store, Node's bundled roots); one that ends elsewhere needs tlsCAFile.
 */

import { readChainCertificate, type ChainCertificate } from '../x509/chain-certificate';
import { decodeBase64 } from '../bytes/base64';
import type { PublicRootSetInfo } from '../model/chain';

export interface PublicRoot {
	/** The root as path building uses it (its own signature left out: anchors' signatures are never checked). */
	cert: ChainCertificate;
	/** SHA-256 of the complete certificate as Mozilla ships it, colon-separated upper-case hex. */
	sha256: string;
}

export interface PublicRootStore {
	info: PublicRootSetInfo;
	roots: PublicRoot[];
	/** The public root with this fingerprint, or with the same subject and key (a re-issued copy of the same root). */
	find(cert: ChainCertificate, sha256?: string): PublicRoot | undefined;
}

interface GeneratedAsset {
	info: Omit<PublicRootSetInfo, 'available'> & { contentSha256?: string };
	roots: { sha256: string; der: string }[];
}

let loading: Promise<PublicRootStore> | undefined;

/** Load (once) and index the public root set. Never rejects: a missing asset gives an empty, unavailable store. */
export function loadPublicRoots(): Promise<PublicRootStore> {
	loading ??= import('./public-roots.generated.json')
		.then((m) => storeFrom((m.default ?? m) as GeneratedAsset))
		.catch(() => storeFrom(undefined));
	return loading;
}

/** The asset stores plain hex; fingerprints everywhere else are colon-separated upper case. */
const colonHex = (hex: string): string => (hex.includes(':') ? hex : hex.toUpperCase().replace(/(..)(?!$)/g, '$1:'));

export function storeFrom(asset: GeneratedAsset | undefined): PublicRootStore {
	const roots: PublicRoot[] = [];
	for (const entry of asset?.roots ?? []) {
		const bytes = decodeBase64(entry.der);
		if (!bytes.ok) continue;
		const read = readChainCertificate(bytes.bytes);
		if (read.ok) roots.push({ cert: read.cert, sha256: colonHex(entry.sha256) });
	}
	const bySha = new Map(roots.map((r) => [r.sha256, r]));
	const byNameAndKey = new Map(roots.map((r) => [`${r.cert.subject.key}|${r.cert.keyFingerprint}`, r]));
	const info: PublicRootSetInfo = asset
		? {
				source: asset.info.source,
				node: asset.info.node,
				...(asset.info.nss ? { nss: asset.info.nss } : {}),
				...(asset.info.openssl ? { openssl: asset.info.openssl } : {}),
				generated: asset.info.generated,
				count: roots.length,
				available: roots.length > 0
			}
		: {
				source: 'Mozilla NSS root store (not built: run node scripts/build-public-roots.mjs)',
				node: '',
				generated: '',
				count: 0,
				available: false
			};
	return {
		info,
		roots,
		find: (cert, sha256) => (sha256 && bySha.get(sha256)) || byNameAndKey.get(`${cert.subject.key}|${cert.keyFingerprint}`)
	};
}
