/**
 * Certificate revocation lists (RFC 5280 §5, §6.3.3): is a CRL usable for a certificate (same
 * issuer, signed by the issuer's key, current, no critical extension we cannot process, issuer
 * allowed to sign CRLs), and if so, does it list the certificate's serial? Reads CRLs through the
 * ParsedCrl interface of x509/crl.ts; it never parses CRL bytes itself.
 */

import type { ParsedCrl, RevokedEntry } from '../x509/crl';
import { EXTENSIONS } from '../x509/oids';
import { readAlgorithmIdentifier, signatureScheme } from '../x509/algorithms';
import type { ChainCertificate } from '../x509/chain-certificate';
import { readSingle, type DerMode } from '../bytes/der';
import { readName, type DistinguishedName } from '../x509/name-key';
import type { SignatureVerifier, SignedObject } from './signature';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export interface CrlInput {
	crl: ParsedCrl;
	/** The item id the CRL came from, to point findings at it. */
	ref?: string;
}

export type CrlDefect =
	| { code: 'signature'; detail: string }
	| { code: 'signature-unchecked'; detail: string }
	| { code: 'expired'; detail: string }
	| { code: 'not-yet-valid'; detail: string }
	| { code: 'critical-extension'; detail: string }
	| { code: 'issuer-cannot-sign-crls'; detail: string }
	| { code: 'missing-crl-number'; detail: string }
	| { code: 'delta'; detail: string };

/** CRL extensions this reader processes; any other critical one makes the CRL unusable (RFC 5280 §5.2). */
const HANDLED_CRITICAL = new Set<string>([EXTENSIONS.issuingDistributionPoint]);

const issuerNames = new WeakMap<ParsedCrl, DistinguishedName | null>();

export function crlIssuerName(crl: ParsedCrl): DistinguishedName | undefined {
	let name = issuerNames.get(crl);
	if (name === undefined) {
		try {
			name = readName(crl.issuerDer, readSingle(crl.issuerDer, MODE));
		} catch {
			name = null;
		}
		issuerNames.set(crl, name);
	}
	return name ?? undefined;
}

/** Could `issuer` have issued this CRL: same name and, when both say, the same key identifier? */
export function crlIssuedBy(crl: ParsedCrl, issuer: ChainCertificate): boolean {
	const name = crlIssuerName(crl);
	if (!name || name.key !== issuer.subject.key) return false;
	const ski = issuer.ext.subjectKeyId?.id;
	return !(crl.authorityKeyId && ski && crl.authorityKeyId.toLowerCase() !== ski.toLowerCase());
}

export function signedCrl(crl: ParsedCrl): SignedObject {
	let scheme: SignedObject['scheme'];
	try {
		scheme = signatureScheme(readAlgorithmIdentifier(crl.signatureAlgorithmDer, readSingle(crl.signatureAlgorithmDer, MODE)));
	} catch (e) {
		scheme = { kind: 'invalid', reason: (e as Error).message };
	}
	return { tbs: crl.tbs, signature: crl.signature, scheme };
}

export interface CrlRules {
	/** RFC 5280 §5.2.3 says conforming CRLs carry a CRL number; strict validators refuse one without. */
	requireCrlNumber: boolean;
}

/** Everything that makes `crl` unusable for certificates issued by `issuer` at time `atMs`. */
export async function crlDefects(
	crl: ParsedCrl,
	issuer: ChainCertificate,
	atMs: number,
	verifier: SignatureVerifier,
	rules: CrlRules
): Promise<CrlDefect[]> {
	const out: CrlDefect[] = [];
	const ku = issuer.ext.keyUsage;
	if (ku && !ku.usages.has('cRLSign'))
		out.push({ code: 'issuer-cannot-sign-crls', detail: 'the issuing CA’s key usage does not include cRLSign' });
	const check = await verifier.verify(signedCrl(crl), issuer);
	if (check.status === 'invalid')
		out.push({ code: 'signature', detail: `the CRL's signature does not verify with the CA's key (${check.reason})` });
	if (check.status === 'unsupported') out.push({ code: 'signature-unchecked', detail: check.reason });
	if (crl.thisUpdate.getTime() > atMs) out.push({ code: 'not-yet-valid', detail: `its thisUpdate is ${crl.thisUpdate.toISOString()}` });
	if (crl.nextUpdate && crl.nextUpdate.getTime() < atMs)
		out.push({ code: 'expired', detail: `its nextUpdate was ${crl.nextUpdate.toISOString()}` });
	for (const ext of crl.extensions) {
		if (ext.oid === EXTENSIONS.deltaCrlIndicator)
			out.push({ code: 'delta', detail: 'it is a delta CRL, which only lists changes since a base CRL' });
		else if (ext.oid === EXTENSIONS.crlNumber && ext.critical)
			out.push({ code: 'critical-extension', detail: 'its CRL number extension is marked critical, which RFC 5280 §5.2.3 forbids' });
		else if (ext.critical && ext.oid !== EXTENSIONS.crlNumber && !HANDLED_CRITICAL.has(ext.oid)) {
			out.push({ code: 'critical-extension', detail: `it carries the critical extension ${ext.oid}, which cannot be processed` });
		}
	}
	if (rules.requireCrlNumber && !crl.extensions.some((e) => e.oid === EXTENSIONS.crlNumber)) {
		out.push({ code: 'missing-crl-number', detail: 'it has no CRL number, which RFC 5280 §5.2.3 requires' });
	}
	return out;
}

export type RevocationStatus =
	| { status: 'good'; crl: CrlInput }
	| { status: 'revoked'; crl: CrlInput; entry: RevokedEntry }
	/** No CRL from this certificate's issuer was supplied. */
	| { status: 'no-crl' }
	/** CRLs from the issuer were supplied, but none is usable. */
	| { status: 'unusable'; defects: { crl: CrlInput; defects: CrlDefect[] }[] };

export async function revocationStatus(
	cert: ChainCertificate,
	issuer: ChainCertificate,
	crls: CrlInput[],
	atMs: number,
	verifier: SignatureVerifier,
	rules: CrlRules
): Promise<RevocationStatus> {
	const candidates = crls.filter((c) => crlIssuedBy(c.crl, issuer));
	if (candidates.length === 0) return { status: 'no-crl' };
	const unusable: { crl: CrlInput; defects: CrlDefect[] }[] = [];
	for (const candidate of candidates) {
		const defects = await crlDefects(candidate.crl, issuer, atMs, verifier, rules);
		if (defects.length) {
			unusable.push({ crl: candidate, defects });
			continue;
		}
		const entry = lookupSerial(candidate.crl, cert.serial.hex);
		return entry && entry.reason !== 'removeFromCRL' ? { status: 'revoked', crl: candidate, entry } : { status: 'good', crl: candidate };
	}
	return { status: 'unusable', defects: unusable };
}

/** Serials are compared as upper-case hex without leading zero bytes; a reader that kept a sign byte is also tried. */
export function lookupSerial(crl: ParsedCrl, serialHex: string): RevokedEntry | undefined {
	const bare = serialHex.toUpperCase().replace(/^(00)+(?=.)/, '');
	return crl.lookup(bare) ?? (/^[89A-F]/.test(bare) ? crl.lookup('00' + bare) : undefined);
}
