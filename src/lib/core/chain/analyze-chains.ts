/**
 * The chain stage of analyze(): for every leaf, validate it the way each client behaviour does
 * (chain/policy.ts) against the pasted certificates and the trust anchors, and describe the
 * result for the report and the checks. One SignatureVerifier is shared by every validation, so
 * each signature is computed once however many clients and paths look at it.
 */

import type { ResolvedContext } from '../model/context';
import type { Evidence, IngestedCertificate } from '../ingest/evidence';
import type {
	ChainAlternative,
	ChainAnalysis,
	ChainBundle,
	ChainLink,
	ChainStatus,
	ChainTrust,
	ClientVerdict,
	MissingIntermediate,
	RootNotSupplied
} from '../model/chain';
import { placeOf } from '../model/place';
import type { SClientItem } from '../model/report';
import { loadPublicRoots, type PublicRootStore } from '../trust/public-roots';
import { buildTrustSet, type PastedCertificate, type TrustSet } from '../trust/trust-set';
import { wholeSeconds } from './certificate-profile';
import { looksSelfSigned, sameCertificate, type ChainCertificate } from '../x509/chain-certificate';
import { chainView } from './ingested';
import { CertificateNames, endOf, linkView, samePath, verdictOf } from './chain-report';
import { assessCrls, type CrlAssessment } from './crl-assessment';
import { EKU } from '../x509/extensions';
import { rfc2253Of } from '../x509/name-key';
import type { FoundPath } from './path-builder';
import { chainPeerHost, type SrvName } from './peer-hosts';
import { peerNameOf } from './peer-name';
import { CLIENT_POLICIES, MAIN_POLICY } from './policy';
import type { CrlInput } from './revocation';
import { SignatureVerifier } from './signature';
import { validate } from './validate';
import { rootNotSuppliedOf, sClientVerification } from './root-not-supplied';

const EXPLORED_PATHS = 12;
/** Each leaf costs a handful of validations: a paste of thousands of leaves is analysed in part, and says so. */
const MAX_LEAVES = 20;
const CRL_FILE_POLICIES = new Set(['openssl', 'python-strict']);
const SHOWN_ALTERNATIVES = 4;

export interface ChainStageOptions {
	/** The trust store standing for "a stock client"; the shipped public root set unless given. */
	publicRoots?: PublicRootStore;
	/** Shared with the other signature checks of one analysis, so no signature is computed twice. */
	verifier?: SignatureVerifier;
	/** The SRV names of the pasted connection strings and their likely targets (peer-hosts.ts). */
	srvNames?: readonly SrvName[];
}

export async function analyzeChains(
	evidence: Evidence,
	leaves: IngestedCertificate[],
	context: ResolvedContext,
	options: ChainStageOptions = {}
): Promise<ChainAnalysis[]> {
	if (leaves.length === 0 && evidence.crls.length === 0) return [];
	const store = options.publicRoots ?? (await loadPublicRoots());
	const pasted: PastedCertificate[] = [];
	const unreadable: string[] = [];
	for (const ingested of evidence.certificates) {
		const read = chainView(ingested);
		if (read.ok) pasted.push({ ingested, cert: read.cert });
		else unreadable.push(`The certificate at ${placeOf(ingested.item.source)} could not be read for path building: ${read.reason}`);
	}
	const crls: CrlInput[] = evidence.crls.map((c) => ({ crl: c.parsed, ref: c.item.id }));
	const verifier = options.verifier ?? new SignatureVerifier();
	const pastedById = pasted.map((p) => ({ itemId: p.ingested.item.id, cert: p.cert }));
	const crlAssessments = await assessCrls(evidence, pastedById, wholeSeconds(context.at), verifier, store);
	if (leaves.length === 0) return [];
	const host = chainPeerHost(options.srvNames ?? [], context);
	const out: ChainAnalysis[] = [];
	const notes = [...unreadable];
	if (leaves.length > MAX_LEAVES)
		notes.push(
			`Only the first ${MAX_LEAVES} of the ${leaves.length} leaf certificates were analysed as chains; paste fewer at a time for the rest.`
		);
	for (const leafItem of leaves.slice(0, MAX_LEAVES)) {
		const leaf = pasted.find((p) => p.ingested === leafItem);
		if (!leaf) continue;
		const sClients = evidence.sClients.map((s) => s.item);
		out.push(await analyzeLeaf({ leaf, pasted, store, crls, crlAssessments, verifier, context, host, notes, sClients }));
	}
	return out;
}

