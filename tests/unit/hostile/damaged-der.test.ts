/**
 * Damage the fuzzer found in real files, kept as named cases: each must give an unreadable item
 * with a specific reason, and the report must still be built.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/core/analyze';
import { fixtureBytes } from '../../helpers/fixtures';

function damaged(path: string, edit: (b: Uint8Array) => Uint8Array): Uint8Array {
	return edit(fixtureBytes(path).slice());
}

/** Offset of the extensions of the entry for serial 0x2003 (revoked with keyCompromise in make-ingest.sh). */
function entryExtensions(der: Uint8Array): number {
	const serial = [0x02, 0x02, 0x20, 0x03, 0x17, 0x0d];
	for (let i = 0; i + serial.length < der.length; i++) {
		if (serial.every((b, k) => der[i + k] === b)) return i + serial.length + 13;
	}
	throw new Error('serial 2003 not found in the fixture');
}

describe('damaged DER', () => {
	it('a CRL whose revoked entry has a broken extension is unreadable up front, naming the byte', async () => {
		const der = damaged('ingest/crl.der', (b) => {
			const at = entryExtensions(b);
			expect(b[at]).toBe(0x30);
			b[at + 4] = 0x07; // the extension OID tag
			return b;
		});
		const report = await analyze([{ kind: 'bytes', bytes: der, name: 'crl.der' }]);
		const item = report.items.find((i) => i.kind === 'unreadable');
		expect(item?.kind === 'unreadable' && item.reason).toMatch(/extension OID \(tag 0x6\) at byte \d+, found tag 0x7/);
	});

	it('a private key holding a GeneralizedTime that is not a date (asn1js throws on it) is unreadable, not a crash', async () => {
		// PKCS#8 with a GeneralizedTime "not a date" spliced into its version field's place.
		const time = [0x18, 0x08, ...new TextEncoder().encode('notadate')];
		const body = [
			0x02,
			0x01,
			0x00,
			0x30,
			0x0d,
			0x06,
			0x09,
			0x2a,
			0x86,
			0x48,
			0x86,
			0xf7,
			0x0d,
			0x01,
			0x01,
			0x01,
			0x05,
			0x00,
			0x04,
			time.length + 2,
			0x30,
			time.length,
			...time
		];
		const der = new Uint8Array([0x30, body.length, ...body]);
		const report = await analyze([{ kind: 'bytes', bytes: der, name: 'key.der' }]);
		expect(report.items).toHaveLength(1);
		expect(report.items[0].kind).toBe('unreadable');
	});

	it('a PKCS#12 with the wrong password says so (its key derivation runs synchronously now)', async () => {
		const bytes = fixtureBytes('ingest/server-secret.p12');
		await analyze([{ kind: 'bytes', bytes, name: 'warm.p12' }], { password: 'wrong' });
		const report = await analyze([{ kind: 'bytes', bytes, name: 'server.p12' }], { password: 'wrong' });
		const item = report.items[0];
		expect(item.kind === 'pkcs12' && item.password).toBe('wrong');
	});
});
