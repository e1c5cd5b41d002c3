/**
 * One DER object → items. The object's shape picks the reader; each reader's failure becomes a
 * specific reason on an unreadable item, never an exception.
 */

import type { CertificateItem, ContainerItem, CrlView, PrivateKeyView, SourceRef } from '../model/report';
import { parseCertificate } from '../x509/certificate';
import { parseCrl, type ParsedCrl } from '../x509/crl';
import { parseCsr } from '../x509/csr';
import { firstDerError, outlineDer, readSingle } from '../bytes/der';
import { readName } from '../x509/name-key';
import { distinguishedNameView } from '../x509/certificate-view';
import { derShape } from '../x509/der-shape';
import { sha256FingerprintNative } from '../x509/sha';
import { decryptPkcs8, describeEncryptedPkcs8 } from '../x509/key-encryption';
import { SIGNATURE_ALGORITHMS, oidName } from '../x509/oids';
import { readPkcs12 } from '../x509/pkcs12';
import { readPkcs7 } from '../x509/pkcs7';
import { readPkcs1Rsa, readPkcs8, readSec1Ec, type KeyResult } from '../x509/private-key';
import { describeKey } from '../x509/public-key';
import type { EvidenceBuilder } from './builder';

export interface DerContext {
	source: SourceRef;
	/** How to name the object in a message when it cannot be read ("PEM block 2", "server.der"). */
	label: string;
	origin: CertificateItem['origin'];
}

export async function ingestDer(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	try {
		await readDerObject(builder, der, ctx);
	} catch (e) {
		// Every reader reports its own failures; this net catches what a library threw on input
		// nobody anticipated, so one damaged object never takes the rest of the paste with it.
		builder.unreadable(ctx.label, ctx.source, `Could not be read: ${(e as Error)?.message ?? String(e)}.`);
	}
}

async function readDerObject(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	// The first look is lenient: each reader below applies its own mode, and a file the strict
	// certificate reader refuses still reaches pkijs.
	const outline = outlineDer(der, 'lenient');
	if (!outline.ok) {
		builder.unreadable(ctx.label, ctx.source, `Not readable as DER: ${outline.reason}.`);
		return;
	}
	const shape = derShape(der);
	switch (shape) {
		case 'certificate':
			return ingestCertificate(builder, der, ctx);
		case 'crl':
			return ingestCrl(builder, der, ctx);
		case 'csr':
			return ingestCsr(builder, der, ctx);
		case 'pkcs7':
			return ingestPkcs7(builder, der, ctx);
		case 'pkcs12':
			return ingestPkcs12(builder, der, ctx);
		case 'pkcs8':
			return ingestKey(builder, await readPkcs8(der), ctx);
		case 'pkcs1-rsa':
			return ingestKey(builder, await readPkcs1Rsa(der), ctx);
		case 'sec1-ec':
			return ingestKey(builder, await readSec1Ec(der), ctx);
		case 'encrypted-pkcs8':
			return ingestEncryptedPkcs8(builder, der, ctx);
		default: {
			const broken = firstDerError(der, 'lenient');
			builder.unreadable(
				ctx.label,
				ctx.source,
				broken
					? `Not valid DER: ${broken}. A file damaged in transfer, or not a certificate, CRL, key, certificate request, PKCS#7 or PKCS#12 file.`
					: `Valid DER (${outline.totalLength} bytes), but not a certificate, CRL, private key, certificate request, PKCS#7 or PKCS#12 file.`
			);
		}
	}
}

async function ingestCertificate(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	const result = await builder.parsedOnce(der, () => parseCertificate(der));
	if (!result.ok) {
		builder.unreadable(ctx.label, ctx.source, `It looks like a certificate, but ${result.reason}.`);
		return;
	}
	builder.certificate(result.parsed, ctx.source, ctx.origin);
}

export async function crlView(crl: ParsedCrl): Promise<CrlView> {
	let issuer: CrlView['issuer'] = { rfc2253: '', attributes: [] };
	try {
		issuer = distinguishedNameView(readName(crl.issuerDer, readSingle(crl.issuerDer, 'strict')));
	} catch {
		// An unreadable issuer name leaves the rest of the CRL usable.
	}
	return {
		issuer,
		thisUpdate: crl.thisUpdate.toISOString(),
		...(crl.nextUpdate ? { nextUpdate: crl.nextUpdate.toISOString() } : {}),
		...(crl.crlNumber ? { crlNumber: crl.crlNumber } : {}),
		revokedCount: crl.revokedCount,
		revokedSample: crl.sample(10),
		signatureAlgorithm: oidName(SIGNATURE_ALGORITHMS, crl.signatureAlgorithmOid),
		sha256: await sha256FingerprintNative(crl.der)
	};
}

async function ingestCrl(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	const result = parseCrl(der);
	if (!result.ok) {
		builder.unreadable(ctx.label, ctx.source, `It looks like a CRL, but ${result.reason}.`);
		return;
	}
	builder.crl(result.crl, ctx.source, await crlView(result.crl));
}

async function ingestCsr(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	const result = await parseCsr(der);
	if (!result.ok) {
		builder.unreadable(ctx.label, ctx.source, `It looks like a certificate request, but ${result.reason}.`);
		return;
	}
	const name =
		result.csr.subjectAltNames.find((s) => s.type === 'dns')?.value ?? result.csr.subject.commonName ?? result.csr.subject.rfc2253;
	const item = builder.add({
		id: builder.nextId(),
		kind: 'csr',
		label: `Certificate request for ${name || 'an empty subject'} (${describeKey(result.csr.publicKey)})`,
		source: ctx.source,
		csr: result.csr
	});
	builder.evidence.csrs.push({ item });
}