interface LeafJob {
	leaf: PastedCertificate;
	pasted: PastedCertificate[];
	store: PublicRootStore;
	crls: CrlInput[];
	crlAssessments: CrlAssessment[];
	verifier: SignatureVerifier;
	context: ResolvedContext;
	host?: string;
	notes: string[];
	sClients: SClientItem[];
}

async function analyzeLeaf(job: LeafJob): Promise<ChainAnalysis> {
	const { leaf, pasted, store, context } = job;
	const trust = buildTrustSet(pasted, leaf, store);
	const names = new CertificateNames((cert) => trust.publicRootOf(cert)?.sha256);
	for (const p of pasted) {
		const view = p.ingested.item.certificate;
		names.addPasted(p.cert, {
			source: 'pasted',
			itemId: p.ingested.item.id,
			subject: view.subject.rfc2253,
			name: view.subject.commonName ?? (view.subject.rfc2253 || '(empty subject)'),
			issuer: view.issuer.rfc2253,
			sha256: view.sha256,
			serialNumber: view.serialNumber,
			selfSigned: looksSelfSigned(p.cert),
			isCA: view.isCA
		});
	}
	const atMs = wholeSeconds(context.at);
	const common = {
		leaf: leaf.cert,
		intermediates: pasted.filter((p) => p !== leaf).map((p) => p.cert),
		anchors: trust.anchors,
		at: context.at,
		peer: job.host ? peerNameOf(job.host) : undefined,
		eku: context.role === 'client' ? EKU.clientAuth : EKU.serverAuth,
		verifier: job.verifier,
		explain: true
	};
	const results = [];
	for (const policy of CLIENT_POLICIES) {
		const result = await validate({
			...common,
			policy,
			// A CRL file is something OpenSSL-based clients take (tlsCRLFile); Go, Java and browsers are not given one.
			crls: CRL_FILE_POLICIES.has(policy.id) ? job.crls : [],
			...(policy === MAIN_POLICY ? { explore: EXPLORED_PATHS } : {})
		});
		results.push({ policy, result });
	}
	// Looked up by identity, so reordering CLIENT_POLICIES can never change the main verdict.
	const main = results.find((r) => r.policy === MAIN_POLICY)!.result;
	const mainPath = main.path;
	const links: ChainLink[] = (mainPath?.links ?? [{ cert: leaf.cert, role: 'leaf' as const, problems: [] }]).map((l) =>
		linkView(l, names, atMs)
	);
	for (const link of links) if (!link.revocation) addRevocation(link, job.crlAssessments);
	const end = mainPath ? endOf(mainPath) : 'gave-up';
	const unreachedCas = pasted.filter((p) => p !== leaf && trust.sourceOf(p.cert) === 'pasted-ca').map((p) => names.ref(p.cert).subject);
	const top = mainPath?.links[mainPath.links.length - 1].cert;
	const rootNotSupplied = top
		? rootNotSuppliedOf({
				path: mainPath,
				below: names.ref(top),
				leafItemId: leaf.ingested.item.id,
				sClients: job.sClients,
				unreachedCaFile: unreachedCas.length > 0,
				pasted: pasted.map((p) => p.cert)
			})
		: undefined;
	const verifiedBy = sClientVerification(job.sClients, leaf.ingested.item.id);
	// A root the server sent that the machine running s_client verified: trusted there, as a CA file would be.
	const verifiedRoot = verifiedBy && end === 'untrusted-root' ? verifiedBy : undefined;
	const clients: ClientVerdict[] = results.map(({ policy, result }) =>
		verdictOf(policy, result, names, mainPath, rootNotSupplied, verifiedRoot !== undefined)
	);
	const anchored = [mainPath, ...results.map((r) => r.result.path)].find((p) => p?.end === 'anchor');
	const trustView = trustOf(
		anchored,
		leaf,
		trust,
		names,
		end,
		unreachedCas,
		rootNotSupplied,
		verifiedRoot !== undefined,
		trusterOf(context.role)
	);
	const alternatives = alternativesOf(main.paths ?? [], mainPath, names, atMs);
	const status = overallStatus(links, clients, main.valid || rootNotSupplied !== undefined || verifiedRoot !== undefined);
	const notes = [...job.notes];
	if (!store.info.available) notes.push('The public root set is not available, so whether a public CA issued this chain cannot be told.');
	const unverifiable = [
		...new Set(links.flatMap((l) => l.problems.filter((p) => p.code === 'signature-unverifiable').map((p) => p.detail)))
	];
	for (const u of unverifiable) notes.push(`A signature could not be checked here: ${u}.`);
	if (context.role === 'server' && context.host && !job.host)
		notes.push(
			`${context.host} is a mongodb+srv:// name: the certificate is checked against the hosts its SRV record returns (see the host findings).`
		);
	const missing = mainPath?.end === 'no-issuer' && !rootNotSupplied ? missingIntermediateOf(mainPath, names) : undefined;
	return {
		leaf: leaf.ingested.item.id,
		role: context.role,
		...(job.host ? { host: job.host } : {}),
		status,
		summary: summaryOf(
			status,
			end,
			clients,
			trustView,
			names.name(leaf.cert),
			missing,
			rootNotSupplied,
			verifiedRoot !== undefined,
			context.role
		),
		links,
		end,
		trust: trustView,
		...(missing ? { missingIntermediate: missing } : {}),
		...(rootNotSupplied ? { rootNotSupplied } : {}),
		...(verifiedBy ? { verifiedBy } : {}),
		clients,
		alternatives,
		bundle: bundleOf(pasted, leaf, [mainPath, ...results.map((r) => r.result.path), ...(main.paths ?? [])]),
		publicRoots: store.info,
		notes
	};
}

