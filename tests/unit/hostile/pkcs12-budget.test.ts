/**
 * Key derivations priced before they run (issue 12): openssl-made PKCS#12 files and PBES2 keys with
 * large iteration counts, and hand-built ones openssl cannot make. Ordinary files open quickly;
 * absurd ones are refused at once, saying what, the count and the limit, and nothing else in the
 * paste is touched. Fixtures: tests/fixtures/make-pkcs12.sh.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../../src/lib/core/model/context';
import { ingest } from '../../../src/lib/core/ingest/ingest';
import type { ContainerItem, Item } from '../../../src/lib/core/model/report';
import { readTlv } from '../../../src/lib/core/bytes/der';
import { oid, seq, tlv, unsignedInteger } from '../../../src/lib/core/x509/der-writer';
import { bytesInput, fixtureText } from '../../helpers/fixtures';

const CERT = bytesInput('pkcs12/cert.crt');

async function timed(inputs: AnalyzeInput[], password?: string): Promise<{ items: Item[]; ms: number }> {
	const start = performance.now();
	const { items } = await ingest(inputs, { password });
	return { items, ms: performance.now() - start };
}

const container = (items: Item[]) => items.find((i) => i.kind === 'pkcs12') as ContainerItem;
const keyLabel = (items: Item[]) => items.find((i) => i.kind === 'private-key')?.label ?? '';

function be(n: number | bigint): Uint8Array {
	const hex = n.toString(16);
	return Uint8Array.from(Buffer.from(hex.length % 2 ? '0' + hex : hex, 'hex'));
}

/** The DER with the element at `path` (child indexes from the top) replaced, parents re-encoded. */
function replaceAt(der: Uint8Array, path: number[], replacement: Uint8Array): Uint8Array {
	const t = readTlv(der, 0, der.length, 'lenient');
	if (path.length === 0) return replacement;
	const kids: Uint8Array[] = [];
	for (let at = t.contentStart; at < t.end;) {
		const k = readTlv(der, at, t.end, 'lenient');
		kids.push(der.subarray(k.start, k.end));
		at = k.end;
	}
	kids[path[0]] = replaceAt(kids[path[0]], path.slice(1), replacement);
	return tlv(der[0], ...kids);
}

const fixture = (path: string) => bytesInput(path) as { kind: 'bytes'; bytes: Uint8Array; name: string };
const pemBody = (path: string) => Uint8Array.from(Buffer.from(fixtureText(path).replace(/-----[^-]+-----/g, ''), 'base64'));
// EncryptedPrivateKeyInfo → algorithm → PBES2-params → keyDerivationFunc → PBKDF2-params → iterationCount
const KEY_ITERATIONS = [0, 1, 0, 1, 1];
// PFX → macData → iterations
const MAC_ITERATIONS = [2, 2];

/**
 * A PKCS#12 file with no MAC (so no password) and `count` encrypted parts, each PBES2 with
 * PBKDF2-HMAC-SHA1 (the default PRF) and AES-256-CBC at `iterations`: about 3 KB for 20 parts.
 */
function manyEncryptedParts(count: number, iterations: number): Uint8Array {
	const pbes2 = seq(
		oid('1.2.840.113549.1.5.13'),
		seq(
			seq(oid('1.2.840.113549.1.5.12'), seq(tlv(0x04, new Uint8Array(8).fill(1)), unsignedInteger(be(iterations)))),
			seq(oid('2.16.840.1.101.3.4.1.42'), tlv(0x04, new Uint8Array(16).fill(2)))
		)
	);
	const part = seq(
		oid('1.2.840.113549.1.7.6'),
		tlv(0xa0, seq(unsignedInteger(be(0)), seq(oid('1.2.840.113549.1.7.1'), pbes2, tlv(0x80, new Uint8Array(32).fill(3)))))
	);
	const authSafe = seq(...Array.from({ length: count }, () => part));
	return seq(unsignedInteger(be(3)), seq(oid('1.2.840.113549.1.7.1'), tlv(0xa0, tlv(0x04, authSafe))));
}

