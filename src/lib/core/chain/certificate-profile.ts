/**
 * What a single certificate must satisfy to hold its place in a path, whatever the rest of the
 * path is: dates, extensions a client must understand, key strength, and the rules for a leaf
 * (RFC 5280 §4.2 with the CA/Browser Forum subscriber profile) or for an issuing CA (§4.2.1.9,
 * §4.2.1.3 and the CA profile). Which rules apply is the policy's choice (chain/policy.ts).
 */

import { EXTENSIONS, EXTENDED_KEY_USAGES } from '../x509/oids';
import { hasCanonicalParameters, describeKey, describeScheme } from '../x509/algorithms';
import { looksSelfSigned, type ChainCertificate } from '../x509/chain-certificate';
import { sameBytes } from '../bytes/bytes';
import { EKU } from '../x509/extensions';
import { ipOrRangeToString } from '../names/ip';
import type { ValidationPolicy } from './policy';
import { problem, type Problem } from './problems';

export type PathRole = 'leaf' | 'intermediate' | 'anchor';

/** Validity is compared at whole seconds: certificates carry no fractions, so neither may the clock. */
export const wholeSeconds = (at: Date): number => Math.floor(at.getTime() / 1000) * 1000;

export function validityProblems(cert: ChainCertificate, atMs: number): Problem[] {
	if (atMs > cert.notAfter) return [problem('expired', `expired on ${iso(cert.notAfter)}`)];
	if (atMs < cert.notBefore) return [problem('not-yet-valid', `only valid from ${iso(cert.notBefore)}`)];
	return [];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Rules every certificate in a path is held to, leaf, intermediate or anchor. */
export function commonProblems(cert: ChainCertificate, role: PathRole, policy: ValidationPolicy, atMs: number): Problem[] {
	return [
		...(role !== 'anchor' || policy.checkAnchor.validity ? validityProblems(cert, atMs) : []),
		...extensionProblems(cert, policy),
		...signatureAlgorithmMismatch(cert),
		...keyProblems(cert, policy),
		...encodingProblems(cert, role, policy)
	];
}

/** Extensions appear once each, can be decoded, and any critical one is understood (RFC 5280 §4.2). */
export function extensionProblems(cert: ChainCertificate, policy: ValidationPolicy): Problem[] {
	const out: Problem[] = [];
	for (const oid of cert.ext.duplicates)
		out.push(problem('duplicate-extension', `the extension ${extensionName(oid)} appears more than once`));
	for (const m of cert.ext.malformed)
		out.push(problem('malformed-extension', `the ${extensionName(m.oid)} extension cannot be decoded (${m.reason})`));
	for (const ext of cert.ext.raw) {
		if (ext.critical && !policy.handledCriticalExtensions.has(ext.oid)) {
			out.push(
				problem(
					'unknown-critical-extension',
					`it carries the critical extension ${extensionName(ext.oid)}, which this client does not understand`
				)
			);
		}
	}
	return out;
}

/** The signed part and the outer signature name the same algorithm (RFC 5280 §4.1.1.2). */
export function signatureAlgorithmMismatch(cert: ChainCertificate): Problem[] {
	if (sameBytes(cert.signatureAlgorithm.encoded, cert.tbsSignatureAlgorithm.encoded)) return [];
	return [problem('signature-algorithm-mismatch', 'the signed part and the outer signature name different signature algorithms')];
}

/** The RFC 5280 encoding rules a strict policy enforces: serial number, dates, names, criticality. */
export function encodingProblems(cert: ChainCertificate, role: PathRole, policy: ValidationPolicy): Problem[] {
	const out: Problem[] = [];
	// RFC 5280 §6.1.1(d): a trust anchor is a name and a key; the rules for issued certificates do not bind it.
	if (role !== 'anchor' && policy.strict.serialNumber && (cert.serial.negative || cert.serial.zero || cert.serial.length > 21)) {
		const why = cert.serial.negative ? 'is negative' : cert.serial.zero ? 'is zero' : 'is longer than 20 bytes';
		out.push(problem('serial-number', `the serial number ${why}; RFC 5280 requires a positive number of at most 20 bytes`));
	}
	if (policy.strict.validityEncoding && !cert.validityEncodingConforms) {
		out.push(problem('validity-encoding', 'a validity date before 2050 is encoded as GeneralizedTime instead of UTCTime'));
	}
	if (policy.strict.emptyNames && cert.issuer.empty) out.push(problem('empty-issuer', 'the issuer name is empty'));
	const aia = cert.ext.authorityInfoAccess;
	if (aia && policy.strict.extensionCriticality) {
		if (aia.critical) out.push(problem('extension-criticality', 'authorityInfoAccess is marked critical'));
		if (aia.empty) out.push(problem('malformed-extension', 'authorityInfoAccess lists no access descriptions'));
	}
	if (policy.strict.extensionCriticality) {
		if (cert.ext.authorityKeyId?.critical) out.push(problem('extension-criticality', 'authorityKeyIdentifier is marked critical'));
		if (cert.ext.subjectKeyId?.critical) out.push(problem('extension-criticality', 'subjectKeyIdentifier is marked critical'));
	}
	if (policy.strict.emptySanAndStrayPathLen && cert.ext.subjectAltName?.names.length === 0) {
		out.push(problem('san-empty', 'the subjectAltName extension is present but empty'));
	}
	// A self-issued intermediate may legitimately be signed by an older key (key rollover); a root may not.
	if (role === 'anchor' && cert.selfIssued) {
		const aki = cert.ext.authorityKeyId?.keyId;
		const ski = cert.ext.subjectKeyId?.id;
		if (aki && ski && aki !== ski)
			out.push(problem('aki-ski-mismatch', 'it presents itself as a root, but its authority and subject key identifiers differ'));
	}
	return out;
}

/** Key type and strength (CA/B Forum BR §6.1.5; OpenSSL security levels). */
export function keyProblems(cert: ChainCertificate, policy: ValidationPolicy): Problem[] {
	const key = cert.publicKey;
	const k = policy.keys;
	switch (key.kind) {
		case 'rsa':
			if (key.bits < k.minRsaBits) return [problem('weak-key', `its ${describeKey(key)} key is below the ${k.minRsaBits}-bit minimum`)];
			if (k.rsaMultipleOf8 && key.bits % 8 !== 0)
				return [problem('disallowed-key', `its RSA modulus of ${key.bits} bits is not a whole number of bytes`)];
			return [];
		case 'ec':
			if (key.explicitParameters)
				return [problem('disallowed-key', 'its EC key spells out the curve parameters instead of naming a standard curve')];
			if (k.curves && !k.curves.includes(key.curve))
				return [problem('disallowed-key', `its key is on the curve ${key.curve}, which is not allowed`)];
			if (!k.curves && ['P-192', 'secp192r1'].includes(key.curve))
				return [problem('weak-key', `its key is on the weak curve ${key.curve}`)];
			return [];
		case 'dsa':
			return k.allowDsa ? [] : [problem('disallowed-key', 'its key is a DSA key, which this client does not accept')];
		case 'ed25519':
		case 'ed448':
			return k.allowEdwards
				? []
				: [problem('disallowed-key', `its ${describeKey(key)} key is not one of the Baseline Requirements key types`)];
		case 'invalid':
			return [problem('disallowed-key', `its public key cannot be read (${key.reason})`)];
		case 'unknown':
			return [problem('disallowed-key', `its key type ${key.oid} is not one TLS clients use`)];
	}
}

/** Is the child's signature algorithm acceptable, before even checking the signature? */
export function signatureAlgorithmProblems(child: ChainCertificate, policy: ValidationPolicy): Problem[] {
	const scheme = child.scheme;
	if (scheme.kind === 'invalid')
		return [problem('disallowed-signature-algorithm', `its signature algorithm cannot be read (${scheme.reason})`)];
	const hash = 'hash' in scheme ? scheme.hash : undefined;
	if (hash && ['MD2', 'MD4', 'MD5'].includes(hash))
		return [problem('weak-signature-algorithm', `it is signed with ${describeScheme(scheme)}, which is broken`)];
	if (policy.signatures.rejectSha1 && hash === 'SHA-1') {
		return [problem('weak-signature-algorithm', `it is signed with ${describeScheme(scheme)}, which clients no longer accept`)];
	}
	if (policy.signatures.baselineAlgorithmsOnly) {
		const allowed =
			((scheme.kind === 'rsa-pkcs1' || scheme.kind === 'ecdsa') && ['SHA-256', 'SHA-384', 'SHA-512'].includes(scheme.hash)) ||
			(scheme.kind === 'rsa-pss' &&
				scheme.hash === scheme.mgfHash &&
				({ 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 } as Record<string, number>)[scheme.hash] === scheme.saltLength);
		if (!allowed)
			return [
				problem(
					'disallowed-signature-algorithm',
					`it is signed with ${describeScheme(scheme)}, which the Baseline Requirements do not allow`
				)
			];
		if (!hasCanonicalParameters(child.signatureAlgorithm, scheme)) {
			return [
				problem(
					'disallowed-signature-algorithm',
					'its signature algorithm parameters are not encoded the way the Baseline Requirements require'
				)
			];
		}
	}
	return [];
}

export interface LeafContext {
	policy: ValidationPolicy;
	/** The purpose the client needs (serverAuth or clientAuth). */
	eku?: string;
	/** A server certificate is checked against a host; a client certificate is not. */
	expectsHostName: boolean;
}

/** The end-entity profile. */
export function leafProblems(leaf: ChainCertificate, ctx: LeafContext): Problem[] {
	const { policy } = ctx;
	const p = policy.leaf;
	const ext = leaf.ext;
	const out: Problem[] = [];
	if (p.requireV3 && leaf.version !== 3) out.push(problem('not-v3', `it is an X.509 version ${leaf.version} certificate`));
	if (leaf.version < 3 && ext.raw.length > 0 && policy.strict.emptySanAndStrayPathLen) {
		out.push(problem('not-v3', 'it carries extensions but is not a version 3 certificate'));
	}
	if (p.requireAuthorityKeyId && !leaf.selfIssued && !ext.authorityKeyId?.keyId) {
		out.push(problem('missing-aki', 'it has no authorityKeyIdentifier naming its issuer’s key'));
	}
	const san = ext.subjectAltName;
	if (p.requireSan && ctx.expectsHostName && !san) out.push(problem('san-missing', 'it has no subjectAltName, so it names no host'));
	if (san && p.sanCriticality) {
		if (leaf.subject.empty && !san.critical)
			out.push(problem('extension-criticality', 'its subject is empty, so its subjectAltName must be critical'));
		if (!leaf.subject.empty && san.critical)
			out.push(problem('extension-criticality', 'its subjectAltName is critical although the subject is not empty'));
	} else if (san && policy.strict.emptySanAndStrayPathLen && leaf.subject.empty && !san.critical) {
		out.push(problem('extension-criticality', 'its subject is empty, so its subjectAltName must be critical'));
	}
	if (san) {
		for (const n of san.names) {
			if (n.kind === 'ip' && n.bytes.length !== 4 && n.bytes.length !== 16)
				out.push(problem('malformed-san', `the IP address entry ${ipOrRangeToString(n.bytes)} is malformed`));
		}
	}
	const bc = ext.basicConstraints;
	if (p.forbidCa && bc?.ca) out.push(problem('ee-is-ca', 'it is marked CA:TRUE but is used as a server or client certificate'));
	if (policy.strict.emptySanAndStrayPathLen && bc && !bc.ca && bc.pathLen !== undefined) {
		out.push(problem('extension-criticality', 'it sets a path length although it is not a CA'));
	}
	const ku = ext.keyUsage;
	if (p.forbidCertSign && ku?.usages.has('keyCertSign') && !bc?.ca)
		out.push(problem('ee-cert-sign', 'its key usage allows signing certificates, which only a CA may do'));
	if (p.forbidNameConstraints && ext.nameConstraints)
		out.push(problem('extension-criticality', 'it carries name constraints, which only a CA may'));
	if (p.keyUsageMustAllowTls && ku && !['digitalSignature', 'keyEncipherment', 'keyAgreement'].some((u) => ku.usages.has(u as never))) {
		out.push(problem('wrong-key-usage', `its key usage (${[...ku.usages].join(', ') || 'none'}) allows no TLS handshake`));
	}
	if (ctx.eku && ext.extKeyUsage) {
		const ok = ext.extKeyUsage.oids.includes(ctx.eku) || (p.acceptAnyEku && ext.extKeyUsage.oids.includes(EKU.any));
		if (!ok)
			out.push(
				problem(
					'wrong-eku',
					`its extended key usage (${ext.extKeyUsage.oids.map(ekuName).join(', ')}) does not include ${ekuName(ctx.eku)}`
				)
			);
		if (policy.strict.extensionCriticality && ext.extKeyUsage.critical && policy.id === 'webpki') {
			out.push(problem('extension-criticality', 'its extendedKeyUsage is marked critical'));
		}
	}
	return out;
}

type CaRules = 'strict' | 'lenient' | 'none';

const caRules = (role: 'intermediate' | 'anchor', policy: ValidationPolicy): CaRules =>
	role === 'anchor' ? policy.checkAnchor.caRules : 'strict';

/** The issuing-CA profile, for an intermediate or (as far as the policy checks anchors) a trust anchor. */
export function caProblems(ca: ChainCertificate, role: 'intermediate' | 'anchor', policy: ValidationPolicy, eku?: string): Problem[] {
	return [
		...caBasicConstraintsProblems(ca, role, policy),
		...caKeyUsageProblems(ca, role, policy),
		...caProfileProblems(ca, role, policy),
		...caEkuProblems(ca, role, policy, eku)
	];
}

/** basicConstraints CA:TRUE, critical where the policy says (RFC 5280 §4.2.1.9, §6.1.4(k)). */
export function caBasicConstraintsProblems(ca: ChainCertificate, role: 'intermediate' | 'anchor', policy: ValidationPolicy): Problem[] {
	const rules = caRules(role, policy);
	if (rules === 'none') return [];
	const bc = ca.ext.basicConstraints;
	if (!bc) {
		// OpenSSL still treats a version 1 self-signed root, or one whose key usage allows certificate signing, as a CA.
		const tolerated = rules === 'lenient' && ((ca.version === 1 && looksSelfSigned(ca)) || ca.ext.keyUsage?.usages.has('keyCertSign'));
		return tolerated ? [] : [problem('not-a-ca', 'it has no basicConstraints extension, so it is not a CA certificate')];
	}
	if (!bc.ca) return [problem('not-a-ca', 'its basicConstraints say CA:FALSE, so it may not issue certificates')];
	if (policy.ca.basicConstraintsCritical && !bc.critical)
		return [problem('ca-not-critical', 'its basicConstraints extension is not marked critical')];
	return [];
}

/** A keyUsage, when present, allows keyCertSign; a strict policy requires one (RFC 5280 §4.2.1.3, §6.1.4(n)). */
export function caKeyUsageProblems(ca: ChainCertificate, role: 'intermediate' | 'anchor', policy: ValidationPolicy): Problem[] {
	if (caRules(role, policy) === 'none') return [];
	const ku = ca.ext.keyUsage;
	if (ku && !ku.usages.has('keyCertSign')) return [problem('no-cert-sign', 'its key usage does not include keyCertSign')];
	if (!ku && policy.ca.requireKeyUsage) return [problem('ca-missing-key-usage', 'it has no keyUsage extension')];
	return [];
}

/** Key identifiers, subject name and name constraints in the form the CA profile asks (RFC 5280 §4.2.1.1-2; CA/B BR §7.1.2). */
export function caProfileProblems(ca: ChainCertificate, role: 'intermediate' | 'anchor', policy: ValidationPolicy): Problem[] {
	if (caRules(role, policy) === 'none') return [];
	const ext = ca.ext;
	const out: Problem[] = [];
	if (policy.ca.requireSubjectKeyId && !ext.subjectKeyId) out.push(problem('missing-ski', 'it has no subjectKeyIdentifier'));
	const aki = ext.authorityKeyId;
	if (policy.ca.authorityKeyIdForm && aki) {
		if (!aki.keyId) out.push(problem('aki-form', 'its authorityKeyIdentifier has no keyIdentifier'));
		if (aki.hasIssuer || aki.hasSerial)
			out.push(problem('aki-form', 'its authorityKeyIdentifier names an issuer and serial, which the Baseline Requirements forbid'));
	}
	if (policy.ca.requireAuthorityKeyId && role === 'intermediate' && !ca.selfIssued && !aki?.keyId) {
		out.push(problem('missing-aki', 'it has no authorityKeyIdentifier naming its issuer’s key'));
	}
	if (policy.strict.emptyNames && ca.subject.empty) out.push(problem('empty-subject', 'a CA certificate must have a subject name'));
	if (
		policy.nameConstraints.rejectEmpty &&
		ext.nameConstraints &&
		!ext.nameConstraints.permitted?.length &&
		!ext.nameConstraints.excluded?.length
	) {
		out.push(problem('name-constraints-malformed', 'its nameConstraints extension lists no permitted and no excluded names'));
	}
	return out;
}

/** An issuer's extendedKeyUsage, when present, allows the purpose below it (CA/B BR §7.1.2.2; OpenSSL's purpose check). */
export function caEkuProblems(ca: ChainCertificate, role: 'intermediate' | 'anchor', policy: ValidationPolicy, eku?: string): Problem[] {
	if (caRules(role, policy) === 'none') return [];
	const ext = ca.ext;
	const out: Problem[] = [];
	if (policy.ca.checkEku && eku && ext.extKeyUsage && !ext.extKeyUsage.oids.includes(eku) && !ext.extKeyUsage.oids.includes(EKU.any)) {
		out.push(
			problem(
				'wrong-eku',
				`its extended key usage (${ext.extKeyUsage.oids.map(ekuName).join(', ')}) does not allow ${ekuName(eku)} below it`
			)
		);
	}
	if (policy.strict.extensionCriticality && policy.id === 'webpki' && ext.extKeyUsage?.critical) {
		out.push(problem('extension-criticality', 'its extendedKeyUsage is marked critical'));
	}
	return out;
}

export function ekuName(oid: string): string {
	return EXTENDED_KEY_USAGES[oid] ?? oid;
}

const EXTENSION_NAMES: Record<string, string> = Object.fromEntries(Object.entries(EXTENSIONS).map(([name, oid]) => [oid, name]));

export function extensionName(oid: string): string {
	return EXTENSION_NAMES[oid] ? `${EXTENSION_NAMES[oid]} (${oid})` : oid;
}