/** Revocation for links the client behaviour did not look up (OpenSSL checks the leaf only), from the CRLs judged on their own. */
function addRevocation(link: ChainLink, assessments: CrlAssessment[]): void {
	const id = link.certificate.itemId;
	if (!id) return;
	for (const a of assessments) {
		if (a.defects.length || !a.issuerFound) continue;
		const entry = a.listed.find((l) => l.itemId === id);
		if (entry) {
			link.revocation = {
				status: 'revoked',
				crlItemId: a.itemId,
				date: entry.date,
				...(entry.reason ? { reason: entry.reason } : {}),
				detail: `Its issuer’s CRL lists it as revoked on ${entry.date}${entry.reason ? ` (${entry.reason})` : ''}.`
			};
			if (link.status !== 'error') link.status = 'warning';
			return;
		}
		if (a.notListed.includes(id)) link.revocation = { status: 'good', crlItemId: a.itemId, detail: 'Its issuer’s CRL does not list it.' };
	}
}

function overallStatus(links: ChainLink[], clients: ClientVerdict[], complete: boolean): ChainStatus {
	if (!complete) return 'error';
	// Complete up to a root not given: an error only if something on the path is wrong in itself.
	if (links.some((l) => l.status === 'error') || clients[0]?.reasons.some((r) => r.problem.severity === 'error')) return 'error';
	if (clients.some((c) => !c.accepts) || links.some((l) => l.status !== 'ok')) return 'warning';
	return 'ok';
}

