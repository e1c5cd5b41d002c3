/**
 * The fast certificate view (one DER walk) against the pkijs view it replaced, field by field, on
 * every certificate openssl and keytool made for the fixtures, the system's Mozilla bundle and
 * the x509-limbo corpus: the report must not change because the reader did.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { readChainCertificate } from '../../../src/lib/core/x509/chain-certificate';
import { certificateView } from '../../../src/lib/core/x509/certificate-pkijs';
import { certificateViewOf, utf8IfIntended } from '../../../src/lib/core/x509/certificate-view';
import { FIXTURES } from '../../helpers/fixtures';
import { limboAvailable, loadLimbo } from '../../conformance/limbo-suite';

const PEM = /-----BEGIN (?:TRUSTED )?CERTIFICATE-----([\s\S]+?)-----END (?:TRUSTED )?CERTIFICATE-----/g;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

function certificatesIn(text: string): Uint8Array[] {
	return [...text.matchAll(PEM)].map((m) => new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64')));
}

async function compare(der: Uint8Array): Promise<string | undefined> {
	const fast = readChainCertificate(der);
	const asn1 = asn1js.fromBER(der);
	let cert: pkijs.Certificate;
	try {
		cert = new pkijs.Certificate({ schema: asn1.result });
	} catch {
		return undefined; // neither path is asked to read what pkijs cannot
	}
	if (!fast.ok) return undefined; // such certificates take the pkijs path itself
	const reference = await certificateView(cert, der);
	// The one designed difference: non-ASCII bytes in an IA5String name are read as the UTF-8 they were meant as.
	reference.subjectAltNames = reference.subjectAltNames.map((s) => ({ ...s, value: utf8IfIntended(s.value) }));
	expect(certificateViewOf(fast.cert)).toEqual(reference);
	return 'compared';
}

describe('the fast certificate view equals the pkijs view', () => {
	it('for every certificate in the fixtures', async () => {
		let n = 0;
		for (const file of walk(FIXTURES).filter((f) => /\.(crt|pem|txt)$/.test(f))) {
			for (const der of certificatesIn(readFileSync(file, 'utf8'))) if (await compare(der)) n++;
		}
		for (const file of walk(FIXTURES).filter((f) => /\.(der)$/.test(f))) if (await compare(new Uint8Array(readFileSync(file)))) n++;
		expect(n).toBeGreaterThan(50);
	});

	it.runIf(existsSync('/etc/ssl/certs/ca-certificates.crt'))('for every root of the system CA bundle', async () => {
		const ders = certificatesIn(readFileSync('/etc/ssl/certs/ca-certificates.crt', 'utf8'));
		for (const der of ders) await compare(der);
		expect(ders.length).toBeGreaterThan(100);
	});

	it.runIf(limboAvailable())(
		'for the x509-limbo leaves and intermediates',
		async () => {
			let n = 0;
			for (const tc of loadLimbo().slice(0, 1500)) {
				for (const pem of [tc.peer_certificate, ...tc.untrusted_intermediates, ...tc.trusted_certs]) {
					for (const der of certificatesIn(pem)) if (await compare(der)) n++;
				}
			}
			expect(n).toBeGreaterThan(1000);
		},
		120_000
	);
});