describe('PKCS#12 files that must open', () => {
	// Before: 66 s with the password, 47 s without (a BigInt SHA-512 at ~115 µs a round); now about
	// 0.8 s and 1.7 s. The bound leaves room for a machine shared with other test runs.
	it('openssl pkcs12 -export -macalg sha512 -iter 200000 opens with its password in well under the old minute', async () => {
		const { items, ms } = await timed([bytesInput('pkcs12/sha512-200k.p12')], 'secret');
		expect(container(items)).toMatchObject({ password: 'given', contents: { certificates: 1, keys: 1 }, problems: [] });
		expect(items.map((i) => i.kind)).toEqual(['pkcs12', 'certificate', 'private-key']);
		expect(ms).toBeLessThan(15_000);
	}, 30_000);

	it('the same file without its password says a password is needed, quickly', async () => {
		const { items, ms } = await timed([bytesInput('pkcs12/sha512-200k.p12')]);
		expect(container(items)).toMatchObject({ password: 'missing' });
		expect(ms).toBeLessThan(15_000);
	}, 30_000);

	it('-iter 1000000 (what the most demanding tools write) is within the limits', async () => {
		const { items } = await timed([bytesInput('pkcs12/iter-1m.p12')], 'secret');
		expect(container(items)).toMatchObject({ password: 'given', contents: { certificates: 1, keys: 1 }, problems: [] });
	}, 30_000);
});

describe('PKCS#12 files refused before the work', () => {
	it('-iter 16777216: the MAC is not run, and says why with the count and the limit', async () => {
		const { items, ms } = await timed([bytesInput('pkcs12/iter-16m.p12'), CERT], 'secret');
		expect(container(items)).toMatchObject({ password: 'none-needed', contents: { certificates: 0, keys: 0 } });
		expect(container(items).problems).toEqual([
			'its integrity check (MAC, SHA-256) was not run: iteration count 16777216 is beyond the limit of 5,000,000 per key derivation (real files use 2,048 to about 1,000,000), so the password was not checked and nothing inside was read; the rest of the paste is not affected'
		]);
		expect(items.filter((i) => i.kind === 'certificate')).toHaveLength(1);
		expect(ms).toBeLessThan(1000);
	});

	it('a MAC count of 2^31 (five INTEGER bytes) is read as such', async () => {
		const der = replaceAt(fixture('pkcs12/sha512-200k.p12').bytes, MAC_ITERATIONS, unsignedInteger(be(2 ** 31)));
		const { items } = await timed([{ kind: 'bytes', bytes: der, name: 'big.p12' }], 'secret');
		expect(container(items).problems[0]).toContain(
			'(MAC, SHA-512) was not run: iteration count 2147483648 is beyond the limit of 5,000,000'
		);
	});

	it('a SHA-512 MAC within the per-derivation limit but past the file budget is refused before it runs', async () => {
		const der = replaceAt(fixture('pkcs12/sha512-200k.p12').bytes, MAC_ITERATIONS, unsignedInteger(be(4_000_000)));
		const { items, ms } = await timed([{ kind: 'bytes', bytes: der, name: 'mac.p12' }], 'secret');
		expect(container(items).problems).toEqual([
			'its integrity check (MAC, SHA-512) was not run: with iteration count 4000000, it would bring the hashing for this input to 12,000,000 blocks, beyond the limit of 10,000,000, so the password was not checked and nothing inside was read; the rest of the paste is not affected'
		]);
		expect(ms).toBeLessThan(1000);
	});

	// Before: 101 s, and each part reported as "the password is wrong".
	it('20 encrypted parts at 8,000,000 iterations, no password needed: refused in under a second, said once', async () => {
		const bytes = manyEncryptedParts(20, 8_000_000);
		expect(bytes.length).toBeLessThan(3500);
		const { items, ms } = await timed([{ kind: 'bytes', bytes, name: 'parts.p12' }, CERT]);
		expect(ms).toBeLessThan(1000);
		expect(container(items)).toMatchObject({ password: 'none-needed' });
		expect(container(items).problems).toEqual([
			'encrypted parts 1–20 of 20 were not opened (PBKDF2-HMAC-SHA1): iteration count 8000000 is beyond the limit of 5,000,000 per key derivation (real files use 2,048 to about 1,000,000); the other parts and the rest of the paste are read as usual'
		]);
		expect(items.filter((i) => i.kind === 'certificate')).toHaveLength(1);
	}, 10_000);

	it('parts within the per-derivation limit run until the file budget is spent, the rest are refused', async () => {
		// PBKDF2-HMAC-SHA1 for a 32-byte key: 2 blocks × 2 compressions × 1,000,000 = 4,000,000 a part.
		const { items } = await timed([{ kind: 'bytes', bytes: manyEncryptedParts(5, 1_000_000), name: 'parts.p12' }]);
		const problems = container(items).problems;
		expect(problems).toHaveLength(3);
		expect(problems[2]).toBe(
			'encrypted parts 3–5 of 5 were not opened (PBKDF2-HMAC-SHA1, iteration count 1000000): it would bring the hashing for this input to 12,000,000 blocks, beyond the limit of 10,000,000; the other parts and the rest of the paste are read as usual'
		);
	}, 30_000);
});