function trustOf(
	anchored: FoundPath | undefined,
	leaf: PastedCertificate,
	trust: TrustSet,
	names: CertificateNames,
	end: ChainAnalysis['end'],
	cas: string[],
	rootNotSupplied: RootNotSupplied | undefined,
	verifiedRoot: boolean,
	t: Truster
): ChainTrust {
	if (!anchored && rootNotSupplied) return rootToTrust(rootNotSupplied, t);
	if (!anchored && end === 'missing-issuer') {
		// A CA file given alongside a chain that stops short: the likeliest story is that this CA is
		// above the missing intermediate, but nothing proves it until the intermediate is seen.
		if (cas.length)
			return {
				anchorSource: 'none',
				kind: 'unknown',
				needsCaFile: false,
				explanation:
					`The chain stops before any root. You also gave ${cas.length === 1 ? 'the CA' : 'the CAs'} ${cas.join('; ')}, ` +
					'but nothing links it to this certificate without the missing intermediate. If it is the root above that intermediate, ' +
					'the fix is on the server (send the intermediate with its certificate) and clients keep using this root as their CA file (tlsCAFile).'
			};
	}
	if (!anchored) {
		const top = end === 'untrusted-root' || end === 'self-signed-leaf';
		if (end === 'self-signed-leaf')
			return {
				anchorSource: 'none',
				kind: 'self-signed',
				needsCaFile: true,
				explanation:
					`${names.name(leaf.cert)} is self-signed. ${t.none} trusts it unless given this very certificate as ${t.caFile}, ` +
					'and no public store will ever contain it.'
			};
		return {
			anchorSource: 'none',
			kind: top ? 'private' : 'unknown',
			needsCaFile: top,
			explanation: top
				? `The chain ends at a root that no public store contains: a private CA. ${t.every} has to be given that root as ${t.caFile}${t.orStore}.` +
					(verifiedRoot
						? ` The openssl s_client run you pasted verified this chain (“Verify return code: 0 (ok)”), so the machine it ran on already trusts that root: give ${t.one} the same CA file (the one passed to -CAfile, or that machine’s store).`
						: '')
				: 'The chain never reaches a root, so whether a public CA or a private one issued it cannot be told. Supply the missing certificates (or the CA file the client uses).'
		};
	}
	const anchor = anchored.links[anchored.links.length - 1].cert;
	const ref = names.ref(anchor);
	const source = trust.sourceOf(anchor) ?? 'pasted-ca';
	const base = { anchorSource: source, anchorSubject: ref.subject, ...(ref.sha256 ? { anchorSha256: ref.sha256 } : {}) };
	if (sameCertificate(anchor, leaf.cert)) {
		return {
			...base,
			kind: 'self-signed',
			needsCaFile: true,
			explanation:
				`${ref.name} is self-signed. ${t.oneCap} accepts it only when given this very certificate as ${t.caFile}; ` +
				`without it ${t.one} stops with “self-signed certificate”.`
		};
	}
	if (source === 'public-roots') {
		return {
			...base,
			kind: 'public',
			needsCaFile: false,
			explanation:
				`The chain ends at ${ref.name}, a root in Mozilla’s store, which certifi, Node.js and the usual operating-system stores ship. ` +
				'A stock client trusts it without tlsCAFile; if one still reports “unable to get local issuer certificate”, its root store is missing or out of date.'
		};
	}
	return {
		...base,
		kind: 'private',
		needsCaFile: true,
		explanation:
			`The chain ends at ${ref.name}, a private CA that no public store contains. It is trusted here because it was pasted; ` +
			`${t.every.toLowerCase()} must be given it as ${t.caFile}${t.orStore}.`
	};
}

/** Complete as a server sends it, up to a root that is in no public store: a private root the client has to be given. */
/**
 * Who has to trust a private root, in words: the clients for a server's certificate (tlsCAFile, or
 * the OS store), mongod for a client's (its net.tls.CAFile).
 */
interface Truster {
	one: string;
	oneCap: string;
	every: string;
	none: string;
	caFile: string;
	orStore: string;
	sender: string;
}

