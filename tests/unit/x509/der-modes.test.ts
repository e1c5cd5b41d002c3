/**
 * The modes of bytes/der.ts as the readers apply them, on real files: path validation reads a
 * certificate strictly (RFC 5280 §4.1: DER), the CRL reader leniently (as OpenSSL does). The
 * same fault, an outer length written in more octets than needed (X.690 §10.1), is outside the
 * signed bytes in both, so only the mode decides.
 */
import { describe, expect, it } from 'vitest';
import { parseCertificate } from '../../../src/lib/core/x509/certificate';
import { readChainCertificate } from '../../../src/lib/core/x509/chain-certificate';
import { parseCrl } from '../../../src/lib/core/x509/crl';
import { fixtureBytes, fixtureText } from '../../helpers/fixtures';

const pemToDer = (pem: string): Uint8Array =>
	Uint8Array.from(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));

/** The same element with its outer long-form length given one more (zero) octet. */
function padOuterLength(der: Uint8Array): Uint8Array {
	const n = der[1] & 0x7f;
	expect(der[1] & 0x80).toBe(0x80);
	return Uint8Array.from([der[0], 0x80 | (n + 1), 0x00, ...der.subarray(2)]);
}

describe('strict for path validation, lenient for CRLs', () => {
	it('a certificate with a padded outer length: refused by the path reader, still shown through pkijs', async () => {
		const der = pemToDer(fixtureText('pki/root-ca.crt'));
		expect(readChainCertificate(der).ok).toBe(true);
		const padded = padOuterLength(der);
		expect(readChainCertificate(padded)).toEqual({ ok: false, reason: 'length at byte 1 not in its shortest form, which DER requires' });
		const shown = await parseCertificate(padded);
		expect(shown.ok).toBe(true);
		if (shown.ok) expect(shown.parsed.chain).toBeUndefined();
	});

	it('a CRL with a padded outer length is read as before', () => {
		const der = fixtureBytes('ingest/crl.der');
		const plain = parseCrl(der);
		const padded = parseCrl(padOuterLength(der));
		expect(plain.ok && padded.ok).toBe(true);
		if (plain.ok && padded.ok) {
			expect(padded.crl.thisUpdate).toEqual(plain.crl.thisUpdate);
			expect(padded.crl.revokedCount).toBe(plain.crl.revokedCount);
			expect(padded.crl.lookup('2003')).toEqual(plain.crl.lookup('2003'));
		}
	});
});