describe('encrypted PKCS#8 keys', () => {
	it('1,000,000 PBKDF2 iterations decrypt with the password', async () => {
		const { items } = await timed([bytesInput('pkcs12/key-iter-1m.key')], 'secret');
		expect(items.find((i) => i.kind === 'private-key')).toMatchObject({ key: { type: 'EC', decrypted: true } });
	}, 20_000);

	// Before: asn1js read the four-byte count as 0 and the key was "encrypted with AES-256-CBC, which a browser cannot decrypt".
	it('16,777,216 iterations are reported as that count, never as an unsupported cipher', async () => {
		const { items, ms } = await timed([bytesInput('pkcs12/key-iter-16m.key'), CERT], 'secret');
		expect(keyLabel(items)).toContain(
			'it was not decrypted (PBKDF2-HMAC-SHA256): iteration count 16777216 is beyond the limit of 5,000,000 per key derivation (real files use 2,048 to about 1,000,000); nothing else in the paste is affected'
		);
		expect(keyLabel(items)).not.toMatch(/cannot decrypt/);
		expect(items.filter((i) => i.kind === 'certificate')).toHaveLength(1);
		expect(ms).toBeLessThan(1000);
	});

	it.each([
		[2 ** 31, 'iteration count 2147483648 is beyond the limit of 5,000,000'],
		[2n ** 64n, 'iteration count over 2147483648 is beyond the limit of 5,000,000']
	])('a count of %s is refused as beyond the limit', async (n, message) => {
		const der = replaceAt(pemBody('pkcs12/key-iter-16m.key'), KEY_ITERATIONS, unsignedInteger(be(n)));
		const { items } = await timed([{ kind: 'bytes', bytes: der, name: 'key.der' }], 'secret');
		expect(keyLabel(items)).toContain(message);
		expect(keyLabel(items)).not.toMatch(/cannot decrypt/);
	});

	it('PBKDF2-HMAC-SHA512 at 2,000,000 is within the per-derivation limit but past the budget', async () => {
		const { items, ms } = await timed([bytesInput('pkcs12/key-sha512-2m.key')], 'secret');
		expect(keyLabel(items)).toContain(
			'it was not decrypted (PBKDF2-HMAC-SHA512): with iteration count 2000000, it would bring the hashing for this input to 12,000,000 blocks, beyond the limit of 10,000,000; nothing else in the paste is affected'
		);
		expect(ms).toBeLessThan(1000);
	});
});