function trusterOf(role: 'server' | 'client'): Truster {
	return role === 'client'
		? {
				one: 'the server',
				oneCap: 'The server',
				every: 'The server',
				none: 'No server',
				caFile: 'part of its net.tls.CAFile',
				orStore: '',
				sender: 'client'
			}
		: {
				one: 'the client',
				oneCap: 'A client',
				every: 'Every client',
				none: 'No client',
				caFile: 'its CA file (tlsCAFile)',
				orStore: ', or have it added to the operating system’s trust store',
				sender: 'server'
			};
}

function rootToTrust(r: RootNotSupplied, t: Truster): ChainTrust {
	const verified = r.verifiedBy
		? ` The openssl s_client run you pasted verified this chain (“Verify return code: 0 (ok)”), so the machine it ran on already trusts “${r.root}”: give ${t.one} the same CA file (the one passed to -CAfile, or that machine’s store).`
		: ' Paste that root certificate to check the whole chain.';
	return {
		anchorSource: 'none',
		kind: 'private',
		needsCaFile: true,
		anchorSubject: r.root,
		explanation:
			`The ${t.sender} sends the chain up to ${r.belowName}, as it should, leaving out the root “${r.root}” that issued it. ` +
			`That root is in no public store: it is a private CA, so ${t.every.toLowerCase()} must trust it, given as ${t.caFile}${t.orStore}.` +
			verified
	};
}

function missingIntermediateOf(path: FoundPath, names: CertificateNames): MissingIntermediate {
	const top = path.links[path.links.length - 1].cert;
	const ref = names.ref(top);
	return {
		below: ref.subject,
		belowName: ref.name,
		...(ref.itemId ? { belowItemId: ref.itemId } : {}),
		issuer: rfc2253Of(top.issuer),
		...(top.ext.authorityKeyId?.keyId ? { authorityKeyId: top.ext.authorityKeyId.keyId } : {}),
		caIssuers: top.ext.authorityInfoAccess?.caIssuers ?? []
	};
}

function alternativesOf(paths: FoundPath[], main: FoundPath | undefined, names: CertificateNames, atMs: number): ChainAlternative[] {
	const out: ChainAlternative[] = [];
	for (const path of paths) {
		if (out.length >= SHOWN_ALTERNATIVES) break;
		if (samePath(path, main) || out.some((o) => o.links.length === path.links.length && sameRefs(o.links, path, names))) continue;
		const links = path.links.map((l) => linkView(l, names, atMs));
		const valid = path.end === 'anchor' && links.every((l) => l.status !== 'error');
		const via = links.slice(1).map((l) => l.certificate.name);
		const firstProblem = links.flatMap((l) =>
			l.problems.filter((p) => p.severity === 'error').map((p) => `${l.certificate.name}: ${p.detail}`)
		)[0];
		out.push({
			links,
			end: endOf(path),
			valid,
			summary: valid
				? `Through ${via.join(' → ')}: valid`
				: `Through ${via.join(' → ') || 'no issuer'}: ${firstProblem ?? 'does not reach a trusted root'}`
		});
	}
	return out;
}

function sameRefs(links: ChainLink[], path: FoundPath, names: CertificateNames): boolean {
	return links.every((l, i) => l.certificate.sha256 === names.ref(path.links[i].cert).sha256);
}

function bundleOf(pasted: PastedCertificate[], leaf: PastedCertificate, paths: (FoundPath | undefined)[]): ChainBundle {
	const order = pasted.map((p) => p.ingested.item.id);
	const duplicates: ChainBundle['duplicates'] = [];
	const firstBySha = new Map<string, PastedCertificate>();
	for (const p of pasted) {
		const sha = p.ingested.item.certificate.sha256;
		const first = firstBySha.get(sha);
		if (first) duplicates.push({ itemId: p.ingested.item.id, sameAs: first.ingested.item.id });
		else firstBySha.set(sha, p);
	}
	const used = new Set<ChainCertificate>();
	for (const path of paths) for (const l of path?.links ?? []) used.add(l.cert);
	const onPath = (p: PastedCertificate) => used.has(p.cert) || [...used].some((u) => sameCertificate(u, p.cert));
	const extra = pasted.filter((p) => p !== leaf && !onPath(p) && !duplicates.some((d) => d.itemId === p.ingested.item.id));
	const unused = extra.map((p) => p.ingested.item.id);
	const unusedNames = extra.map((p) => {
		const subject = p.ingested.item.certificate.subject;
		return subject.commonName ?? (subject.rfc2253 || '(empty subject)');
	});
	const main = paths[0];
	return { order, inOrder: main ? inInputOrder(main, pasted) : true, duplicates, unused, unusedNames };
}

