/**
 * Validation results (FoundPath, Problem, RevocationStatus: live objects holding certificates) →
 * the plain ChainLink / ChainProblem / ClientVerdict data of the report. Nothing here decides
 * anything; it names and describes what validate() found.
 */

import type {
	ChainCertificateRef,
	ChainEnd,
	ChainLink,
	ChainProblem,
	ChainRevocation,
	ChainStatus,
	ChainValidity,
	ClientVerdict,
	RootNotSupplied
} from '../model/chain';
import { looksSelfSigned, type ChainCertificate } from '../x509/chain-certificate';
import { commonNames, rfc2253Of } from '../x509/name-key';
import type { FoundPath, PathEnd, PathLink } from './path-builder';
import type { PolicyId, ValidationPolicy } from './policy';
import { PROBLEMS, type Problem } from './problems';
import type { RevocationStatus } from './revocation';
import { topBelowAbsentRoot } from './root-not-supplied';
import type { ValidationResult } from './validate';
import { wholeDays } from '../model/days';

/** Within this many days of notAfter a certificate is "expiring" (and cert.expiring-soon warns). */
export const EXPIRING_DAYS = 30;

/** Names every certificate the report mentions: pasted ones by item, public roots by subject and fingerprint. */
export class CertificateNames {
	private readonly refs = new Map<ChainCertificate, ChainCertificateRef>();

	constructor(private readonly publicSha256: (cert: ChainCertificate) => string | undefined) {}

	addPasted(cert: ChainCertificate, ref: ChainCertificateRef): void {
		this.refs.set(cert, ref);
	}

	ref(cert: ChainCertificate): ChainCertificateRef {
		let ref = this.refs.get(cert);
		if (!ref) {
			const subject = rfc2253Of(cert.subject);
			ref = {
				source: 'public-roots',
				subject,
				name: commonNames(cert.subject).at(-1) ?? subject,
				issuer: rfc2253Of(cert.issuer),
				sha256: this.publicSha256(cert) ?? '',
				serialNumber: cert.serial.hex,
				selfSigned: looksSelfSigned(cert),
				isCA: cert.ext.basicConstraints?.ca === true
			};
			this.refs.set(cert, ref);
		}
		return ref;
	}

	name(cert: ChainCertificate): string {
		return this.ref(cert).name;
	}
}

export function problemView(p: Problem): ChainProblem {
	const meta = PROBLEMS[p.code];
	return {
		code: p.code,
		summary: meta.short,
		detail: p.detail,
		citation: meta.citation,
		...(meta.openssl ? { openssl: meta.openssl } : {}),
		// "Could not be checked here" is a limit of this page, not a fault of the certificate.
		severity: p.code === 'signature-unverifiable' ? 'warning' : 'error'
	};
}

export function validityView(cert: ChainCertificate, atMs: number): ChainValidity {
	// One day rule for the whole report (model/days.ts): floor of the span, so 701.5 days ago is -701, as the finding says.
	const daysLeft = wholeDays(atMs, cert.notAfter);
	const state: ChainValidity['state'] =
		atMs > cert.notAfter ? 'expired' : atMs < cert.notBefore ? 'not-yet-valid' : daysLeft < EXPIRING_DAYS ? 'expiring' : 'valid';
	return { notBefore: new Date(cert.notBefore).toISOString(), notAfter: new Date(cert.notAfter).toISOString(), state, daysLeft };
}

export function revocationView(status: RevocationStatus): ChainRevocation {
	switch (status.status) {
		case 'good':
			return {
				status: 'good',
				...(status.crl.ref ? { crlItemId: status.crl.ref } : {}),
				detail: 'Its issuer’s CRL does not list it.'
			};
		case 'revoked':
			return {
				status: 'revoked',
				...(status.crl.ref ? { crlItemId: status.crl.ref } : {}),
				date: status.entry.date,
				...(status.entry.reason ? { reason: status.entry.reason } : {}),
				detail: `Its issuer’s CRL lists it as revoked on ${status.entry.date}${status.entry.reason ? ` (${status.entry.reason})` : ''}.`
			};
		case 'no-crl':
			return { status: 'no-crl', detail: 'No CRL from its issuer was given.' };
		case 'unusable': {
			const first = status.defects[0];
			return {
				status: 'unusable',
				...(first?.crl.ref ? { crlItemId: first.crl.ref } : {}),
				detail: `The CRL from its issuer cannot be used: ${status.defects.flatMap((d) => d.defects.map((x) => x.detail)).join('; ')}.`
			};
		}
	}
}

export function linkView(link: PathLink, names: CertificateNames, atMs: number): ChainLink {
	const problems = link.problems.map(problemView);
	const validity = validityView(link.cert, atMs);
	const status: ChainStatus = problems.some((p) => p.severity === 'error')
		? 'error'
		: problems.length || validity.state === 'expiring'
			? 'warning'
			: 'ok';
	return {
		certificate: names.ref(link.cert),
		role: link.role,
		status,
		validity,
		problems,
		...(link.revocation ? { revocation: revocationView(link.revocation) } : {})
	};
}

export function endOf(path: FoundPath): ChainEnd {
	const ends: Record<PathEnd, ChainEnd> = {
		anchor: 'trusted',
		'no-issuer': 'missing-issuer',
		'untrusted-self-signed': path.links.length === 1 ? 'self-signed-leaf' : 'untrusted-root',
		rejected: 'rejected',
		'too-long': 'too-long',
		budget: 'gave-up'
	};
	return ends[path.end];
}