function ingestKey(builder: EvidenceBuilder, result: KeyResult, ctx: DerContext): void {
	if (!result.ok) {
		builder.unreadable(ctx.label, ctx.source, `It looks like a private key, but ${result.reason}.`);
		return;
	}
	builder.key(result.key, ctx.source);
}

async function ingestEncryptedPkcs8(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	const { params } = describeEncryptedPkcs8(der);
	const locked: PrivateKeyView = { type: 'unknown', format: 'encrypted-pkcs8', encrypted: true, encryption: params.description };
	if (builder.password && !params.unsupported) {
		const decrypted = await decryptPkcs8(der, builder.password);
		if (decrypted.ok) {
			const inner = await readPkcs8(decrypted.der, 'encrypted-pkcs8');
			if (inner.ok) {
				builder.key(
					{ view: { ...inner.key.view, encrypted: true, decrypted: true, encryption: params.description }, spki: inner.key.spki },
					ctx.source
				);
				return;
			}
		}
		builder.key({ view: { ...locked, decrypted: false } }, ctx.source);
		addKeyProblem(builder, 'the password given does not decrypt this key');
		return;
	}
	builder.key({ view: locked }, ctx.source);
	if (params.unsupported) addKeyProblem(builder, params.unsupported);
}

/** Attaches a reason to the key item just added, without a second item. */
function addKeyProblem(builder: EvidenceBuilder, problem: string): void {
	const last = builder.evidence.keys.at(-1);
	if (last) last.item.label += ` — ${problem}`;
}

async function ingestPkcs7(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	const result = readPkcs7(der);
	if (!result.ok) {
		builder.unreadable(ctx.label, ctx.source, `It looks like PKCS#7, but it is ${result.reason}.`);
		return;
	}
	const container = builder.add({
		id: builder.nextId(),
		kind: 'pkcs7',
		label: containerLabel('PKCS#7 bundle', result.certificates.length, 0, result.crls.length),
		source: ctx.source,
		contents: { certificates: result.certificates.length, keys: 0, crls: result.crls.length },
		problems: []
	} satisfies ContainerItem);
	await ingestContents(builder, container, result.certificates, [], result.crls, 'pkcs7');
}

async function ingestPkcs12(builder: EvidenceBuilder, der: Uint8Array, ctx: DerContext): Promise<void> {
	const result = await readPkcs12(der, builder.password);
	if (!result.ok) {
		builder.add({
			id: builder.nextId(),
			kind: 'pkcs12',
			label:
				result.password === 'missing'
					? 'PKCS#12 file: password needed'
					: result.password === 'wrong'
						? 'PKCS#12 file: wrong password'
						: 'PKCS#12 file',
			source: ctx.source,
			contents: { certificates: 0, keys: 0, crls: 0 },
			password: result.password,
			problems: [result.reason]
		} satisfies ContainerItem);
		return;
	}
	const { contents } = result;
	const passwordNote =
		result.password === 'empty' ? ', no password' : result.password === 'given' ? ', opened with the password given' : '';
	const container = builder.add({
		id: builder.nextId(),
		kind: 'pkcs12',
		label:
			containerLabel('PKCS#12 file', contents.certificates.length, contents.keys.length + contents.lockedKeys, contents.crls.length) +
			passwordNote,
		source: ctx.source,
		contents: { certificates: contents.certificates.length, keys: contents.keys.length + contents.lockedKeys, crls: contents.crls.length },
		password: result.password,
		problems: contents.problems
	} satisfies ContainerItem);
	await ingestContents(builder, container, contents.certificates, contents.keys, contents.crls, 'pkcs12');
}

async function ingestContents(
	builder: EvidenceBuilder,
	container: ContainerItem,
	certificates: Uint8Array[],
	keys: Uint8Array[],
	crls: Uint8Array[],
	origin: CertificateItem['origin']
): Promise<void> {
	let position = 0;
	const inside = (): SourceRef => ({
		...(container.source.name ? { name: container.source.name } : {}),
		container: container.id,
		position: ++position
	});
	for (const cert of certificates) {
		const source = inside();
		await ingestCertificate(builder, cert, { source, label: `certificate ${source.position} in ${container.label}`, origin });
	}
	for (const key of keys) {
		const source = inside();
		const result = await readPkcs8(key, 'pkcs12');
		ingestKey(builder, result, { source, label: `private key in ${container.label}`, origin });
	}
	for (const crl of crls) {
		const source = inside();
		await ingestCrl(builder, crl, { source, label: `CRL in ${container.label}`, origin });
	}
}

function containerLabel(what: string, certificates: number, keys: number, crls: number): string {
	const parts: string[] = [];
	if (certificates) parts.push(`${certificates} certificate${certificates === 1 ? '' : 's'}`);
	if (keys) parts.push(`${keys} private key${keys === 1 ? '' : 's'}`);
	if (crls) parts.push(`${crls} CRL${crls === 1 ? '' : 's'}`);
	return parts.length ? `${what} with ${parts.join(', ')}` : `${what}, empty`;
}