/**
 * Is the main path in the order RFC 8446 §4.4.2 (and RFC 5246 §7.4.2 strictly) asks a sender for:
 * the leaf first, each certificate followed by the one that certifies it? Only certificates from
 * the same input are compared, since separate files have no order between them.
 */
function inInputOrder(path: FoundPath, pasted: PastedCertificate[]): boolean {
	const position = (cert: ChainCertificate) => pasted.findIndex((p) => p.cert === cert);
	const sourceOf = (i: number) => {
		const s = pasted[i].ingested.item.source;
		return `${s.name ?? ''}|${s.container ?? ''}`;
	};
	const placed = path.links.map((l) => position(l.cert)).filter((i) => i >= 0);
	for (let a = 0; a < placed.length; a++) {
		for (let b = a + 1; b < placed.length; b++) {
			if (sourceOf(placed[a]) === sourceOf(placed[b]) && placed[b] < placed[a]) return false;
		}
	}
	return true;
}

function summaryOf(
	status: ChainStatus,
	end: ChainAnalysis['end'],
	clients: ClientVerdict[],
	trust: ChainTrust,
	leafName: string,
	missing: MissingIntermediate | undefined,
	rootNotSupplied: RootNotSupplied | undefined,
	verifiedRoot: boolean,
	role: 'server' | 'client' = 'server'
): string {
	const rejecting = clients.filter((c) => !c.accepts).map((c) => c.label);
	if (status !== 'error' && rootNotSupplied && role === 'client')
		return `The chain of ${leafName} is complete up to the root ${rootNotSupplied.rootName} (not sent, as usual); mongod accepts it only if that root is in its net.tls.CAFile.`;
	if (status !== 'error' && rootNotSupplied) {
		return rootNotSupplied.verifiedBy
			? `The chain of ${leafName} is complete up to the root ${rootNotSupplied.rootName}, which the machine that ran openssl s_client trusts; every other client needs it too (tlsCAFile).`
			: `The chain of ${leafName} is complete up to the root ${rootNotSupplied.rootName} (not sent, as usual); a client trusts it only if given that root (tlsCAFile).`;
	}
	if (status !== 'error' && verifiedRoot)
		return `The chain of ${leafName} ends at a private root, which the machine that ran openssl s_client trusts; every other client needs it too (tlsCAFile).`;
	if (status !== 'error') {
		const where =
			trust.kind === 'public'
				? `the public root ${trust.anchorSubject ?? ''}`.trim()
				: trust.kind === 'self-signed'
					? 'itself (self-signed)'
					: 'your private CA';
		return rejecting.length
			? `Valid for OpenSSL-based clients, through ${where}; rejected by: ${rejecting.join(', ')}.`
			: `The chain of ${leafName} is complete and valid for every client, through ${where}.`;
	}
	switch (end) {
		case 'missing-issuer':
			return `Incomplete chain: the issuer of ${missing?.belowName ?? leafName}${missing ? ` (${missing.issuer})` : ''} was not supplied.`;
		case 'untrusted-root':
			return `The chain of ${leafName} ends at a root the client does not trust.`;
		case 'self-signed-leaf':
			return `${leafName} is self-signed and not trusted.`;
		default: {
			const first = clients[0].reasons[0];
			return first ? `Rejected: ${first.certificate} — ${first.problem.detail}.` : `The chain of ${leafName} is rejected.`;
		}
	}
}
