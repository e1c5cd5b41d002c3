/**
 * Whose certificate a paste holds when the person did not say. A leaf whose extended key usage
 * allows client authentication and not server authentication (RFC 5280 §4.2.1.12) can only be
 * a client's: no TLS client accepts it from a server. Reading it as a server's sent people to
 * renew it with server steps and told them it "is not allowed for server authentication", which
 * is its whole point. It stays a server's, and so a wrong certificate on a server, when the
 * paste says it is one: it came from a server's s_client chain, or it names the host the person
 * connects to. Anything else (both purposes, none listed, anyExtendedKeyUsage) stays undecided,
 * and the default reading as a server's certificate holds.
 */

import type { CertificateRole } from '../model/common';
import type { IngestedCertificate } from '../ingest/evidence';
import { matchesDnsName } from '../names/dns';
import { EKU } from '../x509/extensions';

function namesHost(leaf: IngestedCertificate, host: string): boolean {
	const c = leaf.item.certificate;
	const names = [...c.subjectAltNames.map((s) => s.value), ...(c.subject.commonName ? [c.subject.commonName] : [])];
	return names.some((n) => n.toLowerCase() === host.toLowerCase() || matchesDnsName(n, host, 'openssl'));
}

/**
 * Certificates from an s_client transcript are the ones a server presented: they are the
 * server's whatever the role field says (that field is about certificates the person brought).
 */
export function presentedByServer(leaves: readonly IngestedCertificate[]): boolean {
	return leaves.length > 0 && leaves.every((l) => l.item.origin === 's-client');
}

export function roleFromCertificates(leaves: readonly IngestedCertificate[], host?: string): CertificateRole | undefined {
	if (!leaves.length) return undefined;
	const clientOnly = leaves.every((l) => {
		const oids = l.parsed.chain?.ext.extKeyUsage?.oids;
		return oids !== undefined && oids.includes(EKU.clientAuth) && !oids.includes(EKU.serverAuth) && !oids.includes(EKU.any);
	});
	if (!clientOnly) return undefined;
	const servedBy = leaves.some((l) => l.item.origin === 's-client' || (host !== undefined && namesHost(l, host)));
	return servedBy ? undefined : 'client';
}