export const POLICY_LABELS: Record<PolicyId, string> = {
	openssl: 'OpenSSL defaults',
	'python-strict': 'Python 3.13+ strict mode',
	go: 'Go',
	java: 'Java',
	webpki: 'Web PKI profile'
};

/** The same certificates in the same order? */
export function samePath(a: FoundPath | undefined, b: FoundPath | undefined): boolean {
	if (!a || !b || a.links.length !== b.links.length) return false;
	return a.links.every((l, i) => l.cert.fingerprint === b.links[i].cert.fingerprint);
}

/** What is said when a path ends without an anchor and no link has a problem of its own. */
export function endProblem(
	path: FoundPath,
	names: CertificateNames,
	rootNotSupplied?: RootNotSupplied,
	verifiedRoot = false
): ChainProblem | undefined {
	const top = path.links[path.links.length - 1].cert;
	const name = names.name(top);
	switch (path.end) {
		case 'no-issuer':
			// This client's path is complete as a server sends it: what is left is the client's trust.
			if (rootNotSupplied && topBelowAbsentRoot(path) && rfc2253Of(top.issuer) === rootNotSupplied.root)
				return {
					code: 'root-not-supplied',
					summary: `complete up to ${rootNotSupplied.root}; trusted if the client has that root`,
					detail: `the chain goes up to "${name}", issued by the root "${rootNotSupplied.root}", which the server rightly does not send; a client accepts it when that root is in its CA file (tlsCAFile) or trust store`,
					citation: 'RFC 8446 §4.4.2 (the root may be omitted); RFC 5280 §6.1.1(d)',
					openssl: { code: 20, name: 'X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY' },
					severity: 'warning'
				};
			return {
				code: 'missing-issuer',
				summary: 'issuer not found',
				detail: `the certificate that issued "${name}" (${rfc2253Of(top.issuer)}) was not supplied and is not a public root`,
				citation: 'RFC 5280 §6.1; RFC 8446 §4.4.2',
				openssl: { code: 20, name: 'X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY' },
				severity: 'error'
			};
		case 'untrusted-self-signed':
			return path.links.length === 1
				? {
						code: 'self-signed-leaf',
						summary: 'self-signed',
						detail: `"${name}" is self-signed, and the client was not given it as a trusted certificate`,
						citation: 'RFC 5280 §6.1.1(d)',
						openssl: { code: 18, name: 'X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT' },
						severity: 'error'
					}
				: verifiedRoot
					? {
							code: 'untrusted-root',
							summary: `ends at the root ${rfc2253Of(top.subject)}; trusted if the client has that root (the machine that ran s_client does)`,
							detail: `the chain ends at the root "${name}", which is in no public store; openssl s_client verified it against the CA file or store of the machine it ran on`,
							citation: 'RFC 5280 §6.1.1(d); OpenSSL s_client(1) (Verify return code)',
							openssl: { code: 19, name: 'X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN' },
							severity: 'warning'
						}
					: {
							code: 'untrusted-root',
							summary: 'root not trusted',
							detail: `the chain ends at the root "${name}", which is neither a public root nor in the CA file given`,
							citation: 'RFC 5280 §6.1.1(d)',
							openssl: { code: 19, name: 'X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN' },
							severity: 'error'
						};
		case 'too-long':
			return {
				code: 'too-long',
				summary: 'chain too long',
				detail: 'the chain has more intermediates than this client accepts',
				citation: 'RFC 5280 §6.1',
				openssl: { code: 22, name: 'X509_V_ERR_CERT_CHAIN_TOO_LONG' },
				severity: 'error'
			};
		case 'budget':
			return {
				code: 'gave-up',
				summary: 'search stopped',
				detail: 'path building stopped: too many candidate issuers or names to compare',
				citation: 'RFC 4158 §2.5',
				severity: 'error'
			};
		default:
			return undefined;
	}
}

export function verdictOf(
	policy: ValidationPolicy,
	result: ValidationResult,
	names: CertificateNames,
	main: FoundPath | undefined,
	rootNotSupplied?: RootNotSupplied,
	verifiedRoot = false
): ClientVerdict {
	const path = result.path;
	const reasons: ClientVerdict['reasons'] = [];
	const about = (cert: ChainCertificate) => {
		const ref = names.ref(cert);
		return { certificate: ref.name, ...(ref.itemId ? { itemId: ref.itemId } : {}) };
	};
	if (result.fatal)
		reasons.push({ ...(path ? about(path.links[0].cert) : { certificate: 'the chain' }), problem: problemView(result.fatal) });
	for (const link of path?.links ?? []) {
		for (const p of link.problems) {
			if (p.code === 'signature-unverifiable') continue;
			reasons.push({ ...about(link.cert), problem: problemView(p) });
		}
	}
	if (path && !result.valid) {
		const end = endProblem(path, names, rootNotSupplied, verifiedRoot);
		if (end) reasons.push({ ...about(path.links[path.links.length - 1].cert), problem: end });
	}
	return {
		policy: policy.id,
		label: POLICY_LABELS[policy.id],
		clients: policy.clients,
		accepts: result.valid,
		reasons: result.valid ? [] : reasons.slice(0, 6),
		end: path ? endOf(path) : 'gave-up',
		...(path && main && !samePath(path, main) ? { path: path.links.map((l) => names.ref(l.cert).subject) } : {}),
		source: policy.source
	};
}
