/**
 * One PEM block → items. The label says what the sender believed it was; the DER's shape decides
 * how it is read (a CRL labelled CERTIFICATE is still read as a CRL). Legacy encrypted keys carry
 * their encryption in RFC 1421 headers and are handled here.
 */

import type { PrivateKeyView, SourceRef } from '../model/report';
import { decryptLegacyPem, describeLegacyPem } from '../x509/key-encryption';
import { readPkcs1Rsa, readSec1Ec } from '../x509/private-key';
import type { EvidenceBuilder } from './builder';
import { ingestDer } from './der-input';
import type { PemBlock } from './pem';

/** Blocks that accompany keys and certificates but carry nothing to check. */
const IGNORED = new Set(['EC PARAMETERS', 'DH PARAMETERS', 'X9.42 DH PARAMETERS', 'PARAMETERS']);

const NOT_TLS: Record<string, string> = {
	'PUBLIC KEY': 'A bare public key cannot be checked on its own: paste the certificate that contains it.',
	'RSA PUBLIC KEY': 'A bare public key cannot be checked on its own: paste the certificate that contains it.',
	'OPENSSH PRIVATE KEY': 'This is an SSH key, not a TLS key: MongoDB TLS uses an X.509 certificate and its key.',
	'SSH2 PUBLIC KEY': 'This is an SSH key, not a TLS key.',
	'PGP PUBLIC KEY BLOCK': 'This is a PGP key, not a TLS certificate.',
	'PGP PRIVATE KEY BLOCK': 'This is a PGP key, not a TLS key.',
	'PGP MESSAGE': 'This is a PGP message, not a TLS certificate.'
};

export async function ingestPemBlock(
	builder: EvidenceBuilder,
	block: PemBlock,
	name?: string,
	extra: Partial<SourceRef> = {}
): Promise<void> {
	if (IGNORED.has(block.label)) return;
	const source: SourceRef = { ...(name ? { name } : {}), block: block.index, lines: block.lines, ...extra };
	const label = `PEM block ${block.index} (${block.label}, lines ${block.lines[0]}–${block.lines[1]})`;
	if (NOT_TLS[block.label]) {
		builder.unreadable(label, source, NOT_TLS[block.label]);
		return;
	}
	if (!block.decoded.ok) {
		builder.unreadable(label, source, `${capitalise(block.decoded.reason)}.`);
		return;
	}
	if (/ENCRYPTED/.test(block.headers['Proc-Type'] ?? '')) {
		await ingestLegacyEncrypted(builder, block, block.decoded.der, source);
		return;
	}
	const origin = block.label === 'TRUSTED CERTIFICATE' ? 'trusted-pem' : 'pem';
	await ingestDer(builder, block.decoded.der, { source, label, origin });
}

async function ingestLegacyEncrypted(builder: EvidenceBuilder, block: PemBlock, body: Uint8Array, source: SourceRef): Promise<void> {
	const type = block.label.startsWith('RSA')
		? 'RSA'
		: block.label.startsWith('EC')
			? 'EC'
			: block.label.startsWith('DSA')
				? 'DSA'
				: 'unknown';
	const { cipher, supported } = describeLegacyPem(block.headers);
	const locked: PrivateKeyView = {
		type,
		format: 'legacy-encrypted',
		encrypted: true,
		encryption: `OpenSSL legacy PEM encryption (${cipher})`
	};
	if (!builder.password || !supported) {
		builder.key({ view: locked }, source);
		return;
	}
	const decrypted = await decryptLegacyPem(body, block.headers, builder.password);
	if (decrypted.ok) {
		const inner =
			type === 'EC'
				? await readSec1Ec(decrypted.der, undefined, 'legacy-encrypted')
				: await readPkcs1Rsa(decrypted.der, 'legacy-encrypted');
		if (inner.ok) {
			builder.key(
				{ view: { ...inner.key.view, encrypted: true, decrypted: true, encryption: locked.encryption }, spki: inner.key.spki },
				source
			);
			return;
		}
	}
	builder.key({ view: { ...locked, decrypted: false } }, source);
	const last = builder.evidence.keys.at(-1);
	if (last) last.item.label += ' — the password given does not decrypt this key';
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
